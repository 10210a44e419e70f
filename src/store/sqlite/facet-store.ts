// Keeps the facet columns (facet-columns.ts) in SQLite: a dictionary of values (facet_values) and
// one blob per 256 cables (facet_chunks). The writer updates them inside each cable's
// transaction; the reader applies search filters and counts facets from them.
import type Sqlite from 'better-sqlite3';
import type { Cable } from '../../cable/types.js';
import type { FacetCount, SearchFacets } from '../cable-store.js';
import { classificationLevelName } from '../marking-level.js';
import type { SearchRequest } from '../search-request.js';
import { CHUNK_BITS, countChunks, FacetChunk, SLOTS, toMinutes, type Counter, type FacetKind } from './facet-columns.js';

const FACET_LIMIT = 25;

export class FacetWriter {
  private readonly chunks = new Map<number, FacetChunk>();
  /** Value ids never change once committed, so known ones are cached across transactions. */
  private readonly ids = new Map<string, number>();
  private readonly getChunk: Sqlite.Statement<[number], { data: Buffer }>;
  private readonly putChunk: Sqlite.Statement<[number, Buffer]>;
  private readonly getId: Sqlite.Statement<[string, string], { id: number }>;
  private readonly addId: Sqlite.Statement<[string, string, string], { id: number }>;

  constructor(db: Sqlite.Database) {
    this.getChunk = db.prepare('SELECT data FROM facet_chunks WHERE chunk = ?');
    this.putChunk = db.prepare('INSERT OR REPLACE INTO facet_chunks (chunk, data) VALUES (?, ?)');
    this.getId = db.prepare('SELECT id FROM facet_values WHERE kind = ? AND value = ?');
    this.addId = db.prepare(
      'INSERT INTO facet_values (kind, value, id) SELECT ?, ?, coalesce(max(id), 0) + 1 FROM facet_values WHERE kind = ? RETURNING id',
    );
  }

  /** Runs `fn` (inside the caller's SQLite transaction) and writes the chunks it changed. */
  within<T>(fn: () => T): T {
    try {
      const result = fn();
      for (const [n, chunk] of this.chunks) this.putChunk.run(n, chunk.encode());
      return result;
    } catch (e) {
      // The transaction rolls back: ids assigned in it are gone too.
      this.ids.clear();
      throw e;
    } finally {
      this.chunks.clear();
    }
  }

  set(pk: number, cable: Cable, year: number | null, tags: string[]): void {
    this.chunk(pk).set(pk & (SLOTS - 1), {
      created: cable.created,
      origin: this.idOf('origin', cable.origin),
      year: year ?? 0,
      classification: this.idOf('classification', cable.classification),
      tags: tags.map((t) => this.idOf('tag', t)),
    });
  }

  clear(pk: number): void {
    this.chunk(pk).set(pk & (SLOTS - 1), null);
  }

  private chunk(pk: number): FacetChunk {
    const n = pk >> CHUNK_BITS;
    let chunk = this.chunks.get(n);
    if (!chunk) {
      const row = this.getChunk.get(n);
      chunk = row ? FacetChunk.decode(row.data) : new FacetChunk();
      this.chunks.set(n, chunk);
    }
    return chunk;
  }

  private idOf(kind: FacetKind, value: string | null): number {
    if (value === null || value.length === 0) return 0;
    const key = `${kind}\u0000${value}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.getId.get(kind, value)?.id ?? (this.addId.get(kind, value, kind) as { id: number }).id;
      this.ids.set(key, id);
    }
    return id;
  }
}

type Dictionary = Record<FacetKind, Map<number, string>>;

/** A request's filters as a test on one slot; null when no cable can pass (an unknown tag). */
type SlotTest = (chunk: FacetChunk, slot: number) => boolean;

export class FacetReader {
  private dictionary: Dictionary | null = null;
  private dictionarySize = -1;
  /** Decoded chunks, kept while no connection has written; absent ones recorded too. */
  private cache = new Map<number, FacetChunk>();
  private looked = new Set<number>();
  private complete = false;
  private cachedAt = '';

  /** `generation` counts this connection's own writes, which PRAGMA data_version does not see. */
  constructor(
    private readonly db: Sqlite.Database,
    private readonly generation: () => number = () => 0,
  ) {}

  /** The chunks holding these pks (all chunks when pks is null), from the cache when still valid. */
  chunks(pks: readonly number[] | null): Map<number, FacetChunk> {
    const version = `${String(this.db.pragma('data_version', { simple: true }))}:${this.generation()}`;
    if (version !== this.cachedAt) {
      this.cache = new Map();
      this.looked = new Set();
      this.complete = false;
      this.cachedAt = version;
    }
    if (this.complete) return this.cache;
    if (pks === null) {
      const rows = this.db.prepare<[], { chunk: number; data: Buffer }>('SELECT chunk, data FROM facet_chunks').all();
      for (const r of rows) this.cache.set(r.chunk, FacetChunk.decode(r.data));
      this.complete = true;
      return this.cache;
    }
    const missing = [...new Set(pks.map((pk) => pk >> CHUNK_BITS))].filter((n) => !this.looked.has(n));
    if (missing.length > 0) {
      const rows = this.db
        .prepare<[string], { chunk: number; data: Buffer }>('SELECT chunk, data FROM facet_chunks WHERE chunk IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(missing));
      for (const r of rows) this.cache.set(r.chunk, FacetChunk.decode(r.data));
      for (const n of missing) this.looked.add(n);
    }
    return this.cache;
  }

  /** The pks that pass the request's filters; with pks null, every stored cable is a candidate. */
  filter(request: SearchRequest, pks: readonly number[] | null, chunks: Map<number, FacetChunk>): number[] {
    const test = this.slotTest(request);
    if (test === null) return [];
    if (pks !== null) return pks.filter((pk) => {
      const chunk = chunks.get(pk >> CHUNK_BITS);
      return chunk !== undefined && test(chunk, pk & (SLOTS - 1));
    });
    const out: number[] = [];
    for (const [n, chunk] of chunks) {
      for (let s = 0; s < SLOTS; s += 1) if (chunk.present[s] && test(chunk, s)) out.push((n << CHUNK_BITS) | s);
    }
    return out;
  }

  counts(pks: readonly number[], chunks: Map<number, FacetChunk>): SearchFacets {
    const counters = countChunks(pks, chunks);
    const names = this.names();
    const named = (kind: FacetKind, counter: Counter) => top(counter, (id) => names[kind].get(id) ?? null);
    return {
      tags: named('tag', counters.tag),
      origin: named('origin', counters.origin),
      // Years read best in time order; the other facets by count.
      year: top(counters.year, String, Number.MAX_SAFE_INTEGER).sort((a, b) => a.value.localeCompare(b.value)),
      classification: named('classification', counters.classification),
    };
  }

  /** Newest first (by created, then pk): the page of a browse without a query. */
  newest(pks: readonly number[], chunks: Map<number, FacetChunk>, limit: number): number[] {
    const created = (pk: number) => chunks.get(pk >> CHUNK_BITS)?.created[pk & (SLOTS - 1)] ?? 0;
    return [...pks].sort((a, b) => created(b) - created(a) || a - b).slice(0, limit);
  }

  private slotTest(r: SearchRequest): SlotTest | null {
    const names = this.names();
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

  /** The value dictionary, reloaded when it grew (values are only ever added). */
  private names(): Dictionary {
    const size = this.db.prepare<[], number>('SELECT count(*) FROM facet_values').pluck().get() ?? 0;
    if (this.dictionary === null || size !== this.dictionarySize) {
      const dictionary: Dictionary = { origin: new Map(), classification: new Map(), tag: new Map() };
      const rows = this.db.prepare<[], { kind: FacetKind; id: number; value: string }>('SELECT kind, id, value FROM facet_values').all();
      for (const row of rows) dictionary[row.kind]?.set(row.id, row.value);
      this.dictionary = dictionary;
      this.dictionarySize = size;
    }
    return this.dictionary;
  }
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
