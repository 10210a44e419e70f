// Cuts a cable down to what one reader may see. The header (ids, dates, addressees, banner, TAGS,
// references, markings, classification authority, declassification) is never withheld; the subject,
// each paragraph, the body and the summary are, by their markings on the reader's day. The record
// is rebuilt from an allow-list of fields, so a field the parser adds later stays out until it is
// listed here.
import type { Cable, Paragraph } from '../cable/types.js';
import type { SubjectMarkings } from '../store/cable-store.js';
import { mayRead, type Reader } from './clearance.js';
import { cableMarking, combine, formatMarking, type Marking, markingAsOf, paragraphMarking, subjectMarking } from './marking.js';
import { declassificationDate } from './reader-class.js';

export type ShownParagraph =
  | (Pick<Paragraph, 'n' | 'marking' | 'text'> & { heading?: string })
  | { n: number; marking: string | null; withheld: true; withheldMarking: string };

/** A cable as one reader sees it: the header whole, the text cut by marking. */
export interface ReaderCable extends Omit<Cable, 'paragraphs' | 'subject' | 'body' | 'summary'> {
  subject: string | null;
  /** The subject's marking when it is withheld from this reader. */
  subjectWithheld?: string;
  paragraphs: ShownParagraph[];
  body: string | null;
  bodyWithheld?: string;
  summary: string | null;
  summaryWithheld?: string;
}

export interface Redaction {
  cable: ReaderCable;
  /** True when the reader's day is on or after the declassification date. */
  declassified: boolean;
  withheld: { subject: boolean; paragraphs: number[]; body: boolean };
  /** The highest marking (on the reader's day) of what the reader was shown; null when nothing. */
  readMarking: Marking | null;
}

export function redactCable(cable: Cable, reader: Reader): Redaction {
  const declassifyOn = declassificationDate(cable.declassifyOn);
  const may = (m: Marking) => mayRead(reader, m, declassifyOn);
  let read: Marking | null = null;
  const note = (m: Marking) => {
    const now = markingAsOf(m, declassifyOn, reader.asOf);
    read = read === null ? now : combine(read, now);
  };
  const subjectMark = subjectMarking(cable);
  const subjectShown = may(subjectMark);
  if (subjectShown && cable.subject) note(subjectMark);
  const paragraphs = cable.paragraphs.map((p): ShownParagraph => {
    const m = paragraphMarking(cable, p);
    if (!may(m)) return { n: p.n, marking: p.marking, withheld: true, withheldMarking: formatMarking(m) };
    note(m);
    return p.heading === undefined ? { n: p.n, marking: p.marking, text: p.text } : { n: p.n, marking: p.marking, heading: p.heading, text: p.text };
  });
  const withheldParagraphs = paragraphs.filter((p) => 'withheld' in p).map((p) => p.n);
  // The body and the summary mix every portion (and the banner's own text): whole, or not at all.
  const banner = cableMarking(cable);
  const bodyShown = may(banner) && subjectShown && withheldParagraphs.length === 0;
  if (bodyShown && cable.paragraphs.length === 0 && cable.body.trim()) note(banner);
  const shown: ReaderCable = {
    ...header(cable),
    subject: subjectShown ? cable.subject : null,
    ...(subjectShown ? {} : { subjectWithheld: formatMarking(subjectMark) }),
    paragraphs,
    body: bodyShown ? cable.body : null,
    ...(bodyShown ? {} : { bodyWithheld: formatMarking(banner) }),
    summary: bodyShown ? cable.summary : null,
    ...(bodyShown || cable.summary === null ? {} : { summaryWithheld: formatMarking(banner) }),
  };
  return {
    cable: shown,
    declassified: declassifyOn !== null && declassifyOn <= reader.asOf.slice(0, 10),
    withheld: { subject: !subjectShown, paragraphs: withheldParagraphs, body: !bodyShown },
    readMarking: read,
  };
}

/** The header fields, which every reader sees. */
function header(c: Cable): Omit<ReaderCable, 'paragraphs' | 'subject' | 'body' | 'summary'> {
  return {
    source: c.source,
    id: c.id,
    created: c.created,
    origin: c.origin,
    station: c.station,
    from: c.from,
    to: c.to,
    info: c.info,
    precedence: c.precedence,
    classification: c.classification,
    tags: c.tags,
    subjectMarking: c.subjectMarking,
    references: c.references,
    classifiedBy: c.classifiedBy,
    classifiedByNames: c.classifiedByNames,
    reasons: c.reasons,
    executiveOrder: c.executiveOrder,
    declassifyOn: c.declassifyOn,
    declassifyInstruction: c.declassifyInstruction,
    signer: c.signer,
    warnings: c.warnings,
    normalization: c.normalization,
    banner: c.banner,
    caveats: c.caveats,
    serial: c.serial,
    sha256: c.sha256,
  };
}

/** A cable summary or search hit with its subject cut when the reader may not see it. */
export type SubjectShown<T> = Omit<T, 'subject'> & { subject: string | null; subjectWithheld?: string };

export function redactSubject<T extends SubjectMarkings & { subject: string | null }>(reader: Reader, item: T): SubjectShown<T> {
  const m = subjectMarking({ classification: item.classification, caveats: item.caveats, subjectMarking: item.subjectMarking });
  if (mayRead(reader, m, declassificationDate(item.declassifyOn))) return item;
  return { ...item, subject: null, subjectWithheld: formatMarking(m) };
}
