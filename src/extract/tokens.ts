// Splits text into word and punctuation tokens with offsets, shared by the tagger and the rules.
// "U.S." stays one token; a possessive "'s" is its own token so that "Zhang's" names Zhang (also
// written ",s", as some cables carry an apostrophe).

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /(?:[A-Za-z]\.){2,}|[A-Za-z0-9\u00C0-\u024F]+(?:[-'’][A-Za-z0-9\u00C0-\u024F]+)*|\S/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    // "ZHANG'S" → "ZHANG" + "'S"; "D'AFFAIRES" and "O'NEILL" stay whole.
    const poss = /^(.+?)(['’][sS])$/.exec(word);
    if (poss) {
      out.push({ text: poss[1]!, start: m.index, end: m.index + poss[1]!.length });
      out.push({ text: poss[2]!, start: m.index + poss[1]!.length, end: m.index + word.length });
    } else {
      out.push({ text: word, start: m.index, end: m.index + word.length });
      // "Brazil,s", "UK,s": some cables carry an apostrophe as a comma; read as the possessive.
      const end = m.index + word.length;
      if (text[end] === ',' && /[sS]/.test(text[end + 1] ?? '') && !/[A-Za-z0-9]/.test(text[end + 2] ?? '') && /[A-Za-z]$/.test(word)) {
        out.push({ text: `'${text[end + 1]}`, start: end, end: end + 2 });
        TOKEN.lastIndex = end + 2;
      }
    }
  }
  return out;
}

/** True when a text has lower-case letters in most of its words: capitalisation then carries meaning. */
export function isMixedCase(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length === 0) return false;
  const lower = letters.replace(/[^a-z]/g, '').length;
  return lower / letters.length > 0.3;
}
