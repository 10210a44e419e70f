// `npm run bench:api`: requests/s, p50/p99 latency and errors of POST /api/screen/party (varied
// names: listed people, synthetic non-listed people, companies) and GET /api/cables?q= (varied
// words) over HTTP on this machine, with autocannon driving a server in another process. The store
// is a fresh one in .bench/ holding the sample cables and the seed. The machine is shared: its load
// is printed before and after, and every figure is wall-clock under that load.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { parse } from 'csv-parse/sync';
import { AuditService } from '../src/access/audit.js';
import { UserService } from '../src/access/users.js';
import { ingestPaths } from '../src/archive/ingest.js';
import { requireDataDir, seedsDir } from '../src/config.js';
import { openCableStore } from '../src/store/open-store.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const data = requireDataDir();
let warm = 0;
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`machine: ${os.cpus().length} cores, shared with other work; load average (1, 5, 15 min) ${load()} at start`);
console.log(`load: autocannon, ${CONNECTIONS} connections, ${DURATION} s per route (BENCH_CONNECTIONS, BENCH_SECONDS), after a 3 s warm-up`);
const { db, token } = await makeStore();
const server = await startServer(db);
try {
  const names = benchNames();
  // Warm-up (not counted): the workers' code paths compiled, with names the measured run does not use.
  await autocannon({ url: `http://127.0.0.1:${server.port}`, connections: CONNECTIONS, duration: 3, requests: [{ setupRequest: (req) => ({ ...req, method: 'POST', path: '/api/screen/party', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: names[names.length - 1 - (warm++ % 5000)] }) }) }] });
  const words = ['iran', 'LIMMT', 'nuclear', 'missile', 'graphite', 'sanctions', 'export control', 'centrifug*', 'china OR russia', 'uranium'];
  const party = await run('POST /api/screen/party', server.port, token, (i) => ({ method: 'POST', path: '/api/screen/party', body: JSON.stringify({ name: names[i % names.length] }) }), 2000, 50);
  const search = await run('GET /api/cables?q=', server.port, token, (i) => ({ method: 'GET', path: `/api/cables?q=${encodeURIComponent(words[i % words.length]!)}` }));
  console.log(`load average at end ${load()}`);
  if (!party || !search) process.exitCode = 1;
} finally {
  server.stop();
}

type Req = { method: 'GET' | 'POST'; path: string; body?: string };

async function run(label: string, port: number, token: string, make: (i: number) => Req, minRate?: number, maxP99?: number): Promise<boolean> {
  let i = 0;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (req) => ({ ...req, ...make(i++), headers }) }],
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const ok = (minRate === undefined || result.requests.average >= minRate) && (maxP99 === undefined || result.latency.p99 <= maxP99) && errors === 0;
  const goal = minRate === undefined ? '' : `  goal >= ${minRate} req/s, p99 <= ${maxP99} ms, no errors: ${ok ? 'met' : 'NOT met'}`;
  console.log(
    `${label.padEnd(24)} ${result.requests.average.toFixed(0)} req/s (${result.requests.total} in ${result.duration.toFixed(0)} s, ${CONNECTIONS} connections)  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms  errors ${errors} (non-2xx ${result.non2xx})${goal}`,
  );
  return ok;
}

/**
 * Names from the shared evaluation sets, never repeated within a run: synthetic non-listed people
 * (most of what a screening desk sees), with every 25th a UN-listed person (those cost about three
 * times as much: their hits are many and each is explained).
 */
function benchNames(): string[] {
  const csv = (f: string) => (parse(readFileSync(path.join(data, 'eval', 'names', f)), { columns: true, relax_column_count: true }) as Array<{ full_name: string }>).map((r) => r.full_name);
  const listed = csv('yente_positives_un_untreated.csv');
  const others = csv('yente_negatives_global.csv');
  return others.map((n, i) => (i % 25 === 24 ? listed[Math.floor(i / 25) % listed.length]! : n));
}

async function makeStore(): Promise<{ db: string; token: string }> {
  const dir = path.resolve('.bench', 'api');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = path.join(dir, 'bench.db');
  const store = await openCableStore(db, { create: true });
  try {
    const seeds = seedsDir();
    const summary = await ingestPaths(store, [path.join(data, 'cables', 'sample', 'text'), ...(seeds ? [seeds] : [])]);
    console.log(`store: ${summary.stored} cables in ${db}`);
    const users = new UserService(store.users(), new AuditService(store.auditLog()));
    const { token } = await users.add({ name: 'owner', role: 'owner' }, { name: 'bench', clearance: 'SECRET', caveats: ['NOFORN'], role: 'reader' });
    return { db, token };
  } finally {
    await store.close();
  }
}

async function startServer(db: string): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api-server.ts'], { env: { ...process.env, BENCH_DB: db }, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench server exited with code ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  const { port, workers } = JSON.parse(line) as { port: number; workers: number };
  console.log(`server: ${workers} worker process(es) (node:cluster, as \`demarche serve --workers ${workers}\`), logging at info level to /dev/null, rate limiter raised past the bench's rate`);
  return { port, stop: () => child.kill('SIGTERM') };
}
