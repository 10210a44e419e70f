// Progress through a file being streamed, on stderr: a cli-progress bar for a person at a
// terminal, a plain line every few seconds elsewhere, so that long runs never look stuck.
import cliProgress from 'cli-progress';
import { isInteractive } from './output.js';

const PLAIN_INTERVAL_MS = 5000;

export interface ByteProgress {
  update(bytes: number, rows: number): void;
  stop(): void;
}

export function byteProgress(label: string, totalBytes: number): ByteProgress {
  if (isInteractive()) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: `${label} [{bar}] {percentage}% | {rows} rows`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(totalBytes, 0, { rows: 0 });
    return {
      update: (bytes, rows) => bar.update(Math.min(bytes, totalBytes), { rows }),
      stop: () => bar.stop(),
    };
  }
  let last = Date.now();
  return {
    update: (bytes, rows) => {
      if (Date.now() - last < PLAIN_INTERVAL_MS) return;
      last = Date.now();
      const pct = totalBytes > 0 ? Math.round((100 * bytes) / totalBytes) : 100;
      process.stderr.write(`${label}: ${rows} rows, ${pct}%\n`);
    },
    stop: () => {},
  };
}
