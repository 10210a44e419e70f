// Copies an SQLite store into a PostgreSQL one (`demarche migrate --to postgres://...`): every cable
// through the PostgreSQL store's own putCable (so its text views, facets and hashes are built as an
// ingest would build them), then statements, entities, users and the audit log row for row with their
// ids and hashes, so tokens stay valid and the audit chain verifies in the new store.
// Cables are copied idempotently (a rerun after an interruption skips the ones already there); the
// rest goes in one transaction into a store that must not hold any of it yet.
import Sqlite from 'better-sqlite3';
import type pg from 'pg';
import { AuditService } from '../../access/audit.js';
import type { Cable } from '../../cable/types.js';
import { DemarcheError } from '../../errors.js';
import { inTransaction } from '../postgres/pg-connection.js';
import { PostgresCableStore } from '../postgres/postgres-cable-store.js';
import { SqliteCableStore } from '../sqlite/sqlite-cable-store.js';
import { copyRows, type TableCopy } from './copy-rows.js';

export interface MigrateReport {
  from: string;
  to: string;
  cables: { stored: number; unchanged: number; replaced: number };
  entities: number;
  statements: number;
  analysed: number;
  users: number;
  auditEntries: number;
  auditVerified: boolean;
}

const BATCH = 500;

/** What is copied row for row, in this order (entities before what references them). */
const TABLES: TableCopy[] = [
  { table: 'entities', columns: ['id', 'key', 'schema', 'created_at'], identity: 'id' },
  { table: 'entity_keys', columns: ['key', 'entity_id'] },
  {
    table: 'statements',
    columns: ['id', 'entity_id', 'prop', 'value', 'cable_id', 'paragraph', 'marking', 'declassify_on', 'origin', 'author', 'created_at'],
    // The cable's pk differs between stores: it is looked up again by the cable's id.
    extra: { cable_pk: '(SELECT pk FROM cables c WHERE c.id = u.cable_id)' },
    identity: 'id',
  },
  {
    table: 'analysed',
    columns: ['cable_id', 'parse_sha256', 'version', 'at'],
    source: 'SELECT c.id AS cable_id, a.parse_sha256, a.version, a.at FROM analysed a JOIN cables c ON c.pk = a.cable_pk',
    target: ['parse_sha256', 'version', 'at'],
    extra: { cable_pk: '(SELECT pk FROM cables c WHERE c.id = u.cable_id)' },
  },
  {
    table: 'users',
    columns: ['id', 'name', 'clearance', 'caveats', 'role', 'disabled', 'token_salt', 'token_hash', 'created_at', 'updated_at'],
    identity: 'id',
  },
  { table: 'audit_log', columns: ['seq', 'at', 'actor', 'action', 'target', 'marking', 'details', 'prev_hash', 'hash'] },
];

export async function migrateSqliteToPostgres(file: string, url: string, onProgress?: (done: number, total: number) => void): Promise<MigrateReport> {
  const source = SqliteCableStore.open(file);
  await source.migrate(); // an older store gets the tables the copy reads
  await source.close();
  const lite = new Sqlite(file, { readonly: true, fileMustExist: true });
  const target = await PostgresCableStore.open(url);
  try {
    await target.migrate();
    await refuseFilled(target.pool, target.target.display);
    const cables = await copyCables(lite, target, onProgress);
    const counts = await inTransaction(target.pool, (client) => copyRows(lite, client, TABLES));
    const check = await new AuditService(target.auditLog()).verify();
    const report: MigrateReport = {
      from: file,
      to: target.target.display,
      cables,
      entities: counts.entities ?? 0,
      statements: counts.statements ?? 0,
      analysed: counts.analysed ?? 0,
      users: counts.users ?? 0,
      auditEntries: counts.audit_log ?? 0,
      auditVerified: check.ok,
    };
    if (!check.ok) {
      throw new DemarcheError('INTERNAL', `the copied audit log does not verify at entry ${check.broken?.seq}: ${check.broken?.reason}`);
    }
    return report;
  } finally {
    lite.close();
    await target.close();
  }
}

/** Statements, users and audit entries go in once: a target that holds any is someone's store. */
async function refuseFilled(pool: pg.Pool, display: string): Promise<void> {
  const r = await pool.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM statements) + (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log) AS n',
  );
  if ((r.rows[0]?.n ?? 0) > 0) {
    throw new DemarcheError(
      'CONFLICT',
      `${display} already holds statements, users or audit entries: migrate into an empty database (or a new ?schema=name)`,
    );
  }
}

async function copyCables(lite: Sqlite.Database, target: PostgresCableStore, onProgress?: (done: number, total: number) => void): Promise<MigrateReport['cables']> {
  const total = (lite.prepare('SELECT count(*) AS n FROM cable_records').get() as { n: number }).n;
  const page = lite.prepare<[number, number], { pk: number; record: string }>(
    'SELECT cable_pk AS pk, record FROM cable_records WHERE cable_pk > ? ORDER BY cable_pk LIMIT ?',
  );
  const out = { stored: 0, unchanged: 0, replaced: 0 };
  let done = 0;
  // In pages of BATCH records: a large store does not fit in memory at once.
  for (let after = 0; ; ) {
    const rows = page.all(after, BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      out[(await target.putCable(JSON.parse(row.record) as Cable)).status] += 1;
      onProgress?.((done += 1), total);
    }
    after = rows[rows.length - 1]!.pk;
  }
  return out;
}
