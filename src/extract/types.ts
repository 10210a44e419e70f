// The records extraction hands to statements, entities and cases: mentions, dates and events.
// Field names are part of the JSON output of `demarche extract` (a contract with the lead's code).

export const MENTION_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'ITEM', 'RESOLUTION', 'REGIME', 'DATE'] as const;
export type MentionType = (typeof MENTION_TYPES)[number];

/** day = YYYY-MM-DD, month = YYYY-MM, year = YYYY. */
export type DatePrecision = 'day' | 'month' | 'year';

export interface DateValue {
  /** ISO date at the precision: "2007-07-25", "2006-02", "2007". */
  value: string;
  precision: DatePrecision;
  /** True for relative dates ("last week", "on Monday") and hedged ones ("around May"). */
  approximate: boolean;
}

export interface DurationValue {
  /** ISO 8601 duration: "P1Y6M", "P3W". */
  duration: string;
  approximate: boolean;
}

export interface Mention {
  type: MentionType;
  /** The text as written, from start to end. */
  text: string;
  /** Offsets in the paragraph text (or in the plain text when there is no cable structure). */
  start: number;
  end: number;
  /** Paragraph number; 0 for the subject line; null for plain text. */
  paragraph: number | null;
  /** A canonical form: ISO dates, "UNSCR 1747", a person's name without title, a country's name. */
  normalized: string;
  /** Within-document coreference key: mentions with the same key name the same thing. */
  entity: string;
  /** PERSON: the title or role written with the name ("Director General", "Charge"). */
  title?: string;
  /** DATE: the resolved date, or the duration for "for over a year and a half". */
  date?: DateValue;
  duration?: DurationValue;
  /** PLACE: ISO 3166 alpha-2 code when the place is a country. */
  country?: string;
  /** ITEM: the item-screening concept ids ("graphite", "form"). */
  concepts?: string[];
}

export const EVENT_KINDS = [
  'info-shared',
  'demarche',
  'request',
  'response',
  'non-response',
  'meeting',
  'shipment',
  'designation',
  'note',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface ExtractedEvent {
  kind: EventKind;
  /** null when the sentence gives no date and the document date is not assumed. */
  date: DateValue | null;
  /** Entity keys of the people, organisations and places taking part (agent first). */
  actors: string[];
  /** ITEM entity keys. */
  items: string[];
  /** Entity key of the recipient (shipments: consignee; requests: who was asked; non-responses: who has not answered), when found. */
  recipient?: string;
  /** Requests and demarches: what was asked for, as written ("an update on the LIMMT investigation"). */
  what?: string;
  /** Requests: the deadline written with it ("by June 20"). */
  due?: DateValue;
  sentence: string;
  paragraph: number | null;
  /** Offsets of the sentence in the paragraph text. */
  start: number;
  end: number;
}

export interface Extraction {
  mentions: Mention[];
  events: ExtractedEvent[];
}
