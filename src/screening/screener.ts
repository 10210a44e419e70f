// The party screener: the index over the loaded lists, the matcher, context and explanations,
// and the one documented decision threshold. `screenParty` in screen-party.ts is its public face.
import type { ListEntry, ListId, LoadedList } from '../lists/types.js';
import type { NameScore } from './align.js';
import { CONTEXT_FACTORS, contextFactors, entryCountries, type ContextFactor } from './context.js';
import { explainScore, type ExplanationItem } from './explain.js';
import { matchEntries, prepare } from './matcher.js';
import { nameVariants, type NameIndex } from './name-index.js';
import type { PartyQuery } from './party-query.js';
import { DEFAULT_PARAMS, type MatcherParams } from './query.js';

/**
 * A hit is a match when its score reaches this value. Chosen once, for all lists and kinds of
 * party; the README's "Party screening" section says how the score is built.
 */
export const DECISION_THRESHOLD = 0.8;

/** Hits below this score are not reported. */
export const MIN_SCORE = 0.5;

export interface PartyHit {
  list: ListId;
  id: string;
  /** The entry's primary name. */
  name: string;
  /** The listed name that matched best. */
  matchedName: string;
  alias: boolean;
  weakAlias: boolean;
  score: number;
  match: boolean;
  type: ListEntry['type'];
  programs: string[];
  /** The entry's countries (nationality, citizenship, addresses) as ISO 3166 alpha-2 codes. */
  countries: string[];
  explanation: ExplanationItem[];
}

export interface PartyResult {
  query: PartyQuery;
  /** When the screening ran (ISO 8601), for the record of what was asked against which lists. */
  screenedAt: string;
  threshold: number;
  lists: Array<{ id: ListId; date: string | null; entries: number }>;
  hits: PartyHit[];
}

export interface ScreenOptions {
  /** Most hits returned (default 10). */
  limit?: number;
  /** Screen against these lists only. */
  lists?: ListId[];
  /** Lowest score returned (default 0.5: lower hits are not refined and explain nothing useful). */
  minScore?: number;
  explain?: boolean;
}

export interface BestHit {
  entry: ListEntry;
  matchedName: string;
  score: number;
  match: boolean;
}

export class Screener {
  readonly params: MatcherParams;

  constructor(
    readonly index: NameIndex,
    readonly lists: LoadedList[],
    params: Partial<MatcherParams> = {},
    readonly threshold: number = DECISION_THRESHOLD,
  ) {
    this.params = { ...DEFAULT_PARAMS, ...params };
  }

  screen(query: PartyQuery, opts: ScreenOptions = {}): PartyResult {
    const limit = opts.limit ?? 10;
    const minScore = opts.minScore ?? MIN_SCORE;
    const scored = this.scoreEntries(query, opts.lists, minScore).filter((s) => s.score >= minScore);
    const hits = scored.slice(0, limit).map((s) => this.toHit(s, opts.explain !== false));
    const lists = this.lists
      .filter((l) => opts.lists === undefined || opts.lists.includes(l.id))
      .map((l) => ({ id: l.id, date: l.date, entries: l.entries.length }));
    return { query, screenedAt: new Date().toISOString(), threshold: this.threshold, lists, hits };
  }

  /** The best hit scoring at least 0.5, without explanation: the fast path for batches. */
  best(query: PartyQuery, lists?: ListId[]): BestHit | null {
    const top = this.scoreEntries(query, lists, MIN_SCORE)[0];
    if (top === undefined || top.score < MIN_SCORE) return null;
    const entry = this.index.entries[top.entry]!;
    const score = round(top.score);
    return { entry, matchedName: this.index.nameText[top.name.name]!, score, match: score >= this.threshold };
  }

  private scoreEntries(query: PartyQuery, lists: ListId[] | undefined, minScore: number): Array<ScoredEntry> {
    // Context can raise a score by at most this much; names that cannot reach the lowest
    // reported score even so are not refined further.
    const floor = minScore / (CONTEXT_FACTORS.dobMatch * CONTEXT_FACTORS.countryMatch);
    const accept = lists ? (e: ListEntry) => lists.includes(e.list) : undefined;
    const byEntry = new Map<number, ScoredEntry>();
    // The query as written and without its parenthesised parts; the better reading counts.
    for (const variant of nameVariants(query.name)) {
      const q = prepare(this.index, variant, query.type ?? 'unknown', this.params);
      for (const m of matchEntries(this.index, q, this.params, accept, floor)) {
        const prev = byEntry.get(m.entry);
        if (prev !== undefined && prev.name.score >= m.best.score) continue;
        const context = prev?.context ?? contextFactors(this.index.entries[m.entry]!, query);
        const factor = context.reduce((a, c) => a * c.factor, 1);
        byEntry.set(m.entry, { entry: m.entry, name: m.best, score: Math.min(1, m.best.score * factor), context, q, variant: variant === query.name ? null : variant });
      }
    }
    return [...byEntry.values()].sort((a, b) => b.score - a.score);
  }

  private explain(s: ScoredEntry): ExplanationItem[] {
    const items = explainScore(this.index, s.q, s.name, this.params, s.context);
    if (s.variant === null) return items;
    return [{ kind: 'reading', text: `query read as "${s.variant}", without its parenthesised part` }, ...items];
  }

  private toHit(s: ScoredEntry, explain: boolean): PartyHit {
    const entry = this.index.entries[s.entry]!;
    const n = s.name.name;
    const strength = this.index.strengthOf(n);
    const score = round(s.score);
    return {
      list: entry.list,
      id: entry.id,
      name: entry.names[0]!.name,
      matchedName: this.index.nameText[n]!,
      alias: strength !== 'primary',
      weakAlias: strength === 'weak',
      score,
      match: score >= this.threshold,
      type: entry.type,
      programs: entry.programs,
      countries: entryCountries(entry),
      explanation: explain ? this.explain(s) : [],
    };
  }
}

/** Scores are reported to three decimals, and the decision is taken on the reported score. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

interface ScoredEntry {
  entry: number;
  name: NameScore;
  score: number;
  context: ContextFactor[];
  q: ReturnType<typeof prepare>;
  /** The reading of the query that scored best, when it is not the query as written. */
  variant: string | null;
}
