// The SQLite tables as Kysely sees them. The full-text table cable_text is an FTS5 virtual table
// queried through raw SQL; its rowid packs (cable pk, view level, next level), see text-rowid.ts.
import type { Generated } from 'kysely';

export interface CablesTable {
  pk: Generated<number>;
  id: string;
  created: string | null;
  year: number | null;
  origin: string | null;
  station: string | null;
  from_name: string | null;
  precedence: string | null;
  classification: string | null;
  /** The banner level word ("SECRET" for "SECRET//NOFORN"), for the classification filter. */
  class_level: string | null;
  banner: string | null;
  /** JSON array of strings. */
  caveats: string;
  subject: string | null;
  subject_marking: string | null;
  classified_by: string | null;
  /** JSON array of strings. */
  reasons: string;
  executive_order: string | null;
  declassify_on: string | null;
  declassify_instruction: string | null;
  serial: string | null;
  summary: string | null;
  signer: string | null;
  source: string;
  sha256: string;
  /** JSON array of strings. */
  warnings: string;
  warning_count: number;
  ingested_at: string;
  /** sha256 of the parsed record (source path left out): a new parser's output replaces the old. */
  parse_sha256: string | null;
}

/** The whole Cable record as parsed, JSON: getCable returns exactly this. Kept out of `cables` so
 * that rows scanned for filters and facets stay small. */
export interface CableRecordsTable {
  cable_pk: number;
  record: string;
}

export interface ParagraphsTable {
  cable_pk: number;
  position: number;
  n: number;
  marking: string | null;
  /** The marking's level on the access lattice (0 U, 1 C, 2 S, 3 TS; migration 0004 on). */
  level: number;
  heading: string | null;
  text: string;
}

export interface TagsTable {
  cable_pk: number;
  position: number;
  tag: string;
}

export interface RecipientsTable {
  cable_pk: number;
  list: 'to' | 'info';
  position: number;
  route: string | null;
  name: string;
  precedence: string | null;
  mcn: string | null;
}

export interface CableReferencesTable {
  cable_pk: number;
  position: number;
  ref_id: string;
  kind: string;
  label: string | null;
}

/** The rowids of cable_text, for browsing the views a reader sees without a text match. */
export interface CableViewsTable {
  rid: number;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  clearance: string;
  /** JSON array of caveats the user is eligible for. */
  caveats: string;
  role: string;
  disabled: number;
  token_salt: string;
  token_hash: string;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  marking: string | null;
  /** JSON object. */
  details: string;
  prev_hash: string;
  hash: string;
}

export interface Database {
  cables: CablesTable;
  cable_records: CableRecordsTable;
  paragraphs: ParagraphsTable;
  tags: TagsTable;
  recipients: RecipientsTable;
  cable_references: CableReferencesTable;
  cable_views: CableViewsTable;
  users: UsersTable;
  audit_log: AuditLogTable;
}
