// Parses one cable from its source bytes into a Cable record. Never throws: what cannot be
// placed becomes a warning on the record.
import { hash } from 'node:crypto';
import { type Banner, findBanner } from './banner.js';
import path from 'node:path';
import { canonicalStation, canonicalizeId, isKnownCablegateId, makeCableId } from './cable-id.js';
import { type ExportRecord, findExportRecord, withoutCutCopy } from './export-record.js';
import { parseClassifiedBy } from './classified-by.js';
import { parseDeclass } from './declass.js';
import { decodeCableBytes } from './decode.js';
import { type Dtg, type Routing, parseDateline, parseDtg, parseRouting } from './header.js';
import { type ClassificationContext, captionNoforn, classificationFromMarks, classificationOf, transmissionLevel } from './classification.js';
import { normalizeCableText, removePageArtefacts } from './normalize.js';
import { originFallback, originFromAddress } from './origin.js';
import { splitParagraphs, unwrap } from './paragraphs.js';
import { findReferenceBlock, parseReferences } from './references.js';
import { parseSubject } from './subject.js';
import { parseSummary } from './summary.js';
import { findTagsField, parseTags } from './tags.js';
import type { Cable } from './types.js';
import { cableVocab } from './vocab.js';
import { clippedParagraphs } from './clipping.js';

export function parseCable(input: Buffer | Uint8Array | string, source: string): Cable {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sha256 = hash('sha256', bytes, 'hex');
  try {
    return parseText(bytes, source, sha256);
  } catch (e) {
    // A parser bug must not lose the file: the record says what happened.
    const record = emptyCable(source, sha256, '');
    record.warnings.push(`parser error: ${e instanceof Error ? e.message : String(e)}`);
    return record;
  }
}

function parseText(bytes: Uint8Array, source: string, sha256: string): Cable {
  const warnings: string[] = [];
  const decoded = decodeCableBytes(bytes);
  if (decoded.latin1Bytes > 0) warnings.push(`${decoded.latin1Bytes} byte(s) were not UTF-8 and were read as latin-1`);
  if (decoded.text.includes('\u0000')) warnings.push('the file contains NUL bytes: it may be binary');
  const normalized = normalizeCableText(decoded.text);
  const clean = removePageArtefacts(withoutCutCopy(normalized.text));
  // Only the lines the banner search reads are cut out: the first 24 hold the banner of nine cables
  // in ten, else it is looked for in the first 81, as findBanner reads them (split('\n') cut every line).
  let lines = splitLines(clean, 24);
  let banner = findBanner(lines, 0);
  if (lines.length === 24 && !(banner && banner.line < 23)) {
    lines = splitLines(clean, 81);
    banner = findBanner(lines, 0);
  }
  // Without a banner, the header ends at the first field, looked for on every line.
  if (!banner && lines.length === 81) lines = clean.split('\n');
  const bannerLine = banner?.line ?? headerEnd(lines);
  // The header and the body are slices of the text: joining their lines again gave the same strings.
  const header = firstLines(clean, bannerLine);
  const routing = parseRouting(header);
  const dtg = routing.dtg ?? parseDtg(clean)?.dtg ?? parseDateline(clean);
  const bodyStart = bannerLine + (banner ? 1 : 0);
  const bodyOffset = lineOffset(clean, bodyStart);
  let bodyText = clean.slice(bodyOffset);
  // The body's lines, as clean.split('\n').slice(bodyStart) gave them; only those the header fields
  // read (up to the line after fieldsEnd) are cut out, below, unless the banner line ran on.
  let bodyLines: string[] | null = null;
  // A copy without line breaks continues on the banner line: "... CAIRO 008938SIPDIS E.O. 12958 ... TAGS: ...".
  if (banner?.rest) {
    bodyLines = clean.split('\n').slice(bodyStart);
    bodyLines.unshift(...splitGluedFields(banner.rest));
    bodyText = bodyLines.join('\n');
  }
  const paras = splitParagraphs(bodyText);
  // Past the end (a banner on the last line), lineOffset gives length + 1 and the body has no lines.
  const noBody = bodyLines === null && bodyOffset > clean.length;
  const fieldsEnd =
    paras.firstAt >= 0
      ? countLineBreaks(bodyText, paras.firstAt) + 1
      : bodyLines !== null ? Math.min(bodyLines.length, 40) : noBody ? 0 : lineCountUpTo(bodyText, 40);
  bodyLines ??= noBody ? [] : splitLines(bodyText, fieldsEnd + 1);
  const fields = firstLines(bodyText, fieldsEnd);
  // Before page-artefact removal, which takes the classification line of a record split one field a line.
  const record = findExportRecord(normalized.text);
  // References without a year take the cable's: from the DTG, else from the archive record's date.
  const year = dtg?.year ?? (record?.created ? Number(record.created.slice(0, 4)) : null);
  const station = banner?.station ? canonicalStation(banner.station) : null;
  const cable = emptyCable(source, sha256, paras.preamble);
  cable.warnings = warnings;
  cable.normalization = normalized.notes;
  fillHeader(cable, routing, dtg, banner);
  fillFields(cable, bodyLines, fieldsEnd, fields, year, station);
  if (!cable.classifiedBy && paras.paragraphs[0]) {
    const inFirst = parseClassifiedBy(paras.paragraphs[0].text);
    if (inFirst.text) Object.assign(cable, { classifiedBy: inFirst.text, classifiedByNames: inFirst.names, reasons: inFirst.reasons });
  }
  cable.paragraphs = paras.paragraphs;
  cable.signer = paras.signer;
  cable.summary = parseSummary(paras);
  cable.body = paras.paragraphs.length > 0 ? paras.paragraphs.map((p) => p.text).join('\n\n') : unwrap(paras.preamble);
  const foreign = foreignBanner(banner, routing);
  const context: ClassificationContext = {
    fields: `${header}\n${fields}`,
    subjectMarking: cable.subjectMarking,
    transmissionLevel: transmissionLevel(header),
    foreignBanner: foreign,
  };
  cable.classification = banner ? classificationOf(banner, context) : classificationFromMarks(paras.paragraphs, context);
  // The release records one caveat; access control must not lose a NOFORN it set aside.
  if (!foreign && !cable.caveats.includes('NOFORN') && captionNoforn(context.fields)) cable.caveats.push('NOFORN');
  if (record) applyRecord(cable, record);
  cable.id = cableId(cable, banner, dtg, routing, record, foreign);
  // A cable does not cite itself: its own id in the REF block comes from an archive record run into it.
  cable.references = cable.references.filter((r) => r.kind !== 'cable' || r.id !== cable.id);
  cable.origin ??= originFallback(null, cable.station);
  addWarnings(cable, banner, dtg ?? (record?.created ? ({} as Dtg) : null), bodyText);
  return cable;
}

/** The first n lines of a text, as text.split('\n').slice(0, n).join('\n'). */
function firstLines(text: string, n: number): string {
  if (n <= 0) return '';
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at);
}

/** text.split('\n').slice(0, n), without cutting out the lines after the first n. */
function splitLines(text: string, n: number): string[] {
  const out: string[] = [];
  for (let at = 0; out.length < n; ) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) {
      out.push(text.slice(at));
      break;
    }
    out.push(text.slice(at, nl));
    at = nl + 1;
  }
  return out;
}

/** Math.min(text.split('\n').length, max). */
function lineCountUpTo(text: string, max: number): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0 && n < max; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** Where line n starts (past the end when the text has fewer lines), as the lengths of lines 0..n-1 plus their breaks. */
function lineOffset(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n; k++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length + 1;
    at = nl + 1;
  }
  return at;
}

function countLineBreaks(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Puts the fields of a line-break-less copy back on lines of their own. */
function splitGluedFields(text: string): string[] {
  return text
    .replace(/(?=\bE\.?[ \t]?O\.?[ \t]*1\d{3,4}|TAGS?[ \t]*:|SUBJECT[ \t]*:|\bREF[ \t]*:|Classified By)/g, '\n')
    .split('\n');
}

/** Without a banner, the header ends where the first field (E.O., TAGS, SUBJECT) starts. */
function headerEnd(lines: readonly string[]): number {
  const i = lines.findIndex((l) => /^[ \t]*(?:E\.?O\.?[ \t]*1\d{3,4}|TAGS\b|SUBJECT\b)/i.test(l));
  return i >= 0 ? i : 0;
}

function fillHeader(cable: Cable, routing: Routing, dtg: Dtg | null, banner: Banner | null): void {
  cable.created = dtg?.iso ?? null;
  cable.from = routing.from;
  cable.to = routing.to;
  cable.info = routing.info;
  cable.precedence = routing.precedence;
  cable.banner = banner?.text ?? null;
  cable.caveats = banner?.caveats ?? [];
  cable.serial = banner?.serial ?? null;
  cable.station = banner?.station ? canonicalStation(banner.station) : null;
  cable.origin = (routing.from && originFromAddress(routing.from)) || originFallback(routing.senderRoute, banner?.station ?? null);
}

function fillFields(
  cable: Cable,
  bodyLines: readonly string[],
  fieldsEnd: number,
  fields: string,
  year: number | null,
  station: string | null,
): void {
  const tagsField = findTagsField(bodyLines, 0, fieldsEnd);
  cable.tags = tagsField === null ? [] : parseTags(tagsField);
  const subject = parseSubject(bodyLines, 0, fieldsEnd);
  cable.subject = subject?.text ?? null;
  cable.subjectMarking = subject?.marking ?? null;
  const refBlock = findReferenceBlock(fields);
  cable.references = refBlock === null ? [] : parseReferences(refBlock, year, station);
  const cb = parseClassifiedBy(fields);
  cable.classifiedBy = cb.text;
  cable.classifiedByNames = cb.names;
  cable.reasons = cb.reasons;
  const declass = parseDeclass(fields);
  cable.executiveOrder = declass.executiveOrder;
  cable.declassifyOn = declass.declassifyOn;
  cable.declassifyInstruction = declass.instruction;
}

/** A missing header field is taken from the archive's own record when the copy carries one. */
function applyRecord(cable: Cable, record: ExportRecord): void {
  if (!cable.created && record.created) cable.created = record.created;
  if (!cable.origin && record.origin) cable.origin = record.origin;
  if (!cable.classification && record.classification) cable.classification = record.classification;
}

/**
 * The id from the banner's station and serial and the DTG year; when the banner lost them, from
 * the FM line and the DE line's serial, the archive record, or a file name that agrees with them.
 */
function cableId(
  cable: Cable,
  banner: Banner | null,
  dtg: Dtg | null,
  routing: Routing,
  record: ExportRecord | null,
  foreign: boolean,
): string | null {
  const year = dtg?.year ?? (record?.created ? Number(record.created.slice(0, 4)) : null);
  let bannerStation = banner?.station && !/^X+$/.test(banner.station) ? banner.station : null;
  let serial = banner?.serial ?? routing.serial;
  const fmStation = stationOfAddress(routing.from);
  if (foreign) {
    // The banner belongs to another cable (a damaged copy): the transmission header decides.
    cable.warnings.push(`the banner names ${banner?.station} ${banner?.serial} but the header says ${routing.from} #${routing.serial}: the body may belong to another cable`);
    bannerStation = null;
    serial = routing.serial;
  }
  // A serial cut short where the banner runs into the next field ("00167SIPDIS" for 001673).
  if (banner?.serial && routing.serial && routing.serial.length > String(Number(banner.serial)).length
    && routing.serial.startsWith(String(Number(banner.serial)))) serial = routing.serial;
  const station = bannerStation ?? fmStation;
  if (station && !cable.station) cable.station = canonicalStation(station);
  if (year !== null && station && serial) return makeCableId(year, station, serial);
  if (record?.id) return canonicalizeId(record.id);
  const named = idFromFileName(cable.source);
  if (named && cable.station && serial && named.endsWith(`${cable.station}${Number(serial)}`)) {
    cable.warnings.push(`the year of the id comes from the file name (${path.basename(cable.source)}): the text has no date`);
    return named;
  }
  if (named && !serial) {
    cable.warnings.push(`the id comes from the file name (${path.basename(cable.source)}): the text has no banner or DE line`);
    cable.station ??= /^\d{2}([A-Z]+)\d+$/.exec(named)?.[1] ?? null;
    return named;
  }
  return null;
}

function idFromFileName(source: string): string | null {
  const stem = path.basename(source).replace(/\.[a-z]+$/i, '');
  return /^\d{2}[A-Z]+\d+$/.test(stem) ? canonicalizeId(stem) : null;
}

/** The banner names another station and serial than the FM and DE lines: the body is another cable's. */
function foreignBanner(banner: Banner | null, routing: Routing): boolean {
  const bannerStation = banner?.station && !/^X+$/.test(banner.station) ? banner.station : null;
  const fmStation = stationOfAddress(routing.from);
  const fmKnown = fmStation !== null && cableVocab().stations.has(fmStation);
  return Boolean(bannerStation && fmKnown && routing.serial && banner?.serial && Number(routing.serial) !== Number(banner.serial)
    && canonicalStation(bannerStation) !== fmStation);
}

const ADDRESS_PREFIX = /^(?:AMEMBASSY|AMCONSUL(?:ATE)?|USMISSION|USINT|USOFFICE|REO|IRAN|AMERICAN EMBASSY)\s+/;

/** The station of an FM line: "AMEMBASSY BUENOS AIRES" -> BUENOSAIRES, "SECSTATE WASHDC" -> STATE. */
function stationOfAddress(from: string | null): string | null {
  if (!from) return null;
  const address = from.toUpperCase().replace(/\/\/.*$/, '').trim();
  if (/^SECSTATE\b/.test(address)) return 'STATE';
  const station = canonicalStation(address.replace(ADDRESS_PREFIX, '').replace(ADDRESS_PREFIX, ''));
  return station.length >= 3 ? station : null;
}

function addWarnings(cable: Cable, banner: Banner | null, dtg: Dtg | null, bodyText: string): void {
  if (!banner) cable.warnings.push('no classification banner found');
  if (!dtg) cable.warnings.push('no date-time group (DTG) or dateline found: created is unknown');
  if (!cable.id) cable.warnings.push('no canonical id: the banner station/serial or the DTG year is missing');
  if (cable.paragraphs.length === 0) cable.warnings.push('no numbered paragraphs found');
  if (cable.id && dtg && cable.id.length > 2) {
    const known = isKnownCablegateId(cable.id);
    if (!known && /^\d{2}[A-Z]+\d+$/.test(cable.id)) cable.warnings.push(`id ${cable.id} is not in the Cablegate id list`);
  }
  for (const n of clippedParagraphs(bodyText, cable.paragraphs)) {
    cable.warnings.push(`paragraph ${n} appears clipped at the page edge: text is lost`);
  }
}

function emptyCable(source: string, sha256: string, body: string): Cable {
  return {
    source,
    id: null,
    created: null,
    origin: null,
    station: null,
    from: null,
    to: [],
    info: [],
    precedence: null,
    classification: null,
    tags: [],
    subject: null,
    subjectMarking: null,
    references: [],
    classifiedBy: null,
    classifiedByNames: [],
    reasons: [],
    executiveOrder: null,
    declassifyOn: null,
    declassifyInstruction: null,
    paragraphs: [],
    summary: null,
    signer: null,
    warnings: [],
    normalization: [],
    banner: null,
    caveats: [],
    serial: null,
    body,
    sha256,
  };
}
