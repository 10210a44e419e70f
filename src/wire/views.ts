// Shapes the HTTP API sends that the web UI reads, declared once for both. This module imports
// nothing: the web build compiles it without Node's types, and its imports are erased (type only).

/** A request in a case with no later response, as of a day (src/cases/follow-ups.ts). */
export interface FollowUp {
  case: string;
  caseTitle: string;
  askedOn: string;
  askedOf: string | null;
  what: string;
  dueOn: string;
  answeredOn: string | null;
  overdue: boolean;
  daysOpen: number;
  source: { cable: string | null; paragraph: number | null };
}

/** An entity's link to a sanctions-list entry: the matcher's suggestion or a person's decision. */
export interface SanctionsLink {
  list: string;
  id: string;
  name: string;
  score: number | null;
  programs: string[];
  /** suggested by the matcher, or a person's decision. */
  status: 'suggested' | 'confirmed' | 'rejected';
  decidedBy: string | null;
}

/** An entity as one reader sees it (src/entities/entity-view.ts narrows `schema`). */
export interface EntityWire {
  key: string;
  schema: string;
  name: string;
  names: string[];
  titles: string[];
  countries: string[];
  sanctions: SanctionsLink[];
  mentions: Array<{ cable: string; paragraph: number | null; text: string }>;
  /** Keys of entities a person merged into this one. */
  merged: string[];
  /** The highest marking among the statements shown. */
  marking: string;
}
