// The cable store as the domain sees it: every storage backend (SQLite now, PostgreSQL later)
// implements this interface and passes the shared contract suite in cable-store.contract.ts.
import type { AuditLog } from '../access/audit.js';
import type { ViewSelector } from '../access/reader-class.js';
import type { UserStore } from '../access/users.js';
import type { Cable, ReferenceKind } from '../cable/types.js';
import type { DemarcheError } from '../errors.js';
import type { SearchRequest } from './search-request.js';

export type PutStatus = 'stored' | 'unchanged' | 'replaced';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** The sha256 of the version that was replaced (status 'replaced' only). */
  previousSha?: string;
}

/** What decides who may read a cable's subject: header fields, never secret themselves. */
export interface SubjectMarkings {
  classification: string | null;
  /** Banner caveats (NOFORN ...). */
  caveats: string[];
  subjectMarking: string | null;
  declassifyOn: string | null;
}

/** A short description of a stored cable, used wherever one cable points at another. */
export interface CableSummary extends SubjectMarkings {
  id: string;
  created: string | null;
  origin: string | null;
  subject: string | null;
}

/** One entry of a cable's REF list, with the stored cable it names when there is one. */
export interface ResolvedReference {
  position: number;
  id: string;
  kind: ReferenceKind;
  label: string | null;
  /** The stored cable this reference names; null when it is not in the archive (or not a cable). */
  stored: CableSummary | null;
}

/** A cable that names another in its REF list. */
export interface ReferringCable extends CableSummary {
  /** The item letter under which it names the cable (A, B ...), when its REF list is lettered. */
  label: string | null;
}

export type Counts = Record<string, number>;

export interface ArchiveStats {
  cables: number;
  paragraphs: number;
  byClassification: Counts;
  byOrigin: Counts;
  byYear: Counts;
  /** Total warnings over all stored cables. */
  warnings: number;
  cablesWithWarnings: number;
  references: { total: number; toCables: number; resolved: number };
}

export interface ParagraphMarkingCount {
  classification: string | null;
  caveats: string[];
  marking: string | null;
  declassifyOn: string | null;
  count: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  tags: FacetCount[];
  origin: FacetCount[];
  year: FacetCount[];
  classification: FacetCount[];
}

export interface SearchHit extends SubjectMarkings {
  id: string;
  created: string | null;
  origin: string | null;
  subject: string | null;
  /** Higher is better; 0 when the search has no text (browse). */
  score: number;
  snippet: string;
  /** [start, end) offsets into `snippet` of the matched terms. */
  highlights: Array<[number, number]>;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
}

export interface CableStore {
  /** Creates or upgrades the schema; safe to call on every start. */
  migrate(): Promise<void>;
  /**
   * Stores one cable in one transaction, idempotent by canonical id and content sha256: same id and
   * sha → unchanged; same id, other sha → the old version is removed entirely and replaced. The
   * same bytes parsed differently (a newer parser) also replace, with previousSha equal to the sha.
   * Throws DemarcheError BAD_INPUT when the cable has no canonical id.
   */
  putCable(cable: Cable): Promise<PutResult>;
  /**
   * Optional: stores cables in order with the same outcome as putCable on each in turn, in as few
   * transactions as the store chooses, each holding whole cables (a crash loses whole cables, never
   * part of one). A cable the store refuses as BAD_INPUT (no id, text it cannot hold) is that
   * cable's DemarcheError in the results, and the others are still stored; any other failure throws.
   */
  putCables?(cables: readonly Cable[]): Promise<Array<PutResult | DemarcheError>>;
  /**
   * True when the store applies putCables calls one after another in the order they were made, so
   * that a caller may make the next call before the last has resolved (ingest hands over one batch
   * while the store still writes the one before).
   */
  readonly batchesInOrder?: boolean;
  /** Optional: how many cables ingest gives each putCables call (100 when absent). */
  readonly batchSize?: number;
  /**
   * Optional: a run of putCables calls is coming (ingest calls it before it reads the first file),
   * so that the store gets ready to write meanwhile, as SQLite starts its write thread.
   */
  prepareWrites?(): void;
  /** The stored record, exactly as parsed; null when no cable has this id. */
  getCable(id: string): Promise<Cable | null>;
  /** The cable's REF list in order, each entry resolved against the archive. */
  referencesOf(id: string): Promise<ResolvedReference[]>;
  /** Stored cables whose REF list names this id, oldest first. */
  referencedBy(id: string): Promise<ReferringCable[]>;
  stats(): Promise<ArchiveStats>;
  /**
   * Ranked hits, facets over the whole matching set, and the total, from the text of one view: a
   * reader's (access/reader-class.ts viewSelector) or, by default, the owner's full view. Subjects
   * in hits are not cut: the access layer does that (access/reader-archive.ts).
   */
  search(request: SearchRequest, view?: ViewSelector): Promise<SearchResult>;
  /** Paragraph counts grouped by what decides their marking, for per-reader counts without text. */
  paragraphMarkings(): Promise<ParagraphMarkingCount[]>;
  /** The store's users (access/users.ts). */
  users(): UserStore;
  /** The store's append-only audit log (access/audit.ts). */
  auditLog(): AuditLog;
  close(): Promise<void>;
}

/** Canonical ids are upper case; people type them in any case and with stray spaces. */
export function normaliseCableId(id: string): string {
  return id.trim().toUpperCase();
}
