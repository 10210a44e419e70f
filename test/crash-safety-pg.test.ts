// Crash safety on PostgreSQL: `demarche ingest` into a PostgreSQL store, which writes a batch of
// cables per transaction, killed with SIGKILL at random points (mid-batch or between batches)
// leaves no duplicate and no half-stored cable (record, paragraphs, text views, facet row), and
// the rerun stores the rest. The SQLite store's crash tests are in crash-safety.test.ts.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import type { Cable } from '../src/cable/types.js';
import { requireDataDir } from '../src/config.js';
import { buildTextViews } from '../src/store/text-views.js';
import { finished, sleep, spawnCli } from './cli-process.js';
import { describePg, freshSchemaUrl } from './pg-env.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-crash-pg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const random = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));

describePg('crash safety on PostgreSQL (SIGKILL at random points)', (url) => {
  const store = freshSchemaUrl(url);
  const schema = new URL(store).searchParams.get('schema') as string;
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  afterAll(() => client.end());

  /** Counts cables from a connection of its own; 0 until the store's tables exist. */
  async function cableCount(): Promise<number> {
    try {
      return Number((await client.query('SELECT count(*) AS n FROM cables')).rows[0].n);
    } catch {
      return 0;
    }
  }

  async function checkStore(): Promise<number> {
    const q = async (sql: string): Promise<number> => Number((await client.query(sql)).rows[0].n);
    const rows = (await client.query('SELECT c.pk, r.record FROM cables c LEFT JOIN cable_records r ON r.cable_pk = c.pk')).rows as Array<{ pk: number; record: string | null }>;
    const counts = async (table: string): Promise<Map<number, number>> =>
      new Map(((await client.query(`SELECT cable_pk AS pk, count(*) AS n FROM ${table} GROUP BY cable_pk`)).rows as Array<{ pk: number; n: string }>).map((r) => [r.pk, Number(r.n)]));
    const [paragraphs, text, search] = [await counts('paragraphs'), await counts('cable_text'), await counts('cable_search')];
    for (const row of rows) {
      expect(row.record, `cable ${row.pk} has its record`).not.toBeNull();
      const cable = JSON.parse(row.record as string) as Cable;
      expect(paragraphs.get(row.pk) ?? 0, `${cable.id}: every paragraph`).toBe(cable.paragraphs.length);
      expect(text.get(row.pk) ?? 0, `${cable.id}: every text view`).toBe(buildTextViews(cable).length);
      expect(search.get(row.pk) ?? 0, `${cable.id}: every searchable view`).toBe(buildTextViews(cable).length);
    }
    expect(await q('SELECT count(*) AS n FROM facet_rows WHERE present'), 'a facet row per cable').toBe(rows.length);
    expect(await q('SELECT count(*) AS n FROM facet_rows f JOIN cables c ON c.pk = f.pk WHERE f.present'), 'facet rows are of stored cables').toBe(rows.length);
    return rows.length;
  }

  it('ingest: no half-stored cable or batch, and the rerun completes', async () => {
    await client.connect();
    const sample = path.join(requireDataDir(), 'cables', 'sample', 'text');
    const folder = path.join(dir, 'cables');
    mkdirSync(folder);
    for (const f of readdirSync(sample).sort().slice(0, 250)) copyFileSync(path.join(sample, f), path.join(folder, f));
    const points: number[] = [];
    let killed = 0;
    for (let round = 0; round < 4; round += 1) {
      const child = spawnCli(['ingest', folder], { DEMARCHE_DB: store });
      const done = finished(child);
      let ended = false;
      void done.then(() => (ended = true));
      // Killed once a random number of cables are in, and at a random moment after: mid-batch or not.
      const at = random(0, 200);
      while (!ended && (await cableCount()) < at) await sleep(20);
      await sleep(random(0, 400));
      if (!ended && child.kill('SIGKILL')) killed += 1;
      await done;
      points.push(await cableCount());
      await checkStore();
    }
    expect(killed, `killed at ${points.join(', ')} cables`).toBeGreaterThan(0);
    const rerun = await finished(spawnCli(['ingest', folder, '--json'], { DEMARCHE_DB: store }));
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { files: number; stored: number; unchanged: number; replaced: number; failed: unknown[] };
    expect(summary.stored + summary.unchanged + summary.replaced + summary.failed.length, `killed at ${points.join(', ')} cables`).toBe(250);
    expect(await checkStore()).toBe(summary.stored + summary.unchanged + summary.replaced);
  }, 600_000);
});
