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
import { highlightMarked, MARK_CLOSE, MARK_OPEN } from './snippet.js';
import { FULL_VIEW, PK_SHIFT, textRowidRange, visibleViewSql } from './text-rowid.js';
import { parseIntList } from '../int-list.js';
import { ViewList } from './view-list.js';
import type { SearchCableRow as CableRow } from '../cable-rows.js';

const SNIPPET_TOKENS = 24;
const BROWSE_SNIPPET_CHARS = 200;


/** rid is the text row's rowid as decimal text: rowids pass 2^53 (see text-rowid.ts). */
type PageEntry = { pk: number; rid: string | null; score: number };

export class SqliteSearcher {
  private readonly statements = new Map<string, Sqlite.Statement>();
  private readonly facets: FacetReader;
  private readonly views: ViewList;
  private readonly run: (request: SearchRequest, view: ViewSelector) => SearchResult;

  /** `generation` counts the store's own writes, so that cached facet chunks are dropped after one. */
  constructor(
    private readonly db: Sqlite.Database,
    generation: () => number = () => 0,
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

  private search(request: SearchRequest, view: ViewSelector): SearchResult {
    const match = request.query ? toFts5(request.query) : null;
    const filtered = hasFilters(request);
    // Without filters every match is a hit: one statement can list them and rank the page (see matchRanked).
    const ranked = match !== null && request.query !== null && !filtered && !singleWord(request.query) ? this.matchRanked(match, view, request.limit) : null;
    // A browse lists only cables the reader can read some text of, so that a cable invisible to
    // the reader is not even counted.
    const matched = ranked !== null ? ranked.pks : match === null ? this.views.visiblePks(view) : this.matchPks(match, view);
    // Few text hits: load only their chunks; a browse or a broad match needs (nearly) all of them.
    const chunks = this.facets.chunks(match !== null && matched.length < 2000 ? matched : null);
    const pks = filtered || match === null ? this.facets.filter(request, matched, chunks) : matched;
    if (pks.length === 0) return { total: 0, hits: [], facets: this.facets.counts([], chunks) };
    const page: PageEntry[] =
      match === null
        ? this.facets.newest(pks, chunks, request.limit).map((pk) => ({ pk, rid: null, score: 0 }))
        : (ranked?.page ?? this.rankedPage(match, filtered ? pks : null, view, request.limit));
    const snippets = match !== null && request.query !== null && hasPrefix(request.query) ? this.matchSnippets(match, page) : null;
    return { total: pks.length, hits: this.hits(page, match, view, snippets), facets: this.facets.counts(pks, chunks) };
  }

  private statement(source: string): Sqlite.Statement {
    let s = this.statements.get(source);
    if (!s) this.statements.set(source, (s = this.db.prepare(source)));
    return s;
  }

  /** All matching cable pks, fetched as one comma-separated string: far cheaper than a row per hit. */
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
  private matchRanked(match: string, view: ViewSelector, limit: number): { pks: number[]; page: PageEntry[] } {
    const source = `WITH m AS MATERIALIZED (SELECT rowid AS r, bm25(cable_text, 4.0, 1.0) AS rank FROM cable_text
        WHERE cable_text MATCH ? AND ${visibleViewSql('rowid', view)})
      SELECT * FROM (SELECT r >> ${PK_SHIFT} AS pk, CAST(r AS TEXT) AS rid, rank, NULL AS pks FROM m ORDER BY rank, r DESC LIMIT ?)
      UNION ALL SELECT NULL, NULL, NULL, group_concat(r >> ${PK_SHIFT}) FROM m`;
    const rows = this.statement(source).all(match, limit) as Array<{ pk: number | null; rid: string | null; rank: number; pks: string | null }>;
    const page: PageEntry[] = [];
    let pks: number[] = [];
    for (const r of rows) {
      if (r.rid === null) pks = parseIntList(r.pks);
      else page.push({ pk: r.pk as number, rid: r.rid, score: -r.rank });
    }
    return { pks, page };
  }

  /** The best `limit` hits (among `only` when filters apply); bm25 is negative, lower is better. */
  private rankedPage(match: string, only: number[] | null, view: ViewSelector, limit: number): PageEntry[] {
    const restrict = only === null ? '' : `AND (rowid >> ${PK_SHIFT}) IN (SELECT value FROM json_each(?))`;
    const source = `SELECT rowid >> ${PK_SHIFT} AS pk, CAST(rowid AS TEXT) AS rid, bm25(cable_text, 4.0, 1.0) AS rank FROM cable_text
      WHERE cable_text MATCH ? AND ${visibleViewSql('rowid', view)} ${restrict} ORDER BY rank, rowid DESC LIMIT ?`;
    const params = only === null ? [match, limit] : [match, JSON.stringify(only), limit];
    const rows = this.statement(source).all(...params) as Array<{ pk: number; rid: string; rank: number }>;
    return rows.map((r) => ({ pk: r.pk, rid: r.rid, score: -r.rank }));
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
      const marked = snippet.replace(/\s+/g, ' ').trim();
      const { text, highlights } = highlightMarked(marked);
      return {
        id: row.id,
        created: row.created,
        origin: row.origin,
        classification: row.classification,
        subject: row.subject,
        subjectMarking: row.subject_marking,
        caveats: JSON.parse(row.caveats) as string[],
        declassifyOn: row.declassify_on,
        score: Number(score.toPrecision(4)),
        snippet: text,
        highlights,
      };
    });
  }

  private matchSnippet(match: string, rid: string): string {
    // CAST matters (here and wherever a rowid is bound): better-sqlite3 binds JS numbers as REAL;
    // FTS5 then drops the rowid constraint (with MATCH it returns every matching row) or scans.
    const source = `SELECT CAST(rowid AS TEXT) AS rid, snippet(cable_text, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS s
      FROM cable_text WHERE cable_text MATCH ? AND rowid = CAST(? AS INTEGER)`;
    const rows = this.statement(source).all(MARK_OPEN, MARK_CLOSE, match, rid) as Array<{ rid: string; s: string }>;
    return rows.find((r) => r.rid === rid)?.s ?? '';
  }

  /**
   * The snippets of the whole page from one statement. Each statement with a prefix term merges the
   * lists of every indexed word with that prefix before it can seek to a row (7-8 ms for election*
   * on a 100,000-cable store), so a statement per hit paid it ten times. Here the match runs once over
   * the rowid range the page spans; snippet() runs only on the page's rows, which the IN keeps (its +
   * keeps it out of the full-text lookup, which would otherwise run the match once per rowid).
   */
  private matchSnippets(match: string, page: PageEntry[]): Map<string, string> {
    const rids = page.flatMap((p) => (p.rid === null ? [] : [BigInt(p.rid)]));
    const out = new Map<string, string>();
    if (rids.length === 0) return out;
    const first = rids.reduce((a, b) => (b < a ? b : a));
    const last = rids.reduce((a, b) => (b > a ? b : a));
    const source = `SELECT CAST(rowid AS TEXT) AS rid, snippet(cable_text, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS s FROM cable_text
      WHERE cable_text MATCH ? AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER) AND +rowid IN (SELECT value FROM json_each(?))`;
    const rows = this.statement(source).all(MARK_OPEN, MARK_CLOSE, match, String(first), String(last), `[${rids.join(',')}]`) as Array<{
      rid: string;
      s: string;
    }>;
    for (const r of rows) out.set(r.rid, r.s);
    return out;
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

/** True when the query is one word, without prefix or exclusions: one list to read. */
function singleWord(query: SearchQuery): boolean {
  const only = query.groups.length === 1 && query.groups[0]?.length === 1 ? query.groups[0][0] : undefined;
  return only !== undefined && query.excluded.length === 0 && !only.prefix && /^[\p{L}\p{N}]+$/u.test(only.text);
}

/** True when a term of the query (looked for or excluded) is a prefix (word*). */
function hasPrefix(query: SearchQuery): boolean {
  return query.groups.some((g) => g.some((t) => t.prefix)) || query.excluded.some((t) => t.prefix);
}
