// An audit_log row as both stores select it, and how it becomes an AuditEntry: one definition, so
// the chain SQLite and PostgreSQL verify is read the same way.
import type { AuditEntry } from '../access/audit-chain.js';
import type { AuditLogTable } from './sqlite/schema.js';

/** A row as selected: the table's own shape in the Kysely schema both dialects share. */
export type AuditRow = AuditLogTable;

export const AUDIT_COLUMNS = 'seq, at, actor, action, target, marking, details, prev_hash, hash';

export function toAuditEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    target: r.target,
    marking: r.marking,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
