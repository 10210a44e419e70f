// Search over the PostgreSQL store, as sqlite/sqlite-search.ts does it over SQLite: the query as a
// tsquery (pg-text.ts) on the reader's text view of each cable through the GIN index, ranked by
// bm25 from the stored term counts (pg-rank.ts) as SQLite's bm25 ranks, the subject weighted four
// times the body; ts_headline snippets with highlight offsets, and filters and facets from the
// in-memory facet columns. One REPEATABLE READ transaction, so every part sees one snapshot.
import pg from 'pg';
import type { ViewSelector } from '../../access/reader-class.js';
import type { SearchHit, SearchResult } from '../cable-store.js';
import { facetCounts, filterPks, hasFilters, newestPks } from '../facet-index.js';
import type { SearchRequest } from '../search-request.js';
import { MARK_CLOSE, MARK_OPEN } from '../sqlite/snippet.js';
import { FULL_VIEW } from '../sqlite/text-rowid.js';
import { inTransaction } from './pg-connection.js';
import { type PgFacetCache, visibleSql } from './pg-facets.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { matchPostings, type PageEntry, PostingReader, rankPage, type UnpostedRow, unpostedCountsSql, wordQueries } from './pg-rank.js';
import { queryShape, toTsquery } from './pg-text.js';
import { type SearchCableRow as CableRow, searchHit } from '../cable-rows.js';

const SNIPPET_WORDS = 24;
const BROWSE_SNIPPET_CHARS = 200;
/** How much of a text a one-word query's snippet is first made from (matchSnippets). */
const PREFIX_CHARS = 4000;
const TSQ = `to_tsquery('${TEXT_CONFIG}', $1)`;
export const HEADLINE = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, MaxFragments=1, FragmentDelimiter=" … "`;

/**
 * No sequential scans: the planner does not count the cost of reading each row's vector out of
 * line for @@, so for a common word it scanned the table instead of the GIN index ('state' on
 * 17,000 cables: 875 ms against 28 ms). No JIT: a plan with a scan it cannot avoid is then costed
 * past the JIT thresholds, and compiling takes longer than a search.
 */
const SEARCH_BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL jit = off';

export class PgSearcher {
  constructor(
    private readonly pool: pg.Pool,
    private readonly facets: PgFacetCache,
  ) {}

  /** A second connection for snippets (snippetsOnTwo), in a pool of its own so that no search waits on another for it. */
  private helper: pg.Pool | null = null;

  async close(): Promise<void> {
    await this.helper?.end();
    this.helper = null;
  }

  private helperPool(): pg.Pool {
    this.helper ??= new pg.Pool({ ...this.pool.options, max: HELPERS });
    return this.helper;
  }

  search(request: SearchRequest, view: ViewSelector = FULL_VIEW): Promise<SearchResult> {
    return inTransaction(this.pool, (client) => this.run(client, request, view), SEARCH_BEGIN);
  }

  private async run(client: pg.PoolClient, request: SearchRequest, view: ViewSelector): Promise<SearchResult> {
    await this.facets.refresh(client);
    const { chunks, names } = this.facets;
    const tsq = request.query ? toTsquery(request.query) : null;
    if (request.query && tsq === null) return { total: 0, hits: [], facets: facetCounts([], chunks, names) };
    if (!request.query || tsq === null) {
      // A browse lists only cables the reader can read some text of (as SQLite's does), newest first.
      const pks = filterPks(request, this.facets.visiblePks(view), chunks, names);
      if (pks.length === 0) return { total: 0, hits: [], facets: facetCounts([], chunks, names) };
      const page = newestPks(pks, chunks, request.limit).map((pk) => ({ pk, score: 0 }));
      return { total: pks.length, hits: await hits(client, page, null, view, null), facets: facetCounts(pks, chunks, names) };
    }
    const shape = queryShape(request.query);
    const reader = new PostingReader(client);
    const masks = this.facets.visibleMasks(view);
    const unposted = await unpostedMatches(client, tsq, view, wordQueries(shape.terms.slice(0, shape.positive)));
    const matches = await matchPostings(reader, client, { shape, masks, exact: tsq, visible: visibleSql(view), unposted });
    const pks = hasFilters(request) ? filterPks(request, matches.pks, chunks, names) : matches.pks;
    if (pks.length === 0) return { total: 0, hits: [], facets: facetCounts([], chunks, names) };
    const page = await rankPage(reader, shape, matches, pks, request.limit);
    return { total: pks.length, hits: await hits(client, page, tsq, view, this.helperPool()), facets: facetCounts(pks, chunks, names) };
  }
}

/**
 * The matches among views without postings (their vectors built by the server: text with lexemes
 * PgLexer does not make), found through the GIN index on those views alone, with their words'
 * counts (pg-rank.ts). Every other view is matched from search_postings.
 */
async function unpostedMatches(client: pg.PoolClient, tsq: string, view: ViewSelector, words: string[]): Promise<UnpostedRow[]> {
  const source = `SELECT ${unpostedCountsSql(words.length, 2)} AS unposted
    FROM cable_search WHERE NOT posted AND tsv @@ ${TSQ} AND ${visibleSql(view)}`;
  const row = (await client.query<{ unposted: Array<[number, number, number, number[]]> | null }>(source, [tsq, words])).rows[0];
  return (row?.unposted ?? []).map(([pk, mask, length, counts]) => ({ pk, mask, length, counts }));
}

/** Connections searches share for their second half of snippets (a search finding none free makes all its own). */
const HELPERS = 2;

async function hits(client: pg.PoolClient, page: PageEntry[], tsq: string | null, view: ViewSelector, helper: pg.Pool | null): Promise<SearchHit[]> {
  const pks = page.map((p) => p.pk);
  const rows = await client.query<CableRow>(
    'SELECT pk, id, created, origin, classification, subject, subject_marking, caveats, declassify_on FROM cables WHERE pk = ANY($1::int[])',
    [pks],
  );
  const byPk = new Map(rows.rows.map((r) => [r.pk, r]));
  const snippets = tsq === null ? await browseSnippets(client, pks, view) : await snippetsOnTwo(client, helper, pks, tsq, view);
  return page.flatMap(({ pk, score }) => {
    const row = byPk.get(pk);
    if (!row) return [];
    return [searchHit(row, Number(score), snippets.get(pk) ?? '')];
  });
}

/**
 * matchSnippets for half the page on a second connection, when one is free: ts_headline parses each
 * text whole, on one core per connection, and a page of long cables took 50-90 ms on one. A
 * cable's text under its pk never changes (a new version gets a new pk), so the helper, outside
 * the search's snapshot, reads what the snapshot holds (or nothing, for a cable removed since:
 * then no snippet).
 */
async function snippetsOnTwo(client: pg.PoolClient, helper: pg.Pool | null, pks: number[], tsq: string, view: ViewSelector): Promise<Map<number, string>> {
  if (!helper || pks.length < 2 || (helper.idleCount === 0 && helper.totalCount >= HELPERS)) return matchSnippets(client, pks, tsq, view);
  const [mine, theirs] = [pks.filter((_, i) => i % 2 === 0), pks.filter((_, i) => i % 2 === 1)];
  const other = (async () => {
    const second = await helper.connect();
    try {
      return await matchSnippets(second, theirs, tsq, view);
    } finally {
      second.release();
    }
  })();
  const [a, b] = await Promise.all([matchSnippets(client, mine, tsq, view), other]);
  for (const [pk, snippet] of b) a.set(pk, snippet);
  return a;
}

async function matchSnippets(client: pg.PoolClient, pks: number[], tsq: string, view: ViewSelector): Promise<Map<number, string>> {
  // The subject leads, as SQLite's snippet may take it from the subject column. Words written with
  // accents match but are not highlighted: the text is read as written, the index without accents.
  // ts_headline parses the whole text (~5 MB/s): a page of long cables took 100+ ms. With a query of
  // one word, every cover is that one word and the first wins, so the fragment is the first match
  // stretched to SNIPPET_WORDS words: the start of the text, up to a line break past PREFIX_CHARS,
  // gives the same fragment when the match lies in it with enough words after (prefixFragment).
  const source = `SELECT cable_pk AS pk, numnode(${TSQ}) = 1 AS one, p, length(p) = length(t) AS whole,
      ts_headline('${TEXT_CONFIG}', CASE WHEN numnode(${TSQ}) = 1 THEN p ELSE t END, ${TSQ}, $2) AS s
    FROM (SELECT cable_pk, t, CASE WHEN strpos(substr(t, ${PREFIX_CHARS}), E'\n') = 0 THEN t
        ELSE left(t, ${PREFIX_CHARS - 1} + strpos(substr(t, ${PREFIX_CHARS}), E'\n')) END AS p
      FROM (SELECT cable_pk, subject || E'\n\n' || body AS t FROM cable_text WHERE cable_pk = ANY($3::int[]) AND ${visibleSql(view)}) AS a) AS b`;
  const rows = await client.query<{ pk: number; one: boolean; p: string; whole: boolean; s: string }>(source, [tsq, HEADLINE, pks]);
  const out = new Map<number, string>();
  const again: number[] = [];
  for (const r of rows.rows) {
    if (!r.one || r.whole || prefixFragment(r.p, r.s)) out.set(r.pk, r.s);
    else again.push(r.pk);
  }
  if (again.length > 0) {
    const full = `SELECT cable_pk AS pk, ts_headline('${TEXT_CONFIG}', subject || E'\n\n' || body, ${TSQ}, $2) AS s
      FROM cable_text WHERE cable_pk = ANY($3::int[]) AND ${visibleSql(view)}`;
    for (const r of (await client.query<{ pk: number; s: string }>(full, [tsq, HEADLINE, again])).rows) out.set(r.pk, r.s);
  }
  return out;
}

/**
 * Whether the headline of a one-word query on the start `prefix` of a text is the headline of the
 * whole text: it must hold the match, and the text after the fragment at least SNIPPET_WORDS words,
 * so that stretching the fragment forward stopped at its length, not at the end of the prefix
 * (each blank-separated run with a letter or digit holds at least one of the parser's words; the
 * fragment is found in the prefix as written, else the answer is no). Only the parser's tags (<...>)
 * span blanks, and a tag cut by the end of the prefix would be read otherwise: a prefix with a < is
 * never trusted.
 */
function prefixFragment(prefix: string, headline: string): boolean {
  if (!headline.includes(MARK_OPEN) || prefix.includes('<')) return false;
  const fragment = headline.split(MARK_OPEN).join('').split(MARK_CLOSE).join('');
  const at = prefix.indexOf(fragment);
  if (fragment.length === 0 || at < 0) return false;
  let words = 0;
  for (const run of prefix.slice(at + fragment.length).split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(run) && ++words >= SNIPPET_WORDS) return true;
  }
  return false;
}

/** Without a query there is nothing to highlight: the snippet is the start of the visible body. */
async function browseSnippets(client: pg.PoolClient, pks: number[], view: ViewSelector): Promise<Map<number, string>> {
  const source = `SELECT cable_pk AS pk, substr(body, 1, ${BROWSE_SNIPPET_CHARS + 1}) AS raw FROM cable_text
    WHERE cable_pk = ANY($1::int[]) AND ${visibleSql(view)}`;
  const rows = await client.query<{ pk: number; raw: string }>(source, [pks]);
  // Judged on the raw text, as SQLite's: a word cut without "…" would read as a different word.
  return new Map(
    rows.rows.map((r) => {
      const body = r.raw.slice(0, BROWSE_SNIPPET_CHARS).replace(/\s+/g, ' ').trim();
      return [r.pk, r.raw.length > BROWSE_SNIPPET_CHARS ? `${body}…` : body];
    }),
  );
}
