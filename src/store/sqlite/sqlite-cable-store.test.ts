// Runs the CableStore contract on SQLite, in memory and on a file (WAL), plus SQLite-only checks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cableStoreContract } from '../cable-store.contract.js';
import { DemarcheError } from '../../errors.js';
import type { PutResult } from '../cable-store.js';
import { openCableStore } from '../open-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

cableStoreContract('sqlite in memory', () => openCableStore(':memory:'));
cableStoreContract('sqlite file', () => openCableStore(path.join(dir, `store-${(n += 1)}.db`)));

describe('openCableStore', () => {
  it('opens a postgres:// URL as PostgreSQL: an unreachable server is UNAVAILABLE, named without its password', async () => {
    const err = await openCableStore('postgres://me:hunter2@127.0.0.1:9/db').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNAVAILABLE' });
    expect((err as Error).message).toMatch(/cannot connect to the PostgreSQL store postgres:\/\/me:\*\*\*@127\.0\.0\.1:9\/db/);
    expect((err as Error).message).not.toContain('hunter2');
  });

  it('does not create a store for a read-only command', async () => {
    await expect(openCableStore(path.join(dir, 'absent.db'), { create: false })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('reports a file that is not a database as bad input', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = path.join(dir, 'not-a-db.db');
    writeFileSync(file, 'this is not sqlite '.repeat(100));
    await expect(openCableStore(file)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('migrates an existing store again without harm', async () => {
    const file = path.join(dir, 'twice.db');
    await (await openCableStore(file)).close();
    const store = await openCableStore(file);
    await store.migrate();
    expect((await store.stats()).cables).toBe(0);
    await store.close();
  });
});

describe('SqliteCableStore.putCables (batches)', () => {
  // On a file the batches are written on the store's write thread (write-thread.ts), in memory here.
  it.each([['in memory', () => ':memory:'], ['on a file', () => path.join(dir, `batches-${(n += 1)}.db`)]])(
    'stores many cables in one transaction, idempotently, all or none; a cable without an id fails alone (%s)', async (_, file) => {
    const { makeCable } = await import('../cable-store.contract.js');
    const { SqliteCableStore } = await import('./sqlite-cable-store.js');
    const store = SqliteCableStore.open(file());
    await store.migrate();
    const outcome = (rs: Array<PutResult | DemarcheError>) => rs.map((r) => (r instanceof DemarcheError ? r.code : r.status));
    const cables = [1, 2, 3].map((i) => makeCable({ id: `07BULK${i}` }));
    expect(outcome(await store.putCables(cables))).toEqual(['stored', 'stored', 'stored']);
    expect(outcome(await store.putCables(cables))).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const noId = { ...makeCable({ id: '07BULK9' }), id: null };
    expect(outcome(await store.putCables([noId, makeCable({ id: '07BULK6' })]))).toEqual(['BAD_INPUT', 'stored']);
    const bad = [makeCable({ id: '07BULK4' }), makeCable({ id: '07BULK5' })];
    // A failure of SQLite's: the first cable is rolled back with the second, and the error keeps its code.
    (bad[1]!.paragraphs[0] as { n: unknown }).n = null;
    await expect(store.putCables(bad)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_NOTNULL' });
    expect((await store.stats()).cables).toBe(4);
    expect(outcome(await store.putCables([makeCable({ id: '07BULK4' })]))).toEqual(['stored']);
    expect((await store.stats()).cables).toBe(5);
    expect(await store.getCable('07BULK4')).not.toBeNull();
    await store.close();
  });
});

describe('SqliteCableStore.prepareWrites', () => {
  it.each([['in memory', () => ':memory:'], ['on a file', () => path.join(dir, `ahead-${(n += 1)}.db`)]])(
    'gets ready for batches, which are then stored as before, and closes when none came (%s)', async (_, file) => {
    const { makeCable } = await import('../cable-store.contract.js');
    const { SqliteCableStore } = await import('./sqlite-cable-store.js');
    const idle = SqliteCableStore.open(file());
    await idle.migrate();
    idle.prepareWrites();
    await idle.close();
    const store = SqliteCableStore.open(file());
    await store.migrate();
    store.prepareWrites();
    store.prepareWrites();
    const results = await store.putCables([1, 2].map((i) => makeCable({ id: `07AHEAD${i}` })));
    expect(results.map((r) => (r instanceof DemarcheError ? r.code : r.status))).toEqual(['stored', 'stored']);
    expect((await store.stats()).cables).toBe(2);
    await store.close();
  });
});

describe('SqliteCableStore.search in a reader\'s view (text views by reader class)', () => {
  it('matches, snippets and facets only what the reader may see, and everything once declassified', async () => {
    const { makeCable } = await import('../cable-store.contract.js');
    const { parseSearchRequest } = await import('../search-request.js');
    const { viewSelector } = await import('../../access/reader-class.js');
    const { SqliteCableStore } = await import('./sqlite-cable-store.js');
    const store = SqliteCableStore.open(':memory:');
    await store.migrate();
    await store.putCable(
      makeCable({
        id: '07LEVELS1',
        classification: 'SECRET',
        subjectMarking: 'C',
        subject: 'HARBOUR MATTERS',
        tags: ['ETTC'],
        paragraphs: [
          ['U', 'The harbour reopened on Monday.'],
          ['C', 'Customs suspect a front company.'],
          ['S//NF', 'A source names the harbour master as the buyer.'],
        ],
      }),
    );
    type C = 'UNCLASSIFIED' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';
    const at = async (query: string, clearance: C, caveats: string[] = [], asOf = '2020-01-01') =>
      store.search(parseSearchRequest({ query }), viewSelector({ name: 'r', clearance, caveats, asOf }));
    expect((await at('buyer', 'SECRET', ['NOFORN'])).total).toBe(1);
    expect((await at('buyer', 'TOP SECRET')).total).toBe(0);
    expect((await at('buyer', 'CONFIDENTIAL')).total).toBe(0);
    expect((await at('customs', 'UNCLASSIFIED')).total).toBe(0);
    expect((await at('customs', 'CONFIDENTIAL')).total).toBe(1);
    // AND across paragraphs holds within what is visible: "harbour customs" needs the C paragraph.
    expect((await at('harbour customs', 'UNCLASSIFIED')).total).toBe(0);
    expect((await at('harbour customs', 'CONFIDENTIAL')).facets.tags).toEqual([{ value: 'ETTC', count: 1 }]);
    const unclassified = await at('harbour', 'UNCLASSIFIED');
    expect(unclassified.hits[0]?.snippet).not.toMatch(/master|buyer/);
    expect((await store.search(parseSearchRequest({ query: 'harbour' }))).hits[0]?.score).toBeGreaterThan(0);
    // The fixture declassifies on 2027-08-02: the day before nothing changes, on the day all is read.
    expect((await at('buyer', 'UNCLASSIFIED', [], '2027-08-01')).total).toBe(0);
    expect((await at('buyer', 'UNCLASSIFIED', [], '2027-08-02')).total).toBe(1);
    // A browse counts only cables the reader can read something of.
    const secretOnly = makeCable({ id: '07LEVELS2', classification: 'SECRET', subjectMarking: 'S', tags: ['ETTC'], paragraphs: [['S', 'hidden']] });
    await store.putCable(secretOnly);
    const browse = async (clearance: C) => (await store.search(parseSearchRequest({ tag: ['ETTC'] }), viewSelector({ name: 'r', clearance, caveats: [], asOf: '2020-01-01' }))).total;
    expect([await browse('CONFIDENTIAL'), await browse('SECRET')]).toEqual([1, 2]);
    await store.close();
  });
});

describe('migration 0002 (facet columns)', () => {
  it('backfills facets and filters for cables stored before it', async () => {
    const Sqlite = (await import('better-sqlite3')).default;
    const { Kysely, Migrator, SqliteDialect } = await import('kysely');
    const { SQLITE_MIGRATIONS } = await import('./migrations.js');
    const { parseSearchRequest } = await import('../search-request.js');
    const { makeCable } = await import('../cable-store.contract.js');
    const file = path.join(dir, 'before-0002.db');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Sqlite(file) }) });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => SQLITE_MIGRATIONS } });
    expect((await migrator.migrateTo('0001_cables')).error).toBeUndefined();
    const { sql } = await import('kysely');
    for (const [pk, id, origin, created, tags] of [
      [1, '07A1', 'Embassy Beijing', '2007-05-01T00:00:00Z', ['MTCR', 'CH']],
      [2, '08A2', 'Embassy Tokyo', '2008-05-01T00:00:00Z', ['JA']],
    ] as const) {
      await sql`INSERT INTO cables (pk, id, created, year, origin, classification, class_level, caveats, reasons, source, sha256, warnings, warning_count, ingested_at)
        VALUES (${pk}, ${id}, ${created}, ${Number(created.slice(0, 4))}, ${origin}, 'SECRET', 'SECRET', '[]', '[]', 'x', 'x', '[]', 0, 'x')`.execute(db);
      for (const [position, tag] of tags.entries()) await sql`INSERT INTO tags VALUES (${pk}, ${position}, ${tag})`.execute(db);
      // Migration 0004 indexes text from the records; a search lists only cables with readable text.
      const record = JSON.stringify(makeCable({ id, classification: 'SECRET', origin, created, tags: [...tags] }));
      await sql`INSERT INTO cable_records VALUES (${pk}, ${record})`.execute(db);
    }
    await db.destroy();
    const store = await openCableStore(file);
    const result = await store.search(parseSearchRequest({ classification: 'secret' }));
    expect(result.hits.map((h) => h.id)).toEqual(['08A2', '07A1']);
    expect(result.facets.tags).toEqual([
      { value: 'CH', count: 1 },
      { value: 'JA', count: 1 },
      { value: 'MTCR', count: 1 },
    ]);
    expect((await store.search(parseSearchRequest({ origin: 'EMBASSY BEIJING', from: '2007-05' }))).total).toBe(1);
    await store.close();
  });
});

describe('search caches', () => {
  it('see writes made through this store and through another connection', async () => {
    const { makeCable } = await import('../cable-store.contract.js');
    const { parseSearchRequest } = await import('../search-request.js');
    const file = path.join(dir, 'two-connections.db');
    const a = await openCableStore(file);
    const b = await openCableStore(file);
    const tags = async () => (await a.search(parseSearchRequest({ query: 'harbour' }))).facets.tags;
    await a.putCable(makeCable({ id: '07C1', tags: ['ONE'], paragraphs: [['U', 'harbour']] }));
    expect(await tags()).toEqual([{ value: 'ONE', count: 1 }]);
    await a.putCable(makeCable({ id: '07C2', tags: ['TWO'], paragraphs: [['U', 'harbour']] }));
    expect(await tags()).toEqual([
      { value: 'ONE', count: 1 },
      { value: 'TWO', count: 1 },
    ]);
    await b.putCable(makeCable({ id: '07C3', tags: ['THREE'], paragraphs: [['U', 'harbour']] }));
    expect((await tags()).map((t) => t.value)).toEqual(['ONE', 'THREE', 'TWO']);
    expect((await a.search(parseSearchRequest({ tag: ['three'] }))).total).toBe(1);
    await a.close();
    await b.close();
  });
});
