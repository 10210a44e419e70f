// `npm run bench:scale` (issue 8): builds a corpus of 250,000 cables from the sample (scale-corpus.ts),
// ingests it through the real ingest path into SQLite and into PostgreSQL, and prints ingest time and
// rate, peak and sampled RSS, store size, search p50/p95 over 50 searches with facets, and the rate of
// `screen batch` on 100,000 rows, with the machine's load and CPU time beside every wall-clock figure.
// Each phase runs in its own process (scale-phase.ts). Everything lives under ./.bench/ (gitignored).
// PostgreSQL: $DEMARCHE_BENCH_PG, else a cluster of its own started with .ci/postgres.sh (fsync on).
// Options: --size N (default 250000), --only sqlite|postgres.
// Goals: ingest >= 500 cables/s (SQLite), >= 300 (PostgreSQL); search p95 <= 100 ms; batch >= 5,000
// rows/s; peak RSS <= 1 GiB.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { requireDataDir } from '../src/config.js';
import { buildCorpus } from './scale-corpus.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZE = Number(arg('--size') ?? 250_000);
const ONLY = arg('--only');
const BENCH = path.resolve('.bench');
const n = (x: number, digits = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = (): string => os.loadavg().map((x) => x.toFixed(1)).join(' ');

mkdirSync(BENCH, { recursive: true });
console.log(`machine: ${os.availableParallelism()} cores, ${n(os.totalmem() / 2 ** 30)} GiB, load average (1, 5, 15 min) ${load()} at start; free disk ${freeDisk()}`);
const data = requireDataDir();
const corpus = path.join(BENCH, `scale-corpus-${SIZE}`);
const c0 = performance.now();
const files = buildCorpus(path.join(data, 'cables', 'sample', 'text'), corpus, SIZE, (l) => process.stderr.write(`${l}\n`));
console.log(`corpus: ${n(files)} cable files in ${corpus} (${((performance.now() - c0) / 1000).toFixed(0)} s to build or reuse)`);
const csv = screenCsv(path.join(BENCH, 'screen-100k.csv'), 100_000, path.join(data, 'eval', 'names'));

if (ONLY !== 'postgres') {
  const file = path.join(BENCH, `scale-${SIZE}.db`);
  for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  report('SQLite', phase('ingest', file, corpus), () => bytes(file) + bytes(`${file}-wal`), null, 500);
  searchReport('SQLite', phase('search', file));
}
if (ONLY !== 'sqlite') {
  const cluster = await postgres();
  try {
    const url = `${cluster.url}${cluster.url.includes('?') ? '&' : '?'}schema=scale_bench`;
    await sqlOn(cluster.url, 'DROP SCHEMA IF EXISTS scale_bench CASCADE');
    const cpu0 = cluster.cpu();
    const ingest = phase('ingest', url, corpus);
    const serverCpu = cluster.cpu() - cpu0;
    const size = Number(await sqlOn(cluster.url, `SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'scale_bench' AND c.relkind = 'r'`));
    report('PostgreSQL', ingest, () => size, serverCpu, 300);
    searchReport('PostgreSQL', phase('search', url));
  } finally {
    cluster.stop();
  }
}
const screen = phase('screen', csv);
const rows = 100_000;
console.log(
  `screen batch: ${n(rows)} rows in ${screen.batchSeconds.toFixed(1)} s = ${n(rows / screen.batchSeconds)} rows/s wall, ` +
    `${n(rows / screen.batchCpuSeconds)} rows per CPU-second (lists loaded first in ${screen.loadSeconds.toFixed(1)} s); peak RSS ${n(screen.peakRssMiB)} MiB  goal >= 5,000 rows/s`,
);
console.log(`machine: load average ${load()} at the end`);

type PhaseResult = Record<string, any>;

function phase(name: string, target: string, extra?: string): PhaseResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/scale-phase.ts', name, target, ...(extra ? [extra] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`phase ${name} on ${target} failed (exit ${r.status}): ${r.stdout.slice(-2000)}`);
  return JSON.parse(line) as PhaseResult;
}

function report(store: string, r: PhaseResult, size: () => number, serverCpu: number | null, goal: number): void {
  const cpu = r.cpuSeconds + (serverCpu ?? 0);
  const server = serverCpu === null ? '' : ` + ${n(serverCpu)} s in the PostgreSQL server`;
  console.log(
    `${store} ingest: ${n(r.files)} files (${n(r.stored)} stored, ${n(r.replaced)} replaced, ${n(r.unchanged)} unchanged, ${n(r.failed)} failed; the store holds ${n(r.held)} cables) in ${n(r.seconds)} s = ${n(r.files / r.seconds)} cables/s wall  goal >= ${goal}; ` +
      `CPU ${n(r.cpuSeconds)} s in demarche${server} = ${n(r.files / cpu)} cables per CPU-second; load average ${r.load.toFixed(1)} → ${r.loadEnd.toFixed(1)}`,
  );
  for (const f of r.firstFailures as Array<{ file: string; reason: string }>) console.log(`  failed: ${f.file}: ${f.reason}`);
  console.log(`${store} memory: peak RSS ${n(r.peakRssMiB)} MiB  goal <= 1,024; RSS every 10,000 cables (MiB): ${r.rssMiB.join(' ')}`);
  console.log(`${store} store size: ${n(size() / 2 ** 30, 2)} GiB`);
}

function searchReport(store: string, r: PhaseResult): void {
  console.log(
    `${store} search: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms over ${r.searches} searches (50 queries × 5, facets included)  goal p95 <= 100 ms; load average ${r.load.toFixed(1)} → ${r.loadEnd.toFixed(1)}`,
  );
  for (const [ms, q, total] of r.slowest as Array<[number, string, number]>) console.log(`  slowest: ${ms.toFixed(1)} ms median, ${n(total)} hits, ${q}`);
  console.log(`  first runs (each query's warm-up, before the store's caches hold its words): p50 ${r.firstP50.toFixed(1)} ms, p95 ${r.firstP95.toFixed(1)} ms`);
}

/** 100,000 names to screen: the eval's names (people in many scripts, members of Congress, UN entries), repeated with small changes. */
function screenCsv(file: string, rows: number, namesDir: string): string {
  if (existsSync(file)) return file;
  const names = readdirSync(namesDir)
    .filter((f) => f.startsWith('yente_') && f.endsWith('.csv'))
    .flatMap((f) => readFileSync(path.join(namesDir, f), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]?.trim() ?? ''))
    .filter((x) => x.length > 0 && !x.includes('"'));
  const out = ['name,type'];
  for (let i = 0; out.length <= rows; i += 1) {
    const name = names[i % names.length] as string;
    // Later rounds swap two letters, as a typo would, so that the batch is not the same names again.
    const round = Math.floor(i / names.length);
    const typo = round === 0 || name.length < 4 ? name : `${name.slice(0, round % (name.length - 2))}${name[(round % (name.length - 2)) + 1]}${name[round % (name.length - 2)]}${name.slice((round % (name.length - 2)) + 2)}`;
    out.push(`"${typo}",person`);
  }
  writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}

interface Cluster {
  url: string;
  /** CPU seconds the server's processes have used so far (0 when it is not ours to see). */
  cpu: () => number;
  stop: () => void;
}

async function postgres(): Promise<Cluster> {
  const given = process.env.DEMARCHE_BENCH_PG;
  if (given) return { url: given, cpu: () => 0, stop: () => {} };
  const dir = path.join(BENCH, 'pg');
  execFileSync('.ci/postgres.sh', ['stop', dir], { stdio: 'inherit' });
  const url = execFileSync('.ci/postgres.sh', ['start', dir], { encoding: 'utf8', env: { ...process.env, PG_BENCH: '1' }, stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const postmaster = Number(readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { url, cpu: () => processTreeCpu(postmaster), stop: () => execFileSync('.ci/postgres.sh', ['stop', dir], { stdio: 'inherit' }) };
}

/** utime + stime of a process and its children (the server's backends), from /proc. */
function processTreeCpu(root: number): number {
  const tick = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      // Live backends' own time, plus the time of backends that exited (cutime/cstime of the postmaster).
      if (Number(entry) === root) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      else if (ppid === root) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks / tick;
}

async function sqlOn(url: string, query: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(query);
    return r.rows[0] ? Object.values(r.rows[0])[0] : null;
  } finally {
    await client.end();
  }
}

function bytes(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

function freeDisk(): string {
  return execFileSync('df', ['-h', '--output=avail', BENCH], { encoding: 'utf8' }).split('\n')[1]?.trim() ?? '?';
}
