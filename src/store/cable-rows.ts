// The rows a cable becomes in any store, computed once for every backend: the cables row, the hash
// of the parsed record, tags as filters read them, and each paragraph's level on the access lattice.
import { createHash } from 'node:crypto';
import { paragraphMarking, paragraphMarkings } from '../access/marking.js';
import { levelRank } from '../cable/markings.js';
import type { Cable } from '../cable/types.js';
import type { SearchHit } from './cable-store.js';
import { classificationLevelName } from './marking-level.js';
import { highlightMarked } from './sqlite/snippet.js';

export const CABLE_COLUMNS = [
  'id', 'created', 'year', 'origin', 'station', 'from_name', 'precedence', 'classification', 'class_level',
  'banner', 'caveats', 'subject', 'subject_marking', 'classified_by', 'reasons', 'executive_order',
  'declassify_on', 'declassify_instruction', 'serial', 'summary', 'signer', 'source', 'sha256', 'warnings',
  'warning_count', 'ingested_at', 'parse_sha256',
] as const;

export type CableColumn = (typeof CABLE_COLUMNS)[number];

/** A paragraph's level on the access lattice (0 U … 3 TS), its portion mark's or the banner's. */
export function paragraphLevel(cable: Cable, p: Cable['paragraphs'][number]): number {
  return levelRank(paragraphMarking(cable, p).level);
}

/** paragraphLevel of every paragraph of the cable, in order. */
export function paragraphLevels(cable: Cable): number[] {
  return paragraphMarkings(cable, cable.paragraphs).map((m) => levelRank(m.level));
}

/** A hash of the parsed record, where it came from left out: a moved file is not a new parse. */
export function parseHash(cable: Cable, id: string): string {
  return hashedRecord(cable, id).parseSha;
}

const BLANK_SOURCE = '{"source":""';

/**
 * parseHash and the stored record's JSON (JSON.stringify({...cable, id})) from one serialisation:
 * the two texts differ only in the value of source, which a parsed cable holds as its first key.
 * Serialising a cable is a tenth of a millisecond, on the path of every ingested file.
 */
export function hashedRecord(cable: Cable, id: string): { parseSha: string; record: () => string } {
  const blank = JSON.stringify({ ...cable, id, source: '' });
  const parseSha = createHash('sha256').update(blank).digest('hex');
  const record = () =>
    typeof cable.source === 'string' && blank.startsWith(BLANK_SOURCE)
      ? `{"source":${JSON.stringify(cable.source)}${blank.slice(BLANK_SOURCE.length)}`
      : JSON.stringify({ ...cable, id });
  return { parseSha, record };
}

/** Tags upper-cased for filtering, each once (a cable can repeat a tag), at its first position. */
export function uniqueTags(tags: string[]): Array<{ tag: string; position: number }> {
  const seen = new Set<string>();
  const out: Array<{ tag: string; position: number }> = [];
  tags.forEach((raw, position) => {
    const tag = raw.trim().toUpperCase();
    if (tag.length === 0 || seen.has(tag)) return;
    seen.add(tag);
    out.push({ tag, position });
  });
  return out;
}

export function cableRow(c: Cable, id: string, now: string): Omit<Record<CableColumn, unknown>, 'parse_sha256'> {
  return {
    id,
    created: c.created,
    year: c.created && /^\d{4}/.test(c.created) ? Number(c.created.slice(0, 4)) : null,
    origin: c.origin,
    station: c.station,
    from_name: c.from,
    precedence: c.precedence,
    classification: c.classification,
    class_level: classificationLevelName(c.classification),
    banner: c.banner,
    caveats: JSON.stringify(c.caveats ?? []),
    subject: c.subject,
    subject_marking: c.subjectMarking,
    classified_by: c.classifiedBy,
    reasons: JSON.stringify(c.reasons ?? []),
    executive_order: c.executiveOrder,
    declassify_on: c.declassifyOn,
    declassify_instruction: c.declassifyInstruction,
    serial: c.serial,
    summary: c.summary,
    signer: c.signer,
    source: c.source,
    sha256: c.sha256,
    warnings: JSON.stringify(c.warnings ?? []),
    warning_count: c.warnings?.length ?? 0,
    ingested_at: now,
  };
}

/** A cable's columns as both stores' searches select them for a hit. */
export interface SearchCableRow {
  pk: number;
  id: string;
  created: string | null;
  origin: string | null;
  classification: string | null;
  subject: string | null;
  subject_marking: string | null;
  caveats: string;
  declassify_on: string | null;
}

/**
 * The hit both stores' searches give for a cable row: its score rounded to four digits and its
 * snippet (with the full-text marks around matched terms) as plain text and highlight offsets.
 */
export function searchHit(row: SearchCableRow, score: number, markedSnippet: string): SearchHit {
  const { text, highlights } = highlightMarked(markedSnippet.replace(/\s+/g, ' ').trim());
  return {
    id: row.id,
    created: row.created,
    origin: row.origin,
    classification: row.classification,
    subject: row.subject,
    subjectMarking: row.subject_marking,
    caveats: JSON.parse(row.caveats) as string[],
    declassifyOn: row.declassify_on,
    score: Number(score.toPrecision(4)),
    snippet: text,
    highlights,
  };
}
