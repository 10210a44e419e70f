// Search over the SQLite store: FTS5 MATCH on the visible text view of each cable, bm25 ranking
// (subject weighted above body), snippets with highlight offsets, and facet counts over the whole
// matching set. Matches are collected once into a temp table that the facets and the page reuse.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FacetCount, SearchFacets, SearchHit, SearchResult } from '../cable-store.js';
import { MAX_LEVEL, type Level } from '../marking-level.js';
import type { SearchRequest } from '../search-request.js';
import { toFts5 } from './fts-expression.js';
import type { Database } from './schema.js';
import { highlightMarked, MARK_CLOSE, MARK_OPEN } from './snippet.js';
import { textRowidRange, visibleViewSql } from './text-rowid.js';

const FACET_LIMIT = 25;
const SNIPPET_TOKENS = 24;
const BROWSE_SNIPPET_CHARS = 200;

export async function searchSqlite(
  db: Kysely<Database>,
  request: SearchRequest,
  clearance: Level = MAX_LEVEL,
): Promise<SearchResult> {
  // One transaction: a consistent snapshot, and the connection (with its temp table) to ourselves.
  return db.transaction().execute(async (trx) => {
    await sql`CREATE TEMP TABLE IF NOT EXISTS search_hits (pk INTEGER PRIMARY KEY, score REAL NOT NULL, rid INTEGER)`.execute(trx);
    await sql`DELETE FROM temp.search_hits`.execute(trx);
    const match = request.query ? toFts5(request.query) : null;
    await collectHits(trx, request, match, clearance);
    const totalRow = await sql<{ n: number }>`SELECT count(*) AS n FROM temp.search_hits`.execute(trx);
    const total = totalRow.rows[0]?.n ?? 0;
    const facets = total > 0 ? await facetCounts(trx) : emptyFacets();
    const hits = total > 0 ? await topHits(trx, request.limit, match, clearance) : [];
    return { total, hits, facets };
  });
}

async function collectHits(trx: Kysely<Database>, r: SearchRequest, match: string | null, clearance: Level): Promise<void> {
  const filters = filterConditions(r);
  if (match === null) {
    const where = filters.length > 0 ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
    await sql`INSERT INTO temp.search_hits (pk, score) SELECT c.pk, 0 FROM cables c ${where}`.execute(trx);
    return;
  }
  const visible = sql.raw(visibleViewSql('cable_text.rowid', clearance));
  const join = filters.length > 0 ? sql`JOIN cables c ON c.pk = (cable_text.rowid >> 6) AND ${sql.join(filters, sql` AND `)}` : sql``;
  // bm25 is negative (lower is better); negate it so that a higher score is a better hit.
  await sql`INSERT INTO temp.search_hits (pk, score, rid)
    SELECT cable_text.rowid >> 6, -bm25(cable_text, 4.0, 1.0), cable_text.rowid
    FROM cable_text ${join}
    WHERE cable_text MATCH ${match} AND ${visible}`.execute(trx);
}

/** SQL conditions on `cables c` for the request's filters. */
function filterConditions(r: SearchRequest): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  for (const tag of r.tags) out.push(sql`EXISTS (SELECT 1 FROM tags t WHERE t.cable_pk = c.pk AND t.tag = ${tag})`);
  if (r.origin !== null) out.push(sql`c.origin = ${r.origin} COLLATE NOCASE`);
  if (r.classification !== null) {
    out.push(
      'exact' in r.classification
        ? sql`upper(c.classification) = ${r.classification.exact}`
        : sql`c.class_level = ${r.classification.level}`,
    );
  }
  if (r.createdFrom !== null) out.push(sql`c.created >= ${r.createdFrom}`);
  if (r.createdBefore !== null) out.push(sql`c.created < ${r.createdBefore}`);
  return out;
}

async function facetCounts(trx: Kysely<Database>): Promise<SearchFacets> {
  const byColumn = async (column: 'origin' | 'classification' | 'year', limit: number): Promise<FacetCount[]> => {
    const col = sql.ref(`c.${column}`);
    const rows = await sql<{ value: string | number; count: number }>`
      SELECT ${col} AS value, count(*) AS count FROM temp.search_hits h JOIN cables c ON c.pk = h.pk
      WHERE ${col} IS NOT NULL GROUP BY ${col} ORDER BY count DESC, value LIMIT ${limit}`.execute(trx);
    return rows.rows.map((row) => ({ value: String(row.value), count: row.count }));
  };
  const tagRows = await sql<{ value: string; count: number }>`
    SELECT t.tag AS value, count(*) AS count FROM temp.search_hits h JOIN tags t ON t.cable_pk = h.pk
    GROUP BY t.tag ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`.execute(trx);
  const year = await byColumn('year', 1000);
  return {
    tags: tagRows.rows,
    origin: await byColumn('origin', FACET_LIMIT),
    // Years read best in time order; the other facets by count.
    year: year.sort((a, b) => a.value.localeCompare(b.value)),
    classification: await byColumn('classification', FACET_LIMIT),
  };
}

interface TopRow {
  pk: number;
  score: number;
  rid: number | null;
  id: string;
  created: string | null;
  origin: string | null;
  classification: string | null;
  subject: string | null;
}

async function topHits(trx: Kysely<Database>, limit: number, match: string | null, clearance: Level): Promise<SearchHit[]> {
  const rows = await sql<TopRow>`
    SELECT h.pk, h.score, h.rid, c.id, c.created, c.origin, c.classification, c.subject
    FROM temp.search_hits h JOIN cables c ON c.pk = h.pk
    ORDER BY h.score DESC, c.created DESC, c.id LIMIT ${limit}`.execute(trx);
  const snippets = match === null ? await browseSnippets(trx, rows.rows, clearance) : await matchSnippets(trx, rows.rows, match);
  return rows.rows.map((row) => {
    const marked = (snippets.get(row.pk) ?? '').replace(/\s+/g, ' ').trim();
    const { text, highlights } = highlightMarked(marked);
    return {
      id: row.id,
      created: row.created,
      origin: row.origin,
      classification: row.classification,
      subject: row.subject,
      score: Number(row.score.toPrecision(4)),
      snippet: text,
      highlights,
    };
  });
}

async function matchSnippets(trx: Kysely<Database>, rows: TopRow[], match: string): Promise<Map<number, string>> {
  const rids = rows.map((r) => r.rid).filter((r): r is number => r !== null);
  // The CASTs matter: better-sqlite3 binds JS numbers as REAL, and FTS5 with MATCH silently drops a
  // rowid constraint whose value is REAL, returning every view of every matching cable.
  const res = await sql<{ rid: number; s: string }>`
    SELECT rowid AS rid, snippet(cable_text, -1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) AS s
    FROM cable_text WHERE cable_text MATCH ${match}
    AND rowid IN (${sql.join(rids.map((rid) => sql`CAST(${rid} AS INTEGER)`))})`.execute(trx);
  const wanted = new Set(rids);
  return new Map(res.rows.filter((r) => wanted.has(r.rid)).map((r) => [r.rid >> 6, r.s]));
}

/** Without a query there is nothing to highlight: the snippet is the start of the visible body. */
async function browseSnippets(trx: Kysely<Database>, rows: TopRow[], clearance: Level): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const row of rows) {
    const [first, last] = textRowidRange(row.pk);
    const res = await sql<{ body: string }>`
      SELECT substr(body, 1, ${BROWSE_SNIPPET_CHARS + 1}) AS body FROM cable_text
      WHERE rowid BETWEEN ${first} AND ${last} AND ${sql.raw(visibleViewSql('rowid', clearance))}`.execute(trx);
    const body = (res.rows[0]?.body ?? '').replace(/\s+/g, ' ').trim();
    out.set(row.pk, body.length > BROWSE_SNIPPET_CHARS ? `${body.slice(0, BROWSE_SNIPPET_CHARS)}…` : body);
  }
  return out;
}

function emptyFacets(): SearchFacets {
  return { tags: [], origin: [], year: [], classification: [] };
}
