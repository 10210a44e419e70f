// Implementation of `demarche migrate --to postgres://...` (README "Scaling out"): the owner or an
// admin copies the SQLite store DEMARCHE_DB names into PostgreSQL; the copy is recorded in the new
// store's audit log, after the entries copied from the old one.
import { AuditService } from '../access/audit.js';
import { databaseUrl } from '../config.js';
import { DemarcheError } from '../errors.js';
import { migrateSqliteToPostgres, type MigrateReport } from '../store/migrate/sqlite-to-postgres.js';
import { openCableStore } from '../store/open-store.js';
import { isPostgresUrl } from '../store/postgres/pg-connection.js';
import { countProgress } from './count-progress.js';
import { printJson, printLine } from './output.js';
import { withSession } from './session.js';

export async function runMigrate(opts: { to: string; json?: boolean }): Promise<void> {
  const from = databaseUrl();
  if (isPostgresUrl(from)) throw new DemarcheError('BAD_INPUT', `DEMARCHE_DB is already a PostgreSQL store (${from}): migrate copies an SQLite file`);
  if (!isPostgresUrl(opts.to)) throw new DemarcheError('BAD_INPUT', `--to ${opts.to}: give a postgres:// URL (postgres://user@host:5432/database)`);
  // Who may: the owner or an admin of the SQLite store (users and the audit log move with it).
  const actor = await withSession(false, 'manage-users', async (s) => s.reader.name);
  const progress = countProgress('migrate');
  let report: MigrateReport;
  try {
    report = await migrateSqliteToPostgres(from, opts.to, (done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
  const target = await openCableStore(opts.to);
  try {
    await new AuditService(target.auditLog()).record({
      actor,
      action: 'change',
      target: 'store',
      marking: null,
      details: { op: 'migrate', from, cables: report.cables, statements: report.statements, users: report.users, auditEntries: report.auditEntries },
    });
  } finally {
    await target.close();
  }
  if (opts.json) printJson(report);
  else printLine(formatReport(report));
}

function formatReport(r: MigrateReport): string {
  const c = r.cables;
  return [
    `migrated ${r.from} into ${r.to}`,
    `  cables: ${c.stored} stored, ${c.unchanged} already there, ${c.replaced} replaced`,
    `  ${r.entities} entities, ${r.statements} statements, ${r.analysed} analysed cables, ${r.users} users`,
    `  ${r.auditEntries} audit entries, chain ${r.auditVerified ? 'verified' : 'BROKEN'}; the migration is recorded after them`,
  ].join('\n');
}
