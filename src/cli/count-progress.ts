// Progress for a count of items: a bar on a terminal, a line every few seconds elsewhere.
import cliProgress from 'cli-progress';
import { isInteractive } from './output.js';

export interface CountProgress {
  update(done: number, total: number): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 5000;

export function countProgress(label: string): CountProgress {
  if (isInteractive()) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta_formatted}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let last = Date.now();
  return {
    update(done, total) {
      if (Date.now() - last >= PLAIN_INTERVAL_MS && done < total) {
        process.stderr.write(`${label}: ${done}/${total}\n`);
        last = Date.now();
      }
    },
    stop() {},
  };
}
