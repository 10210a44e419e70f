// Runs the CableStore contract on PostgreSQL (DEMARCHE_TEST_PG), plus checks of its own: the
// migration set in step with SQLite's, the URL's schema parameter, reader views and caches.
import { describe, expect, it, vi } from 'vitest';
import { describePg, freshSchemaUrl } from '../../../test/pg-env.js';
import { viewSelector } from '../../access/reader-class.js';
import { cableStoreContract, makeCable } from '../cable-store.contract.js';
import { parseSearchRequest } from '../search-request.js';
import { SQLITE_MIGRATIONS } from '../sqlite/migrations.js';
import { parsePgUrl } from './pg-connection.js';
import { CABLE_CHILD_TABLES, PG_MIGRATIONS } from './pg-migrations.js';
import { PostgresCableStore } from './postgres-cable-store.js';

describe('PostgreSQL migrations', () => {
  it('are kept in step with SQLite: the same names, in the same order', () => {
    expect(Object.keys(PG_MIGRATIONS)).toEqual(Object.keys(SQLITE_MIGRATIONS));
  });
});

describe('parsePgUrl', () => {
  it('takes the schema parameter out of the connection string and hides the password', () => {
    const t = parsePgUrl('postgres://me:secret@db.example:5432/archive?schema=demarche&sslmode=require');
    expect(t.schema).toBe('demarche');
    expect(t.connectionString).toBe('postgres://me:secret@db.example:5432/archive?sslmode=require');
    expect(t.display).not.toContain('secret');
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => parsePgUrl('postgres://h/db?schema=x;drop')).toThrow(/schema/);
  });
});

const open = async (url: string) => {
  const store = await PostgresCableStore.open(freshSchemaUrl(url));
  await store.migrate();
  return store;
};

describePg('PostgresCableStore', (url) => {
  cableStoreContract('postgres', () => open(url));

  it('cuts search to the reader view, and sees another connection\'s writes', async () => {
    const schemaUrl = freshSchemaUrl(url);
    const a = await PostgresCableStore.open(schemaUrl);
    await a.migrate();
    const b = await PostgresCableStore.open(schemaUrl);
    await a.putCable(
      makeCable({ id: '07LEVELS1', classification: 'SECRET', tags: ['ETTC'], paragraphs: [['U', 'The harbour reopened.'], ['S//NF', 'The harbour master is the buyer.']] }),
    );
    const as = (clearance: 'UNCLASSIFIED' | 'SECRET', caveats: string[], asOf = '2020-01-01') =>
      viewSelector({ name: 'r', clearance, caveats, asOf });
    expect((await a.search(parseSearchRequest({ query: 'buyer' }), as('SECRET', ['NOFORN']))).total).toBe(1);
    expect((await a.search(parseSearchRequest({ query: 'buyer' }), as('SECRET', []))).total).toBe(0);
    expect((await a.search(parseSearchRequest({ query: 'buyer' }), as('UNCLASSIFIED', [], '2027-08-02'))).total).toBe(1);
    expect((await a.search(parseSearchRequest({ tag: ['ETTC'] }), as('UNCLASSIFIED', []))).hits[0]?.snippet).not.toMatch(/buyer/);
    await b.putCable(makeCable({ id: '07C3', tags: ['THREE'], paragraphs: [['U', 'harbour']] }));
    expect((await a.search(parseSearchRequest({ query: 'harbour' }))).facets.tags.map((t) => t.value)).toEqual(['ETTC', 'THREE']);
    await b.putCable(makeCable({ id: '07C3', tags: ['FOUR'], paragraphs: [['U', 'harbour again']] }));
    expect((await a.search(parseSearchRequest({ query: 'harbour' }))).facets.tags.map((t) => t.value)).toEqual(['ETTC', 'FOUR']);
    await a.close();
    await b.close();
  });
});

describePg('PostgresCableStore.putCables', (url) => {
  const v1 = makeCable({ id: '07BATCH1', tags: ['PREL', 'prel', 'MNUC'], paragraphs: [['C', 'The first "version", with a \\ backslash.'], ['S', '']] });
  const v2 = makeCable({ id: '07batch1', paragraphs: [['U', 'The second version replaces it: Zürich, naïve, 6.C.3.']] });
  const other = makeCable({ id: '07BATCH2', subject: '', paragraphs: [] });
  const tagged = makeCable({ id: '07BATCH3', tags: ['{"odd"}', 'NULL', ''], paragraphs: [['TS//NF', 'Top\u0001secret\u0002 text'], ['U', 'plain']] });
  const unholdable = makeCable({ id: '07BATCH4', paragraphs: [['U', 'a NUL \u0000 byte']] });
  const noId = makeCable({ id: null });
  const first = [v1, other, v1, v2, noId, tagged, v2, other];
  const second = [unholdable, v1, tagged];

  it('gives what putCable one by one gives, a refused cable failing alone, and the same stored records and searches', async () => {
    const [batched, single] = [await open(url), await open(url)];
    try {
      await single.putCable(makeCable({ id: '07BATCH2', subject: 'STORED BEFORE' }));
      await batched.putCable(makeCable({ id: '07BATCH2', subject: 'STORED BEFORE' }));
      const one: unknown[] = [];
      for (const c of [...first, ...second]) one.push(await single.putCable(c).catch((e: unknown) => e));
      const eachAlone = vi.spyOn(batched, 'putCable');
      const all = await batched.putCables(first);
      expect(eachAlone).not.toHaveBeenCalled(); // one transaction, repeated ids and all
      all.push(...(await batched.putCables(second))); // the NUL byte fails the batch: each is put alone
      expect(eachAlone).toHaveBeenCalledTimes(second.length);
      expect(all.map(summary)).toEqual(one.map(summary));
      expect(all.map(summary).filter((r) => (r as { code?: string }).code === 'BAD_INPUT')).toHaveLength(2);
      for (const id of ['07BATCH1', '07BATCH2', '07BATCH3', '07BATCH4']) expect(await batched.getCable(id)).toEqual(await single.getCable(id));
      expect(await batched.stats()).toEqual(await single.stats());
      for (const query of ['version', 'zurich', 'naive', '6.C.3', 'secret', 'plain', 'backslash']) {
        const [a, b] = [await batched.search(parseSearchRequest({ query })), await single.search(parseSearchRequest({ query }))];
        expect(a.hits.map((h) => [h.id, h.score, h.snippet, h.highlights]), query).toEqual(b.hits.map((h) => [h.id, h.score, h.snippet, h.highlights]));
        expect(a.facets, query).toEqual(b.facets);
      }
      const secret = viewSelector({ name: 'r', clearance: 'SECRET', caveats: [], asOf: '2020-01-01' });
      expect((await batched.search(parseSearchRequest({ query: 'secret' }), secret)).total).toBe(0);
      const tags = (await batched.search(parseSearchRequest({ query: 'plain' }))).facets.tags.map((t) => t.value);
      expect(tags).toEqual(['NULL', '{"ODD"}']);
    } finally {
      await batched.close();
      await single.close();
    }
  });

  it('writes batches in the order of the calls, the next one handed over before the last is written', async () => {
    const store = await open(url);
    try {
      expect(store.batchesInOrder).toBe(true);
      const v1 = makeCable({ id: '07ORDER1', paragraphs: [['U', 'First version of the order test.']] });
      const v2 = makeCable({ id: '07ORDER1', paragraphs: [['U', 'Second version replaces the first.']] });
      const other = makeCable({ id: '07ORDER2' });
      const [a, b, c] = [store.putCables([v1, other]), store.putCables([v2]), store.putCables([v1])];
      expect((await a).map((r) => (r as { status: string }).status)).toEqual(['stored', 'stored']);
      expect((await b).map((r) => (r as { status: string }).status)).toEqual(['replaced']);
      expect((await c).map((r) => (r as { status: string }).status)).toEqual(['replaced']);
      expect((await store.getCable('07ORDER1'))?.paragraphs[0]?.text).toBe('First version of the order test.');
      expect((await store.search(parseSearchRequest({ query: 'replaces' }))).total).toBe(0);
      expect((await store.search(parseSearchRequest({ query: 'order test' }))).total).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('removes every row of a replaced version: no foreign key cascades to them', async () => {
    const store = await open(url);
    try {
      const full = (id: string, text: string) =>
        makeCable({ id, tags: ['PREL', 'MNUC'], paragraphs: [['U', text], ['S', `${text} again`]], references: [{ id: 'STATE 1', kind: 'cable', label: 'A' }] });
      await store.putCables([full('07ROWS1', 'first'), full('07ROWS2', 'other')]);
      const counts = async () => {
        const out: Record<string, number> = {};
        for (const table of CABLE_CHILD_TABLES) {
          const r = await store.pool.query<{ n: number; orphans: number }>(
            `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM cables c WHERE c.pk = t.cable_pk))::int AS orphans FROM ${table} t`,
          );
          out[table] = (r.rows[0]?.orphans ?? 0) > 0 ? -1 : (r.rows[0]?.n ?? 0);
        }
        return out;
      };
      const before = await counts();
      expect(Object.values(before).every((n) => n > 0)).toBe(true);
      await store.putCables([full('07ROWS1', 'second version')]);
      await store.putCable(full('07ROWS2', 'another version'));
      expect(await counts()).toEqual(before);
      expect((await store.search(parseSearchRequest({ query: 'first' }))).total).toBe(0);
      expect((await store.search(parseSearchRequest({ query: 'second' }))).total).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('is what demarche ingest uses: the same summary as the SQLite store, and a rerun finds every cable unchanged', async () => {
    const { mkdtempSync, readdirSync, copyFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { requireDataDir } = await import('../../config.js');
    const { ingestPaths } = await import('../../archive/ingest.js');
    const { openCableStore } = await import('../open-store.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'demarche-pg-batch-'));
    const liteDir = mkdtempSync(path.join(tmpdir(), 'demarche-pg-batch-lite-'));
    const sample = path.join(requireDataDir(), 'cables', 'sample', 'text');
    const files = readdirSync(sample).sort().slice(0, 250);
    for (const f of files) copyFileSync(path.join(sample, f), path.join(dir, f));
    copyFileSync(path.join(sample, files[0] as string), path.join(dir, 'zz-copy.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const store = await open(url);
    const lite = await openCableStore(path.join(liteDir, 'lite.db'));
    try {
      const onSqlite = await ingestPaths(lite, [dir]);
      const batched = await ingestPaths(store, [dir]);
      expect(batched).toEqual(onSqlite);
      expect(batched.stored).toBeGreaterThan(200);
      expect(await store.stats()).toEqual(await lite.stats());
      const again = await ingestPaths(store, [dir]);
      expect(again.unchanged).toBe(batched.stored + batched.unchanged + batched.replaced);
    } finally {
      await store.close();
      await lite.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(liteDir, { recursive: true, force: true });
    }
  }, 120_000);
});

function summary(r: unknown): unknown {
  return r instanceof Error ? { code: (r as { code?: string }).code } : r;
}

describePg('PostgreSQL full-text input', (url) => {
  it('takes every tsquery the search parser builds, for hostile text, without a syntax error', async () => {
    const fc = (await import('fast-check')).default;
    const { FUZZ_RUNS } = await import('../../../test/fuzz-runs.js');
    const { parseSearchQuery } = await import('../search-query.js');
    const { toTsquery } = await import('./pg-text.js');
    const pg = (await import('pg')).default;
    const words = fc.constantFrom('limmt', 'OR', 'NOT', '-', '*', '"', "'", '\\\\', '&', '|', '!', '<->', ':*', '(', ')', 'é', '漢字', ';');
    const texts = fc.sample(fc.oneof(fc.string(), fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 10 }).map((w) => w.join(' '))), FUZZ_RUNS);
    const queries = texts.flatMap((t) => {
      try {
        const q = toTsquery(parseSearchQuery(t));
        return q === null ? [] : [q];
      } catch {
        return [];
      }
    });
    expect(queries.length).toBeGreaterThan(FUZZ_RUNS / 4);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // One round trip: every query through to_tsquery; a syntax error would fail the statement.
      const r = await client.query("SELECT count(*)::int AS n FROM unnest($1::text[]) q, to_tsquery('english', q) t", [queries]);
      expect(r.rows[0].n).toBe(queries.length);
    } finally {
      await client.end();
    }
  }, 300_000);
});
