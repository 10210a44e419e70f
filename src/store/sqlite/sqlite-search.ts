// Search over the SQLite store: FTS5 MATCH on the visible text view of each cable (see
// text-views.ts), bm25 ranking with the subject weighted above the body, snippets with highlight
// offsets. Filters and facet counts run on the facet columns (facet-columns.ts) in typed arrays:
// row-at-a-time joins over 29,000 hits took 130-450 ms per facet on a 100,000-cable store.
// Runs on better-sqlite3 directly, in one read transaction, so every part sees one snapshot.
import type Sqlite from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../cable-store.js';
import type { ViewSelector } from '../../access/reader-class.js';
import type { SearchQuery } from '../search-query.js';
import type { SearchRequest } from '../search-request.js';
import { hasFilters } from '../facet-index.js';
import { FacetReader } from './facet-store.js';
import { toFts5 } from './fts-expression.js';
import { MARK_CLOSE, MARK_OPEN } from './snippet.js';
import { FULL_VIEW, PK_SHIFT, textRowidRange, visibleViewSql } from './text-rowid.js';
import { parseIntList } from '../int-list.js';
import { ViewList } from './view-list.js';
import { FTS_VERSION_SQL, type SearchThread } from './search-thread.js';
import type { SearchJob } from './search-worker.js';
import { type SearchCableRow as CableRow, searchHit } from '../cable-rows.js';

const SNIPPET_TOKENS = 24;
const BROWSE_SNIPPET_CHARS = 200;
/** A prefix query's page whose texts pass this many bytes gets its snippets from the whole table (matchSnippets). */
const PAGE_INDEX_BYTES = 512 * 1024;


/** rid is the text row's rowid as decimal text: rowids pass 2^53 (see text-rowid.ts). */
type PageEntry = { pk: number; rid: string | null; score: number };

/** Text rowids from `from` (inclusive) to `to` (exclusive), decimal text; null is no bound. */
type RowidRange = { from: string | null; to: string | null };
type Ranked = { pks: number[]; page: PageEntry[] };

export class SqliteSearcher {
  private readonly statements = new Map<string, Sqlite.Statement>();
  private readonly facets: FacetReader;
  private readonly views: ViewList;
  private readonly run: (request: SearchRequest, view: ViewSelector) => SearchResult;
  /** The full-text index's version as this search's transaction reads it (search-thread.ts). */
  private version: string | null = null;
  /** Whether the temporary tables for a prefix query's snippets exist (pageIndex); null before it is asked. */
  private pageIndexReady: boolean | null = null;

  /**
   * `generation` counts the store's own writes, so that cached facet chunks are dropped after one.
   * `thread`, when given, ranks half of each broad match and makes half of a page's snippets.
   */
  constructor(
    private readonly db: Sqlite.Database,
    generation: () => number = () => 0,
    private readonly thread: SearchThread | null = null,
  ) {
    this.facets = new FacetReader(db, generation);
    this.views = new ViewList(db, generation);
    const tx = db.transaction((request: SearchRequest, view: ViewSelector) => this.search(request, view));
    this.run = (request, view) => tx.deferred(request, view);
  }

  /** Search as a reader in this view sees the archive: only text of the view counts (text-views.ts). */
  searchAt(request: SearchRequest, view: ViewSelector = FULL_VIEW): SearchResult {
    return this.run(request, view);
  }

  /** Ends the helper thread. */
  async close(): Promise<void> {
    await this.thread?.close();
  }

  private search(request: SearchRequest, view: ViewSelector): SearchResult {
    this.version = null;
    const match = request.query ? toFts5(request.query) : null;
    const filtered = hasFilters(request);
    // Without filters every match is a hit: one statement can list them and rank the page (see
    // matchRanked). A lone word lists them and ranks them in two statements, the ranking of part
    // of them on the helper thread meanwhile (when there is one).
    let ranked: Ranked | null = null;
    let matched: number[];
    // Each statement with a prefix term merges the lists of all its words first: halves would pay it twice.
    const prefix = request.query !== null && hasPrefix(request.query);
    const halves = request.query !== null && !prefix;
    // Set when the matches listed are already the filtered ones (a prefix term with filters).
    let prefiltered = false;
    if (match === null) {
      // A browse lists only cables the reader can read some text of, so that a cable invisible to
      // the reader is not even counted.
      matched = this.views.visiblePks(view);
    } else if (filtered && prefix) {
      // One statement lists the filtered matches and ranks them (see filterMask), where listing the
      // matches, then ranking the filtered ones merged the prefix's lists three times (the ranking's
      // IDF once more).
      const mask = this.filterMask(request);
      ranked = mask === null ? { pks: [], page: [] } : parseRanked(this.runJob(this.matchRankedJob(match, view, request.limit, null, mask)));
      matched = ranked.pks;
      prefiltered = true;
    } else if (filtered) {
      // Listing has no IDF to compute twice: the halves cost no more than the whole (without a prefix term).
      matched = this.split(halves ? 0.5 : 0, (range) => this.matchPksJob(match, view, range), parsePks, 0).pks;
    } else if (request.query !== null && !singleWord(request.query)) {
      ranked = this.split(halves ? 0.5 : 0, (range) => this.matchRankedJob(match, view, request.limit, range), parseRanked, request.limit);
      matched = ranked.pks;
    } else {
      // The thread's share is larger: this thread lists the matches too (about a fifth of the work).
      const page = this.split(0.6, (range) => this.rankedPageJob(match, null, view, request.limit, range), parsePage, request.limit, () => {
        matched = this.matchPks(match, view);
      });
      ranked = { pks: matched!, page: page.page };
      matched = ranked.pks;
    }
    // Few text hits: load only their chunks; a browse or a broad match needs (nearly) all of them.
    const chunks = this.facets.chunks(match !== null && matched.length < 2000 && !prefiltered ? matched : null);
    const pks = (filtered && !prefiltered) || match === null ? this.facets.filter(request, matched, chunks) : matched;
    if (pks.length === 0) return { total: 0, hits: [], facets: this.facets.counts([], chunks) };
    const page: PageEntry[] =
      match === null
        ? this.facets.newest(pks, chunks, request.limit).map((pk) => ({ pk, rid: null, score: 0 }))
        : (ranked?.page ?? this.rankedPageOf(match, pks, view, request.limit, halves));
    const snippets = match === null || request.query === null ? () => null : this.pageSnippets(match, page, hasPrefix(request.query));
    const facets = this.facets.counts(pks, chunks);
    return { total: pks.length, hits: this.hits(page, match, view, snippets()), facets };
  }

  /**
   * Runs a ranking statement over the whole match, or in two rowid ranges at once when there is a
   * helper thread to spare (and `share` is not 0): the lower range (`share` of the pks) there, the upper one here (after `alsoHere`),
   * and merges the two. bm25 scores a row alike in either statement (its IDF and average length
   * are the table's), so the merged page is the one statement's: best rank first, then higher rowid.
   */
  private split(share: number, job: (range: RowidRange | null) => SearchJob, parse: (rows: unknown[]) => Ranked, limit: number, alsoHere?: () => void): Ranked {
    const [lower, upper] = this.halves(share) ?? [null, null];
    if (lower === null || upper === null) {
      alsoHere?.();
      return parse(this.runJob(job(null)));
    }
    const theirs = this.offload([job(lower)]);
    alsoHere?.();
    const mine = parse(this.runJob(job(upper)));
    const other = parse(theirs()[0] as unknown[]);
    return { pks: other.pks.concat(mine.pks), page: mergePages(other.page, mine.page, limit) };
  }

  /** The rowid ranges below and from the pk at `share` of the largest; null without a thread to spare (or share 0). */
  private halves(share: number): [RowidRange, RowidRange] | null {
    if (share <= 0 || this.thread === null || !this.thread.spare) return null;
    const max = this.statement('SELECT max(pk) FROM cables').pluck().get() as number | null;
    if (max === null || max < 2) return null;
    const mid = String(BigInt(Math.max(1, Math.floor(max * share))) << BigInt(PK_SHIFT));
    return [
      { from: null, to: mid },
      { from: mid, to: null },
    ];
  }

  /** The jobs' rows from the helper thread when it read this transaction's full text, else run here. */
  private offload(jobs: SearchJob[]): () => unknown[][] {
    const pending = this.thread?.submit(jobs) ?? null;
    return () => {
      const reply = pending?.wait() ?? null;
      if (reply !== null && reply.version === this.ftsVersion()) return reply.rows;
      return jobs.map((j) => this.runJob(j));
    };
  }

  private runJob(job: SearchJob): unknown[] {
    return this.statement(job.sql).all(...job.params);
  }

  private ftsVersion(): string {
    this.version ??= this.statement(FTS_VERSION_SQL).pluck().get() as string;
    return this.version;
  }

  private statement(source: string): Sqlite.Statement {
    let s = this.statements.get(source);
    if (!s) this.statements.set(source, (s = this.db.prepare(source)));
    return s;
  }

  /** All matching cable pks, fetched as one comma-separated string: far cheaper than a row per hit. */
  private matchPksJob(match: string, view: ViewSelector, range: RowidRange | null): SearchJob {
    const [bounds, params] = rangeSql(range);
    const sql = `SELECT group_concat(rowid >> ${PK_SHIFT}) AS pks FROM cable_text
      WHERE cable_text MATCH ? AND ${visibleViewSql('rowid', view)}${bounds}`;
    return { sql, params: [match, ...params] };
  }

  private matchPks(match: string, view: ViewSelector): number[] {
    const source = `SELECT group_concat(rowid >> ${PK_SHIFT}) FROM cable_text
      WHERE cable_text MATCH ? AND ${visibleViewSql('rowid', view)}`;
    return parseIntList(this.statement(source).pluck().get(match) as string | null);
  }

  /**
   * Every match (its pk, as matchPks lists them) and the best `limit` of them, from one statement:
   * the match runs once, where matchPks and rankedPage run it twice; the matches and their scores
   * are kept in a temporary table instead. That pays when matching costs more per hit than a row of
   * that table, as it does for several terms or a phrase (the ANDed lists are walked side by side,
   * positions compared): on the 250,000-cable store "end-use check" 113 -> 81 ms CPU, "Proliferation
   * Security Initiative" 105 -> 65, "ambassador met minister" 127 -> 102. A single word's list is
   * read about as fast as the table is written ("iran", 84,000 hits: 106 -> 146), so a lone word
   * keeps the two statements. The page's rows come first, then one row with the list of pks.
   */
  private matchRankedJob(match: string, view: ViewSelector, limit: number, range: RowidRange | null, mask?: Buffer): SearchJob {
    const [bounds, params] = rangeSql(range);
    // With a mask (filterMask), only the cables it marks: the test comes before bm25 is computed.
    const only = mask === undefined ? '' : ` AND substr(?, (rowid >> ${PK_SHIFT}) + 1, 1) = x'01'`;
    const sql = `WITH m AS MATERIALIZED (SELECT rowid AS r, bm25(cable_text, 4.0, 1.0) AS rank FROM cable_text
        WHERE cable_text MATCH ? AND ${visibleViewSql('rowid', view)}${bounds}${only})
      SELECT * FROM (SELECT r >> ${PK_SHIFT} AS pk, CAST(r AS TEXT) AS rid, rank, NULL AS pks FROM m ORDER BY rank, r DESC LIMIT ?)
      UNION ALL SELECT NULL, NULL, NULL, group_concat(r >> ${PK_SHIFT}) FROM m`;
    return { sql, params: mask === undefined ? [match, ...params, limit] : [match, ...params, mask, limit] };
  }

  /**
   * A byte per pk, 1 for each stored cable that passes the request's filters (null when none does),
   * so that the statement matching the text keeps only those: filtered from the facet columns of
   * every cable (about 2 ms for 100,000, the chunks kept between searches) rather than of the
   * matches, which takes a statement of its own to list first. The byte is read with substr, which
   * seeks into a blob, one call per match.
   */
  private filterMask(request: SearchRequest): Buffer | null {
    const passing = this.facets.filter(request, null, this.facets.chunks(null));
    if (passing.length === 0) return null;
    let max = 0;
    for (const pk of passing) if (pk > max) max = pk;
    const mask = Buffer.alloc(max + 1);
    for (const pk of passing) mask[pk] = 1;
    return mask;
  }

  /** The best `limit` hits among `only` (the filtered hits), in two halves at once when there is a helper thread. */
  private rankedPageOf(match: string, only: number[], view: ViewSelector, limit: number, halves: boolean): PageEntry[] {
    const job = (range: RowidRange | null) => {
      // Each half is restricted to its own pks: the IN list is built once per statement.
      const lo = range?.from == null ? -1 : Number(BigInt(range.from) >> BigInt(PK_SHIFT));
      const hi = range?.to == null ? Number.POSITIVE_INFINITY : Number(BigInt(range.to) >> BigInt(PK_SHIFT));
      return this.rankedPageJob(match, range === null ? only : only.filter((pk) => pk >= lo && pk < hi), view, limit, range);
    };
    // A handful of hits is ranked here: the thread's round trip and a second IDF cost more.
    return this.split(halves && only.length >= 2000 ? 0.5 : 0, job, parsePage, limit).page;
  }

  /** The best `limit` hits (among `only` when filters apply); bm25 is negative, lower is better. */
  private rankedPageJob(match: string, only: number[] | null, view: ViewSelector, limit: number, range: RowidRange | null): SearchJob {
    const restrict = only === null ? '' : `AND (rowid >> ${PK_SHIFT}) IN (SELECT value FROM json_each(?))`;
    const [bounds, rangeParams] = rangeSql(range);
    const sql = `SELECT rowid >> ${PK_SHIFT} AS pk, CAST(rowid AS TEXT) AS rid, bm25(cable_text, 4.0, 1.0) AS rank FROM cable_text
      WHERE cable_text MATCH ? AND ${visibleViewSql('rowid', view)} ${restrict}${bounds} ORDER BY rank, rowid DESC LIMIT ?`;
    const params = only === null ? [match, ...rangeParams, limit] : [match, JSON.stringify(only), ...rangeParams, limit];
    return { sql, params };
  }

  /**
   * The page's snippets by rid, made when the result is read: with a prefix term in one statement
   * (matchSnippets); else, with a helper thread to spare, every other one there while this thread
   * counts facets and makes the rest; else null (hits makes them one by one).
   */
  private pageSnippets(match: string, page: PageEntry[], prefix: boolean): () => Map<string, string> | null {
    if (prefix) {
      const snippets = this.matchSnippets(match, page);
      return () => snippets;
    }
    const rids = page.flatMap((p) => (p.rid === null ? [] : [p.rid]));
    // Gated like the ranking's halves: on a busy machine waiting for the other thread to be scheduled costs more than it saves.
    if (rids.length < 2 || this.thread === null || !this.thread.spare) return () => null;
    const theirs = rids.filter((_, i) => i % 2 === 1);
    const pending = this.offload(theirs.map((rid) => this.matchSnippetJob(match, rid)));
    return () => {
      const out = new Map<string, string>();
      rids.forEach((rid, i) => {
        if (i % 2 === 0) out.set(rid, this.matchSnippet(match, rid));
      });
      pending().forEach((rows, i) => out.set(theirs[i] as string, snippetOf(rows, theirs[i] as string)));
      return out;
    };
  }

  /** `snippets` holds the page's snippets by rid when they were made in one statement (matchSnippets). */
  private hits(page: PageEntry[], match: string | null, view: ViewSelector, snippets: Map<string, string> | null): SearchHit[] {
    const getCable = this.statement(
      'SELECT pk, id, created, origin, classification, subject, subject_marking, caveats, declassify_on FROM cables WHERE pk = ?',
    );
    return page.map(({ pk, rid, score }) => {
      const row = getCable.get(pk) as CableRow;
      const snippet =
        rid === null ? this.browseSnippet(pk, view) : snippets ? (snippets.get(rid) ?? '') : this.matchSnippet(match as string, rid);
      return searchHit(row, score, snippet);
    });
  }

  private matchSnippet(match: string, rid: string): string {
    return snippetOf(this.runJob(this.matchSnippetJob(match, rid)), rid);
  }

  private matchSnippetJob(match: string, rid: string): SearchJob {
    // CAST matters (here and wherever a rowid is bound): better-sqlite3 binds JS numbers as REAL;
    // FTS5 then drops the rowid constraint (with MATCH it returns every matching row) or scans.
    const sql = `SELECT CAST(rowid AS TEXT) AS rid, snippet(cable_text, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS s
      FROM cable_text WHERE cable_text MATCH ? AND rowid = CAST(? AS INTEGER)`;
    return { sql, params: [MARK_OPEN, MARK_CLOSE, match, rid] };
  }

  /**
   * The snippets of the whole page with a prefix term. Each statement with a prefix term merges the
   * lists of every indexed word with that prefix before it can seek to a row (5-10 ms for election*
   * on a 100,000-cable store, half a second for e*), so the page's texts are copied into a full-text
   * table of their own (pageIndex) and the match runs there, over a handful of rows: same texts,
   * tokenizer and expression, so the same instances and snippets, as snippet() reads nothing beyond
   * the row (no table-wide figure). Without that table (it could not be made), one statement over
   * the table's rowid range the page spans, as before.
   */
  private matchSnippets(match: string, page: PageEntry[]): Map<string, string> {
    const rids = page.flatMap((p) => (p.rid === null ? [] : [BigInt(p.rid)]));
    const out = new Map<string, string>();
    if (rids.length === 0) return out;
    const list = `[${rids.join(',')}]`;
    let rows: Array<{ rid: string; s: string }> | null = this.pageIndex() ? this.pageSnippetRows(match, list) : null;
    if (rows === null) {
      // The match runs once over the range; snippet() only on the page's rows, which the IN keeps
      // (its + keeps it out of the full-text lookup, which would run the match once per rowid).
      const first = rids.reduce((a, b) => (b < a ? b : a));
      const last = rids.reduce((a, b) => (b > a ? b : a));
      const source = `SELECT CAST(rowid AS TEXT) AS rid, snippet(cable_text, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS s FROM cable_text
        WHERE cable_text MATCH ? AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER) AND +rowid IN (SELECT value FROM json_each(?))`;
      rows = this.statement(source).all(MARK_OPEN, MARK_CLOSE, match, String(first), String(last), list) as Array<{ rid: string; s: string }>;
    }
    for (const r of rows) out.set(r.rid, r.s);
    return out;
  }

  /**
   * The snippets of the rows listed (JSON) from a copy of their texts (matchSnippets); null when that
   * failed or the texts are too long to be worth it: indexing them costs about 30 ms a megabyte, and
   * a large page (a limit of 1,000, 6 MB for ele*) cost more so than the merge it saves (ele* on a
   * 100,000-cable store: 180 ms for the snippets the other way, 350 from the copy).
   */
  private pageSnippetRows(match: string, list: string): Array<{ rid: string; s: string }> | null {
    const clear = () => {
      this.statement('DELETE FROM temp.search_page').run();
      this.statement(`INSERT INTO temp.search_page_text (search_page_text) VALUES ('delete-all')`).run();
    };
    try {
      clear();
      this.statement(`INSERT INTO temp.search_page (rowid, subject, body)
        SELECT rowid, subject, body FROM cable_text WHERE rowid IN (SELECT value FROM json_each(?))`).run(list);
      const bytes = this.statement('SELECT total(octet_length(subject)) + total(octet_length(body)) FROM temp.search_page').pluck().get() as number;
      if (bytes > PAGE_INDEX_BYTES) {
        clear();
        return null;
      }
      this.statement(`INSERT INTO temp.search_page_text (search_page_text) VALUES ('rebuild')`).run();
      const rows = this.statement(`SELECT CAST(rowid AS TEXT) AS rid, snippet(search_page_text, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS s
        FROM temp.search_page_text WHERE search_page_text MATCH ?`).all(MARK_OPEN, MARK_CLOSE, match) as Array<{ rid: string; s: string }>;
      // The texts are not kept past the search.
      clear();
      return rows;
    } catch {
      // matchSnippets then makes them the other way (an error it meets too is raised there).
      return null;
    }
  }

  /**
   * Makes, once per connection, the temporary tables a page's texts are copied into for its
   * snippets: search_page holds the texts, search_page_text is a full-text index over it (external
   * content, so that 'rebuild' replaces the whole index from the texts without reading the old
   * ones), declared with cable_text's own columns and tokenizer. False when they cannot be made.
   */
  private pageIndex(): boolean {
    if (this.pageIndexReady !== null) return this.pageIndexReady;
    try {
      const definition = this.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'cable_text'").pluck().get() as string | undefined;
      const args = /USING\s+fts5\s*\(([\s\S]*)\)\s*$/i.exec(definition ?? '')?.[1];
      if (args === undefined) return (this.pageIndexReady = false);
      this.db.exec(`CREATE TABLE IF NOT EXISTS temp.search_page (rowid INTEGER PRIMARY KEY, subject, body);
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_page_text USING fts5(${args}, content = 'search_page');`);
      this.pageIndexReady = true;
    } catch {
      this.pageIndexReady = false;
    }
    return this.pageIndexReady;
  }

  /** Without a query there is nothing to highlight: the snippet is the start of the visible body. */
  private browseSnippet(pk: number, view: ViewSelector): string {
    const [first, last] = textRowidRange(pk);
    const source = `SELECT substr(body, 1, ${BROWSE_SNIPPET_CHARS + 1}) FROM cable_text
      WHERE rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER) AND ${visibleViewSql('rowid', view)}`;
    const raw = (this.statement(source).pluck().get(first, last) as string | undefined) ?? '';
    // Judged on the raw text: collapsing its spaces can bring a cut-off body under the limit, and a
    // word cut without "…" would read as a different word.
    const body = raw.slice(0, BROWSE_SNIPPET_CHARS).replace(/\s+/g, ' ').trim();
    return raw.length > BROWSE_SNIPPET_CHARS ? `${body}…` : body;
  }
}

function snippetOf(rows: unknown[], rid: string): string {
  return (rows as Array<{ rid: string; s: string }>).find((r) => r.rid === rid)?.s ?? '';
}

/** A range's SQL condition on the FTS rowid (with a leading AND) and its parameters. */
function rangeSql(range: RowidRange | null): [string, string[]] {
  if (range === null) return ['', []];
  const sql = (range.from === null ? '' : ' AND rowid >= CAST(? AS INTEGER)') + (range.to === null ? '' : ' AND rowid < CAST(? AS INTEGER)');
  return [sql, [range.from, range.to].filter((b): b is string => b !== null)];
}

/** matchRanked's rows: the page's, then one with the list of pks. */
function parseRanked(rows: unknown[]): Ranked {
  const page: PageEntry[] = [];
  let pks: number[] = [];
  for (const r of rows as Array<{ pk: number | null; rid: string | null; rank: number; pks: string | null }>) {
    if (r.rid === null) pks = parseIntList(r.pks);
    else page.push({ pk: r.pk as number, rid: r.rid, score: -r.rank });
  }
  return { pks, page };
}

/** matchPksJob's row: the list of pks. */
function parsePks(rows: unknown[]): Ranked {
  return { pks: parseIntList((rows as Array<{ pks: string | null }>)[0]?.pks), page: [] };
}

/** A ranked page's rows (no list of pks). */
function parsePage(rows: unknown[]): Ranked {
  return { pks: [], page: (rows as Array<{ pk: number; rid: string; rank: number }>).map((r) => ({ pk: r.pk, rid: r.rid, score: -r.rank })) };
}

/** The best `limit` of two ranked pages: higher score (lower bm25) first, then higher rowid, as ORDER BY rank, rowid DESC. */
function mergePages(a: PageEntry[], b: PageEntry[], limit: number): PageEntry[] {
  const key = (p: PageEntry) => BigInt(p.rid as string);
  return [...a, ...b].sort((x, y) => y.score - x.score || (key(x) < key(y) ? 1 : key(x) > key(y) ? -1 : 0)).slice(0, limit);
}

/** True when the query is one word, without prefix or exclusions: one list to read. */
function singleWord(query: SearchQuery): boolean {
  const only = query.groups.length === 1 && query.groups[0]?.length === 1 ? query.groups[0][0] : undefined;
  return only !== undefined && query.excluded.length === 0 && !only.prefix && /^[\p{L}\p{N}]+$/u.test(only.text);
}

/** True when a term of the query (looked for or excluded) is a prefix (word*). */
function hasPrefix(query: SearchQuery): boolean {
  return query.groups.some((g) => g.some((t) => t.prefix)) || query.excluded.some((t) => t.prefix);
}
