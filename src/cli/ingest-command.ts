// Implementation of `demarche ingest` and `demarche start` (the job `npm start` runs: ingest the
// sample cables and the seeds, then summarise the archive).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ingestPaths, type IngestProgress, type IngestSummary } from '../archive/ingest.js';
import { recordIngest } from '../archive/ingest-audit.js';
import { defaultParseWorkers } from '../archive/parse-pool.js';
import { databaseUrl, requireDataDir, seedsDir } from '../config.js';
import { DemarcheError } from '../errors.js';
import { ingestProgress } from './ingest-progress.js';
import { printJson, printLine } from './output.js';
import { type Session, withSession } from './session.js';
import { formatStats } from './stats-command.js';

export async function runIngest(paths: string[], opts: { json?: boolean }): Promise<void> {
  const summary = await withSession(true, 'ingest', (s) => ingestWithProgress(s, paths));
  if (opts.json) printJson(summary);
  else printLine(formatSummary(summary));
  if (summary.failed.length > 0) {
    // The good files are stored; the exit code still tells a script that some input was bad.
    process.exitCode = 1;
  }
}

export interface StartOptions {
  json?: boolean;
  /** Then serve the API and the web UI (what `npm start` does). */
  serve?: boolean;
  host?: string;
  port?: string;
  workers?: string;
}

export async function runStart(opts: StartOptions): Promise<void> {
  // A worker forked by `--workers` runs this command again: the primary has done the rest.
  if (opts.serve && (await import('node:cluster')).default.isWorker) return (await import('./serve-command.js')).runServe(opts);
  // Serving an archive that already holds cables starts at once: the summary, then the server.
  if (opts.serve && (await withSession(true, 'read', async (s) => (await s.store.stats()).cables)) > 0) {
    const stats = await withSession(false, 'read', (s) => s.archive.stats());
    printLine(`demarche: archive ${databaseUrl()} holds ${stats.cables} cables (\`demarche start\` without --serve ingests again)`);
    printLine(formatStats(stats));
  } else {
    await ingestAndAnalyse(opts);
  }
  if (opts.serve) {
    const { runServe } = await import('./serve-command.js');
    await runServe(opts);
  }
}

async function ingestAndAnalyse(opts: StartOptions): Promise<void> {
  const data = requireDataDir();
  const sample = path.join(data, 'cables', 'sample', 'text');
  if (!existsSync(sample)) {
    throw new DemarcheError('BAD_INPUT', `the sample cables are missing: ${sample} does not exist (check DEMARCHE_DATA)`);
  }
  const seeds = seedsDir();
  const paths = seeds ? [sample, seeds] : [sample];
  const { summary, stats } = await withSession(true, 'ingest', async (s) => ({ summary: await ingestWithProgress(s, paths), stats: await s.archive.stats() }));
  // Then what the cables tell: entities, sanctions suggestions, cases (only cables not yet analysed).
  const { analyse, formatAnalyse } = await import('./analyse-command.js');
  const analysis = await analyse(true);
  if (opts.json) {
    printJson({ store: databaseUrl(), ingested: paths, ingest: summary, stats, analysis });
    return;
  }
  printLine(`demarche: archive ${databaseUrl()}`);
  printLine(`ingested ${paths.join(' and ')}`);
  if (!seeds) printLine('note: no seeds folder found beside the data folder; only the sample was ingested');
  printLine(formatSummary(summary));
  printLine(formatAnalyse(analysis));
  printLine();
  printLine(formatStats(stats));
}

async function ingestWithProgress(s: Session, paths: string[]): Promise<IngestSummary> {
  const progress = ingestProgress('ingest');
  const changed: string[] = [];
  const onProgress = (p: IngestProgress) => {
    if ((p.outcome.status === 'stored' || p.outcome.status === 'replaced') && p.outcome.id) changed.push(p.outcome.id);
    progress.onProgress?.(p);
  };
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(s.store, paths, { ...progress, onProgress, parseWorkers: defaultParseWorkers() });
  } finally {
    progress.stop();
  }
  await recordIngest(s.store, s.audit, s.reader.name, paths, changed, summary);
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `${s.files} files: ${s.stored} stored, ${s.unchanged} unchanged, ${s.replaced} replaced, ${s.failed.length} failed; ` +
      `${s.withWarnings} cables with parse warnings`,
  ];
  for (const r of s.replacedCables) {
    lines.push(r.reparsed ? `  re-parsed ${r.id} from ${r.file} (same file, the parser's output changed)` : `  replaced ${r.id} with the changed ${r.file}`);
  }
  if (s.failed.length > 0) lines.push('failed:');
  for (const f of s.failed) lines.push(`  ${f.file}: ${f.reason}`);
  return lines.join('\n');
}
