// Implementation of `demarche analyse`: extract, screen and store the statements of every cable not
// yet analysed (the second half of `npm start`).
import { analysePending, type PendingAnalysis } from '../entities/analyse-pending.js';
import { countProgress } from './count-progress.js';
import { withKnowledge } from './knowledge-context.js';
import { printJson, printLine } from './output.js';

export async function runAnalyse(opts: { json?: boolean; screen?: boolean }): Promise<void> {
  const report = await analyse(opts.screen !== false);
  if (opts.json) printJson(report);
  else printLine(formatAnalyse(report));
  if (report.failed.length > 0) process.exitCode = 1;
}

export async function analyse(screen: boolean): Promise<PendingAnalysis> {
  const progress = countProgress('analyse');
  try {
    return await withKnowledge('ingest', ({ store: cables, knowledge, audit, who }) =>
      analysePending(cables, knowledge, audit, who.name, { screen, onProgress: (done, total) => progress.update(done, total) }),
    );
  } finally {
    progress.stop();
  }
}

export function formatAnalyse(r: Awaited<ReturnType<typeof analyse>>): string {
  const lines = [`analysed ${r.analysed} cables: ${r.statements} statements written; the store now holds ${r.entities} entities and ${r.totalStatements} statements`];
  for (const f of r.failed) lines.push(`  failed ${f.id}: ${f.reason}`);
  return lines.join('\n');
}
