// The PostgreSQL store's facet columns, held in memory: every cable's facet row (facet_rows) is read
// once into the chunks that facet-index.ts filters and counts (as SQLite's blobs are), then only the
// rows changed since, by version. Also keeps each cable's text views (day and class mask), so that a
// browse finds the cables a reader may see without scanning the text table.
import type pg from 'pg';
import { FULL_VIEW_BIT, type ViewSelector } from '../../access/reader-class.js';
import { CHUNK_BITS, FacetChunk, type FacetKind, SLOTS } from '../facet-columns.js';
import { type Dictionary, emptyDictionary } from '../facet-index.js';

interface FacetRow {
  pk: number;
  created: string | null;
  origin: string | null;
  year: number | null;
  classification: string | null;
  tags: string[];
  views: number[];
  present: boolean;
}

/** Readers' mask arrays kept at once (visibleMasks): each is 4 bytes a cable. */
const MASK_CACHE = 8;

export class PgFacetCache {
  readonly chunks = new Map<number, FacetChunk>();
  readonly names: Dictionary = emptyDictionary();
  private readonly ids = new Map<string, number>();
  private readonly views = new Map<number, Int32Array>();
  /** visibleMasks' arrays by reader class and day, with the generation they were made at. */
  private readonly masks = new Map<string, { generation: number; masks: Int32Array }>();
  private generation = 0;
  /** Refreshes run one at a time: an older snapshot applied after a newer one would undo it. */
  private queue: Promise<void> = Promise.resolve();

  /** Brings the cache up to the generation this client's snapshot sees. */
  refresh(client: pg.PoolClient): Promise<void> {
    const run = this.queue.then(() => this.load(client));
    this.queue = run.catch(() => {});
    return run;
  }

  /** Every cable with a view this reader sees. */
  visiblePks(view: ViewSelector): number[] {
    const out: number[] = [];
    for (const [pk, pairs] of this.views) {
      for (let i = 0; i < pairs.length; i += 2) {
        if (isVisible(pairs[i] as number, pairs[i + 1] as number, view)) {
          out.push(pk);
          break;
        }
      }
    }
    return out;
  }

  /**
   * By pk, the class mask of the view of each cable this reader sees, -1 where none (no such cable,
   * or no view for them): made once per reader class and day for each state of the cache.
   */
  visibleMasks(view: ViewSelector): Int32Array {
    const key = `${view.readerClass}/${view.readerClass === null ? 0 : Math.trunc(view.asOfDay)}`;
    const cached = this.masks.get(key);
    if (cached && cached.generation === this.generation) return cached.masks;
    let maxPk = 0;
    for (const pk of this.views.keys()) if (pk > maxPk) maxPk = pk;
    const masks = new Int32Array(maxPk + 1).fill(-1);
    for (const [pk, pairs] of this.views) {
      for (let i = 0; i < pairs.length; i += 2) {
        if (isVisible(pairs[i] as number, pairs[i + 1] as number, view)) {
          masks[pk] = pairs[i + 1] as number;
          break;
        }
      }
    }
    if (this.masks.size >= MASK_CACHE) this.masks.clear();
    this.masks.set(key, { generation: this.generation, masks });
    return masks;
  }

  private async load(client: pg.PoolClient): Promise<void> {
    const n = (await client.query<{ n: number }>('SELECT n FROM store_generation')).rows[0]?.n ?? 0;
    if (n < this.generation) this.reset(); // the store was recreated under us
    if (n === this.generation) return;
    const rows = await client.query<FacetRow>(
      `SELECT pk, created, origin, year, classification, tags, views, present FROM facet_rows
       WHERE version > $1 AND version <= $2 ORDER BY version`,
      [this.generation, n],
    );
    for (const row of rows.rows) this.apply(row);
    this.generation = n;
  }

  private apply(row: FacetRow): void {
    const n = row.pk >> CHUNK_BITS;
    let chunk = this.chunks.get(n);
    if (!chunk) this.chunks.set(n, (chunk = new FacetChunk()));
    const slot = row.pk & (SLOTS - 1);
    if (!row.present) {
      chunk.set(slot, null);
      this.views.delete(row.pk);
      return;
    }
    chunk.set(slot, {
      created: row.created,
      origin: this.idOf('origin', row.origin),
      year: row.year ?? 0,
      classification: this.idOf('classification', row.classification),
      tags: row.tags.map((t) => this.idOf('tag', t)),
    });
    this.views.set(row.pk, Int32Array.from(row.views));
  }

  /** Ids are this process's own: values are interned as rows arrive (0 is no value). */
  private idOf(kind: FacetKind, value: string | null): number {
    if (value === null || value.length === 0) return 0;
    const key = `${kind}\u0000${value}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names[kind].size + 1;
      this.ids.set(key, id);
      this.names[kind].set(id, value);
    }
    return id;
  }

  private reset(): void {
    this.chunks.clear();
    this.ids.clear();
    this.views.clear();
    this.masks.clear();
    for (const kind of Object.keys(this.names) as FacetKind[]) this.names[kind].clear();
    this.generation = 0;
  }
}

/** The one view of a cable a reader sees: as text-rowid.ts's visibleViewSql, in JavaScript. */
export function isVisible(day: number, mask: number, view: ViewSelector): boolean {
  const full = (mask & (1 << FULL_VIEW_BIT)) !== 0;
  if (view.readerClass === null) return full;
  return day <= view.asOfDay ? full : (mask & (1 << view.readerClass)) !== 0;
}

/** The same condition in SQL on cable_text's day and mask columns; the values are numbers, never user text. */
export function visibleSql(view: ViewSelector): string {
  const full = `(mask & ${1 << FULL_VIEW_BIT}) <> 0`;
  if (view.readerClass === null) return full;
  const asOf = Math.trunc(view.asOfDay);
  return `(CASE WHEN day <= ${asOf} THEN ${full} ELSE (mask & ${1 << Math.trunc(view.readerClass)}) <> 0 END)`;
}
