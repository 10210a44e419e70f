// Party screening, the entry point for other modules (transaction screening, the CLI, the API):
// `screenParty({name, type?, country?, dob?})` returns the hits, best first, with explanations.
// The lists and the index are loaded once per process and shared.
import { cacheDir } from '../lists/list-cache.js';
import { listsDir, loadLists, resolveListsDir, type LoadedLists } from '../lists/list-store.js';
import type { ListId } from '../lists/types.js';
import { NameIndex } from './name-index.js';
import { baseTokens, NameNormaliser } from './normalise.js';
import { requirePartyQuery, type PartyQueryInput } from './party-query.js';
import { loadReferenceData, type ReferenceData } from './reference-data.js';
import { Screener, type PartyResult, type ScreenOptions } from './screener.js';

export interface ScreenerSource {
  /** Read the lists from this folder instead of the default (see list-store.ts). */
  listsDir?: string;
  only?: ListId[];
  env?: NodeJS.ProcessEnv;
  /** Reuse parsed lists and tables from an earlier run (default true). */
  cache?: boolean;
}

export interface BuiltScreener {
  screener: Screener;
  source: LoadedLists;
  reference: ReferenceData;
  /** Milliseconds spent reading the lists and building the index. */
  timings: { lists: number; reference: number; index: number };
}

const cache = new Map<string, Promise<BuiltScreener>>();

/** The screener for a list folder, built on first use and shared afterwards. */
export function getScreener(source: ScreenerSource = {}): Promise<BuiltScreener> {
  // Keyed by the folder actually read, so that a change of $DEMARCHE_LISTS is noticed.
  const dir = resolveListsDir({ ...(source.listsDir ? { dir: source.listsDir } : {}), ...(source.env ? { env: source.env } : {}) }).dir;
  const key = JSON.stringify([dir, source.only ?? null]);
  let built = cache.get(key);
  if (built === undefined) {
    built = buildScreener(source);
    cache.set(key, built);
    built.catch(() => cache.delete(key));
  }
  return built;
}

export async function buildScreener(source: ScreenerSource = {}): Promise<BuiltScreener> {
  let t = performance.now();
  const loaded = await loadLists({
    ...(source.listsDir ? { dir: source.listsDir } : {}),
    ...(source.only ? { only: source.only } : {}),
    ...(source.env ? { env: source.env } : {}),
    ...(source.cache === false ? { cache: false } : {}),
  });
  const lists = performance.now() - t;
  t = performance.now();
  const reference = loadReferenceData(baseTokens, undefined, source.cache === false ? null : cacheDir(listsDir(source.env), source.env));
  const refTime = performance.now() - t;
  t = performance.now();
  const index = new NameIndex(
    loaded.lists.flatMap((l) => l.entries),
    new NameNormaliser(reference),
  );
  const indexTime = performance.now() - t;
  return {
    screener: new Screener(index, loaded.lists),
    source: loaded,
    reference,
    timings: { lists, reference: refTime, index: indexTime },
  };
}

/**
 * Screens one party against the sanctions lists. Throws a BAD_INPUT DemarcheError for an invalid
 * query (empty name, unknown country, malformed date of birth).
 */
export async function screenParty(
  query: PartyQueryInput,
  opts: ScreenOptions & ScreenerSource = {},
): Promise<PartyResult> {
  const valid = requirePartyQuery(query);
  const { screener } = await getScreener(opts);
  return screener.screen(valid, opts);
}

export type { PartyHit, PartyResult, ScreenOptions } from './screener.js';
export { DECISION_THRESHOLD } from './screener.js';
