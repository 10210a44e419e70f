// The sanctions-list model shared by the list readers, the list store and the screening index.
// Field names are part of the JSON output of `demarche screen party` and `demarche lists status`.

export const LIST_IDS = ['us-ofac-sdn', 'us-ofac-cons', 'un-sc'] as const;
export type ListId = (typeof LIST_IDS)[number];

export type EntryType = 'person' | 'organization' | 'vessel' | 'aircraft';

/**
 * How much a name can be trusted to identify its entry. OFAC's weak a.k.a.s and the UN's "Low"
 * quality aliases are names the listing authority itself calls unreliable, so they count less.
 */
export type NameStrength = 'primary' | 'strong' | 'weak';

export interface ListName {
  name: string;
  strength: NameStrength;
  /** The list's own alias kind when it gives one: "aka", "fka", "nka", "Good", "Low", "original script". */
  kind?: string;
}

export interface ListAddress {
  address?: string;
  city?: string;
  country?: string;
  note?: string;
}

/** A date of birth as listed: a full date, a year, or a range of years ("circa", "between"). */
export interface BirthDate {
  /** As written in the list. */
  text: string;
  /** First and last year the date can fall in. */
  from: number;
  to: number;
  /** YYYY-MM-DD when the list gives a full date. */
  date?: string;
}

export interface ListEntry {
  list: ListId;
  /** The list's own id: OFAC ent_num, UN DATAID. */
  id: string;
  type: EntryType;
  names: ListName[];
  programs: string[];
  addresses: ListAddress[];
  /** Country names as written: nationality, citizenship, address countries. */
  countries: string[];
  birthDates: BirthDate[];
  remarks?: string;
  /** The UN reference number (e.g. "QDi.001") or other list-specific reference. */
  reference?: string;
  listedOn?: string;
}

export interface ListSourceFile {
  role: string;
  path: string;
  bytes: number;
  sha256?: string;
}

export interface LoadedList {
  id: ListId;
  /** The list's publication date as far as it is known (YYYY-MM-DD). */
  date: string | null;
  entries: ListEntry[];
  files: ListSourceFile[];
  /** Non-fatal oddities found while reading, e.g. alias rows whose entry is missing. */
  warnings: string[];
}
