// Migrations 0004: need to know. The text views become views by reader class with the
// declassification day in the rowid (text-views.ts, text-rowid.ts), listed again in cable_views for
// browsing; paragraph levels move to the access lattice. Then users and the append-only audit log.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Cable } from '../../cable/types.js';
import { declassifyDay } from '../../access/reader-class.js';
import { buildTextViews } from '../text-views.js';
import { textRowid } from './text-rowid.js';
import { paragraphLevel } from './write-cable.js';

const BATCH = 500;

export const m0004ReaderViews: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`CREATE TABLE cable_views (rid INTEGER PRIMARY KEY)`.execute(db);
    await sql`DELETE FROM cable_text`.execute(db);
    // In batches: a large store's records do not fit in memory at once.
    for (let after = -1; ; ) {
      const rows = await sql<{ pk: number; record: string }>`
        SELECT cable_pk AS pk, record FROM cable_records WHERE cable_pk > ${after} ORDER BY cable_pk LIMIT ${BATCH}`.execute(db);
      if (rows.rows.length === 0) break;
      for (const row of rows.rows) await reindex(db, row.pk, JSON.parse(row.record) as Cable);
      after = rows.rows[rows.rows.length - 1]!.pk;
    }
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`DROP TABLE cable_views`.execute(db);
  },
};

async function reindex(db: Kysely<unknown>, pk: number, cable: Cable): Promise<void> {
  const day = declassifyDay(cable.declassifyOn);
  for (const view of buildTextViews(cable)) {
    const rowid = textRowid(pk, day, view.mask);
    await sql`INSERT INTO cable_text (rowid, subject, body) VALUES (CAST(${rowid} AS INTEGER), ${view.subject}, ${view.body})`.execute(db);
    await sql`INSERT INTO cable_views (rid) VALUES (CAST(${rowid} AS INTEGER))`.execute(db);
  }
  for (const [position, p] of cable.paragraphs.entries()) {
    await sql`UPDATE paragraphs SET level = ${paragraphLevel(cable, p)} WHERE cable_pk = ${pk} AND position = ${position}`.execute(db);
  }
}

export const m0004UsersAudit: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      clearance TEXT NOT NULL,
      caveats TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
      disabled INTEGER NOT NULL DEFAULT 0,
      token_salt TEXT NOT NULL,
      token_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL)`.execute(db);
    await sql`CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT NOT NULL,
      marking TEXT,
      details TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL)`.execute(db);
    await sql`CREATE INDEX audit_log_actor ON audit_log (actor, seq)`.execute(db);
    // Append-only: the store itself refuses edits; the hash chain catches whoever drops these first.
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`DROP TABLE audit_log`.execute(db);
    await sql`DROP TABLE users`.execute(db);
  },
};

export const AUDIT_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete'];
