// The shapes of the control-list knowledge base (entries and their criteria) and of what the
// extraction learns about an item (facts).
import type { Interval, Op } from './interval.js';
import type { Condition, FlagName, Form, Infiltrant, NumParam } from './parameters.js';

export type Regime = 'MTCR' | 'NSG' | 'ML';
export type Status = 'controlled' | 'possible' | 'not-controlled';

/** The classes of goods that UN measures are written against. */
export type ItemClass = 'mtcr' | 'nsg1' | 'nsg2' | 'arms' | 'arms-heavy' | 'salw';

export type Criterion =
  /** A numeric threshold, in SI units; `fallback` params are read when `param` is not known. */
  | { kind: 'quantity'; param: NumParam; fallback?: NumParam[]; op: Op; value: number; text: string }
  /** Inclusive "between lo and hi". */
  | { kind: 'between'; param: NumParam; lo: number; hi: number; text: string }
  /** A yes/no property or end use; `assume` is taken when the description says nothing. */
  | { kind: 'flag'; flag: FlagName; want: boolean; assume?: boolean; text: string }
  | { kind: 'form'; allowed: Form[]; text: string }
  /** Met unless the form is known to be one of these ("UHTC in non-composite form is not controlled"). */
  | { kind: 'notForm'; excluded: Form[]; text: string }
  | { kind: 'condition'; allowed: Condition[]; text: string }
  | { kind: 'infiltrant'; allowed: Infiltrant[]; text: string }
  /** Met when the description names one of these concepts (a listed substance, a UHTC matrix). */
  | { kind: 'named'; concepts: string[]; text: string }
  /** The stock can be machined to a cylinder, tube or block of the 6.C.3 / 6.C.7.c sizes. */
  | { kind: 'machinable'; text: string }
  /** The largest or smallest linear dimension of the piece against a size (1C216's 75 mm note, 1C118 bars). */
  | { kind: 'dimension'; which: 'largest' | 'smallest'; op: Op; value: number; text: string }
  | { kind: 'any'; of: Criterion[]; text: string }
  | { kind: 'all'; of: Criterion[]; text: string };

export interface Source {
  /** Where the entry's number and category come from. */
  numbering: string;
  /** Where the wording of the criteria comes from. */
  wording: string;
  /** Date of the list version the entry follows. */
  date: string;
  /** False when the number was recalled rather than read in the documents at hand. */
  verified: boolean;
}

export interface Entry {
  regime: Regime;
  entry: string;
  category: 'I' | 'II' | 'Part 1' | 'Part 2' | null;
  eu: string | null;
  title: string;
  /** Candidate when an item concept is one of `any`, every `all` concept is present anywhere, and
   * (if `forms` is given) the form is known and one of them. */
  subject: { any: string[]; all?: string[]; forms?: Form[] };
  criteria: Criterion[];
  /** Qualifiers that do not decide ("usable in 'missiles'"), shown with the determination. */
  notes?: string[];
  twins?: string[];
  classes: ItemClass[];
  source: Source;
}

export type Role = 'item' | 'modifier' | 'purpose';

export interface ConceptHit {
  id: string;
  kind: 'material' | 'product' | 'form' | 'feature';
  role: Role;
  text: string;
  start: number;
  end: number;
}

export interface Known<T> {
  value: T;
  text: string;
  source: 'text' | 'explicit' | 'derived';
}

export interface Facts {
  concepts: ConceptHit[];
  nums: Map<NumParam, Known<Interval>>;
  /** A block's or bearing's dimensions as written, in metres. */
  dims?: Known<number[]>;
  flags: Map<FlagName, Known<boolean>>;
  form?: Known<Form>;
  condition?: Known<Condition>;
  infiltrant?: Known<Infiltrant>;
}
