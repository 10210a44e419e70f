// A phonetic key for transliterated personal names. Arabic, Persian, Russian and Korean names
// reach the Latin alphabet through many spelling systems ("Qassem", "Ghasem", "Kasem";
// "Mohammed", "Muhammad"; "Yusuf", "Jusuf"), which differ mostly in vowels and in how one
// consonant is written. The key keeps the consonant skeleton with such spellings merged.
// Names written in Arabic or Hebrew script reach us without short vowels and with w and y
// standing for vowels too ("bwtyn" for Putin), so those keep w and y only as a first letter.

// Multi-letter spellings first, so that "kh" is read before "k" and "h".
const DIGRAPHS: Array<[string, string]> = [
  ['sch', 'S'], ['tch', 'J'], ['dzh', 'J'],
  ['kh', 'K'], ['gh', 'K'], ['ch', 'J'], ['sh', 'S'], ['zh', 'J'], ['dj', 'J'], ['dh', 'T'], ['th', 'T'],
  ['ph', 'F'], ['ts', 'S'], ['tz', 'S'], ['ck', 'K'], ['ks', 'KS'], ['qu', 'K'],
];

const LETTERS: Record<string, string> = {
  b: 'P', p: 'P',
  c: 'K', g: 'K', k: 'K', q: 'K',
  d: 'T', t: 'T',
  // f, v and w are one sound in many transliterations (Arabic has no v, Persian writes it w).
  f: 'F', v: 'F', w: 'F',
  j: 'J',
  l: 'L', r: 'R', m: 'M', n: 'N',
  s: 'S', z: 'S', x: 'KS',
};

/**
 * The consonant skeleton with merged spellings: vowels, h and y are dropped, doubled letters
 * count once.
 * Keys shorter than three consonants say too little to equate two names and return "".
 */
export function phoneticKey(token: string, abjad = false): string {
  let out = '';
  // The code of the letter just before; a vowel in between keeps two equal consonants apart.
  let last = '';
  let i = 0;
  while (i < token.length) {
    let code: string | undefined;
    let step = 1;
    for (const [spelling, c] of DIGRAPHS) {
      if (token.startsWith(spelling, i)) {
        code = c;
        step = spelling.length;
        break;
      }
    }
    if (code === undefined) {
      const ch = token[i]!;
      code = abjad && i > 0 && (ch === 'w' || ch === 'y') ? '' : (LETTERS[ch] ?? (/[0-9]/.test(ch) ? ch : ''));
    }
    if (code && code !== last) out += code;
    last = code ?? '';
    i += step;
  }
  return out.length >= 3 ? out : '';
}
