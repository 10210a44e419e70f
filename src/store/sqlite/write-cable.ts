// Writes one cable into the SQLite tables in one transaction: decides stored, unchanged or replaced
// by canonical id and sha256, and replaces every row of an old version. What a cable's rows hold is
// computed first, apart from the database (prepareCable), so that the thread that parsed the cable
// does that work and the store's write thread (write-thread.ts) only writes.
// This hot path uses better-sqlite3 prepared statements directly rather than Kysely: building and
// preparing each statement anew cost about 0.7 ms of the ~2 ms a cable took to store (CPU profile
// of 2,000 cables), and ingest must reach 500 cables/s including the parse. Reads stay on Kysely.
import type Sqlite from 'better-sqlite3';
import type { Cable } from '../../cable/types.js';
import type { PutResult } from '../cable-store.js';
import { declassifyDay } from '../../access/reader-class.js';
import { CABLE_COLUMNS, type CableColumn, cableRow, hashedRecord, paragraphLevel, paragraphLevels, uniqueTags } from '../cable-rows.js';
import { buildTextViews } from '../text-views.js';
import { type CableFacets, FacetWriter } from './facet-store.js';
import { textRowid, textRowidRange } from './text-rowid.js';

/** A cable's rows as the writer stores them: plain data, so that it can pass to the write thread. */
export interface PreparedCable {
  id: string;
  sha256: string;
  /** The cables row, parse_sha256 and ingested_at included. */
  row: Record<CableColumn, unknown>;
  /** The whole record as JSON (cable_records). */
  record: string;
  facets: CableFacets;
  /** [position, n, marking, level, heading, text] */
  paragraphs: Array<[number, number, string | null, number, string | null, string]>;
  /** [position, tag] */
  tags: Array<[number, string]>;
  /** [list, position, route, name, precedence, mcn] */
  recipients: Array<['to' | 'info', number, string | null, string, string | null, string | null]>;
  /** [position, ref_id, kind, label] */
  references: Array<[number, string, string, string | null]>;
  /** Declassification day, part of each text row's rowid (text-rowid.ts). */
  day: number;
  /** The text views (text-views.ts) as [mask, subject, body], by ascending mask, so by ascending rowid. */
  views: Array<[number, string, string]>;
}

/** Everything the writer stores for a cable under this canonical id, ingested at `now`. */
export function prepareCable(cable: Cable, id: string, now: string): PreparedCable {
  const { parseSha, record } = hashedRecord(cable, id);
  const row: Record<CableColumn, unknown> = { ...cableRow(cable, id, now), parse_sha256: parseSha };
  const tags = uniqueTags(cable.tags);
  const levels = paragraphLevels(cable);
  // In ascending rowid order (within a cable, ascending mask): FTS5 writes out the text pending in
  // the transaction whenever a rowid is not above the last one it took, and the full view (highest
  // mask) comes first from buildTextViews, so most cables wrote an index segment mid-transaction.
  const views = buildTextViews(cable).map((v): [number, string, string] => [v.mask, v.subject, v.body]);
  views.sort((a, b) => a[0] - b[0]);
  return {
    id,
    sha256: cable.sha256,
    row,
    record: record(),
    facets: { created: cable.created, origin: cable.origin, year: row.year as number | null, classification: cable.classification, tags: tags.map((t) => t.tag) },
    paragraphs: cable.paragraphs.map((p, position) => [position, p.n, p.marking, levels[position] as number, p.heading ?? null, p.text]),
    tags: tags.map(({ tag, position }) => [position, tag]),
    recipients: (['to', 'info'] as const).flatMap((list) =>
      cable[list].map((r, position): PreparedCable['recipients'][number] => [list, position, r.route, r.name, r.precedence, r.mcn]),
    ),
    references: cable.references.map((r, position) => [position, r.id, r.kind, r.label]),
    day: declassifyDay(cable.declassifyOn),
    views,
  };
}

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
  private readonly write: (cable: PreparedCable) => PutResult;
  private readonly writeMany: (cables: readonly PreparedCable[]) => PutResult[];

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
    const tx = db.transaction((cable: PreparedCable) => this.facets.within(() => this.writeRows(cable)));
    this.write = (cable) => tx.immediate(cable);
    const many = db.transaction((cables: readonly PreparedCable[]) => this.facets.within(() => cables.map((c) => this.writeRows(c))));
    this.writeMany = (cables) => many.immediate(cables);
  }

  put(cable: PreparedCable): PutResult {
    return this.write(cable);
  }

  /** Many cables in one transaction: for bulk loads, where one commit per cable dominates. */
  putMany(cables: readonly PreparedCable[]): PutResult[] {
    return this.writeMany(cables);
  }

  private writeRows(c: PreparedCable): PutResult {
    const { id } = c;
    const existing = this.find.get(id);
    // The same bytes parsed the same way are unchanged; the same bytes parsed differently (a newer
    // parser) are stored again, so that parser fixes reach the archive on the next ingest.
    if (existing && existing.sha256 === c.sha256 && existing.parse_sha256 === c.row.parse_sha256) return { id, status: 'unchanged' };
    if (existing) {
      const [first, last] = textRowidRange(existing.pk);
      this.deleteText.run(first, last);
      this.deleteViews.run(first, last);
      this.deleteCable.run(existing.pk);
      this.facets.clear(existing.pk);
    }
    const pk = Number(this.insertCable.run(c.row).lastInsertRowid);
    this.facets.set(pk, c.facets);
    this.insertRecord.run(pk, c.record);
    for (const p of c.paragraphs) this.insertParagraph.run(pk, ...p);
    for (const [position, tag] of c.tags) this.insertTag.run(pk, position, tag);
    for (const r of c.recipients) this.insertRecipient.run(pk, ...r);
    for (const r of c.references) this.insertReference.run(pk, ...r);
    for (const [mask, subject, body] of c.views) {
      const rowid = textRowid(pk, c.day, mask);
      this.insertText.run(rowid, subject, body);
      this.insertView.run(rowid);
    }
    return existing ? { id, status: 'replaced', previousSha: existing.sha256 } : { id, status: 'stored' };
  }
}

export { paragraphLevel };
