// Snippets for the PostgreSQL store made as the SQLite store makes them: the page's text views go
// into an FTS5 index in memory, with cable_text's columns and tokenizer (SQLite migration 0001),
// and FTS5's snippet() picks and marks the fragment, so both stores show the same fragment of a
// cable for the same query. ts_headline, which made them before, parses each text whole on the
// server at about 5 MB/s: a page of 20 long cables (540 KB) took 50-90 ms on two connections,
// where this takes about 20 ms. FTS5 stems with Porter's algorithm and PostgreSQL with Snowball's
// English: a text the server matched and FTS5 does not (another stem) gets its ts_headline.
import Database from 'better-sqlite3';
import type { SearchQuery } from '../search-query.js';
import { toFts5 } from '../sqlite/fts-expression.js';
import { MARK_CLOSE, MARK_OPEN } from '../sqlite/snippet.js';

/** The tokenizer of the SQLite store's cable_text (its migration 0001). */
const TOKENIZE = 'porter unicode61 remove_diacritics 2';
/** As the SQLite store's snippets (sqlite-search.ts). */
const SNIPPET_TOKENS = 24;

export interface PageText {
  pk: number;
  subject: string;
  body: string;
}

/** An FTS5 index in memory for one page of texts at a time (better-sqlite3 runs it synchronously, so searches never share it half-filled). */
export class PageSnippets {
  private db: Database.Database | null = null;
  private make: ((texts: readonly PageText[], match: string) => Array<{ pk: number; s: string }>) | null = null;

  /** The texts' snippets by pk, for those FTS5 matches; an empty map when the query cannot be read by FTS5. */
  snippets(texts: readonly PageText[], query: SearchQuery): Map<number, string> {
    const out = new Map<number, string>();
    if (texts.length === 0) return out;
    try {
      for (const r of this.statements()(texts, toFts5(query))) out.set(r.pk, r.s);
    } catch {
      // An expression FTS5 rejects: every text gets its ts_headline.
      out.clear();
    }
    return out;
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.make = null;
  }

  private statements(): (texts: readonly PageText[], match: string) => Array<{ pk: number; s: string }> {
    if (this.make) return this.make;
    const db = new Database(':memory:');
    // External content: 'delete-all' and 'rebuild' replace the index without reading the old texts.
    db.exec(`CREATE TABLE page (rowid INTEGER PRIMARY KEY, subject, body);
      CREATE VIRTUAL TABLE page_text USING fts5(subject, body, tokenize = '${TOKENIZE}', content = 'page');`);
    const clear = db.prepare('DELETE FROM page');
    const deleteAll = db.prepare(`INSERT INTO page_text (page_text) VALUES ('delete-all')`);
    const insert = db.prepare('INSERT INTO page (rowid, subject, body) VALUES (CAST(? AS INTEGER), ?, ?)');
    const rebuild = db.prepare(`INSERT INTO page_text (page_text) VALUES ('rebuild')`);
    const select = db.prepare(
      `SELECT CAST(rowid AS INTEGER) AS pk, snippet(page_text, -1, ?, ?, '…', ${SNIPPET_TOKENS}) AS s FROM page_text WHERE page_text MATCH ?`,
    );
    const make = db.transaction((texts: readonly PageText[], match: string) => {
      clear.run();
      deleteAll.run();
      for (const t of texts) insert.run(t.pk, t.subject, t.body);
      rebuild.run();
      return select.all(MARK_OPEN, MARK_CLOSE, match) as Array<{ pk: number; s: string }>;
    });
    this.db = db;
    this.make = make;
    return make;
  }
}
