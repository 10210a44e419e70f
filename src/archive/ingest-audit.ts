// The one audit entry an ingest leaves (CLI `ingest`/`start` and the API's POST /api/ingest): who,
// which cables were stored or replaced, how many files failed, and the highest banner among them.
import type { AuditService } from '../access/audit.js';
import { cableMarking, combine, type Marking } from '../access/marking.js';
import type { CableStore } from '../store/cable-store.js';
import type { FileOutcome, IngestSummary } from './ingest.js';

export async function recordIngest(
  store: CableStore,
  audit: AuditService,
  actor: string,
  paths: string[],
  changed: string[],
  summary: Pick<IngestSummary, 'replacedCables' | 'failed'>,
): Promise<void> {
  let marking: Marking | null = null;
  for (const id of changed) {
    const cable = await store.getCable(id);
    if (cable) marking = marking === null ? cableMarking(cable) : combine(marking, cableMarking(cable));
  }
  const replaced = new Set(summary.replacedCables.map((r) => r.id));
  await audit.record({
    actor,
    action: 'change',
    target: 'cables',
    marking,
    details: { op: 'ingest', paths, stored: changed.filter((id) => !replaced.has(id)), replaced: [...replaced], failed: summary.failed.length },
  });
}

/** The ids an ingest stored or replaced, from its per-file outcomes. */
export function changedIds(outcomes: readonly FileOutcome[]): string[] {
  return outcomes.flatMap((o) => ((o.status === 'stored' || o.status === 'replaced') && o.id ? [o.id] : []));
}
