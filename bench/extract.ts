// `npm run bench:extract`: extraction throughput on the sample cables, as `demarche analyse` runs it
// (extractCable on each parsed cable, one core). Prints cables/s, wall and CPU milliseconds per
// cable (p50, p99, mean) and the machine's load average, since other processes on a shared machine
// slow every wall-clock figure; CPU time is the steadier one. Target: <= 10 ms CPU per cable, set
// when this bench was written; it is ours, not issue 5's (which sets no speed goal), and not met.
// `-- --repeat N` runs the whole sample N times after the warm-up (default 1).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listCableFiles } from '../src/cable/cable-files.js';
import { parseCable } from '../src/cable/parse-cable.js';
import { requireDataDir } from '../src/config.js';
import { extractCable } from '../src/extract/extract.js';

const repeatAt = process.argv.indexOf('--repeat');
const repeat = repeatAt > 0 ? Math.max(1, Number(process.argv[repeatAt + 1]) || 1) : 1;
const loadAvg = (): string => os.loadavg().map((x) => x.toFixed(2)).join(' / ');
console.log(`machine: ${os.cpus().length} cores, load average (1/5/15 min) ${loadAvg()} at start`);

const dir = path.join(requireDataDir(), 'cables', 'sample', 'text');
const cables = (await listCableFiles([dir])).map((f) => parseCable(readFileSync(f), f));
const chars = cables.reduce((n, c) => n + (c.subject?.length ?? 0) + c.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);

// Warm-up: loads the tagger, the word lists and the case lexicon (from .cache/extract/, trained or
// counted on first use) and lets V8 optimise; not counted.
const w0 = performance.now();
for (const c of cables.slice(0, 50)) extractCable(c);
console.log(`warm-up (models loaded, 50 cables): ${((performance.now() - w0) / 1000).toFixed(2)} s`);

const wall: number[] = [];
const cpu: number[] = [];
let mentions = 0;
const cpuAll = process.cpuUsage();
const wallAll = performance.now();
for (let r = 0; r < repeat; r++) {
  for (const c of cables) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    mentions += extractCable(c).mentions.length;
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
}
const totalWall = performance.now() - wallAll;
const used = process.cpuUsage(cpuAll);
const totalCpu = (used.user + used.system) / 1000;
const n = wall.length;
const pct = (xs: number[], f: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))]!;
const ms = (x: number): string => `${x.toFixed(2)} ms`;

console.log(`${cables.length} sample cables x ${repeat} (${(chars / 1e6).toFixed(2)} M characters each pass), ${mentions / repeat} mentions per pass`);
console.log(`throughput: ${Math.round((n * 1000) / totalWall)} cables/s wall, ${Math.round((n * 1000) / totalCpu)} cables/s of CPU time`);
console.log(`per cable, wall: mean ${ms(totalWall / n)}, p50 ${ms(pct(wall, 0.5))}, p99 ${ms(pct(wall, 0.99))}`);
console.log(`per cable, CPU:  mean ${ms(totalCpu / n)}, p50 ${ms(pct(cpu, 0.5))}, p99 ${ms(pct(cpu, 0.99))}  target mean <= 10 ms (ours)`);
console.log(`load average (1/5/15 min) at end: ${loadAvg()}`);
