// The name comparator on its own (`demarche match`): two names scored exactly as a query is
// scored against one listed name, with word weights taken from the loaded lists.
import { scoreName, type NameScore, type ScoringIndex } from './align.js';
import type { NameIndex } from './name-index.js';
import type { NameStyle } from './normalise.js';
import { phoneticKey } from './phonetic.js';
import { prepareQuery, type MatcherParams, type TokenSource } from './query.js';
import { editSimilarity } from './similarity.js';
import { phoneticallyComparable, soundAlike, toMatchMap, type LookupOptions, type MatchMap, type TokenMatch } from './vocabulary.js';

export interface Comparison {
  score: number;
  detail: NameScore;
}

/** Scores `query` against `candidate`; `style` is the kind of party both names belong to. */
export function compareNames(index: NameIndex, query: string, candidate: string, style: NameStyle, params: MatcherParams): Comparison {
  const normaliser = index.normaliser;
  const q = normaliser.normalise(query, style);
  const c = normaliser.normalise(candidate, style === 'unknown' ? q.style : style);
  // Either name carrying a company marker makes the pair a pair of organisations.
  const both: NameStyle = q.style === 'organization' || c.style === 'organization' ? 'organization' : style;
  const strings = [...new Set(c.tokens.map((t) => t.text))];
  const local = new Map(strings.map((s, i) => [s, i]));
  const one: ScoringIndex = {
    tokenStart: [0, c.tokens.length],
    tokenIds: Int32Array.from(c.tokens.map((t) => local.get(t.text)!)),
    namePerson: [both === 'organization' ? 0 : 1],
    nameStrength: [0],
    nameEntry: [0],
    entryNames: [[0]],
    vocab: { strings, weights: strings.map((s) => index.vocab.weightOf(s)) },
  };
  const source: TokenSource = {
    ids: local,
    weightOf: (t) => index.vocab.weightOf(t),
    lookup: (t, opts) => lookupAmong(strings, t, opts),
  };
  const prepared = prepareQuery(source, q.tokens, both, params);
  const detail = scoreName(one, prepared, 0, params);
  return { score: Math.round(detail.score * 1000) / 1000, detail };
}

/** The vocabulary lookup, done by comparing with each word of one name. */
function lookupAmong(strings: string[], token: string, opts: LookupOptions): MatchMap {
  const out: TokenMatch[] = [];
  const word = /^[a-z0-9]/.test(token);
  const key = word && opts.phoneticSimilarity > 0 ? phoneticKey(token, opts.abjad) : '';
  strings.forEach((s, id) => {
    if (s === token) {
      out.push({ id, sim: 1, how: 'exact' });
      return;
    }
    if (!word || !/^[a-z0-9]/.test(s)) return;
    const sim = token.length >= 3 ? editSimilarity(token, s, opts.minSimilarity) : 0;
    const soundKey = phoneticKey(token, opts.abjad);
    if (sim > 0) out.push(soundKey !== '' && phoneticKey(s) === soundKey ? soundAlike({ id, sim, how: 'fuzzy' }) : { id, sim, how: 'fuzzy' });
    else if (key !== '' && phoneticKey(s) === key && (opts.abjad || phoneticallyComparable(token, s))) {
      out.push({ id, sim: opts.phoneticSimilarity, how: 'phonetic' });
    }
  });
  return toMatchMap(out);
}
