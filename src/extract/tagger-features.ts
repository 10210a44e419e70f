// The features the ALL-CAPS name tagger sees for one token: the word and its neighbours, its shape,
// and whether the word lists know it as a place, nationality, title or organisation word. Words are
// upper-cased first, so the same model reads 1970s cables and modern ones.
//
// Most features depend on one word only (the word itself, or a neighbour at a fixed offset); they are
// computed once per distinct word and kept (`wordFeatures`), so that tagging pays for them once per
// vocabulary word, not once per token. tagger-ids.ts turns the same features into model rows.
import { caseClass } from './lexicon.js';
import { nameRole } from './person-names.js';
import { demonymCode, isOrgAcronym, isOrgWord, isTitleWord, placeLengthAt } from './gazetteer.js';

export interface Sentence {
  words: string[];
  /** Per token: "B<n>"/"I" when a place name of n words covers it, "" otherwise. */
  places: string[];
  /** Per token: how the same word is used elsewhere in the text (DOC_* bits). */
  doc: number[];
}

/** The word follows "THE" somewhere in the text: a body or a thing, not a person ("THE ORIT"). */
export const DOC_THE = 1;
/** The word follows a title somewhere: a person ("AMBASSADOR ROTH" ... "ROTH SAID"). */
export const DOC_TITLE = 2;
/** An organisation word follows the word somewhere ("ORIT EXECUTIVE BOARD", "CCOP SECRETARIAT"). */
export const DOC_ORG = 4;

function docUse(upper: string[]): number[] {
  const seen = new Map<string, number>();
  for (let i = 1; i < upper.length; i++) {
    const w = upper[i]!;
    if (!/^[A-Z][A-Z'-]+$/.test(w)) continue;
    let bits = 0;
    if (upper[i - 1] === 'THE') bits |= DOC_THE;
    if (isTitleWord(upper[i - 1]!)) bits |= DOC_TITLE;
    const next = upper[i + 1];
    if (next && (isOrgWord(next) || (upper[i + 2] !== undefined && !/^[A-Z]/.test(next) && isOrgWord(upper[i + 2]!)))) bits |= DOC_ORG;
    if (bits) seen.set(w, (seen.get(w) ?? 0) | bits);
  }
  return upper.map((w) => seen.get(w) ?? 0);
}

export function prepare(words: string[]): Sentence {
  const upper = words.map((w) => w.toUpperCase().replace(/’/g, "'"));
  const places = upper.map(() => '');
  for (let i = 0; i < upper.length; i++) {
    const n = /^[A-Z]/.test(upper[i]!) ? placeLengthAt(upper, i) : 0;
    for (let k = 0; k < n; k++) places[i + k] = k === 0 ? `B${n}` : 'I';
    if (n > 0) i += n - 1;
  }
  return { words: upper, places, doc: docUse(upper) };
}

/** Letters as consonants and vowels, runs collapsed: acronyms ("EGPC" VC) read unlike names ("ROTH" CVC). */
function sounds(w: string): string {
  if (!/^[A-Z]{2,8}$/.test(w)) return '-';
  return w.replace(/[AEIOUY]+/g, 'V').replace(/[^V]+/g, 'C');
}

export function shape(w: string): string {
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
  const dem = demonymCode(w, true);
  if (dem !== null) out.push('dem');
  return out;
}

/** Offsets of the neighbours whose own features a token sees. */
export const OFFSETS = [-2, -1, 1, 2] as const;

/** What one word contributes, wherever it stands. */
export interface WordFeatures {
  word: string;
  shape: string;
  /** How the word is written in mixed-case prose ("-" for punctuation and numbers). */
  lx: string;
  lexical: string[];
  /** The word's own features (offset 0) that need no context. */
  self: string[];
  /** The features a token sees of this word standing at OFFSETS[k] from it. */
  near: string[][];
}

let memo = new Map<string, WordFeatures>();

/** The context-free features of a word (memoised: the same word always gives the same ones). */
export function wordFeatures(word: string): WordFeatures {
  let f = memo.get(word);
  if (f) return f;
  const sh = shape(word);
  const lx = /^[A-Z]/.test(word) ? caseClass(word) : '-';
  const pn = nameRole(word);
  const lex = lexical(word);
  const cv = sounds(word);
  const self = ['b', `w=${word}`, `s3=${word.slice(-3)}`, `p3=${word.slice(0, 3)}`, `sh=${sh}`, `lx=${lx}`, `pn=${pn}`, `pn=${pn} lx=${lx}`, `cv=${cv}`, `cv=${cv} lx=${lx}`];
  for (const x of lex) self.push(`x=${x}`);
  const near = OFFSETS.map((k) => {
    const o = k > 0 ? `+${k}` : `${k}`;
    const out = [`w${o}=${word}`];
    if (k === -1 || k === 1) out.push(`lx${o}=${lx}`, `pn${o}=${pn}`);
    if (k !== -2) for (const x of lex) out.push(`x${o}=${x}`);
    return out;
  });
  f = { word, shape: sh, lx, lexical: lex, self, near };
  // A long-running process reads an open vocabulary: start again rather than grow without end.
  if (memo.size >= 200_000) memo = new Map();
  memo.set(word, f);
  return f;
}

const at = (s: Sentence, i: number): string => s.words[i] ?? (i < 0 ? '<s>' : '</s>');

/** Features of token i that depend on two words or on the place names around it. */
export function pairFeatures(s: Sentence, i: number): string[] {
  const word = at(s, i);
  return [
    `w-1w=${at(s, i - 1)} ${word}`,
    `ww+1=${word} ${at(s, i + 1)}`,
    `g=${s.places[i]}`,
    `g-1=${s.places[i - 1] ?? ''} g+1=${s.places[i + 1] ?? ''}`,
    `lx=${wordFeatures(word).lx} lx+1=${wordFeatures(at(s, i + 1)).lx}`,
    `d=${s.doc[i] ?? 0}`,
    `d=${s.doc[i] ?? 0} lx=${wordFeatures(word).lx}`,
  ];
}

/** Features that join the word to the tag given to the token before it. */
export function tagFeatures(w: WordFeatures, prev: string): string[] {
  const f = [`t-1=${prev}`, `t-1w=${prev} ${w.word}`, `t-1sh=${prev} ${w.shape}`, `lx=${w.lx} t-1=${prev}`];
  for (const x of w.lexical) f.push(`x=${x} t-1=${prev}`);
  return f;
}

export const twoTags = (prev: string, prev2: string): string => `t-2t-1=${prev2} ${prev}`;

/** All features of token i, given the previous two tags (training and the reference path). */
export function features(s: Sentence, i: number, prev: string, prev2: string): string[] {
  const w = wordFeatures(at(s, i));
  const f = [...w.self];
  OFFSETS.forEach((k, j) => f.push(...wordFeatures(at(s, i + k)).near[j]!));
  f.push(...pairFeatures(s, i), ...tagFeatures(w, prev), twoTags(prev, prev2));
  return f;
}
