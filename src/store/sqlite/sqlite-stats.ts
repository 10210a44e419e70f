// Archive statistics from the SQLite store: counts by classification, origin and year, warnings
// and how many references point at cables that are stored.
import { sql, type Kysely } from 'kysely';
import type { ArchiveStats, Counts } from '../cable-store.js';
import type { Database } from './schema.js';

export async function statsSqlite(db: Kysely<Database>): Promise<ArchiveStats> {
  return db.transaction().execute(async (trx) => {
    const totals = await sql<{ cables: number; warnings: number | null; with_warnings: number | null }>`
      SELECT count(*) AS cables, sum(warning_count) AS warnings,
             sum(warning_count > 0) AS with_warnings FROM cables`.execute(trx);
    const paragraphs = await sql<{ n: number }>`SELECT count(*) AS n FROM paragraphs`.execute(trx);
    const refs = await sql<{ total: number; to_cables: number | null; resolved: number | null }>`
      SELECT count(*) AS total, sum(r.kind = 'cable') AS to_cables,
             sum(r.kind = 'cable' AND EXISTS (SELECT 1 FROM cables c WHERE c.id = r.ref_id)) AS resolved
      FROM cable_references r`.execute(trx);
    const t = totals.rows[0];
    const r = refs.rows[0];
    return {
      cables: t?.cables ?? 0,
      paragraphs: paragraphs.rows[0]?.n ?? 0,
      byClassification: await countBy(trx, 'classification'),
      byOrigin: await countBy(trx, 'origin'),
      byYear: await countBy(trx, 'year'),
      warnings: t?.warnings ?? 0,
      cablesWithWarnings: t?.with_warnings ?? 0,
      references: { total: r?.total ?? 0, toCables: r?.to_cables ?? 0, resolved: r?.resolved ?? 0 },
    };
  });
}

/** Counts by one column, largest first (years in time order); a missing value counts as "unknown". */
async function countBy(trx: Kysely<Database>, column: 'classification' | 'origin' | 'year'): Promise<Counts> {
  const col = sql.ref(column);
  const order = column === 'year' ? sql`value` : sql`count DESC, value`;
  const rows = await sql<{ value: string | number | null; count: number }>`
    SELECT ${col} AS value, count(*) AS count FROM cables GROUP BY ${col} ORDER BY ${order}`.execute(trx);
  const out: Counts = {};
  for (const row of rows.rows) out[row.value === null ? 'unknown' : String(row.value)] = row.count;
  return out;
}
