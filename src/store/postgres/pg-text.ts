// Full text on PostgreSQL read the way SQLite's unicode61 remove_diacritics tokenizer reads it: a
// token is a run of letters and digits, accents dropped, everything else separates. PostgreSQL's own
// parser would keep "U.S." or "6.C.3" whole; feeding it text with separators already turned into
// spaces gives the same tokens as SQLite on both the index and the query side.
import type { SearchQuery, SearchTerm } from '../search-query.js';

const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Letters without their accents: "Zürich" → "Zurich". */
function folded(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

const ASCII = /^[\x00-\x7f]*$/;
/** In ASCII text, what PostgreSQL's parser could read as part of a token: blanks separate already. */
const ASCII_JOINERS = /[^A-Za-z0-9 \n\r\t]+/g;

/** The text a tsvector is built from. */
export function indexText(text: string): string {
  // Most paragraphs are ASCII, where nothing needs folding and only punctuation must become
  // blanks: a fifth of the time of the general path, which ran for every paragraph of an ingest.
  // The words and their positions, so the tsvector, are the same (a test compares them).
  if (ASCII.test(text)) return text.replace(ASCII_JOINERS, ' ');
  return folded(text).replace(SEPARATORS, ' ');
}

function tokens(text: string): string[] {
  return folded(text)
    .split(SEPARATORS)
    .filter((t) => t.length > 0);
}

/**
 * The query as to_tsquery input. Every token is quoted, and a token holds only letters and digits, so nothing a user typed can be read as tsquery syntax (operators, weights, quotes):
 * only the structure built here is. Null when no term has a token left.
 */
export function toTsquery(query: SearchQuery): string | null {
  const groups = query.groups.map((g) => g.map(term).filter((t): t is string => t !== null)).filter((g) => g.length > 0);
  if (groups.length < query.groups.length) return null; // a required term can never match
  const positive = groups.map((g) => (g.length === 1 ? g[0] : `(${g.join(' | ')})`)).join(' & ');
  const excluded = query.excluded.map(term).filter((t): t is string => t !== null);
  return excluded.length === 0 ? positive : `(${positive}) & !(${excluded.join(' | ')})`;
}

/** A word of a term as ranking reads it (pg-rank.ts): the token, and whether it is a prefix. */
export interface RankWord {
  token: string;
  prefix: boolean;
}

/**
 * The query as the PostgreSQL store matches it from its postings (pg-rank.ts): every term as its
 * words, the positive ones (each group's, in order) first, then the excluded ones; the
 * groups and exclusions as indexes into them. Terms without a token are left out, as toTsquery
 * leaves them out.
 */
export interface QueryShape {
  terms: RankWord[][];
  positive: number;
  groups: number[][];
  excluded: number[];
}

export function queryShape(query: SearchQuery): QueryShape {
  const terms: RankWord[][] = [];
  const add = (t: SearchTerm): number[] => {
    const words = tokens(t.text);
    if (words.length === 0) return [];
    terms.push(words.map((token, i) => ({ token, prefix: t.prefix && i === words.length - 1 })));
    return [terms.length - 1];
  };
  const groups = query.groups.map((g) => g.flatMap(add));
  const positive = terms.length;
  const excluded = query.excluded.flatMap(add);
  return { terms, positive, groups, excluded };
}

/** A word as a tsquery of its own, quoted as term() quotes it. */
export function wordTsquery(word: RankWord): string {
  return `'${word.token}'${word.prefix ? ':*' : ''}`;
}

function term(t: SearchTerm): string | null {
  const words = tokens(t.text);
  if (words.length === 0) return null;
  const quoted = words.map((w, i) => `'${w}'${t.prefix && i === words.length - 1 ? ':*' : ''}`);
  return quoted.length === 1 ? (quoted[0] as string) : `(${quoted.join(' <-> ')})`;
}
