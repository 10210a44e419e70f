// Writes one cable into the SQLite tables in one transaction: decides stored, unchanged or replaced
// by canonical id and sha256, and replaces every row of an old version.
// This hot path uses better-sqlite3 prepared statements directly rather than Kysely: building and
// preparing each statement anew cost about 0.7 ms of the ~2 ms a cable took to store (CPU profile
// of 2,000 cables), and ingest must reach 500 cables/s including the parse. Reads stay on Kysely.
import type Sqlite from 'better-sqlite3';
import type { Cable } from '../../cable/types.js';
import type { PutResult } from '../cable-store.js';
import { declassifyDay } from '../../access/reader-class.js';
import { CABLE_COLUMNS, type CableColumn, cableRow, hashedRecord, paragraphLevel, paragraphLevels, uniqueTags } from '../cable-rows.js';
import { buildTextViews } from '../text-views.js';
import { FacetWriter } from './facet-store.js';
import { textRowid, textRowidRange } from './text-rowid.js';

export class CableWriter {
  private readonly find: Sqlite.Statement<[string], { pk: number; sha256: string; parse_sha256: string | null }>;
  private readonly deleteText: Sqlite.Statement<[bigint, bigint]>;
  private readonly deleteViews: Sqlite.Statement<[bigint, bigint]>;
  private readonly insertView: Sqlite.Statement<[bigint]>;
  private readonly deleteCable: Sqlite.Statement<[number]>;
  private readonly insertCable: Sqlite.Statement<Record<CableColumn, unknown>>;
  private readonly insertRecord: Sqlite.Statement<[number, string]>;
  private readonly insertParagraph: Sqlite.Statement<unknown[]>;
  private readonly insertTag: Sqlite.Statement<[number, number, string]>;
  private readonly insertRecipient: Sqlite.Statement<unknown[]>;
  private readonly insertReference: Sqlite.Statement<unknown[]>;
  private readonly insertText: Sqlite.Statement<[bigint, string, string]>;
  private readonly facets: FacetWriter;
  private readonly write: (cable: Cable, id: string, now: string) => PutResult;
  private readonly writeMany: (cables: Array<{ cable: Cable; id: string }>, now: string) => PutResult[];

  /** Prepares the statements; the schema must already be migrated. */
  constructor(db: Sqlite.Database) {
    this.find = db.prepare('SELECT pk, sha256, parse_sha256 FROM cables WHERE id = ?');
    // The FTS table has no foreign key: its rows go by rowid range; the others cascade from cables.
    // The CASTs matter: better-sqlite3 binds JS numbers as REAL, and FTS5 does not use a REAL rowid
    // bound to seek, so without them every replace scanned the whole full-text table.
    this.deleteText = db.prepare('DELETE FROM cable_text WHERE rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)');
    // cable_views lists the same rowids in a plain table, for browsing without a text match.
    this.deleteViews = db.prepare('DELETE FROM cable_views WHERE rid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)');
    this.insertView = db.prepare('INSERT INTO cable_views (rid) VALUES (CAST(? AS INTEGER))');
    this.deleteCable = db.prepare('DELETE FROM cables WHERE pk = ?');
    this.insertCable = db.prepare(
      `INSERT INTO cables (${CABLE_COLUMNS.join(', ')}) VALUES (${CABLE_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    this.insertRecord = db.prepare('INSERT INTO cable_records (cable_pk, record) VALUES (?, ?)');
    this.insertParagraph = db.prepare(
      'INSERT INTO paragraphs (cable_pk, position, n, marking, level, heading, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertTag = db.prepare('INSERT INTO tags (cable_pk, position, tag) VALUES (?, ?, ?)');
    this.insertRecipient = db.prepare(
      'INSERT INTO recipients (cable_pk, list, position, route, name, precedence, mcn) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertReference = db.prepare(
      'INSERT INTO cable_references (cable_pk, position, ref_id, kind, label) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertText = db.prepare('INSERT INTO cable_text (rowid, subject, body) VALUES (CAST(? AS INTEGER), ?, ?)');
    this.facets = new FacetWriter(db);
    // IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout instead of
    // deadlocking when both try to upgrade a read lock.
    const tx = db.transaction((cable: Cable, id: string, now: string) => this.facets.within(() => this.writeRows(cable, id, now)));
    this.write = (cable, id, now) => tx.immediate(cable, id, now);
    const many = db.transaction((cables: Array<{ cable: Cable; id: string }>, now: string) =>
      this.facets.within(() => cables.map(({ cable, id }) => this.writeRows(cable, id, now))),
    );
    this.writeMany = (cables, now) => many.immediate(cables, now);
  }

  put(cable: Cable, id: string, now: string): PutResult {
    return this.write(cable, id, now);
  }

  /** Many cables in one transaction: for bulk loads, where one commit per cable dominates. */
  putMany(cables: Array<{ cable: Cable; id: string }>, now: string): PutResult[] {
    return this.writeMany(cables, now);
  }

  private writeRows(cable: Cable, id: string, now: string): PutResult {
    const existing = this.find.get(id);
    // The same bytes parsed the same way are unchanged; the same bytes parsed differently (a newer
    // parser) are stored again, so that parser fixes reach the archive on the next ingest.
    const { parseSha, record } = hashedRecord(cable, id);
    if (existing && existing.sha256 === cable.sha256 && existing.parse_sha256 === parseSha) return { id, status: 'unchanged' };
    if (existing) {
      const [first, last] = textRowidRange(existing.pk);
      this.deleteText.run(first, last);
      this.deleteViews.run(first, last);
      this.deleteCable.run(existing.pk);
      this.facets.clear(existing.pk);
    }
    const row = { ...cableRow(cable, id, now), parse_sha256: parseSha };
    const pk = Number(this.insertCable.run(row).lastInsertRowid);
    this.facets.set(pk, cable, row.year as number | null, uniqueTags(cable.tags).map((t) => t.tag));
    this.insertRecord.run(pk, record());
    this.insertChildren(pk, cable);
    const day = declassifyDay(cable.declassifyOn);
    // In ascending rowid order: FTS5 writes out the text pending in the transaction whenever a rowid
    // is not above the last one it took, and the full view (highest mask) comes first from
    // buildTextViews, so most cables wrote an index segment mid-transaction (20% of storing's CPU).
    const rows = buildTextViews(cable).map((view) => ({ view, rowid: textRowid(pk, day, view.mask) }));
    rows.sort((a, b) => (a.rowid < b.rowid ? -1 : a.rowid > b.rowid ? 1 : 0));
    for (const { view, rowid } of rows) {
      this.insertText.run(rowid, view.subject, view.body);
      this.insertView.run(rowid);
    }
    return existing ? { id, status: 'replaced', previousSha: existing.sha256 } : { id, status: 'stored' };
  }

  private insertChildren(pk: number, c: Cable): void {
    const levels = paragraphLevels(c);
    c.paragraphs.forEach((p, position) => {
      this.insertParagraph.run(pk, position, p.n, p.marking, levels[position], p.heading ?? null, p.text);
    });
    for (const { tag, position } of uniqueTags(c.tags)) this.insertTag.run(pk, position, tag);
    for (const list of ['to', 'info'] as const) {
      c[list].forEach((r, position) => this.insertRecipient.run(pk, list, position, r.route, r.name, r.precedence, r.mcn));
    }
    c.references.forEach((r, position) => this.insertReference.run(pk, position, r.id, r.kind, r.label));
  }
}

export { paragraphLevel };
