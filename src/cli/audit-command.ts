// Implementation of `demarche audit` (list entries) and `demarche audit verify` (check the chain).
import type { AuditEntry } from '../access/audit-chain.js';
import { DemarcheError } from '../errors.js';
import type { AuditOptions } from './commands/access-commands.js';
import { printJson, printLine, table } from './output.js';
import { withSession } from './session.js';

const DEFAULT_LIMIT = 50;

export async function runAuditList(opts: AuditOptions): Promise<void> {
  const filter = { actor: opts.user?.trim(), since: checkSince(opts.since), limit: checkLimit(opts.limit) };
  const entries = await withSession(false, 'read-audit', (s) => s.audit.list(filter));
  if (opts.json) {
    printJson(entries);
    return;
  }
  if (entries.length === 0) {
    printLine('no audit entries match');
    return;
  }
  const rows = entries.map((e) => [String(e.seq), e.at.slice(0, 19).replace('T', ' '), e.actor, e.action, e.target, e.marking ?? '-', brief(e)]);
  printLine(table([['seq', 'at (UTC)', 'actor', 'action', 'target', 'marking', 'details'], ...rows]));
}

export async function runAuditVerify(opts: { json?: boolean }): Promise<void> {
  const check = await withSession(false, 'read-audit', (s) => s.audit.verify());
  if (opts.json) printJson(check);
  else if (check.ok) printLine(`audit log intact: ${check.entries} entries chain from the first to the last`);
  if (!check.guarded) process.stderr.write('demarche: warning: the audit log\'s append-only triggers are missing: someone removed them\n');
  if (!check.ok) {
    const b = check.broken!;
    if (!opts.json) printLine(`audit log BROKEN at entry ${b.seq}: ${b.reason}`);
    process.stderr.write(`demarche: the audit log is broken at entry ${b.seq}: ${b.reason}\n`);
    process.exitCode = 1;
  }
}

function brief(e: AuditEntry): string {
  const d = e.details;
  const parts = ['op', 'reason', 'query', 'total'].filter((k) => d[k] !== undefined && d[k] !== null).map((k) => `${k}=${JSON.stringify(d[k])}`);
  return parts.join(' ');
}

function checkSince(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new DemarcheError('BAD_INPUT', `--since: "${value}" is not a date; use YYYY-MM-DD or an ISO time`);
  }
  return v;
}

function checkLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new DemarcheError('BAD_INPUT', `--limit: "${value}" must be a whole number of 1 or more`);
  return n;
}
