// The audit entries for reads and changes of what the cables tell (entities, cases, follow-ups),
// shared by the CLI and the HTTP API so both record exactly the same things.
import type { AuditService } from './audit.js';

/** Records a read of classified content (nothing is recorded for what is all UNCLASSIFIED). */
export async function recordRead(audit: AuditService, actor: string, target: string, marking: string, details: Record<string, unknown> = {}): Promise<void> {
  if (marking === 'UNCLASSIFIED' && Object.keys(details).length === 0) return;
  await audit.record({ actor, action: 'read', target, marking, details });
}

export async function recordChange(audit: AuditService, actor: string, target: string, marking: string, op: string, details: Record<string, unknown> = {}): Promise<void> {
  await audit.record({ actor, action: 'change', target, marking, details: { op, ...details } });
}
