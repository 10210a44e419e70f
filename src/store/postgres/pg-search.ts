// Search over the PostgreSQL store, as sqlite/sqlite-search.ts does it over SQLite: the query
// matched on the reader's text view of each cable from the store's postings (pg-rank.ts; views
// without postings through the GIN index on them), ranked by bm25 as SQLite's bm25 ranks, the
// subject weighted four times the body; snippets with highlight offsets made as SQLite makes them
// (pg-snippets.ts), and filters and facets from the in-memory facet columns. One REPEATABLE READ
// transaction, so every part sees one snapshot.
import type pg from 'pg';
import type { ViewSelector } from '../../access/reader-class.js';
import type { SearchHit, SearchResult } from '../cable-store.js';
import { facetCounts, filterPks, hasFilters, newestPks } from '../facet-index.js';
import type { SearchQuery } from '../search-query.js';
import type { SearchRequest } from '../search-request.js';
import { MARK_CLOSE, MARK_OPEN } from '../sqlite/snippet.js';
import { FULL_VIEW } from '../sqlite/text-rowid.js';
import { inTransaction } from './pg-connection.js';
import { type PgFacetCache, visibleSql } from './pg-facets.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { matchPostings, type PageEntry, PostingReader, rankPage, type UnpostedRow, unpostedCountsSql, wordQueries } from './pg-rank.js';
import { queryShape, toTsquery } from './pg-text.js';
import { cacheBytesFromEnv, PostingCache } from './pg-posting-cache.js';
import { type PageText, PageSnippets } from './pg-snippets.js';
import { type SearchCableRow as CableRow, searchHit } from '../cable-rows.js';

const SNIPPET_WORDS = 24;
const BROWSE_SNIPPET_CHARS = 200;
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

  /** Rows of search_postings decoded by earlier searches (pg-posting-cache.ts). */
  private readonly postings = new PostingCache(cacheBytesFromEnv());

  /** The FTS5 index in memory snippets are made with (pg-snippets.ts). */
  private readonly pages = new PageSnippets();

  async close(): Promise<void> {
    this.pages.close();
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
      return { total: pks.length, hits: await this.hits(client, page, null, view), facets: facetCounts(pks, chunks, names) };
    }
    const shape = queryShape(request.query);
    const reader = new PostingReader(client, this.postings);
    const masks = this.facets.visibleMasks(view);
    const unposted = await unpostedMatches(client, tsq, view, wordQueries(shape.terms.slice(0, shape.positive)));
    const keep = hasFilters(request) ? (candidates: number[]) => filterPks(request, candidates, chunks, names) : undefined;
    const matches = await matchPostings(reader, client, { shape, masks, exact: tsq, visible: visibleSql(view), unposted, keep });
    const pks = hasFilters(request) ? filterPks(request, matches.pks, chunks, names) : matches.pks;
    if (pks.length === 0) return { total: 0, hits: [], facets: facetCounts([], chunks, names) };
    const page = await rankPage(reader, shape, matches, pks, request.limit);
    return { total: pks.length, hits: await this.hits(client, page, { tsq, query: request.query }, view), facets: facetCounts(pks, chunks, names) };
  }

  private async hits(client: pg.PoolClient, page: PageEntry[], match: { tsq: string; query: SearchQuery } | null, view: ViewSelector): Promise<SearchHit[]> {
    const pks = page.map((p) => p.pk);
    const rows = await client.query<CableRow>(
      'SELECT pk, id, created, origin, classification, subject, subject_marking, caveats, declassify_on FROM cables WHERE pk = ANY($1::int[])',
      [pks],
    );
    const byPk = new Map(rows.rows.map((r) => [r.pk, r]));
    const snippets = match === null ? await browseSnippets(client, pks, view) : await this.matchSnippets(client, pks, match, view);
    return page.flatMap(({ pk, score }) => {
      const row = byPk.get(pk);
      if (!row) return [];
      return [searchHit(row, Number(score), snippets.get(pk) ?? '')];
    });
  }

  /** The page's snippets as the SQLite store makes them (pg-snippets.ts), from the text view the reader sees. */
  private async matchSnippets(client: pg.PoolClient, pks: number[], match: { tsq: string; query: SearchQuery }, view: ViewSelector): Promise<Map<number, string>> {
    const texts = await client.query<PageText>(`SELECT cable_pk AS pk, subject, body FROM cable_text WHERE cable_pk = ANY($1::int[]) AND ${visibleSql(view)}`, [pks]);
    const out = this.pages.snippets(texts.rows, match.query);
    const missing = texts.rows.map((t) => t.pk).filter((pk) => !out.has(pk));
    if (missing.length > 0) for (const [pk, s] of await headlines(client, missing, match.tsq, view)) out.set(pk, s);
    return out;
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

/**
 * Snippets a page's FTS5 index did not make (a text FTS5 reads with another stem): ts_headline's
 * fragment of the whole text. The subject leads, as the SQLite store's snippet may take it from the
 * subject column. Words written with accents match but are not highlighted: the text is read as
 * written, the index without accents.
 */
async function headlines(client: pg.PoolClient, pks: number[], tsq: string, view: ViewSelector): Promise<Map<number, string>> {
  const source = `SELECT cable_pk AS pk, ts_headline('${TEXT_CONFIG}', subject || E'\n\n' || body, ${TSQ}, $2) AS s
    FROM cable_text WHERE cable_pk = ANY($3::int[]) AND ${visibleSql(view)}`;
  const rows = await client.query<{ pk: number; s: string }>(source, [tsq, HEADLINE, pks]);
  return new Map(rows.rows.map((r) => [r.pk, r.s]));
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
