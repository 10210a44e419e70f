// Crash safety: `demarche ingest` and `demarche analyse`, run as real processes on a store file and
// killed with SIGKILL at random points, leave no duplicate, no half-stored cable and no orphan or
// half-written statement, and the rerun completes with what a clean run gives.
import Sqlite from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Cable } from '../src/cable/types.js';
import { requireDataDir } from '../src/config.js';
import { CHUNK_BITS, FacetChunk, SLOTS } from '../src/store/facet-columns.js';
import { allStatements, comparable } from '../src/store/knowledge-store.contract.js';
import { openKnowledgeStore } from '../src/store/open-store.js';
import { PK_SHIFT } from '../src/store/sqlite/text-rowid.js';
import { buildTextViews } from '../src/store/text-views.js';
import { finished, sleep, spawnCli } from './cli-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first n sample cables, copied into a folder of their own. */
function cables(n: number): string {
  const sample = path.join(requireDataDir(), 'cables', 'sample', 'text');
  const out = path.join(dir, `cables-${n}`);
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(sample).sort().slice(0, n)) copyFileSync(path.join(sample, f), path.join(out, f));
  return out;
}

/** Counts rows while a process writes, from a connection of its own; 0 until the store exists. */
function count(db: string, sql: string): number {
  try {
    const c = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare(sql).pluck().get() as number) ?? 0;
    } finally {
      c.close();
    }
  } catch {
    return 0;
  }
}

/** Runs the CLI and kills it with SIGKILL once `sql` counts at least `at` (or it ends first). */
async function killWhen(args: string[], db: string, sql: string, at: number): Promise<{ killed: boolean; reached: number }> {
  const child = spawnCli(args, { DEMARCHE_DB: db });
  const done = finished(child);
  let ended = false;
  void done.then(() => (ended = true));
  while (!ended && count(db, sql) < at) await sleep(20);
  const reached = count(db, sql);
  const killed = !ended && child.kill('SIGKILL');
  await done;
  return { killed, reached };
}

/** Every invariant a crash must not break, read straight from the file. */
function checkStore(db: string): { cables: number; statements: number } {
  const c = new Sqlite(db, { readonly: true });
  try {
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(c.prepare('SELECT count(*) FROM (SELECT id FROM cables GROUP BY id HAVING count(*) > 1)').pluck().get()).toBe(0);
    const rows = c.prepare('SELECT c.pk, r.record FROM cables c LEFT JOIN cable_records r ON r.cable_pk = c.pk').all() as Array<{ pk: number; record: string | null }>;
    const paragraphs = c.prepare('SELECT count(*) FROM paragraphs WHERE cable_pk = ?').pluck();
    const views = c.prepare(`SELECT count(*) FROM cable_views WHERE (rid >> ${PK_SHIFT}) = ?`).pluck();
    for (const row of rows) {
      expect(row.record, `cable ${row.pk} has its record`).not.toBeNull();
      const cable = JSON.parse(row.record as string) as Cable;
      expect(paragraphs.get(row.pk), `${cable.id}: every paragraph`).toBe(cable.paragraphs.length);
      expect(views.get(row.pk), `${cable.id}: every text view`).toBe(buildTextViews(cable).length);
    }
    expect(c.prepare('SELECT count(*) FROM cable_text').pluck().get()).toBe(c.prepare('SELECT count(*) FROM cable_views').pluck().get());
    let present = 0;
    for (const { chunk, data } of c.prepare('SELECT chunk, data FROM facet_chunks').all() as Array<{ chunk: number; data: Buffer }>) {
      const decoded = FacetChunk.decode(data);
      for (let s = 0; s < SLOTS; s += 1) if (decoded.present[s]) present += 1;
      expect(chunk).toBeLessThanOrEqual((Math.max(0, ...rows.map((r) => r.pk)) >> CHUNK_BITS) + 1);
    }
    expect(present, 'a facet slot per cable').toBe(rows.length);
    // No statement outlives its cable, and none is extracted from a cable not marked analysed.
    expect(c.prepare('SELECT count(*) FROM statements s WHERE s.cable_pk IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cables c WHERE c.pk = s.cable_pk)').pluck().get()).toBe(0);
    expect(
      c.prepare("SELECT count(*) FROM statements s WHERE s.origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM analysed a WHERE a.cable_pk = s.cable_pk)").pluck().get(),
    ).toBe(0);
    return { cables: rows.length, statements: c.prepare('SELECT count(*) FROM statements').pluck().get() as number };
  } finally {
    c.close();
  }
}

const random = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));

describe('crash safety (SIGKILL at random points)', () => {
  it('ingest: no duplicate, no half-stored cable, and the rerun completes', async () => {
    // Ingest commits a batch of 100 whole cables at a time, written on a thread of its own while the
    // next is parsed: with 400 cables each round has batches to be killed between or during.
    const folder = cables(400);
    const db = path.join(dir, 'ingest.db');
    const points: number[] = [];
    let midway = 0;
    for (let round = 0; round < 4; round += 1) {
      const at = random(1, 300);
      const { killed, reached } = await killWhen(['ingest', folder], db, 'SELECT count(*) FROM cables', at);
      points.push(reached);
      if (killed && reached < 400) midway += 1;
      checkStore(db);
    }
    expect(midway, `killed at ${points.join(', ')} cables`).toBeGreaterThan(0);
    const rerun = await finished(spawnCli(['ingest', folder, '--json'], { DEMARCHE_DB: db }));
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { files: number; stored: number; unchanged: number; failed: unknown[] };
    expect(summary.stored + summary.unchanged).toBe(400);
    expect(checkStore(db).cables).toBe(400);
  }, 600_000);

  it('analyse: no orphan or half-written statement, and the rerun writes what a clean run writes', async () => {
    const folder = cables(30);
    const [db, cleanDb] = [path.join(dir, 'analyse.db'), path.join(dir, 'clean.db')];
    for (const file of [db, cleanDb]) expect((await finished(spawnCli(['ingest', folder], { DEMARCHE_DB: file }))).code).toBe(0);
    // The reference: the same cables analysed in one uninterrupted run.
    expect((await finished(spawnCli(['analyse', '--no-screen'], { DEMARCHE_DB: cleanDb }))).code).toBe(0);
    const points: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const { reached } = await killWhen(['analyse', '--no-screen'], db, 'SELECT count(*) FROM analysed', random(1, 25));
      points.push(reached);
      checkStore(db);
    }
    const rerun = await finished(spawnCli(['analyse', '--no-screen'], { DEMARCHE_DB: db }));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(count(db, 'SELECT count(*) FROM analysed'), `killed at ${points.join(', ')} analysed`).toBe(30);
    checkStore(db);
    const [crashed, clean] = [await openKnowledgeStore(db), await openKnowledgeStore(cleanDb)];
    try {
      expect(comparable(await allStatements(crashed))).toEqual(comparable(await allStatements(clean)));
    } finally {
      await crashed.close();
      await clean.close();
    }
  }, 600_000);
});
