// Analyses the stored cables not yet analysed, screening their parties with the real lists (loaded
// only when there is something to screen; hits explained, which tells a name as listed from one that
// only resembles it), and records the change in the audit log: what the CLI's
// `analyse` and `start` and the API's POST /api/ingest run after storing cables.
import type { AuditService } from '../access/audit.js';
import { getScreener } from '../screening/screen-party.js';
import type { CableStore } from '../store/cable-store.js';
import { analyseArchive, type AnalyseReport, EXTRACTOR_VERSION } from './analyse.js';
import type { KnowledgeStore } from './knowledge-store.js';

export interface PendingAnalysis extends AnalyseReport {
  entities: number;
  totalStatements: number;
}

export async function analysePending(
  cables: CableStore,
  knowledge: KnowledgeStore,
  audit: AuditService,
  actor: string,
  opts: { screen: boolean; onProgress?: (done: number, total: number) => void },
): Promise<PendingAnalysis> {
  const pending = await knowledge.cablesToAnalyse(EXTRACTOR_VERSION);
  const screener = opts.screen && pending.length > 0 ? (await getScreener()).screener : null;
  const report = await analyseArchive(cables, knowledge, {
    screen: screener ? (name, type) => screener.screen({ name, type }, { limit: 3, explain: true }) : null,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  const counts = await knowledge.counts();
  if (report.analysed > 0) {
    await audit.record({ actor, action: 'change', target: 'statements', marking: null, details: { op: 'analyse', cables: report.analysed, statements: report.statements } });
  }
  return { ...report, entities: counts.entities, totalStatements: counts.statements };
}
