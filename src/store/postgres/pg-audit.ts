// The audit log on PostgreSQL: an entry is sealed (access/audit-chain.ts) inside a transaction that
// first locks the table against other appenders (readers go on) and reads the last entry, so two
// processes appending at once queue and never chain onto the same predecessor. Triggers
// (pg-migrations.ts) refuse UPDATE, DELETE and TRUNCATE.
import type pg from 'pg';
import { GENESIS_HASH, sealEntry, type AuditEntry } from '../../access/audit-chain.js';
import type { AuditDraft, AuditFilter, AuditLog } from '../../access/audit.js';
import { AUDIT_COLUMNS as COLUMNS, toAuditEntry as toEntry, type AuditRow as Row } from '../audit-rows.js';
import { inTransaction } from './pg-connection.js';
import { PG_AUDIT_TRIGGERS } from './pg-migrations.js';


export class PgAuditLog implements AuditLog {
  constructor(private readonly pool: pg.Pool) {}

  append(draft: AuditDraft): Promise<AuditEntry> {
    // The details go through JSON here as they will when read back, so the hash covers what is stored.
    const stored = { ...draft, details: JSON.parse(JSON.stringify(draft.details)) as Record<string, unknown> };
    return inTransaction(this.pool, async (client) => {
      // SHARE ROW EXCLUSIVE conflicts with itself and with writers, not with readers.
      await client.query('LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE');
      const prev = (await client.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).rows[0];
      const e = sealEntry({ seq: (prev?.seq ?? 0) + 1, ...stored }, prev?.hash ?? GENESIS_HASH);
      await client.query(`INSERT INTO audit_log (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        e.seq, e.at, e.actor, e.action, e.target, e.marking, JSON.stringify(e.details), e.prevHash, e.hash,
      ]);
      return e;
    });
  }

  async list(filter: AuditFilter): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.actor) {
      params.push(filter.actor);
      where.push(`actor = $${params.length}`);
    }
    if (filter.since) {
      params.push(filter.since);
      where.push(`at >= $${params.length}`);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const limit = filter.limit ? `LIMIT ${Math.trunc(filter.limit)}` : '';
    const source = `SELECT * FROM (SELECT ${COLUMNS} FROM audit_log ${clause} ORDER BY seq DESC ${limit}) t ORDER BY seq`;
    return (await this.pool.query<Row>(source, params)).rows.map(toEntry);
  }

  async all(): Promise<AuditEntry[]> {
    return (await this.pool.query<Row>(`SELECT ${COLUMNS} FROM audit_log ORDER BY seq`)).rows.map(toEntry);
  }

  async guarded(): Promise<boolean> {
    const rows = await this.pool.query<{ tgname: string }>(
      "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgenabled <> 'D'",
    );
    const names = rows.rows.map((r) => r.tgname);
    return PG_AUDIT_TRIGGERS.every((t) => names.includes(t));
  }
}

