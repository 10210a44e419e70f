// PostgreSQL search checks of its own: a page's snippets are those the SQLite store makes for the
// same cables (pg-snippets.ts), or ts_headline's for a text FTS5 stems otherwise; ranking by bm25
// from the stored term counts (pg-rank.ts) gives the scores the vectors give, for views with
// postings and without; phrases are checked alike by the server and from positions, read or
// kept; postings kept between searches give what postings read afresh give, and a search with an
// older snapshot than what is kept takes only the rows it sees.
import pg from 'pg';
import { expect, it } from 'vitest';
import { describePg, freshSchemaUrl } from '../../../test/pg-env.js';
import { makeCable } from '../cable-store.contract.js';
import { SqliteCableStore } from '../sqlite/sqlite-cable-store.js';
import { parseSearchRequest } from '../search-request.js';
import { highlightMarked } from '../sqlite/snippet.js';
import { parsePgUrl } from './pg-connection.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { PostingCache } from './pg-posting-cache.js';
import { PHRASE_CHECK, PostingReader } from './pg-rank.js';
import { HEADLINE } from './pg-search.js';
import { PostgresCableStore } from './postgres-cable-store.js';

const FILLER = ['the', 'minister', 'of', 'a', 'delegation', 'met', 'on', 'it', 'talks', 'in', 'to', 'an', 'agreement', 'by', 'officials'];

/** A paragraph of `n` words from the filler, with `word` at the given places. */
function paragraph(n: number, seed: number, at: number[] = [], word = 'graphite'): string {
  const words = Array.from({ length: n }, (_, i) => FILLER[(i * 7 + seed) % FILLER.length] as string);
  for (const i of at) words[i] = word;
  return `${words.join(' ')}.`;
}

describePg('PostgreSQL search snippets', (url) => {
  it('makes the snippets the SQLite store makes for the same cables, wherever the words stand in a long text', async () => {
    const { store } = await freshStore(url);
    const sqlite = SqliteCableStore.open(':memory:');
    await sqlite.migrate();
    const long = (first: number, at = 5) => Array.from({ length: 40 }, (_, p) => ['U', paragraph(30, p, p === first ? [at] : [])] as [string, string]);
    const cables = [
      makeCable({ id: '07EARLY1', paragraphs: long(0) }),
      ...Array.from({ length: 6 }, (_, i) => 5 * i + 10).map((p) => makeCable({ id: `07MID${p}`, paragraphs: long(p, 28) })),
      makeCable({ id: '07LATE1', paragraphs: long(35) }),
      makeCable({ id: '07TAIL1', paragraphs: [...long(1), ['U', `graphite ${'a of to in it '.repeat(30)}`]] }),
      makeCable({ id: '07TAG1', paragraphs: long(2).map(([m, t], i) => [m, i === 3 ? `<b ${t}> ${t}` : t] as [string, string]) }),
      makeCable({ id: '07SUBJ1', subject: 'GRAPHITE SHIPMENT', paragraphs: long(30) }),
      makeCable({ id: '07SHORT1', paragraphs: [['U', 'Graphite was shipped by the minister.']] }),
      makeCable({ id: '07ACCENT1', paragraphs: [['U', `${paragraph(12, 3)} Zürich graphite, délégation.`]] }),
    ];
    try {
      await store.putCables(cables);
      await sqlite.putCables(cables);
      for (const query of ['graphite', 'graphit*', 'minister', '"graphite shipment"', 'graphite minister', 'graphite OR delegation', 'graphite -shipment', 'zurich']) {
        const pgHits = (await store.search(parseSearchRequest({ query, limit: 100 }))).hits;
        const sqliteHits = (await sqlite.search(parseSearchRequest({ query, limit: 100 }))).hits;
        expect(pgHits.length).toBeGreaterThan(0);
        const of = (hits: typeof pgHits) => new Map(hits.map((h) => [h.id, { snippet: h.snippet, highlights: h.highlights }]));
        const theirs = of(sqliteHits);
        for (const [id, mine] of of(pgHits)) {
          expect(mine.highlights.length).toBeGreaterThan(0);
          expect({ query, id, ...mine }).toEqual({ query, id, ...theirs.get(id) });
        }
      }
    } finally {
      await store.close();
      await sqlite.close();
    }
  });

  it("gives a text that FTS5's stemmer does not match the server's headline", async () => {
    const { store, schemaUrl } = await freshStore(url);
    // Snowball's English stems "fairly" to "fair"; the Porter stemmer of SQLite's tokenizer to "fairli".
    await store.putCables([makeCable({ id: '07FAIR1', paragraphs: [['U', `${paragraph(40, 2)} The talks went fairly well.`]] })]);
    const client = await schemaClient(schemaUrl);
    try {
      const { hits } = await store.search(parseSearchRequest({ query: 'fair' }));
      expect(hits.map((h) => h.id)).toEqual(['07FAIR1']);
      const row = await client.query<{ s: string }>(
        `SELECT ts_headline('${TEXT_CONFIG}', t.subject || E'\\n\\n' || t.body, to_tsquery('${TEXT_CONFIG}', 'fair'), $1) AS s
         FROM cable_text t WHERE (t.mask & 16384) <> 0`,
        [HEADLINE],
      );
      const whole = highlightMarked((row.rows[0]?.s ?? '').replace(/\s+/g, ' ').trim());
      expect(whole.highlights.length).toBe(1);
      expect({ snippet: hits[0]?.snippet, highlights: hits[0]?.highlights }).toEqual({ snippet: whole.text, highlights: whole.highlights });
    } finally {
      await client.end();
      await store.close();
    }
  });
});

/** Cables with the query words in various numbers and places, one in Cyrillic (its view has no postings). */
function rankingCables() {
  const filler = (n: number, seed: number) => paragraph(n, seed);
  return [
    makeCable({ id: '07RANK1', subject: 'REACTOR FUEL', paragraphs: [['U', `${filler(20, 1)} The reactor fuel rods arrived.`]] }),
    makeCable({ id: '07RANK2', paragraphs: [['U', `reactor reactor reactor ${filler(60, 2)}`], ['U', 'Fuel rods for the reactor.']] }),
    makeCable({ id: '07RANK3', paragraphs: [['U', `${filler(200, 3)} reactor`], ['U', `${filler(30, 4)} rods of fuel, reactive.`]] }),
    makeCable({ id: '07RANK4', paragraphs: [['U', 'Москва: the reactor, the reactor fuel rods and uranium.']] }),
    makeCable({ id: '07RANK5', paragraphs: [['U', `${filler(10, 5)} uranium, no reactor; fuel and rods apart.`]] }),
    makeCable({ id: '07RANK6', paragraphs: [['U', `${filler(15, 6)} reactivity of the reactors.`]] }),
    makeCable({ id: '07RANK7', subject: 'FUEL RODS', paragraphs: [['U', filler(40, 7)]] }),
  ];
}

describePg('PostgreSQL ranking by bm25', (url) => {
  it('scores matches by bm25 from the stored counts as from the vectors, with postings or without', async () => {
    const { store, schemaUrl } = await freshStore(url);
    await store.putCables(rankingCables());
    const client = await schemaClient(schemaUrl);
    try {
      // The Cyrillic cable's view was built by the server, and has no postings.
      const unposted = await client.query<{ id: string }>('SELECT c.id FROM cable_search s JOIN cables c ON c.pk = s.cable_pk WHERE NOT s.posted');
      expect(unposted.rows.map((r) => r.id)).toEqual(['07RANK4']);
      // Every view's weighted count of each lexeme (subject positions four times) and length, from its vector.
      const rows = await client.query<{ pk: number; id: string; mask: number; lexeme: string; weighted: number; len: number }>(
        `SELECT s.cable_pk AS pk, c.id, s.mask, u.lexeme, (SELECT sum(CASE WHEN w = 'A' THEN 4 ELSE 1 END) FROM unnest(u.weights) AS w)::int AS weighted,
           (SELECT sum(cardinality(x.positions)) FROM unnest(s.tsv) AS x)::int AS len
         FROM cable_search s JOIN cables c ON c.pk = s.cable_pk, unnest(s.tsv) AS u`,
      );
      const views = new Map<string, { id: string; full: boolean; len: number; counts: Map<string, number> }>();
      for (const r of rows.rows) {
        const key = `${r.pk}/${r.mask}`;
        const view = views.get(key) ?? { id: r.id, full: (r.mask & 16384) !== 0, len: r.len, counts: new Map<string, number>() };
        view.counts.set(r.lexeme, r.weighted);
        views.set(key, view);
      }
      const total = views.size;
      const average = [...views.values()].reduce((n, v) => n + v.len, 0) / total;
      const stem = async (word: string) => (await client.query<{ l: string[] }>(`SELECT tsvector_to_array(to_tsvector('${TEXT_CONFIG}', $1)) AS l`, [word])).rows[0]?.l[0] as string;
      // bm25 as SQLite's (k1 1.2, b 0.75), a prefix word summing its lexemes, a phrase its rarest word.
      const expected = async (terms: Array<Array<{ word: string; prefix?: boolean }>>, matches: (v: { counts: Map<string, number> }) => boolean) => {
        const words = await Promise.all(terms.map((term) => Promise.all(term.map(async (w) => ({ lexeme: await stem(w.word), prefix: w.prefix === true })))));
        const count = (v: { counts: Map<string, number> }, w: { lexeme: string; prefix: boolean }) =>
          [...v.counts].filter(([l]) => (w.prefix ? l.startsWith(w.lexeme) : l === w.lexeme)).reduce((n, [, c]) => n + c, 0);
        const scored = [...views.values()].filter((v) => v.full && matches(v)).map((v) => {
          let score = 0;
          for (const term of words) {
            const f = Math.min(...term.map((w) => count(v, w)));
            const held = Math.min(...term.map((w) => [...views.values()].filter((o) => count(o, w) > 0).length));
            const idf = Math.max(Math.log((total - held + 0.5) / (held + 0.5)), 1e-6);
            if (f > 0) score += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * v.len) / average));
          }
          return { id: v.id, score: Number(score.toPrecision(4)) };
        });
        return scored.sort((a, b) => b.score - a.score);
      };
      const has = (v: { counts: Map<string, number> }, lexeme: string) => v.counts.has(lexeme);
      const cases: Array<[string, Array<Array<{ word: string; prefix?: boolean }>>, (v: { counts: Map<string, number> }) => boolean]> = [
        ['reactor', [[{ word: 'reactor' }]], (v) => has(v, 'reactor')],
        ['reactor fuel', [[{ word: 'reactor' }], [{ word: 'fuel' }]], (v) => has(v, 'reactor') && has(v, 'fuel')],
        ['react*', [[{ word: 'react', prefix: true }]], (v) => [...v.counts.keys()].some((l) => l.startsWith('react'))],
        ['uranium OR rods', [[{ word: 'uranium' }], [{ word: 'rods' }]], (v) => has(v, 'uranium') || has(v, 'rod')],
      ];
      for (const [query, terms, matches] of cases) {
        const { hits } = await store.search(parseSearchRequest({ query, limit: 20 }));
        const want = await expected(terms, matches);
        // Ties in any order: compare as sets of (id, score).
        expect(hits.map((h) => ({ id: h.id, score: h.score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)), query).toEqual(
          want.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)),
        );
        expect(hits.length, query).toBeGreaterThan(1);
      }
    } finally {
      await client.end();
      await store.close();
    }
  });

  it('keeps only the matches whose phrase words stand in a row, checked by the server or from the stored positions alike', async () => {
    const { uncached, cached } = await storePair(url);
    await uncached.putCables(rankingCables());
    const queries: string[] = ['"fuel rods"', 'reactor "fuel rods"', '"reactor fuel"', '"rods of fuel" reactive', '"the reactor"', '"fuel rod*"', 'reactor-fuel', '"fuel rods" -uranium'];
    const want: Record<string, string[]> = {
      '"fuel rods"': ['07RANK1', '07RANK2', '07RANK4', '07RANK7'],
      'reactor "fuel rods"': ['07RANK1', '07RANK2', '07RANK4'],
      '"reactor fuel"': ['07RANK1', '07RANK4', '07RANK5'], // "no reactor; fuel": punctuation does not part words
      '"rods of fuel" reactive': ['07RANK3'],
      '"the reactor"': ['07RANK1', '07RANK2', '07RANK4', '07RANK6'], // "the reactors": stemmed
      '"fuel rod*"': ['07RANK1', '07RANK2', '07RANK4', '07RANK7'],
      'reactor-fuel': ['07RANK1', '07RANK4', '07RANK5'],
      '"fuel rods" -uranium': ['07RANK1', '07RANK2', '07RANK7'],
    };
    // With a filter, checked before the phrase is: 07RANK2 and 07RANK7 carry the tag.
    await uncached.putCables(
      ['07RANK2', '07RANK7'].map((id) => ({ ...(rankingCables().find((c) => c.id === id) as ReturnType<typeof makeCable>), tags: ['PARM'] })),
    );
    queries.push('"fuel rods" tag:PARM');
    want['"fuel rods" tag:PARM'] = ['07RANK2', '07RANK7'];
    const saved = PHRASE_CHECK.serverMax;
    try {
      // The server's check (no cache, so never positions), then positions read, then positions kept from the search before.
      for (const [store, serverMax, pass] of [[uncached, 1000, 'server'], [cached, 0, 'positions'], [cached, 0, 'kept positions']] as const) {
        PHRASE_CHECK.serverMax = serverMax;
        for (const query of queries) {
          const [text, tag] = query.split(' tag:');
          const result = await store.search(parseSearchRequest({ query: text, limit: 20, ...(tag ? { tag: [tag] } : {}) }));
          expect({ pass, query, ids: result.hits.map((h) => h.id).sort(), total: result.total }).toEqual({ pass, query, ids: want[query], total: want[query]?.length });
        }
      }
    } finally {
      PHRASE_CHECK.serverMax = saved;
      await uncached.close();
      await cached.close();
    }
  });

  it('finds and ranks with its kept postings as without them, as cables are added and replaced', async () => {
    const { uncached, cached } = await storePair(url);
    const queries = ['reactor', 'fuel rods', '"fuel rods"', 'reactor -uranium', 'rea*', 'uranium OR graphite', '"the reactor" fuel'];
    const all = rankingCables();
    const results = async (store: PostgresCableStore) =>
      Promise.all(queries.map(async (query) => (await store.search(parseSearchRequest({ query, limit: 20 }))).hits.map((h) => [h.id, h.score])));
    try {
      const steps: Array<() => Promise<unknown>> = [
        () => uncached.putCables(all.slice(0, 3)),
        () => uncached.putCables(all.slice(3, 5)),
        () => uncached.putCables([makeCable({ id: '07RANK1', subject: 'GRAPHITE', paragraphs: [['U', 'The reactor took graphite, not fuel rods.']] })]),
        () => uncached.putCables(all.slice(5)),
      ];
      for (const step of steps) {
        await step();
        // Twice with the cache: once reading new rows, once from what it kept.
        const want = await results(uncached);
        expect(await results(cached)).toEqual(want);
        expect(await results(cached)).toEqual(want);
      }
    } finally {
      await uncached.close();
      await cached.close();
    }
  });

  it('gives a search with an older snapshot only the rows it sees, when a newer search has kept more', async () => {
    const { store, schemaUrl } = await freshStore(url);
    await store.putCables([makeCable({ id: '07OLD1', paragraphs: [['U', 'The reactor fuel arrived.']] })]);
    const clients = [await schemaClient(schemaUrl), await schemaClient(schemaUrl)];
    const cache = new PostingCache(1 << 20);
    const reactor = [{ token: 'reactor', prefix: false }];
    const pksOf = (rows: Awaited<ReturnType<PostingReader['rows']>>) => [...(rows[0]?.get('reactor') ?? [])].flatMap((segment) => [...segment.pks]);
    try {
      const [older, newer] = clients as [pg.Client, pg.Client];
      await older.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const olderReader = new PostingReader(older as unknown as pg.PoolClient, cache);
      await olderReader.totals(); // its snapshot: one cable
      await store.putCables([makeCable({ id: '07NEW1', paragraphs: [['U', 'A second reactor.']] })]);
      await newer.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const newerRows = await new PostingReader(newer as unknown as pg.PoolClient, cache).rows(reactor, true);
      expect(pksOf(newerRows)).toHaveLength(2);
      expect(cache.get('=reactor')?.byLexeme.get('reactor')?.size).toBe(2);
      // The older search reads nothing more from the server and takes only the row its snapshot holds.
      const olderRows = await olderReader.rows(reactor, true);
      expect(pksOf(olderRows)).toEqual([Math.min(...pksOf(newerRows))]);
    } finally {
      for (const client of clients) await client.end();
      await store.close();
    }
  });
});

/** A migrated store on a fresh schema of its own. */
async function freshStore(url: string): Promise<{ store: PostgresCableStore; schemaUrl: string }> {
  const schemaUrl = freshSchemaUrl(url);
  const store = await PostgresCableStore.open(schemaUrl);
  await store.migrate();
  return { store, schemaUrl };
}

/** A connected client whose search path is the store's schema, for statements on its tables. */
async function schemaClient(schemaUrl: string): Promise<pg.Client> {
  const t = parsePgUrl(schemaUrl);
  const client = new pg.Client({ connectionString: t.connectionString });
  await client.connect();
  await client.query(`SET search_path TO ${t.schema}`);
  return client;
}

/** Two stores on one fresh schema: one keeps no postings between searches (DEMARCHE_PG_POSTINGS_MB=0), the other does. */
async function storePair(url: string): Promise<{ uncached: PostgresCableStore; cached: PostgresCableStore }> {
  const schemaUrl = freshSchemaUrl(url);
  const uncached = await withoutCache(() => PostgresCableStore.open(schemaUrl));
  await uncached.migrate();
  return { uncached, cached: await PostgresCableStore.open(schemaUrl) };
}

/** A store opened with DEMARCHE_PG_POSTINGS_MB=0: it keeps no postings between searches. */
async function withoutCache<T>(open: () => Promise<T>): Promise<T> {
  const saved = process.env.DEMARCHE_PG_POSTINGS_MB;
  process.env.DEMARCHE_PG_POSTINGS_MB = '0';
  try {
    return await open();
  } finally {
    if (saved === undefined) delete process.env.DEMARCHE_PG_POSTINGS_MB;
    else process.env.DEMARCHE_PG_POSTINGS_MB = saved;
  }
}
