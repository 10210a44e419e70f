// Finds the listed entries whose names best match a query name: candidate names from the index,
// each scored in full, the best name kept per entry.
import type { ListEntry } from '../lists/types.js';
import { scoreName, type NameScore } from './align.js';
import type { NameIndex } from './name-index.js';
import type { NameStyle } from './normalise.js';
import { candidateNames, prepareQuery, type MatcherParams, type PreparedQuery } from './query.js';

export interface EntryMatch {
  entry: number;
  best: NameScore;
}

export function prepare(index: NameIndex, name: string, style: NameStyle, params: MatcherParams): PreparedQuery {
  const normal = index.normaliser.normalise(name, style);
  return prepareQuery(index.vocab, normal.tokens, normal.style, params);
}

/**
 * Entries with at least one name scoring above zero, best first; `accept` limits the entries and
 * names that cannot reach `floor` are not refined.
 */
export function matchEntries(
  index: NameIndex,
  q: PreparedQuery,
  params: MatcherParams,
  accept?: (entry: ListEntry) => boolean,
  floor = 0,
): EntryMatch[] {
  if (q.tokens.length === 0) return [];
  const byEntry = new Map<number, NameScore>();
  const keep = accept ? (n: number) => accept(index.entries[index.nameEntry[n]!]!) : undefined;
  for (const n of candidateNames(index, q, params, keep)) {
    const s = scoreName(index, q, n, params, floor);
    if (s.score <= 0) continue;
    const entry = index.nameEntry[n]!;
    const prev = byEntry.get(entry);
    if (prev === undefined || s.score > prev.score) byEntry.set(entry, s);
  }
  return [...byEntry.entries()].map(([entry, best]) => ({ entry, best })).sort((a, b) => b.best.score - a.best.score);
}
