// Shows ingest progress on stderr: a cli-progress bar when a person watches a terminal, and a
// plain line every few seconds elsewhere (CI logs, pipes), so long runs never look stuck.
import cliProgress from 'cli-progress';
import type { IngestOptions, IngestProgress } from '../archive/ingest.js';
import { isInteractive } from './output.js';

const PLAIN_INTERVAL_MS = 5000;

export interface ProgressReporter extends Pick<IngestOptions, 'onStart' | 'onProgress'> {
  stop(): void;
}

export function ingestProgress(label: string): ProgressReporter {
  const counts = { stored: 0, unchanged: 0, replaced: 0, failed: 0 };
  return isInteractive() ? barReporter(label, counts) : plainReporter(label, counts);
}

type Counts = Record<'stored' | 'unchanged' | 'replaced' | 'failed', number>;

function barReporter(label: string, counts: Counts): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {value}/{total} files | {stored} stored, {unchanged} unchanged, {replaced} replaced, {failed} failed`,
      hideCursor: true,
      etaBuffer: 100,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onStart: (total) => {
      bar.start(total, 0, counts);
      started = true;
    },
    onProgress: (p) => {
      counts[p.outcome.status] += 1;
      bar.update(p.done, counts);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function plainReporter(label: string, counts: Counts): ProgressReporter {
  let last = Date.now();
  const line = (p: IngestProgress) =>
    `${label}: ${p.done}/${p.total} files, ${counts.stored} stored, ${counts.unchanged} unchanged, ${counts.replaced} replaced, ${counts.failed} failed\n`;
  return {
    onProgress: (p) => {
      counts[p.outcome.status] += 1;
      if (Date.now() - last >= PLAIN_INTERVAL_MS && p.done < p.total) {
        process.stderr.write(line(p));
        last = Date.now();
      }
    },
    stop: () => {},
  };
}
