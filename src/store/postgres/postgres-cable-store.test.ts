// Runs the CableStore contract on PostgreSQL (DEMARCHE_TEST_PG), plus checks of its own: the
// migration set in step with SQLite's, the URL's schema parameter, reader views and caches.
import { describe, expect, it } from 'vitest';
import { describePg, freshSchemaUrl } from '../../../test/pg-env.js';
import { viewSelector } from '../../access/reader-class.js';
import { cableStoreContract, makeCable } from '../cable-store.contract.js';
import { parseSearchRequest } from '../search-request.js';
import { SQLITE_MIGRATIONS } from '../sqlite/migrations.js';
import { parsePgUrl } from './pg-connection.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
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
