// One phase of `npm run bench:scale`, run in a process of its own so that its peak RSS and CPU time
// are its own: `tsx bench/scale-phase.ts <phase> <store or file> <corpus or out>`. Prints one JSON line.
//   ingest STORE CORPUS   the real ingest path (as `demarche ingest`: parse workers, one transaction per cable)
//   search STORE          the 50 searches with facets, a warm-up (timed apart: first runs) and 5 timed runs each
//   screen CSV            `demarche screen batch` on a CSV of names
import { statSync } from 'node:fs';
import os from 'node:os';
import { ingestPaths } from '../src/archive/ingest.js';
import { defaultParseWorkers } from '../src/archive/parse-pool.js';
import { openCableStore } from '../src/store/open-store.js';
import { parseSearchRequest } from '../src/store/search-request.js';
import { SCALE_QUERIES } from './scale-queries.js';

const [phase, target, extra] = process.argv.slice(2) as [string, string, string | undefined];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const samples: number[] = [];
const result: Record<string, unknown> = { phase, load: os.loadavg()[0] };

if (phase === 'ingest') {
  const store = await openCableStore(target);
  const summary = await ingestPaths(store, [extra as string], {
    parseWorkers: defaultParseWorkers(),
    onProgress: ({ done, total }) => {
      // Resident memory every 10,000 cables: it must stay flat, not grow with the archive.
      if (done % 10_000 === 0 || done === total) samples.push(Math.round(process.memoryUsage().rss / 2 ** 20));
      if (done % 25_000 === 0) process.stderr.write(`  ${target.startsWith('postgres') ? 'postgres' : 'sqlite'}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}\n`);
    },
  });
  // What the store holds afterwards: the figure searches run on, whatever the files' fate.
  const held = (await store.stats()).cables;
  await store.close();
  Object.assign(result, { files: summary.files, stored: summary.stored, unchanged: summary.unchanged, replaced: summary.replaced, held, failed: summary.failed.length, firstFailures: summary.failed.slice(0, 3), rssMiB: samples });
} else if (phase === 'search') {
  const store = await openCableStore(target, { create: false });
  const all: number[] = [];
  const first: number[] = [];
  const slow: Array<[number, string, number]> = [];
  for (const input of SCALE_QUERIES) {
    // The warm-up: its time is the query's first run, before the store's own caches hold its words.
    const w = performance.now();
    await store.search(parseSearchRequest(input));
    first.push(performance.now() - w);
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < 5; r += 1) {
      const t = performance.now();
      total = (await store.search(parseSearchRequest(input))).total;
      times.push(performance.now() - t);
    }
    all.push(...times);
    slow.push([median(times), JSON.stringify(input), total]);
  }
  await store.close();
  slow.sort((a, b) => b[0] - a[0]);
  Object.assign(result, {
    searches: all.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    max: Math.max(...all),
    slowest: slow.slice(0, 5),
    firstP50: percentile(first, 50),
    firstP95: percentile(first, 95),
  });
} else if (phase === 'screen') {
  const { getScreener } = await import('../src/screening/screen-party.js');
  const l0 = performance.now();
  await getScreener();
  result.loadSeconds = (performance.now() - l0) / 1000;
  const { runScreenBatch } = await import('../src/cli/screen-batch-command.js');
  const s0 = performance.now();
  const c0 = process.cpuUsage();
  await runScreenBatch(target, { out: '/dev/null', json: true });
  const c = process.cpuUsage(c0);
  Object.assign(result, { batchSeconds: (performance.now() - s0) / 1000, batchCpuSeconds: (c.user + c.system) / 1e6, bytes: statSync(target).size });
}

const cpu = process.cpuUsage(cpu0);
Object.assign(result, {
  seconds: (performance.now() - t0) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  loadEnd: os.loadavg()[0],
});
process.stdout.write(`${JSON.stringify(result)}\n`);

function median(xs: number[]): number {
  return percentile(xs, 50);
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
