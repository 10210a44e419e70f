// The cable store as the domain sees it: every storage backend (SQLite now, PostgreSQL later)
// implements this interface and passes the shared contract suite in cable-store.contract.ts.
import type { Cable, ReferenceKind } from '../cable/types.js';
import type { SearchRequest } from './search-request.js';

export type PutStatus = 'stored' | 'unchanged' | 'replaced';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** The sha256 of the version that was replaced (status 'replaced' only). */
  previousSha?: string;
}

/** A short description of a stored cable, used wherever one cable points at another. */
export interface CableSummary {
  id: string;
  created: string | null;
  origin: string | null;
  classification: string | null;
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

export interface SearchHit {
  id: string;
  created: string | null;
  origin: string | null;
  classification: string | null;
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
  /** The stored record, exactly as parsed; null when no cable has this id. */
  getCable(id: string): Promise<Cable | null>;
  /** The cable's REF list in order, each entry resolved against the archive. */
  referencesOf(id: string): Promise<ResolvedReference[]>;
  /** Stored cables whose REF list names this id, oldest first. */
  referencedBy(id: string): Promise<ReferringCable[]>;
  stats(): Promise<ArchiveStats>;
  /** Ranked hits, facets over the whole matching set, and the total. */
  search(request: SearchRequest): Promise<SearchResult>;
  close(): Promise<void>;
}

/** Canonical ids are upper case; people type them in any case and with stray spaces. */
export function normaliseCableId(id: string): string {
  return id.trim().toUpperCase();
}
