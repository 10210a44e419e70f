// An audit_log row as both stores select it, and how it becomes an AuditEntry: one definition, so
// the chain SQLite and PostgreSQL verify is read the same way.
import type { AuditEntry } from '../access/audit-chain.js';

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  marking: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

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
