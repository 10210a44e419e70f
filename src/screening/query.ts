// Prepares a query name for matching: its tokens and weights, the listed tokens each word (or
// run of joined words) resembles, and the few listed names worth scoring in full.
import type { NameIndex } from './name-index.js';
import { isWord } from './name-index.js';
import type { NameStyle, NameToken } from './normalise.js';
import type { LookupOptions, MatchMap } from './vocabulary.js';

export interface MatcherParams {
  /** Lowest edit similarity between two words that counts as a match. */
  minSimilarity: number;
  /** Similarity of two different spellings of a personal name with the same phonetic key. */
  phoneticSimilarity: number;
  /**
   * Similarity of a name spelt in Arabic or Hebrew script to a listed name with the same consonant
   * skeleton: without written vowels, the skeleton is all there is to compare.
   */
  abjadSimilarity: number;
  /** Similarity of an initial to a name part starting with that letter. */
  initialSimilarity: number;
  /** Share of an unmatched query word's weight counted against a name. */
  queryMiss: number;
  /** Share of an unmatched listed word's weight counted against a name. */
  listMiss: number;
  /** Credit for a query word found in another name of the same entry instead of the scored one. */
  entrySupport: number;
  /** Score multiplier for weak aliases. */
  weakAlias: number;
  /** Names scored in full per query. */
  candidates: number;
}

export const DEFAULT_PARAMS: MatcherParams = {
  minSimilarity: 0.75,
  phoneticSimilarity: 0.75,
  abjadSimilarity: 0.85,
  initialSimilarity: 0.6,
  queryMiss: 1,
  listMiss: 0.5,
  entrySupport: 0.8,
  weakAlias: 0.9,
  candidates: 12,
};

/** A query word or a run of 2-3 query words read as one word. */
export interface QueryUnit {
  start: number;
  len: number;
  text: string;
  weight: number;
  matches: MatchMap;
}

/** A run of 2-3 adjacent query words, joined ("fang wei" as "fangwei"). */
export interface QueryRun {
  start: number;
  len: number;
  text: string;
  weight: number;
  /** Compared exactly, without spelling tolerance (words read from Chinese characters). */
  exact: boolean;
}

/** A query word or run as compared with listed runs; `first` is its first letter's code. */
export interface QueryPiece extends QueryRun {
  first: number;
}

export interface PreparedQuery {
  style: NameStyle;
  tokens: NameToken[];
  weights: number[];
  /** Single-word units first, in token order; then runs found as listed words. */
  units: QueryUnit[];
  /** Every run of joined query words, for spelling-tolerant comparison with candidates. */
  runs: QueryRun[];
  /** The query's words and runs, as compared with joined listed words. */
  pieces: QueryPiece[];
  /** Listed word pairs that a query word splits into ("fangwei" = "fang" + "wei"), by query word. */
  splits: Array<Array<[number, number]>>;
  totalWeight: number;
}

const MAX_SPAN = 3;

/** Where a query's words are looked up: the index's vocabulary, or one name's words. */
export interface TokenSource {
  ids: Map<string, number>;
  lookup(token: string, opts: LookupOptions): MatchMap;
  weightOf(token: string): number;
}

export function prepareQuery(vocab: TokenSource, tokens: NameToken[], style: NameStyle, params: MatcherParams): PreparedQuery {
  const lookup = {
    minSimilarity: params.minSimilarity,
    phoneticSimilarity: style === 'organization' ? 0 : params.phoneticSimilarity,
  };
  const weights = tokens.map((t) => vocab.weightOf(t.text));
  const units: QueryUnit[] = tokens.map((t, i) => ({
    start: i,
    len: 1,
    text: t.text,
    weight: weights[i]!,
    matches: vocab.lookup(t.text, lookupFor(t, lookup, params)),
  }));
  const runs: QueryRun[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!isWord(tokens[start]!.text)) continue;
    let text = tokens[start]!.text;
    let weight = weights[start]!;
    for (let len = 2; len <= MAX_SPAN && start + len <= tokens.length; len++) {
      const next = tokens[start + len - 1]!.text;
      if (!isWord(next)) break;
      text += next;
      weight += weights[start + len - 1]!;
      runs.push({ start, len, text, weight, exact: tokens.slice(start, start + len).every((t) => t.han === true) });
      // Candidates come from runs that are listed words as they stand; spelling variants of
      // runs are only compared with the candidates' words (in align.ts), which is far cheaper.
      const id = vocab.ids.get(text);
      if (id !== undefined) units.push({ start, len, text, weight, matches: new Map([[id, { id, sim: 1, how: 'exact' }]]) });
    }
  }
  const splits = tokens.map((t) => (isWord(t.text) ? splitWord(vocab, t.text) : []));
  const pieces: QueryPiece[] = [
    ...tokens.map((t, i) => ({ start: i, len: 1, text: t.text, weight: weights[i]!, exact: t.han === true, first: t.text.charCodeAt(0) })),
    ...runs.map((r) => ({ ...r, first: r.text.charCodeAt(0) })),
  ];
  return { style, tokens, weights, units, runs, pieces, splits, totalWeight: weights.reduce((a, b) => a + b, 0) };
}

/** How to look a word up, by the script it was written in. */
function lookupFor(t: NameToken, lookup: LookupOptions, params: MatcherParams): LookupOptions {
  if (t.han) return { minSimilarity: 1, phoneticSimilarity: 0 };
  if (t.abjad && lookup.phoneticSimilarity > 0) return { ...lookup, abjad: true, phoneticSimilarity: params.abjadSimilarity };
  return lookup;
}

/** splitWord's answers per vocabulary: names repeat words, and each cut is two lookups. */
const splitCache = new WeakMap<TokenSource, Map<string, Array<[number, number]>>>();
const SPLIT_CACHE_SIZE = 200_000;

/** Ways to cut a word into two listed words of at least two letters each (shared: not to be changed). */
function splitWord(vocab: TokenSource, word: string): Array<[number, number]> {
  let cache = splitCache.get(vocab);
  if (cache === undefined) splitCache.set(vocab, (cache = new Map()));
  let out = cache.get(word);
  if (out === undefined) {
    out = findSplits(vocab, word);
    if (cache.size >= SPLIT_CACHE_SIZE) cache.clear();
    cache.set(word, out);
  }
  return out;
}

function findSplits(vocab: TokenSource, word: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const a = vocab.ids.get(word.slice(0, cut));
    if (a === undefined) continue;
    const b = vocab.ids.get(word.slice(cut));
    if (b !== undefined) out.push([a, b]);
  }
  return out;
}

let acc = new Float64Array(0);
let touched = new Int32Array(0);
let bestName = new Int32Array(0);
let bestScore = new Float64Array(0);

/** The names sharing the most query weight, best first: the only names scored in full. */
export function candidateNames(
  index: NameIndex,
  q: PreparedQuery,
  params: MatcherParams,
  keep?: (name: number) => boolean,
): number[] {
  if (acc.length < index.size) {
    acc = new Float64Array(index.size);
    touched = new Int32Array(index.size);
  }
  // The buffers in locals, and the postings added by a plain function: in the loops below, which
  // run over every name holding a query word, module bindings and a closure's counter cost a load each.
  const sums = acc;
  const seen = touched;
  const postings = index.postings;
  let count = 0;
  for (const unit of q.units) {
    for (const m of unit.matches.values()) count = addPostings(postings[m.id]!, m.sim * unit.weight, sums, seen, count);
  }
  for (let i = 0; i < q.splits.length; i++) {
    for (const [a, b] of q.splits[i]!) {
      count = addPostings(postings[a]!, q.weights[i]! / 2, sums, seen, count);
      count = addPostings(postings[b]!, q.weights[i]! / 2, sums, seen, count);
    }
  }
  // Keep the best few by an estimate of the final score, in small sorted buffers; names tied
  // with the last one kept stay too (several entries can share a name), up to a cap.
  const k = params.candidates;
  const cap = 4 * k;
  if (bestName.length < cap + 1) {
    bestName = new Int32Array(cap + 1);
    bestScore = new Float64Array(cap + 1);
  }
  const names = bestName;
  const scores = bestScore;
  const nameWeight = index.nameWeight;
  const totalWeight = q.totalWeight;
  const listMiss = params.listMiss;
  let size = 0;
  for (let t = 0; t < count; t++) {
    const n = seen[t]!;
    const a = sums[n]!;
    sums[n] = 0;
    const approx = a / (totalWeight + listMiss * Math.max(0, nameWeight[n]! - a));
    if (size >= k && approx < scores[k - 1]!) continue;
    if (keep && !keep(n)) continue;
    let at = size;
    while (at > 0 && scores[at - 1]! < approx) {
      names[at] = names[at - 1]!;
      scores[at] = scores[at - 1]!;
      at--;
    }
    names[at] = n;
    scores[at] = approx;
    size += 1;
    while (size > k && (scores[size - 1]! < scores[k - 1]! || size > cap)) size -= 1;
  }
  return Array.from(names.subarray(0, size));
}

/** Adds `gain` to the sum of every name in `list`, noting names seen for the first time; returns the new count. */
function addPostings(list: Int32Array, gain: number, sums: Float64Array, seen: Int32Array, count: number): number {
  for (let p = 0; p < list.length; p++) {
    const n = list[p]!;
    if (sums[n] === 0) seen[count++] = n;
    sums[n]! += gain;
  }
  return count;
}
