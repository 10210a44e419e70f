// Archive statistics from the PostgreSQL store, as sqlite/sqlite-stats.ts computes them, in one
// snapshot: counts by classification, origin and year, warnings, references that resolve.
import type pg from 'pg';
import type { ArchiveStats, Counts } from '../cable-store.js';
import { inTransaction } from './pg-connection.js';

export function statsPg(pool: pg.Pool): Promise<ArchiveStats> {
  return inTransaction(
    pool,
    async (client) => {
      const t = (
        await client.query<{ cables: number; warnings: number | null; with_warnings: number | null }>(
          'SELECT count(*) AS cables, sum(warning_count)::bigint AS warnings, count(*) FILTER (WHERE warning_count > 0) AS with_warnings FROM cables',
        )
      ).rows[0];
      const paragraphs = (await client.query<{ n: number }>('SELECT count(*) AS n FROM paragraphs')).rows[0];
      const r = (
        await client.query<{ total: number; to_cables: number; resolved: number }>(
          `SELECT count(*) AS total, count(*) FILTER (WHERE r.kind = 'cable') AS to_cables,
             count(*) FILTER (WHERE r.kind = 'cable' AND EXISTS (SELECT 1 FROM cables c WHERE c.id = r.ref_id)) AS resolved
           FROM cable_references r`,
        )
      ).rows[0];
      return {
        cables: t?.cables ?? 0,
        paragraphs: paragraphs?.n ?? 0,
        byClassification: await countBy(client, 'classification'),
        byOrigin: await countBy(client, 'origin'),
        byYear: await countBy(client, 'year'),
        warnings: t?.warnings ?? 0,
        cablesWithWarnings: t?.with_warnings ?? 0,
        references: { total: r?.total ?? 0, toCables: r?.to_cables ?? 0, resolved: r?.resolved ?? 0 },
      };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** Counts by one column, largest first (years in time order); a missing value counts as "unknown". */
async function countBy(client: pg.PoolClient, column: 'classification' | 'origin' | 'year'): Promise<Counts> {
  // NULLS FIRST and C collation: the order SQLite gives, whatever the database's locale.
  const order = column === 'year' ? 'year NULLS FIRST' : `count(*) DESC, ${column} COLLATE "C" NULLS FIRST`;
  const rows = await client.query<{ value: string | number | null; count: number }>(
    `SELECT ${column} AS value, count(*) AS count FROM cables GROUP BY ${column} ORDER BY ${order}`,
  );
  const out: Counts = {};
  for (const row of rows.rows) out[row.value === null ? 'unknown' : String(row.value)] = row.count;
  return out;
}
