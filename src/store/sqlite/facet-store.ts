// Keeps the facet columns (facet-columns.ts) in SQLite: a dictionary of values (facet_values) and
// one blob per 256 cables (facet_chunks). The writer updates them inside each cable's
// transaction; the reader applies search filters and counts facets from them.
import type Sqlite from 'better-sqlite3';
import type { SearchFacets } from '../cable-store.js';
import { type Dictionary, emptyDictionary, facetCounts, filterPks, newestPks } from '../facet-index.js';
import type { SearchRequest } from '../search-request.js';
import { CHUNK_BITS, FacetChunk, SLOTS, type FacetKind } from '../facet-columns.js';

/** What the facet columns keep of one cable: its created date, year, origin, classification and tags. */
export interface CableFacets {
  created: string | null;
  origin: string | null;
  year: number | null;
  classification: string | null;
  /** Upper-cased, each once (uniqueTags). */
  tags: string[];
}

export class FacetWriter {
  private readonly chunks = new Map<number, FacetChunk>();
  /** Value ids never change once committed, so known ones are cached across transactions. */
  private readonly ids = new Map<string, number>();
  private readonly getChunk: Sqlite.Statement<[number], { data: Buffer }>;
  private readonly putChunk: Sqlite.Statement<[number, Buffer]>;
  private readonly getId: Sqlite.Statement<[string, string], { id: number }>;
  private readonly nextId: Sqlite.Statement<[string], number>;
  private readonly addId: Sqlite.Statement<[string, string, number]>;

  constructor(db: Sqlite.Database) {
    this.getChunk = db.prepare('SELECT data FROM facet_chunks WHERE chunk = ?');
    this.putChunk = db.prepare('INSERT OR REPLACE INTO facet_chunks (chunk, data) VALUES (?, ?)');
    this.getId = db.prepare('SELECT id FROM facet_values WHERE kind = ? AND value = ?');
    // A new id is read, then inserted with a plain one-row INSERT (the caller's transaction holds the
    // write lock, so no other writer can take it in between). An INSERT ... SELECT needs a statement
    // journal, and opening one makes FTS5 write out the full text pending in the transaction: with
    // many cables to a transaction that wrote a segment per new facet value (a millisecond each).
    this.nextId = db.prepare<[string], number>('SELECT coalesce(max(id), 0) + 1 FROM facet_values WHERE kind = ?').pluck();
    this.addId = db.prepare('INSERT INTO facet_values (kind, value, id) VALUES (?, ?, ?)');
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

  set(pk: number, facets: CableFacets): void {
    this.chunk(pk).set(pk & (SLOTS - 1), {
      created: facets.created,
      origin: this.idOf('origin', facets.origin),
      year: facets.year ?? 0,
      classification: this.idOf('classification', facets.classification),
      tags: facets.tags.map((t) => this.idOf('tag', t)),
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

  private add(kind: FacetKind, value: string): number {
    const id = this.nextId.get(kind) as number;
    this.addId.run(kind, value, id);
    return id;
  }

  private idOf(kind: FacetKind, value: string | null): number {
    if (value === null || value.length === 0) return 0;
    const key = `${kind}\u0000${value}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.getId.get(kind, value)?.id ?? this.add(kind, value);
      this.ids.set(key, id);
    }
    return id;
  }
}

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
    return filterPks(request, pks, chunks, this.names());
  }

  counts(pks: readonly number[], chunks: Map<number, FacetChunk>): SearchFacets {
    return facetCounts(pks, chunks, this.names());
  }

  /** Newest first (by created, then pk): the page of a browse without a query. */
  newest(pks: readonly number[], chunks: Map<number, FacetChunk>, limit: number): number[] {
    return newestPks(pks, chunks, limit);
  }

  /** The value dictionary, reloaded when it grew (values are only ever added). */
  private names(): Dictionary {
    const size = this.db.prepare<[], number>('SELECT count(*) FROM facet_values').pluck().get() ?? 0;
    if (this.dictionary === null || size !== this.dictionarySize) {
      const dictionary = emptyDictionary();
      const rows = this.db.prepare<[], { kind: FacetKind; id: number; value: string }>('SELECT kind, id, value FROM facet_values').all();
      for (const row of rows) dictionary[row.kind]?.set(row.id, row.value);
      this.dictionary = dictionary;
      this.dictionarySize = size;
    }
    return this.dictionary;
  }
}
