// Scores one listed name against a prepared query. Query words and listed words are paired one
// to one, best pairs first, in any order ("Putin Vladimir" = "Vladimir Putin"); a run of words
// may pair with one word ("Fang Wei" = "Fangwei"). The score is the weighted share of evidence:
//
//   score = Σ pairs (weight × similarity)
//           / (Σ pairs weight + queryMiss × unmatched query weight + listMiss × unmatched listed weight)
//
// A query word missing from this name but present in another name of the same entry counts as
// partly matched ("LIMMT (Dalian FTZ) Economic and Trade ...": "Dalian FTZ" is in an alias).
import { isWord } from './name-index.js';
import type { MatcherParams, PreparedQuery } from './query.js';
import { editSimilarity, maxEdits } from './similarity.js';
import type { MatchHow } from './vocabulary.js';

export type PairHow = MatchHow | 'joined' | 'initial';

export interface Pair {
  /** Query tokens [qStart, qStart + qLen) met listed tokens [cStart, cStart + cLen). */
  qStart: number;
  qLen: number;
  cStart: number;
  cLen: number;
  sim: number;
  weight: number;
  how: PairHow;
}

export interface Support {
  q: number;
  /** The other name of the entry, and the token in it. */
  name: number;
  token: number;
  sim: number;
  weight: number;
}

/** What scoring needs from an index; a single name compared on its own provides the same. */
export interface ScoringIndex {
  /** Name n's tokens are tokenIds[tokenStart[n] .. tokenStart[n + 1]). */
  tokenStart: ArrayLike<number>;
  tokenIds: Int32Array;
  namePerson: ArrayLike<number>;
  nameStrength: ArrayLike<number>;
  nameEntry: ArrayLike<number>;
  entryNames: number[][];
  vocab: { weights: ArrayLike<number>; strings: string[] };
}

export interface NameScore {
  name: number;
  score: number;
  pairs: Pair[];
  supported: Support[];
  /** Query tokens left unmatched, and listed tokens left unmatched. */
  missedQuery: number[];
  missedList: number[];
}

/** Scores name n; support from the entry's other names is sought only if it could reach `floor`. */
export function scoreName(index: ScoringIndex, q: PreparedQuery, n: number, params: MatcherParams, floor = 0): NameScore {
  const tokens = index.tokenIds.subarray(index.tokenStart[n]!, index.tokenStart[n + 1]!);
  const chosen = choosePairs(alignPairs(index, q, n, tokens, params), q.tokens.length, tokens.length);
  const usedQ = usedQBuf;
  const usedC = usedCBuf;
  let evidence = 0;
  let total = 0;
  for (const p of chosen) {
    evidence += p.weight * p.sim;
    total += p.weight;
  }
  const missedQuery: number[] = [];
  const supported: Support[] = [];
  // Only a missed word that resembles some listed word can be found in another name.
  let missedWeight = 0;
  for (let i = 0; i < q.tokens.length; i++) if (!usedQ[i] && q.units[i]!.matches.size > 0) missedWeight += q.weights[i]!;
  let listWeight = 0;
  for (let j = 0; j < tokens.length; j++) if (!usedC[j]) listWeight += index.vocab.weights[tokens[j]!]!;
  // Looking for missed words in the entry's other names pays only if it could lift the score
  // to where it matters.
  const ceiling = (evidence + params.entrySupport * missedWeight) / (total + missedWeight + params.listMiss * listWeight);
  const seek = missedWeight > 0 && ceiling >= floor;
  for (let i = 0; i < q.tokens.length; i++) {
    if (usedQ[i]) continue;
    const s = seek ? findSupport(index, q, i, n) : null;
    if (s === null) {
      missedQuery.push(i);
      total += params.queryMiss * q.weights[i]!;
    } else {
      supported.push(s);
      evidence += params.entrySupport * s.sim * s.weight;
      total += s.weight;
    }
  }
  const missedList: number[] = [];
  for (let j = 0; j < tokens.length; j++) {
    if (usedC[j]) continue;
    missedList.push(j);
    total += params.listMiss * index.vocab.weights[tokens[j]!]!;
  }
  let score = total > 0 ? evidence / total : 0;
  if (index.nameStrength[n] === WEAK) score *= params.weakAlias;
  return { name: n, score, pairs: chosen, supported, missedQuery, missedList };
}

const WEAK = 2;
// Reused between calls: scoring runs tens of thousands of times a second.
let usedQBuf = new Uint8Array(64);
let usedCBuf = new Uint8Array(64);

function grow(q: number, c: number): void {
  usedQBuf = new Uint8Array(Math.max(q, usedQBuf.length * 2));
  usedCBuf = new Uint8Array(Math.max(c, usedCBuf.length * 2));
}

/**
 * The candidate pairs of the name being scored. Scoring runs tens of thousands of times a
 * second, so the pair objects are kept and reused rather than allocated for every name.
 */
class PairList {
  items: Pair[] = [];
  private readonly pool: Pair[] = [];

  reset(): this {
    this.items.length = 0;
    return this;
  }

  add(qStart: number, qLen: number, cStart: number, cLen: number, sim: number, weight: number, how: PairHow): void {
    const n = this.items.length;
    let p = this.pool[n];
    if (p === undefined) {
      p = { qStart, qLen, cStart, cLen, sim, weight, how };
      this.pool.push(p);
    } else {
      p.qStart = qStart;
      p.qLen = qLen;
      p.cStart = cStart;
      p.cLen = cLen;
      p.sim = sim;
      p.weight = weight;
      p.how = how;
    }
    this.items.push(p);
  }
}

const pairList = new PairList();

/** Takes pairs best first, each query and listed token at most once; marks usedQBuf and usedCBuf. */
function choosePairs(pairs: Pair[], qLength: number, cLength: number): Pair[] {
  if (usedQBuf.length < qLength || usedCBuf.length < cLength) grow(qLength, cLength);
  usedQBuf.fill(0, 0, qLength);
  usedCBuf.fill(0, 0, cLength);
  const chosen: Pair[] = [];
  for (const p of pairs) {
    if (!free(usedQBuf, p.qStart, p.qLen) || !free(usedCBuf, p.cStart, p.cLen)) continue;
    usedQBuf.fill(1, p.qStart, p.qStart + p.qLen);
    usedCBuf.fill(1, p.cStart, p.cStart + p.cLen);
    // Pair objects are reused by the next name; the chosen ones outlive it.
    chosen.push({ ...p });
  }
  return chosen;
}

function free(used: Uint8Array, start: number, len: number): boolean {
  for (let i = start; i < start + len; i++) if (used[i]) return false;
  return true;
}

/** Best similarity first; among equals, word-for-word pairs before joined runs, then weightier. */
function byStrength(a: Pair, b: Pair): number {
  return b.sim - a.sim || a.qLen + a.cLen - (b.qLen + b.cLen) || b.weight - a.weight;
}

/** Every possible pair of query unit and listed token or run of tokens, best first. */
function alignPairs(index: ScoringIndex, q: PreparedQuery, n: number, tokens: Int32Array, params: MatcherParams): Pair[] {
  const w = index.vocab.weights;
  const person = index.namePerson[n] === 1;
  const pairs = pairList.reset();
  for (const unit of q.units) {
    for (let j = 0; j < tokens.length; j++) {
      const m = unit.matches.get(tokens[j]!);
      if (m === undefined || (m.how === 'phonetic' && !person)) continue;
      const weight = unit.len === 1 ? w[tokens[j]!]! : (unit.weight + w[tokens[j]!]!) / 2;
      pairs.add(unit.start, unit.len, j, 1, m.sim, weight, unit.len === 1 ? m.how : 'joined');
    }
  }
  addJoined(index, q, tokens, params, pairs);
  if (person && q.style !== 'organization') addInitials(index, q, tokens, params, pairs);
  // Best similarity first; among equals, word-for-word pairs before joined runs, which are only
  // needed where the words are split differently.
  return pairs.items.sort(byStrength);
}

/**
 * Runs of 2-3 adjacent words read as one word, on either side: a listed run against a query
 * word or run ("Fangwei" = "Fang Wei"; "Arefullaha Ref" = "Arefullah Aref"), and a query run
 * against a listed word, all with the same spelling tolerance as single words.
 */
function addJoined(index: ScoringIndex, q: PreparedQuery, tokens: Int32Array, params: MatcherParams, pairs: PairList): void {
  const strings = index.vocab.strings;
  const words = wordFlags(strings);
  const w = index.vocab.weights;
  const min = params.minSimilarity;
  for (let j = 0; j < tokens.length; j++) {
    if (words[tokens[j]!] === 0) continue;
    const word = strings[tokens[j]!]!;
    const first = word.charCodeAt(0);
    for (const piece of q.pieces) {
      if (piece.len === 1 || piece.first !== first || piece.exact || piece.text === word) continue;
      const sim = editSimilarity(piece.text, word, min);
      if (sim > 0) pairs.add(piece.start, piece.len, j, 1, sim, (piece.weight + w[tokens[j]!]!) / 2, 'joined');
    }
    let joinedLen = word.length;
    let cw = w[tokens[j]!]!;
    for (let len = 2; len <= MAX_RUN && j + len <= tokens.length; len++) {
      if (words[tokens[j + len - 1]!] === 0) break;
      const next = strings[tokens[j + len - 1]!]!;
      joinedLen += next.length;
      cw += w[tokens[j + len - 1]!]!;
      // The joined run is only built when some query word or run starts alike and is about as long.
      let joined: string | null = null;
      for (const piece of q.pieces) {
        if (piece.first !== first || Math.abs(piece.text.length - joinedLen) > maxEdits(Math.max(piece.text.length, joinedLen), min)) continue;
        joined ??= joinRun(strings, tokens, j, len);
        const sim = piece.exact ? Number(piece.text === joined) : editSimilarity(piece.text, joined, min);
        if (sim > 0) pairs.add(piece.start, piece.len, j, len, sim, (piece.weight + cw) / 2, 'joined');
      }
    }
  }
}

/** isWord of every token of a vocabulary, by id: asked for each listed token of every name scored. */
const wordFlagCache = new WeakMap<string[], Uint8Array>();

function wordFlags(strings: string[]): Uint8Array {
  let flags = wordFlagCache.get(strings);
  // A vocabulary only grows (while its index is built): a longer one is read again.
  if (flags === undefined || flags.length !== strings.length) {
    flags = Uint8Array.from(strings, (t) => (isWord(t) ? 1 : 0));
    wordFlagCache.set(strings, flags);
  }
  return flags;
}

function joinRun(strings: string[], tokens: Int32Array, j: number, len: number): string {
  let s = '';
  for (let k = j; k < j + len; k++) s += strings[tokens[k]!]!;
  return s;
}

const MAX_RUN = 3;

/** "V. Putin": a single letter may stand for a name part starting with it, at low similarity. */
function addInitials(index: ScoringIndex, q: PreparedQuery, tokens: Int32Array, params: MatcherParams, pairs: PairList): void {
  const strings = index.vocab.strings;
  for (let i = 0; i < q.tokens.length; i++) {
    const qt = q.tokens[i]!.text;
    for (let j = 0; j < tokens.length; j++) {
      const ct = strings[tokens[j]!]!;
      if ((qt.length === 1) === (ct.length === 1) || qt[0] !== ct[0]) continue;
      const weight = Math.min(q.weights[i]!, index.vocab.weights[tokens[j]!]!);
      pairs.add(i, 1, j, 1, params.initialSimilarity, weight, 'initial');
    }
  }
}

function findSupport(index: ScoringIndex, q: PreparedQuery, i: number, n: number): Support | null {
  const unit = q.units[i]!;
  if (unit.matches.size === 0) return null;
  const entry = index.nameEntry[n]!;
  const names = index.entryNames[entry]!;
  // An entry with many names is first asked whether any of its tokens is among the word's matches
  // at all: mostly none is, and the scan below would look at every token of every name.
  if (names.length > MANY_NAMES) {
    const tokens = entryTokens(index, entry);
    let any = false;
    for (const id of unit.matches.keys()) {
      if (tokens.has(id)) {
        any = true;
        break;
      }
    }
    if (!any) return null;
  }
  const person = index.namePerson[n] === 1;
  let best: Support | null = null;
  for (const other of names) {
    if (other === n) continue;
    for (let p = index.tokenStart[other]!, end = index.tokenStart[other + 1]!; p < end; p++) {
      const m = unit.matches.get(index.tokenIds[p]!);
      if (m === undefined || (m.how === 'phonetic' && !person)) continue;
      if (best === null || m.sim > best.sim) best = { q: i, name: other, token: p - index.tokenStart[other]!, sim: m.sim, weight: q.weights[i]! };
    }
  }
  return best;
}

const MANY_NAMES = 4;
/** The token ids of all the names of an entry, per index, made the first time the entry is asked about. */
const entryTokenCache = new WeakMap<ScoringIndex, Map<number, Set<number>>>();

function entryTokens(index: ScoringIndex, entry: number): Set<number> {
  let byEntry = entryTokenCache.get(index);
  if (byEntry === undefined) entryTokenCache.set(index, (byEntry = new Map()));
  let tokens = byEntry.get(entry);
  if (tokens === undefined) {
    tokens = new Set();
    for (const name of index.entryNames[entry]!) {
      for (let p = index.tokenStart[name]!, end = index.tokenStart[name + 1]!; p < end; p++) tokens.add(index.tokenIds[p]!);
    }
    byEntry.set(entry, tokens);
  }
  return tokens;
}
