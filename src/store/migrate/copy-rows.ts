// Copies tables row for row from SQLite into PostgreSQL in pages, each page one INSERT ... SELECT
// FROM unnest of one array per column; identity sequences are moved past the copied ids after.
import type Sqlite from 'better-sqlite3';
import type pg from 'pg';

export interface TableCopy {
  table: string;
  /** Columns read from SQLite (and written, unless `target` names fewer). */
  columns: string[];
  /** The SQLite query; default every listed column of the table, in rowid order. */
  source?: string;
  /** Columns written from the same-named source columns; default `columns`. */
  target?: string[];
  /** Further target columns computed in SQL from the unnested row `u`. */
  extra?: Record<string, string>;
  /** An identity column whose sequence must continue after the copied values. */
  identity?: string;
}

const PAGE = 2000;

export async function copyRows(lite: Sqlite.Database, client: pg.PoolClient, tables: TableCopy[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t.table] = await copyTable(lite, client, t);
    if (t.identity) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${t.table}', '${t.identity}'), coalesce((SELECT max(${t.identity}) FROM ${t.table}), 0) + 1, false)`,
      );
    }
  }
  return counts;
}

async function copyTable(lite: Sqlite.Database, client: pg.PoolClient, t: TableCopy): Promise<number> {
  const types = await columnTypes(client, t.table);
  const written = t.target ?? t.columns;
  const extra = Object.entries(t.extra ?? {});
  const arrays = t.columns.map((c, i) => `$${i + 1}::${types.get(c) ?? 'text'}[]`).join(', ');
  const insert = `INSERT INTO ${t.table} (${[...written, ...extra.map(([c]) => c)].join(', ')})
    SELECT ${[...written.map((c) => `u.${c}`), ...extra.map(([, e]) => e)].join(', ')}
    FROM unnest(${arrays}) AS u (${t.columns.join(', ')})`;
  const rows = lite.prepare(t.source ?? `SELECT ${t.columns.join(', ')} FROM ${t.table} ORDER BY rowid`).raw().iterate() as Iterable<unknown[]>;
  let count = 0;
  let page: unknown[][] = [];
  const flush = async () => {
    if (page.length === 0) return;
    await client.query(insert, t.columns.map((_, i) => page.map((row) => row[i])));
    count += page.length;
    page = [];
  };
  for (const row of rows) {
    page.push(row);
    if (page.length >= PAGE) await flush();
  }
  await flush();
  return count;
}

/** Each column's PostgreSQL type, for the unnest casts (the table's own columns only). */
async function columnTypes(client: pg.PoolClient, table: string): Promise<Map<string, string>> {
  const r = await client.query<{ column_name: string; data_type: string }>(
    'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()',
    [table],
  );
  return new Map(r.rows.map((row) => [row.column_name, row.data_type]));
}
