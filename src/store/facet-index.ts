// Filters and facet counts over facet columns (facet-columns.ts) held in memory, whatever store
// they came from: SQLite reads them from its blobs (sqlite/facet-store.ts), PostgreSQL builds them
// from its facet rows (postgres/pg-facets.ts). Pure functions of a value dictionary and the chunks.
import type { FacetCount, SearchFacets } from './cable-store.js';
import { CHUNK_BITS, ChunkCursor, countChunks, type Counter, type FacetChunk, type FacetKind, SLOTS, toMinutes } from './facet-columns.js';
import { classificationLevelName } from './marking-level.js';
import type { SearchRequest } from './search-request.js';

const FACET_LIMIT = 25;

/** Value ids to values, per kind (0 is no value). */
export type Dictionary = Record<FacetKind, Map<number, string>>;

export function emptyDictionary(): Dictionary {
  return { origin: new Map(), classification: new Map(), tag: new Map() };
}

/** A request's filters as a test on one slot; null when no cable can pass (an unknown tag). */
type SlotTest = (chunk: FacetChunk, slot: number) => boolean;

/** The pks that pass the request's filters; with pks null, every stored cable is a candidate. */
export function filterPks(
  request: SearchRequest,
  pks: readonly number[] | null,
  chunks: ReadonlyMap<number, FacetChunk>,
  names: Dictionary,
): number[] {
  const test = slotTest(request, names);
  if (test === null) return [];
  if (pks !== null) {
    const out: number[] = [];
    const cursor = new ChunkCursor(chunks);
    for (const pk of pks) {
      const chunk = cursor.at(pk);
      if (chunk !== undefined && test(chunk, pk & (SLOTS - 1))) out.push(pk);
    }
    return out;
  }
  const out: number[] = [];
  for (const [n, chunk] of chunks) {
    for (let s = 0; s < SLOTS; s += 1) if (chunk.present[s] && test(chunk, s)) out.push((n << CHUNK_BITS) | s);
  }
  return out;
}

export function facetCounts(pks: readonly number[], chunks: ReadonlyMap<number, FacetChunk>, names: Dictionary): SearchFacets {
  const counters = countChunks(pks, chunks);
  const named = (kind: FacetKind, counter: Counter) => top(counter, (id) => names[kind].get(id) ?? null);
  return {
    tags: named('tag', counters.tag),
    origin: named('origin', counters.origin),
    // Years read best in time order; the other facets by count.
    year: top(counters.year, String, Number.MAX_SAFE_INTEGER).sort((a, b) => a.value.localeCompare(b.value)),
    classification: named('classification', counters.classification),
  };
}

/**
 * Newest first (by created, then pk): the page of a browse without a query. The best `limit` are
 * kept in order while the pks go by, instead of sorting them all (28 ms for 22,000 pks).
 */
export function newestPks(pks: readonly number[], chunks: ReadonlyMap<number, FacetChunk>, limit: number): number[] {
  const page: number[] = [];
  const when: number[] = [];
  if (limit <= 0) return page;
  // Sorts before: newer, or as new with a lower pk.
  const before = (c: number, pk: number, i: number) => c > (when[i] as number) || (c === when[i] && pk < (page[i] as number));
  const cursor = new ChunkCursor(chunks);
  for (const pk of pks) {
    const created = cursor.at(pk)?.created[pk & (SLOTS - 1)] ?? 0;
    if (page.length === limit && !before(created, pk, limit - 1)) continue;
    // After every entry it does not sort before, as a stable sort would place it.
    let lo = 0;
    let hi = page.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(created, pk, mid)) hi = mid;
      else lo = mid + 1;
    }
    page.splice(lo, 0, pk);
    when.splice(lo, 0, created);
    if (page.length > limit) {
      page.pop();
      when.pop();
    }
  }
  return page;
}

export function hasFilters(r: SearchRequest): boolean {
  return r.tags.length > 0 || r.origin !== null || r.classification !== null || r.createdFrom !== null || r.createdBefore !== null;
}

function slotTest(r: SearchRequest, names: Dictionary): SlotTest | null {
  const idsWhere = (kind: FacetKind, keep: (value: string) => boolean) =>
    new Set([...names[kind]].filter(([, value]) => keep(value)).map(([id]) => id));
  const tagIds = r.tags.map((tag) => idsWhere('tag', (v) => v === tag).values().next().value);
  if (tagIds.some((id) => id === undefined)) return null;
  const wantedTags = tagIds as number[];
  const origins = r.origin === null ? null : idsWhere('origin', (v) => v.toLowerCase() === r.origin?.toLowerCase());
  const c = r.classification;
  const classes = c === null ? null : idsWhere('classification', (v) => ('exact' in c ? v.toUpperCase() === c.exact : classificationLevelName(v) === c.level));
  const from = r.createdFrom === null ? 0 : toMinutes(r.createdFrom);
  const before = r.createdBefore === null ? Number.POSITIVE_INFINITY : toMinutes(r.createdBefore);
  const dated = r.createdFrom !== null || r.createdBefore !== null;
  return (chunk, s) => {
    if (origins && !origins.has(chunk.origin[s] ?? 0)) return false;
    if (classes && !classes.has(chunk.classification[s] ?? 0)) return false;
    const created = chunk.created[s] ?? 0;
    if (dated && (created === 0 || created < from || created >= before)) return false;
    return wantedTags.length === 0 || chunk.hasTags(s, wantedTags);
  };
}

function top(counter: Counter, name: (id: number) => string | null, limit = FACET_LIMIT): FacetCount[] {
  const out: FacetCount[] = [];
  counter.counts.forEach((count, id) => {
    const value = count > 0 ? name(id) : null;
    if (value !== null) out.push({ value, count });
  });
  out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return out.slice(0, limit);
}
