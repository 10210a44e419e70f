// The audit service: an append-only, hash-chained record of every read of classified content and
// every change. Any path that reads or changes data for someone records it here.
//
// How to call it (store is a CableStore; reader the Reader the request acts for):
//
//   const audit = new AuditService(store.auditLog());
//   await audit.record({
//     actor: reader.name,                 // a user name, or "owner"
//     action: 'read',                     // read | search | stats | change | refused | ...
//     target: 'case:3',                   // "cable:07BEIJING5039", "case:3", "entity:...", "user:alice"
//     marking: combinedMarking,           // the highest marking involved: a Marking, "SECRET//NOFORN", or null
//     details: { withheld: 2 },           // anything JSON, kept in the hash
//   });
//
// Changes use action 'change' with details saying what changed (e.g. { op: 'case.update', fields }).
// `list` reads entries back filtered; `verify` walks the whole chain (audit-chain.ts) and names the
// first edited, missing or reordered entry. The store refuses UPDATE and DELETE on the log itself;
// the chain catches whoever goes around that.
import { type AuditEntry, type ChainCheck, verifyChain } from './audit-chain.js';
import { formatMarking, type Marking } from './marking.js';

/** An entry before the log gives it its place in the chain. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

export interface AuditFilter {
  actor?: string;
  /** ISO date or time: entries at or after it. */
  since?: string;
  /** The latest N entries (still returned oldest first). */
  limit?: number;
}

/** What a store provides; append must read the previous hash inside its writing transaction. */
export interface AuditLog {
  append(draft: AuditDraft): Promise<AuditEntry>;
  list(filter: AuditFilter): Promise<AuditEntry[]>;
  /** Every entry in sequence order. */
  all(): Promise<AuditEntry[]>;
  /** False when the store's guards against UPDATE and DELETE are gone. */
  guarded(): Promise<boolean>;
}

export interface AuditRecord {
  actor: string;
  action: string;
  target: string;
  marking: Marking | string | null;
  details?: Record<string, unknown>;
}

export interface AuditCheck extends ChainCheck {
  /** Whether the store still refuses edits to the log. */
  guarded: boolean;
}

export class AuditService {
  constructor(
    private readonly log: AuditLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  record(entry: AuditRecord): Promise<AuditEntry> {
    const marking = entry.marking === null || typeof entry.marking === 'string' ? entry.marking : formatMarking(entry.marking);
    return this.log.append({
      at: this.clock().toISOString(),
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      marking,
      details: entry.details ?? {},
    });
  }

  list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    return this.log.list(filter);
  }

  async verify(): Promise<AuditCheck> {
    const check = verifyChain(await this.log.all());
    return { ...check, guarded: await this.log.guarded() };
  }
}
