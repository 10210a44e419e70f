// 20 API clients searching and screening while `demarche ingest` (another process) and an upload
// through the API write to the same SQLite store: every request answers 200, no writer fails on a
// lock (busy handling in both processes), and the API sees the new cables once they are stored.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireDataDir } from '../src/config.js';
import { apiServer, makeApiStore, type ApiStore } from './api-harness.js';
import { finished, spawnCli } from './cli-process.js';

const CLIENTS = 20;
const MAX_REQUESTS = 400;
let store: ApiStore;
let app: Awaited<ReturnType<typeof apiServer>>;
let base: string;

beforeAll(async () => {
  store = await makeApiStore('demarche-api-concurrency-');
  app = await apiServer(store);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 300_000);

afterAll(async () => {
  await app?.close();
  store?.remove();
});

const QUERIES = ['q=limmt', 'q=iran', 'q=nuclear%20OR%20missile', 'tag=PREL', 'q=visa&origin=Embassy%20Reykjavik', 'q=minister*', 'q=export%20control'];
const NAMES = ['LIMMT Economic and Trade Company', 'Omid Research', 'John Smith', 'Bank Melli', 'Korea Mining Development'];

it('answers 20 concurrent clients while an ingest process and an upload write the same store', async () => {
  const sample = path.join(requireDataDir(), 'cables', 'sample', 'text');
  const names = readdirSync(sample).sort();
  const folder = path.join(store.dir, 'incoming');
  mkdirSync(folder);
  for (const f of names.slice(0, 150)) copyFileSync(path.join(sample, f), path.join(folder, f));
  const ingest = finished(spawnCli(['ingest', folder, '--json'], { DEMARCHE_DB: store.db }));
  let ingesting = true;
  void ingest.then(() => (ingesting = false));

  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const client = async (n: number): Promise<void> => {
    const headers = { authorization: `Bearer ${n % 2 === 0 ? store.tokens.sam : store.tokens.carol}`, 'content-type': 'application/json' };
    // Each client keeps going while the ingest runs (at least 5 requests, at most MAX_REQUESTS).
    for (let i = 0; (ingesting || i < 5) && i < MAX_REQUESTS; i += 1) {
      const screen = (i + n) % 3 === 0;
      const r = screen
        ? await fetch(`${base}/api/screen/party`, { method: 'POST', headers, body: JSON.stringify({ name: NAMES[(i + n) % NAMES.length] }) })
        : await fetch(`${base}/api/cables?${QUERIES[(i + n) % QUERIES.length]}`, { headers });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const body = await r.text();
      if (r.status !== 200) failures.push(`${r.status} ${body.slice(0, 200)}`);
    }
  };
  const upload = async (): Promise<number[]> => {
    const out: number[] = [];
    for (const f of names.slice(150, 153)) {
      const boundary = '----concurrency';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f}"\r\nContent-Type: text/plain\r\n\r\n`),
        readFileSync(path.join(sample, f)),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const r = await fetch(`${base}/api/ingest?analyse=false`, { method: 'POST', headers: { authorization: `Bearer ${store.tokens.ada}`, 'content-type': `multipart/form-data; boundary=${boundary}` }, body });
      out.push(r.status);
      const json = (await r.json()) as { stored: number; failed: number };
      expect(json.failed, JSON.stringify(json)).toBe(0);
    }
    return out;
  };
  const [uploads] = await Promise.all([upload(), ...Array.from({ length: CLIENTS }, (_, n) => client(n))]);
  const done = await ingest;

  expect(failures.slice(0, 5)).toEqual([]);
  expect([...statuses.keys()]).toEqual([200]);
  expect(statuses.get(200)).toBeGreaterThanOrEqual(CLIENTS * 5);
  expect(uploads).toEqual([200, 200, 200]);
  expect(done.code, done.stderr).toBe(0);
  expect(done.stderr).not.toMatch(/busy|locked/i);
  const summary = JSON.parse(done.stdout) as { stored: number; failed: unknown[] };
  expect(summary.failed).toEqual([]);
  // What the other process stored is there for the API at once.
  const stats = await fetch(`${base}/api/cables?q=the&limit=1`, { headers: { authorization: `Bearer ${store.tokens.ada}` } });
  expect(((await stats.json()) as { total: number }).total).toBeGreaterThan(100);
}, 600_000);
