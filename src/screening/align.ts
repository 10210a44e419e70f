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
import { editSimilarity } from './similarity.js';
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
    chosen.push(p);
  }
  return chosen;
}

function free(used: Uint8Array, start: number, len: number): boolean {
  for (let i = start; i < start + len; i++) if (used[i]) return false;
  return true;
}

/** Every possible pair of query unit and listed token or run of tokens, best first. */
function alignPairs(index: ScoringIndex, q: PreparedQuery, n: number, tokens: Int32Array, params: MatcherParams): Pair[] {
  const w = index.vocab.weights;
  const person = index.namePerson[n] === 1;
  const pairs: Pair[] = [];
  for (const unit of q.units) {
    for (let j = 0; j < tokens.length; j++) {
      const m = unit.matches.get(tokens[j]!);
      if (m === undefined || (m.how === 'phonetic' && !person)) continue;
      const weight = unit.len === 1 ? w[tokens[j]!]! : (unit.weight + w[tokens[j]!]!) / 2;
      pairs.push({ qStart: unit.start, qLen: unit.len, cStart: j, cLen: 1, sim: m.sim, weight, how: unit.len === 1 ? m.how : 'joined' });
    }
  }
  addJoined(index, q, tokens, params, pairs);
  if (person && q.style !== 'organization') addInitials(index, q, tokens, params, pairs);
  // Best similarity first; among equals, word-for-word pairs before joined runs, which are only
  // needed where the words are split differently.
  return pairs.sort((a, b) => b.sim - a.sim || a.qLen + a.cLen - (b.qLen + b.cLen) || b.weight - a.weight);
}

/**
 * Runs of 2-3 adjacent words read as one word, on either side: a listed run against a query
 * word or run ("Fangwei" = "Fang Wei"; "Arefullaha Ref" = "Arefullah Aref"), and a query run
 * against a listed word, all with the same spelling tolerance as single words.
 */
function addJoined(index: ScoringIndex, q: PreparedQuery, tokens: Int32Array, params: MatcherParams, pairs: Pair[]): void {
  const strings = index.vocab.strings;
  const w = index.vocab.weights;
  const min = params.minSimilarity;
  for (let j = 0; j < tokens.length; j++) {
    const word = strings[tokens[j]!]!;
    if (!isWord(word)) continue;
    for (const run of q.runs) {
      if (run.text[0] !== word[0] || run.text === word || run.exact) continue;
      const sim = editSimilarity(run.text, word, min);
      if (sim > 0) pairs.push({ qStart: run.start, qLen: run.len, cStart: j, cLen: 1, sim, weight: (run.weight + w[tokens[j]!]!) / 2, how: 'joined' });
    }
    let joined = word;
    let joinedLen = word.length;
    let cw = w[tokens[j]!]!;
    for (let len = 2; len <= MAX_RUN && j + len <= tokens.length; len++) {
      const next = strings[tokens[j + len - 1]!]!;
      if (!isWord(next)) break;
      joinedLen += next.length;
      cw += w[tokens[j + len - 1]!]!;
      joined += next;
      // Only compare the joined run when some query word or run is about as long.
      if (!q.nearLengths[joinedLen]) continue;
      for (let i = 0; i < q.tokens.length; i++) {
        const text = q.tokens[i]!.text;
        if (text[0] !== joined[0]) continue;
        const sim = q.tokens[i]!.han ? Number(text === joined) : editSimilarity(text, joined, min);
        if (sim > 0) pairs.push({ qStart: i, qLen: 1, cStart: j, cLen: len, sim, weight: (q.weights[i]! + cw) / 2, how: 'joined' });
      }
      for (const run of q.runs) {
        if (run.text[0] !== joined[0]) continue;
        const sim = run.exact ? Number(run.text === joined) : editSimilarity(run.text, joined, min);
        if (sim > 0) pairs.push({ qStart: run.start, qLen: run.len, cStart: j, cLen: len, sim, weight: (run.weight + cw) / 2, how: 'joined' });
      }
    }
  }
}

const MAX_RUN = 3;

/** "V. Putin": a single letter may stand for a name part starting with it, at low similarity. */
function addInitials(index: ScoringIndex, q: PreparedQuery, tokens: Int32Array, params: MatcherParams, pairs: Pair[]): void {
  const strings = index.vocab.strings;
  for (let i = 0; i < q.tokens.length; i++) {
    const qt = q.tokens[i]!.text;
    for (let j = 0; j < tokens.length; j++) {
      const ct = strings[tokens[j]!]!;
      if ((qt.length === 1) === (ct.length === 1) || qt[0] !== ct[0]) continue;
      const weight = Math.min(q.weights[i]!, index.vocab.weights[tokens[j]!]!);
      pairs.push({ qStart: i, qLen: 1, cStart: j, cLen: 1, sim: params.initialSimilarity, weight, how: 'initial' });
    }
  }
}

function findSupport(index: ScoringIndex, q: PreparedQuery, i: number, n: number): Support | null {
  const unit = q.units[i]!;
  if (unit.matches.size === 0) return null;
  const person = index.namePerson[n] === 1;
  let best: Support | null = null;
  for (const other of index.entryNames[index.nameEntry[n]!]!) {
    if (other === n) continue;
    for (let p = index.tokenStart[other]!, end = index.tokenStart[other + 1]!; p < end; p++) {
      const m = unit.matches.get(index.tokenIds[p]!);
      if (m === undefined || (m.how === 'phonetic' && !person)) continue;
      if (best === null || m.sim > best.sim) best = { q: i, name: other, token: p - index.tokenStart[other]!, sim: m.sim, weight: q.weights[i]! };
    }
  }
  return best;
}
