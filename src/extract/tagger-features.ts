// The features the ALL-CAPS name tagger sees for one token: the word and its neighbours, its shape,
// and whether the word lists know it as a place, nationality, title or organisation word. Words are
// upper-cased first, so the same model reads 1970s cables and modern ones.
import { caseClass } from './lexicon.js';
import { nameRole } from './person-names.js';
import { demonymCode, isOrgAcronym, isOrgWord, isTitleWord, placeLengthAt } from './gazetteer.js';

export interface Sentence {
  words: string[];
  /** Per token: "B"/"I" when a place name covers it, "" otherwise. */
  places: string[];
}

export function prepare(words: string[]): Sentence {
  const upper = words.map((w) => w.toUpperCase().replace(/’/g, "'"));
  const places = upper.map(() => '');
  for (let i = 0; i < upper.length; i++) {
    const n = /^[A-Z]/.test(upper[i]!) ? placeLengthAt(upper, i) : 0;
    for (let k = 0; k < n; k++) places[i + k] = k === 0 ? `B${n}` : 'I';
    if (n > 0) i += n - 1;
  }
  return { words: upper, places };
}

function shape(w: string): string {
  if (/^\d+$/.test(w)) return 'num';
  if (/^[^A-Z0-9]+$/.test(w)) return `p${w}`;
  if (/\d/.test(w)) return 'alnum';
  if (/^(?:[A-Z]\.)+$/.test(w)) return 'abbr';
  if (w.includes('-')) return 'hyph';
  if (w.length <= 3) return 'short';
  return 'word';
}

function lexical(w: string): string[] {
  const out: string[] = [];
  if (isTitleWord(w)) out.push('title');
  if (isOrgWord(w)) out.push('org');
  if (isOrgAcronym(w)) out.push('orgacr');
  const dem = demonymCode(w);
  if (dem !== null) out.push('dem');
  return out;
}

export function features(s: Sentence, i: number, prev: string, prev2: string): string[] {
  const w = (k: number): string => s.words[i + k] ?? (i + k < 0 ? '<s>' : '</s>');
  const word = w(0);
  const f = [
    'b',
    `w=${word}`,
    `s3=${word.slice(-3)}`,
    `p3=${word.slice(0, 3)}`,
    `sh=${shape(word)}`,
    `w-1=${w(-1)}`,
    `w+1=${w(1)}`,
    `w-2=${w(-2)}`,
    `w+2=${w(2)}`,
    `w-1w=${w(-1)} ${word}`,
    `ww+1=${word} ${w(1)}`,
    `t-1=${prev}`,
    `t-2t-1=${prev2} ${prev}`,
    `t-1w=${prev} ${word}`,
    `t-1sh=${prev} ${shape(word)}`,
    `g=${s.places[i]}`,
    `g-1=${s.places[i - 1] ?? ''} g+1=${s.places[i + 1] ?? ''}`,
  ];
  const lx = (k: number): string => (/^[A-Z]/.test(w(k)) ? caseClass(w(k)) : '-');
  f.push(`lx=${lx(0)}`, `lx-1=${lx(-1)}`, `lx+1=${lx(1)}`, `lx=${lx(0)} t-1=${prev}`, `lx=${lx(0)} lx+1=${lx(1)}`);
  const pn = (k: number): string => nameRole(w(k));
  f.push(`pn=${pn(0)}`, `pn-1=${pn(-1)}`, `pn+1=${pn(1)}`, `pn=${pn(0)} lx=${lx(0)}`);
  for (const x of lexical(word)) f.push(`x=${x}`, `x=${x} t-1=${prev}`);
  for (const x of lexical(w(-1))) f.push(`x-1=${x}`);
  for (const x of lexical(w(1))) f.push(`x+1=${x}`);
  for (const x of lexical(w(2))) f.push(`x+2=${x}`);
  return f;
}
