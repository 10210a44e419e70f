// The audit log on SQLite: entries are sealed (access/audit-chain.ts) inside an IMMEDIATE write
// transaction that first reads the last entry, so two processes appending at once queue on the write
// lock and can never both chain onto the same predecessor. Triggers (migration 0004) refuse UPDATE
// and DELETE on the table.
import type Sqlite from 'better-sqlite3';
import { GENESIS_HASH, sealEntry, type AuditEntry } from '../../access/audit-chain.js';
import type { AuditDraft, AuditFilter, AuditLog } from '../../access/audit.js';
import { AUDIT_COLUMNS as COLUMNS, toAuditEntry as toEntry, type AuditRow as Row } from '../audit-rows.js';
import { AUDIT_TRIGGERS } from './migration-0004-access.js';


export class SqliteAuditLog implements AuditLog {
  private readonly appendTx: (draft: AuditDraft) => AuditEntry;

  /** `exclusive` runs a synchronous function while no Kysely transaction holds the connection. */
  constructor(
    private readonly db: Sqlite.Database,
    private readonly exclusive: <T>(fn: () => T) => Promise<T>,
  ) {
    const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const insert = db.prepare(`INSERT INTO audit_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const tx = db.transaction((draft: AuditDraft) => {
      const prev = last.get();
      const entry = sealEntry({ seq: (prev?.seq ?? 0) + 1, ...draft }, prev?.hash ?? GENESIS_HASH);
      const e = entry;
      insert.run(e.seq, e.at, e.actor, e.action, e.target, e.marking, JSON.stringify(e.details), e.prevHash, e.hash);
      return entry;
    });
    this.appendTx = (draft) => tx.immediate(draft);
  }

  append(draft: AuditDraft): Promise<AuditEntry> {
    // The details go through JSON here as they will when read back, so the hash covers what is stored.
    const stored = { ...draft, details: JSON.parse(JSON.stringify(draft.details)) as Record<string, unknown> };
    return this.exclusive(() => this.appendTx(stored));
  }

  list(filter: AuditFilter): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.actor) {
      where.push('actor = ?');
      params.push(filter.actor);
    }
    if (filter.since) {
      where.push('at >= ?');
      params.push(filter.since);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const limit = filter.limit ? `LIMIT ${Math.trunc(filter.limit)}` : '';
    const source = `SELECT * FROM (SELECT ${COLUMNS} FROM audit_log ${clause} ORDER BY seq DESC ${limit}) ORDER BY seq`;
    return this.exclusive(() => (this.db.prepare(source).all(...params) as Row[]).map(toEntry));
  }

  all(): Promise<AuditEntry[]> {
    return this.exclusive(() => (this.db.prepare(`SELECT ${COLUMNS} FROM audit_log ORDER BY seq`).all() as Row[]).map(toEntry));
  }

  guarded(): Promise<boolean> {
    return this.exclusive(() => {
      const names = this.db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all();
      return AUDIT_TRIGGERS.every((t) => names.includes(t));
    });
  }
}

