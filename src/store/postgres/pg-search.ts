// Search over the PostgreSQL store, as sqlite/sqlite-search.ts does it over SQLite: the query as a
// tsquery (pg-text.ts) on the reader's text view of each cable through the GIN index, ts_rank_cd
// with the subject weighted four times the body (as SQLite's bm25 weights 4.0 and 1.0), ts_headline
// snippets with highlight offsets, and filters and facets from the in-memory facet columns.
// One REPEATABLE READ transaction, so every part sees one snapshot.
import type pg from 'pg';
import type { ViewSelector } from '../../access/reader-class.js';
import type { SearchHit, SearchResult } from '../cable-store.js';
import { facetCounts, filterPks, hasFilters, newestPks } from '../facet-index.js';
import { parseIntList } from '../int-list.js';
import type { SearchRequest } from '../search-request.js';
import { MARK_CLOSE, MARK_OPEN } from '../sqlite/snippet.js';
import { FULL_VIEW } from '../sqlite/text-rowid.js';
import { inTransaction } from './pg-connection.js';
import { type PgFacetCache, visibleSql } from './pg-facets.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { toTsquery } from './pg-text.js';
import { type SearchCableRow as CableRow, searchHit } from '../cable-rows.js';

const SNIPPET_WORDS = 24;
const BROWSE_SNIPPET_CHARS = 200;
/** How much of a text a one-word query's snippet is first made from (matchSnippets). */
const PREFIX_CHARS = 4000;
/** ts_rank_cd weights for D, C, B (body), A (subject). */
const WEIGHTS = '{0, 0, 0.25, 1}';
const TSQ = `to_tsquery('${TEXT_CONFIG}', $1)`;
export const HEADLINE = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, MaxFragments=1, FragmentDelimiter=" … "`;


type PageEntry = { pk: number; score: number };

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

  search(request: SearchRequest, view: ViewSelector = FULL_VIEW): Promise<SearchResult> {
    return inTransaction(this.pool, (client) => this.run(client, request, view), SEARCH_BEGIN);
  }

  private async run(client: pg.PoolClient, request: SearchRequest, view: ViewSelector): Promise<SearchResult> {
    await this.facets.refresh(client);
    const { chunks, names } = this.facets;
    const tsq = request.query ? toTsquery(request.query) : null;
    if (request.query && tsq === null) return { total: 0, hits: [], facets: facetCounts([], chunks, names) };
    const filtered = hasFilters(request);
    // A browse lists only cables the reader can read some text of (as SQLite's does).
    // Without filters, one scan of the matches gives both their list and the ranked page.
    const both = tsq !== null && !filtered ? await matchAndRank(client, tsq, view, request.limit) : null;
    const matched = both?.pks ?? (tsq === null ? this.facets.visiblePks(view) : await matchPks(client, tsq, view));
    const pks = filtered || tsq === null ? filterPks(request, matched, chunks, names) : matched;
    if (pks.length === 0) return { total: 0, hits: [], facets: facetCounts([], chunks, names) };
    const page: PageEntry[] =
      both?.page ??
      (tsq === null
        ? newestPks(pks, chunks, request.limit).map((pk) => ({ pk, score: 0 }))
        : await rankedPage(client, tsq, pks, view, request.limit));
    return { total: pks.length, hits: await hits(client, page, tsq, view), facets: facetCounts(pks, chunks, names) };
  }
}

/** All matching cable pks as one comma-separated string: far cheaper than a row per hit. */
async function matchPks(client: pg.PoolClient, tsq: string, view: ViewSelector): Promise<number[]> {
  const source = `SELECT string_agg(cable_pk::text, ',') AS list FROM cable_search WHERE tsv @@ ${TSQ} AND ${visibleSql(view)}`;
  const list = (await client.query<{ list: string | null }>(source, [tsq])).rows[0]?.list;
  return parseIntList(list);
}

/**
 * matchPks and rankedPage in one statement: the matching rows are read once into a CTE (their
 * vectors stay out of line until ranked), where the two statements each scanned them.
 */
async function matchAndRank(client: pg.PoolClient, tsq: string, view: ViewSelector, limit: number): Promise<{ pks: number[]; page: PageEntry[] }> {
  const source = `WITH m AS MATERIALIZED (SELECT cable_pk, tsv FROM cable_search WHERE tsv @@ ${TSQ} AND ${visibleSql(view)})
    SELECT (SELECT string_agg(cable_pk::text, ',') FROM m) AS list,
      (SELECT json_agg(json_build_array(pk, score) ORDER BY score DESC, pk DESC) FROM (SELECT cable_pk AS pk, ts_rank_cd('${WEIGHTS}', tsv, ${TSQ}, 1) AS score
        FROM m ORDER BY score DESC, cable_pk DESC LIMIT $2) AS t) AS page`;
  const row = (await client.query<{ list: string | null; page: Array<[number, number]> | null }>(source, [tsq, limit])).rows[0];
  return {
    pks: parseIntList(row?.list),
    page: (row?.page ?? []).map(([pk, score]) => ({ pk, score })),
  };
}

/**
 * The best `limit` of the matching cables `only` (those that pass the filters), ties newest-stored
 * first as in SQLite. They are found by pk, not matched again: each is one visible row that matched.
 */
async function rankedPage(client: pg.PoolClient, tsq: string, only: number[], view: ViewSelector, limit: number): Promise<PageEntry[]> {
  const source = `SELECT cable_pk AS pk, ts_rank_cd('${WEIGHTS}', tsv, ${TSQ}, 1) AS score FROM cable_search
    WHERE cable_pk = ANY($3::int[]) AND ${visibleSql(view)} ORDER BY score DESC, cable_pk DESC LIMIT $2`;
  return (await client.query<PageEntry>(source, [tsq, limit, only])).rows;
}

async function hits(client: pg.PoolClient, page: PageEntry[], tsq: string | null, view: ViewSelector): Promise<SearchHit[]> {
  const pks = page.map((p) => p.pk);
  const rows = await client.query<CableRow>(
    'SELECT pk, id, created, origin, classification, subject, subject_marking, caveats, declassify_on FROM cables WHERE pk = ANY($1::int[])',
    [pks],
  );
  const byPk = new Map(rows.rows.map((r) => [r.pk, r]));
  const snippets = tsq === null ? await browseSnippets(client, pks, view) : await matchSnippets(client, pks, tsq, view);
  return page.flatMap(({ pk, score }) => {
    const row = byPk.get(pk);
    if (!row) return [];
    return [searchHit(row, Number(score), snippets.get(pk) ?? '')];
  });
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
