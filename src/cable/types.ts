// The parsed cable record: the contract between the parser, the store and every interface.
// Field names are part of the public JSON output of `demarche parse`.

export type Precedence = 'FLASH' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE' | string;

export interface Recipient {
  /** Routing indicator (PLAD prefix), e.g. "RUEHC"; null when the line carries none. */
  route: string | null;
  /** The addressee as written, e.g. "SECSTATE WASHDC". */
  name: string;
  precedence: Precedence | null;
  /** Message control number, e.g. "0382". */
  mcn: string | null;
  /** Addressees excluded from a collective (XMT lines). */
  excluded?: string[];
}

export type ReferenceKind = 'cable' | 'email' | 'iir' | 'fam' | 'telcon' | 'memo' | 'other';

export interface Reference {
  /** Canonical cable id for kind "cable"; the text as written otherwise. */
  id: string;
  kind: ReferenceKind;
  /** The item letter (A, B ...) when the REF list is lettered. */
  label: string | null;
}

/** Portion marks as they appear in a cable: U, SBU, C, S, TS, with caveats such as NF. */
export type PortionMark = string;

export interface Paragraph {
  n: number;
  /** The portion mark as written without parentheses ("S", "C", "S//NF", "SBU"); null when unmarked. */
  marking: PortionMark | null;
  text: string;
  /** A section heading that stood before this paragraph. */
  heading?: string;
}

export interface Cable {
  source: string;
  id: string | null;
  created: string | null;
  origin: string | null;
  station: string | null;
  from: string | null;
  to: Recipient[];
  info: Recipient[];
  precedence: Precedence | null;
  classification: string | null;
  tags: string[];
  subject: string | null;
  subjectMarking: PortionMark | null;
  references: Reference[];
  classifiedBy: string | null;
  /** The person(s) named in classifiedBy, without titles ("Daniel Piccuta"). */
  classifiedByNames: string[];
  reasons: string[];
  executiveOrder: string | null;
  declassifyOn: string | null;
  paragraphs: Paragraph[];
  summary: string | null;
  signer: string | null;
  warnings: string[];
  /** What normalisation did to the source text (LaTeX removed, OCR'd pilcrows ...): not problems. */
  normalization: string[];
  /** Everything below is extra to the contract. */
  /** The banner line as found, spaced letters joined ("SECRET SECTION 01 OF 02 BEIJING 001448"). */
  banner: string | null;
  /** Caveats and control markings from the banner (NOFORN, SIPDIS ...), and a NOFORN line of the caption. */
  caveats: string[];
  /** Declassification instruction when it is not a date ("25X1", "N/A", "TWENTY YEARS"). */
  declassifyInstruction: string | null;
  /** Transmission serial from the banner, e.g. "005039". */
  serial: string | null;
  /** The body text after normalisation (header removed), for full-text search and provenance. */
  body: string;
  /** sha256 of the source bytes. */
  sha256: string;
}
