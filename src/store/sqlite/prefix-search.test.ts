// A search with a prefix term (word*) ranks and lists its filtered matches in one statement and makes
// its snippets from a copy of the page's texts (sqlite-search.ts): it must give what each part gives
// by its own statement on the whole full-text table, the way it was done before. Each expected part
// here is made so: every visible match ranked by bm25, the filters' cables taken from a browse with
// the same filters, each hit's snippet by a statement on its row, facets counted over those cables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classReader, viewSelector, type ViewSelector } from '../../access/reader-class.js';
import { makeCable } from '../cable-store.contract.js';
import { parseSearchRequest, type SearchInput } from '../search-request.js';
import type { SearchResult } from '../cable-store.js';
import { type SearchCableRow, searchHit } from '../cable-rows.js';
import { FacetReader } from './facet-store.js';
import { toFts5 } from './fts-expression.js';
import { MARK_CLOSE, MARK_OPEN } from './snippet.js';
import { connectSqlite } from './sqlite-connection.js';
import { SqliteCableStore } from './sqlite-cable-store.js';
import { SqliteSearcher } from './sqlite-search.js';
import { FULL_VIEW, PK_SHIFT, visibleViewSql } from './text-rowid.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-prefix-search-'));
const file = path.join(dir, 'store.db');

// Words sharing prefixes (stemmed alike or not), so that a prefix covers several indexed words.
const WORDS = ['election', 'elections', 'electoral', 'elector', 'electricity', 'elect', 'eligible', 'embassy', 'iran', 'vote', 'voters'];

beforeAll(async () => {
  const store = SqliteCableStore.open(file);
  await store.migrate();
  const cables = Array.from({ length: 90 }, (_, i) => {
    const pick = (k: number) => WORDS[(i * k + k) % WORDS.length] as string;
    // Every sixth cable repeats the first one's text: equal scores, ordered by rowid.
    const text = i % 6 === 0 ? 'The election of the elector was held.' : `${pick(3)} report ${'filler '.repeat(i % 9)}${pick(5)} and ${pick(7)} then ${pick(2)}.`;
    return makeCable({
      id: `08PREFIX${String(i).padStart(3, '0')}`,
      created: `${2004 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}T10:00:00Z`,
      origin: i % 4 === 0 ? 'Embassy Tehran' : 'Embassy Testville',
      subject: i % 5 === 0 ? `${pick(11).toUpperCase()} MATTERS` : 'A SUBJECT',
      classification: i % 3 === 0 ? 'SECRET' : i % 3 === 1 ? 'CONFIDENTIAL' : 'UNCLASSIFIED',
      tags: i % 2 === 0 ? ['PREL', 'KDEM'] : ['PGOV'],
      paragraphs: [
        [i % 3 === 0 ? 'S' : 'U', text],
        ['U', `Unclassified ${pick(13)} paragraph about ${pick(17)} voters.`],
      ],
    });
  });
  await store.putCables(cables);
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputs: SearchInput[] = [
  { query: 'e*' },
  { query: 'elect*' },
  { query: 'election*', limit: 50 },
  { query: 'electricity*' },
  { query: 'elect*', classification: 'UNCLASSIFIED' },
  { query: 'e*', classification: 'SECRET', limit: 40 },
  { query: 'elect*', tag: ['KDEM'], limit: 3 },
  { query: 'elect*', origin: 'Embassy Tehran', from: '2006' },
  { query: 'elect* iran', tag: ['PREL'] },
  { query: 'elect* OR vote*', to: '2007' },
  { query: '"the elect"*', classification: 'SECRET' },
  { query: '"the elect"*' },
  { query: 'report -elect*', classification: 'CONFIDENTIAL' },
  { query: 'zzz*', tag: ['PREL'] },
  { query: 'elect*', tag: ['NOSUCHTAG'] },
  { query: 'elect*', origin: 'Embassy Nowhere' },
];
const views: ViewSelector[] = [FULL_VIEW, viewSelector(classReader(0)), viewSelector({ ...classReader(10), asOf: '2005-06-01' })];

describe('SqliteSearcher with a prefix term', () => {
  it('gives the totals, hits, order, scores, snippets and facets of a statement per part', () => {
    const db = connectSqlite(file);
    const searcher = new SqliteSearcher(db);
    const facets = new FacetReader(db);
    let prefixHits = 0;
    try {
      for (const view of views) {
        for (const input of inputs) {
          const request = parseSearchRequest(input);
          const actual = searcher.searchAt(request, view);
          expect(actual, JSON.stringify(input)).toEqual(expected(db, searcher, facets, input, view));
          prefixHits += actual.hits.length;
        }
      }
      // The fixture's prefixes do match, in every view.
      expect(prefixHits).toBeGreaterThan(300);
      // The page's texts are not kept after the search.
      expect(db.prepare('SELECT count(*) FROM temp.search_page').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

function expected(db: ReturnType<typeof connectSqlite>, searcher: SqliteSearcher, facets: FacetReader, input: SearchInput, view: ViewSelector): SearchResult {
  const request = parseSearchRequest(input);
  const match = toFts5(request.query!);
  const ranked = db
    .prepare(
      `SELECT rowid >> ${PK_SHIFT} AS pk, CAST(rowid AS TEXT) AS rid, bm25(cable_text, 4.0, 1.0) AS rank FROM cable_text
       WHERE cable_text MATCH ? AND ${visibleViewSql('rowid', view)} ORDER BY rank, rowid DESC`,
    )
    .all(match) as Array<{ pk: number; rid: string; rank: number }>;
  // The filters' cables, from a browse with the same filters (every one of them on its page).
  const { query: _query, limit: _limit, ...filters } = input;
  const pkOf = db.prepare('SELECT pk FROM cables WHERE id = ?').pluck();
  const passing =
    Object.keys(filters).length === 0
      ? null
      : new Set(searcher.searchAt(parseSearchRequest({ ...filters, limit: 1000 }), view).hits.map((h) => pkOf.get(h.id) as number));
  const hits = ranked.filter((r) => passing === null || passing.has(r.pk));
  const snippetOf = db.prepare(
    `SELECT snippet(cable_text, -1, ?, ?, '…', 24) FROM cable_text WHERE cable_text MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );
  const cable = db.prepare('SELECT pk, id, created, origin, classification, subject, subject_marking, caveats, declassify_on FROM cables WHERE pk = ?');
  const pks = hits.map((h) => h.pk).sort((a, b) => a - b);
  return {
    total: hits.length,
    hits: hits.slice(0, request.limit).map((h) => {
      const row = cable.get(h.pk) as SearchCableRow;
      return searchHit(row, -h.rank, snippetOf.pluck().get(MARK_OPEN, MARK_CLOSE, match, h.rid) as string);
    }),
    facets: facets.counts(pks, facets.chunks(null)),
  } as SearchResult;
}
