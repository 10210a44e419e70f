// Migration 0002: facet columns (facet-columns.ts) for fast facet counts, backfilled from the
// cables and tags already stored.
import { sql, type Kysely, type Migration } from 'kysely';
import { CHUNK_BITS, FacetChunk } from '../facet-columns.js';

export const m0002FacetColumns: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`CREATE TABLE facet_values (
      kind TEXT NOT NULL, value TEXT NOT NULL, id INTEGER NOT NULL,
      PRIMARY KEY (kind, value), UNIQUE (kind, id))`.execute(db);
    await sql`CREATE TABLE facet_chunks (chunk INTEGER PRIMARY KEY, data BLOB NOT NULL)`.execute(db);
    for (const kind of ['origin', 'classification'] as const) {
      await sql`INSERT INTO facet_values (kind, value, id)
        SELECT ${kind}, v, row_number() OVER (ORDER BY v) FROM (SELECT DISTINCT ${sql.ref(kind)} AS v FROM cables WHERE v IS NOT NULL)`.execute(db);
    }
    await sql`INSERT INTO facet_values (kind, value, id)
      SELECT 'tag', tag, row_number() OVER (ORDER BY tag) FROM (SELECT DISTINCT tag FROM tags)`.execute(db);
    await backfill(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`DROP TABLE facet_chunks`.execute(db);
    await sql`DROP TABLE facet_values`.execute(db);
  },
};

async function backfill(db: Kysely<unknown>): Promise<void> {
  const rows = await sql<{
    pk: number;
    created: string | null;
    year: number | null;
    origin: number | null;
    classification: number | null;
    tags: string | null;
  }>`
    SELECT c.pk, c.created, c.year,
      (SELECT id FROM facet_values WHERE kind = 'origin' AND value = c.origin) AS origin,
      (SELECT id FROM facet_values WHERE kind = 'classification' AND value = c.classification) AS classification,
      (SELECT group_concat(f.id) FROM (SELECT tag FROM tags WHERE cable_pk = c.pk ORDER BY position) t
        JOIN facet_values f ON f.kind = 'tag' AND f.value = t.tag) AS tags
    FROM cables c ORDER BY c.pk`.execute(db);
  const chunks = new Map<number, FacetChunk>();
  for (const r of rows.rows) {
    const n = r.pk >> CHUNK_BITS;
    let chunk = chunks.get(n);
    if (!chunk) chunks.set(n, (chunk = new FacetChunk()));
    const tags = r.tags ? r.tags.split(',').map(Number) : [];
    const slot = { created: r.created, origin: r.origin ?? 0, year: r.year ?? 0, classification: r.classification ?? 0, tags };
    chunk.set(r.pk & ((1 << CHUNK_BITS) - 1), slot);
  }
  for (const [n, chunk] of chunks) {
    await sql`INSERT INTO facet_chunks (chunk, data) VALUES (${n}, ${chunk.encode()})`.execute(db);
  }
}
