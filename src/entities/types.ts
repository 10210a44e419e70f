// Statements, the unit of provenance (after FollowTheMoney's statements): every fact about an
// entity is one statement with its source cable and paragraph, the marking of that paragraph,
// and whether a machine extracted it or a person made it. An entity as a reader sees it is built
// from the statements that reader may see, so access control filters statements, nothing else.

/** Our schemata: FollowTheMoney's where they fit, plus Item, Resolution, Regime and Case. */
export const SCHEMATA = ['Person', 'Organization', 'Place', 'Item', 'Resolution', 'Regime', 'Event', 'Case'] as const;
export type Schema = (typeof SCHEMATA)[number];

export type StatementOrigin = 'extracted' | 'person' | 'imported';

/** Properties, with their value forms. References to other entities hold the entity key. */
export type Prop =
  | 'name' // a name as written (Person, Organization, Place, Item, Resolution, Regime)
  | 'title' // a person's title or role
  | 'country' // ISO alpha-2 of a place, or where an organisation is
  | 'mention' // JSON {text, start, end}: an occurrence in the source paragraph
  | 'sanctionsCandidate' // JSON SanctionsCandidate: the party matcher's suggestion
  | 'sanctionsDecision' // JSON SanctionsDecision: a person confirmed or rejected a link
  | 'mergedInto' // entity key: a person merged this entity into another
  | 'splitOff' // JSON {cable, into}: a person split a cable's mentions off into another entity
  | 'kind' // Event: info-shared | demarche | request | response | non-response | meeting | shipment | designation | note
  | 'date' // Event: ISO date at its precision ("2006-02")
  | 'precision' // Event: day | month | year
  | 'approximate' // Event: "true" when the date is relative or hedged
  | 'summary' // Event: the sentence; Case: a description
  | 'actor' // Event: entity key
  | 'item' // Event: entity key
  | 'recipient' // Event: entity key of the consignee / the party asked
  | 'subject' // Case: entity key
  | 'event' // Case: event entity key
  | 'status'; // Case: open | closed

export interface StatementInput {
  /** Entity key: stable across cables for the same thing ("org:limmt", "event:07BEIJING5039:2:3"). */
  entity: string;
  schema: Schema;
  prop: Prop;
  value: string;
  /** Source cable id and paragraph (0 = subject line); null for statements people make. */
  cable: string | null;
  paragraph: number | null;
  /** The marking the statement carries, e.g. "SECRET//NOFORN". */
  marking: string;
  /** The source cable's declassification date, when it has one. */
  declassifyOn: string | null;
  origin: StatementOrigin;
  author: string | null;
}

export interface Statement extends StatementInput {
  id: number;
  createdAt: string;
}

export interface SanctionsCandidate {
  list: string;
  id: string;
  name: string;
  matchedName: string;
  score: number;
  match: boolean;
  programs: string[];
}

export interface SanctionsDecision {
  list: string;
  id: string;
  status: 'confirmed' | 'rejected';
  note?: string;
}
