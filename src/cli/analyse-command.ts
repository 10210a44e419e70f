// Implementation of `demarche analyse`: extract, screen and store the statements of every cable not
// yet analysed (the second half of `npm start`).
import { EXTRACTOR_VERSION, analyseArchive, type AnalyseReport } from '../entities/analyse.js';
import { getScreener } from '../screening/screen-party.js';
import { countProgress } from './count-progress.js';
import { withKnowledge } from './knowledge-context.js';
import { printJson, printLine } from './output.js';

export async function runAnalyse(opts: { json?: boolean; screen?: boolean }): Promise<void> {
  const report = await analyse(opts.screen !== false);
  if (opts.json) printJson(report);
  else printLine(formatAnalyse(report));
  if (report.failed.length > 0) process.exitCode = 1;
}

export async function analyse(screen: boolean): Promise<AnalyseReport & { entities: number; totalStatements: number }> {
  const progress = countProgress('analyse');
  try {
    return await withKnowledge('ingest', async ({ store: cables, knowledge, audit, who }) => {
      const pending = await knowledge.cablesToAnalyse(EXTRACTOR_VERSION);
      // The lists are loaded only when there is something to screen (a few seconds).
      const screener = screen && pending.length > 0 ? (await getScreener()).screener : null;
      const report = await analyseArchive(cables, knowledge, {
        screen: screener ? (name, type) => screener.screen({ name, type }, { limit: 3, explain: false }) : null,
        onProgress: (done, total) => progress.update(done, total),
      });
      const counts = await knowledge.counts();
      if (report.analysed > 0) await audit.record({ actor: who.name, action: 'change', target: 'statements', marking: null, details: { op: 'analyse', cables: report.analysed, statements: report.statements } });
      return { ...report, entities: counts.entities, totalStatements: counts.statements };
    });
  } finally {
    progress.stop();
  }
}

export function formatAnalyse(r: Awaited<ReturnType<typeof analyse>>): string {
  const lines = [`analysed ${r.analysed} cables: ${r.statements} statements written; the store now holds ${r.entities} entities and ${r.totalStatements} statements`];
  for (const f of r.failed) lines.push(`  failed ${f.id}: ${f.reason}`);
  return lines.join('\n');
}
