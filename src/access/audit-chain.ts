// The audit log's hash chain: every entry's hash covers its own fields and the previous entry's
// hash, so editing, deleting or reordering any row breaks every hash after it.
import { createHash } from 'node:crypto';

export interface AuditEntry {
  seq: number;
  /** ISO time of the event. */
  at: string;
  /** Who: a user name, or "owner" for the store's local owner. */
  actor: string;
  /** What: read | search | change | login-refused ... */
  action: string;
  /** On what: "cable:07BEIJING5039", "case:3", "user:alice". */
  target: string;
  /** The highest marking of what was read or changed, e.g. "SECRET//NOFORN". */
  marking: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at,
    entry.actor,
    entry.action,
    entry.target,
    entry.marking,
    sortKeys(entry.details),
    entry.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function sealEntry(entry: Omit<AuditEntry, 'hash' | 'prevHash'>, prevHash: string): AuditEntry {
  const withPrev = { ...entry, prevHash };
  return { ...withPrev, hash: entryHash(withPrev) };
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not hold, with why. */
  broken: { seq: number; reason: string } | null;
}

/** Walks entries in sequence order and reports the first that does not chain. */
export function verifyChain(entries: Iterable<AuditEntry>): ChainCheck {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const e of entries) {
    count++;
    if (e.seq !== expectedSeq) return { ok: false, entries: count, broken: { seq: e.seq, reason: `expected entry ${expectedSeq}: a row is missing` } };
    if (e.prevHash !== prev) return { ok: false, entries: count, broken: { seq: e.seq, reason: 'does not link to the entry before it' } };
    if (entryHash(e) !== e.hash) return { ok: false, entries: count, broken: { seq: e.seq, reason: 'its content does not match its hash: the row was edited' } };
    prev = e.hash;
    expectedSeq++;
  }
  return { ok: true, entries: count, broken: null };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}
