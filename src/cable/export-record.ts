// Some released copies carry the archive's own record before the cable text: a tab-separated row
// ("22350	2004-11-02 18:31:00	04BOGOTA11339	Embassy Bogota	CONFIDENTIAL	...") or the same fields
// one per line, or separated by commas or spaces, or a "Cable dated:2005-11-29T14:19:00" stamp. They stand in for a missing header.
import { hasCableDated } from './normalize.js';

export interface ExportRecord {
  id: string | null;
  /** ISO time when the record gives one, else the date only (YYYY-MM-DD). */
  created: string | null;
  origin: string | null;
  classification: string | null;
}

const TAB_ROW = /^(?:\d+\t)?(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::\d{2})?)?\t([0-9A-Z]+)\t([^\t\n]+)\t([^\t\n]+)\t/m;
// Fields may have been put on lines of their own by normalisation (a banner word after '",').
const CSV_ROW = /^\d+,(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2}),(\d{2}[A-Z][0-9A-Z]+),"?([^",\n]+)"?,\s*([A-Z/ ]+),/m;
const LINE_ROW = /^\d{3,7}[ \t]*\n(?:[ \t]*\n)*(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::\d{2})?)?[ \t]*\n(?:[ \t]*\n)*(\d{2}[A-Z][0-9A-Z]+)[ \t]*\n(?:[ \t]*\n)*([A-Z][^\n]{2,60})\n(?:[ \t]*\n)*((?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)[^\n]*)/m;
// The same row with its fields run together by spaces: "23064 11/19/2004 15:41 04BRUSSELS4944 C O N F I D ...".
const SPACED_ROW = /^\d{3,7}[ \t]+(\d{1,2})\/(\d{1,2})\/(\d{4})[ \t]+(\d{1,2}):(\d{2})[ \t]+(\d{2}[A-Z][0-9A-Z]+)\b/m;
const DATED = /Cable dated:[ \t]*(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

// The same patterns, tried at one place: every row pattern starts with a digit at the start of a line.
const TAB_ROW_AT = new RegExp(TAB_ROW.source, 'my');
const CSV_ROW_AT = new RegExp(CSV_ROW.source, 'my');
const LINE_ROW_AT = new RegExp(LINE_ROW.source, 'my');
const SPACED_ROW_AT = new RegExp(SPACED_ROW.source, 'my');

/**
 * The first match of a row pattern, as its multiline search finds it, tried only at the starts of
 * lines that begin with a digit (a search tried every position of the text, four times).
 */
function rowAt(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray | null {
  for (const at of starts) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** Where the lines that start with a digit start; null when the text has other line terminators than \n (^ starts lines after them too). */
function digitLineStarts(text: string): number[] | null {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return null;
  const starts: number[] = [];
  for (let at = 0; at >= 0 && at < text.length; ) {
    const c = text.charCodeAt(at);
    if (c >= 48 && c <= 57) starts.push(at);
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? -1 : nl + 1;
  }
  return starts;
}

export function findExportRecord(text: string): ExportRecord | null {
  const starts = digitLineStarts(text);
  if (starts !== null) return fromRows(text, starts.length === 0 ? null : starts);
  // A literal the pattern needs is looked for first: the patterns try every line of every cable.
  const m = (text.includes('\t') ? TAB_ROW.exec(text) : null) ?? LINE_ROW.exec(text);
  return fromMatches(text, m, () => CSV_ROW.exec(text), () => SPACED_ROW.exec(text));
}

function fromRows(text: string, starts: readonly number[] | null): ExportRecord | null {
  if (starts === null) return fromMatches(text, null, () => null, () => null);
  const m = (text.includes('\t') ? rowAt(TAB_ROW_AT, text, starts) : null) ?? rowAt(LINE_ROW_AT, text, starts);
  return fromMatches(text, m, () => rowAt(CSV_ROW_AT, text, starts), () => rowAt(SPACED_ROW_AT, text, starts));
}

function fromMatches(
  text: string,
  m: RegExpExecArray | null,
  csvRow: () => RegExpExecArray | null,
  spacedRow: () => RegExpExecArray | null,
): ExportRecord | null {
  if (m) {
    return {
      id: m[3]!,
      created: m[2] ? `${m[1]}T${m[2]}:00Z` : m[1]!,
      origin: m[4]!.trim(),
      classification: m[5]!.trim(),
    };
  }
  const csv = csvRow();
  if (csv) {
    const [, mo, dd, yyyy, hh, mi, id, origin, classification] = csv;
    const created = `${yyyy}-${mo!.padStart(2, '0')}-${dd!.padStart(2, '0')}T${hh!.padStart(2, '0')}:${mi}:00Z`;
    return { id: id!, created, origin: origin!.trim(), classification: classification!.trim() };
  }
  const spaced = spacedRow();
  if (spaced) {
    const [, mo, dd, yyyy, hh, mi, id] = spaced;
    return { id: id!, created: `${yyyy}-${mo!.padStart(2, '0')}-${dd!.padStart(2, '0')}T${hh!.padStart(2, '0')}:${mi}:00Z`, origin: null, classification: null };
  }
  const dated = hasCableDated(text) ? DATED.exec(text) : null;
  return dated ? { id: null, created: `${dated[1]}T${dated[2]}:00Z`, origin: null, classification: null } : null;
}

const NOTICE = /^\s*This record is a partial extract of the original cable\./;
const KEYED_RECORD = /^id: \d+[ \t]*\n(?:date: [^\n]*\n)?refid: [^\n]+$/m;
const HEADER_ENDS = /^-{5,} header ends -{5,}[ \t]*$/m;

/**
 * Some partial extracts are followed by the archive's whole record: the record's fields one a line,
 * then the cable's banner and text again, whole ("... ¶1. (U) ...", "10341", "2003-08-27",
 * "03THEHAGUE2163", "Embassy The Hague", "UNCLASSIFIED", "UNCLAS SECTION 01 OF 02 THE HAGUE 002163",
 * ...). The text without the cut copy before the record, or the text itself when it is no such file.
 */
export function withoutCutCopy(text: string): string {
  // ("¶1. (SBU) Summary: Emboffs and P...", then "id: 155355", "date: ...", "refid: 08LIMA913", ...,
  // "header:", the routing header, "---- header ends ----" and the whole text: the same in the form of
  // a keyed record.)
  // (The literal first: the pattern is tried on every file parsed.)
  const keyed = text.includes('id: ') ? KEYED_RECORD.exec(text) : null;
  if (keyed && /\.\.\.\s*$/.test(text.slice(0, keyed.index)) && HEADER_ENDS.test(text.slice(keyed.index))) return text.slice(keyed.index);
  const notice = NOTICE.exec(text);
  if (!notice) return text;
  const row = LINE_ROW.exec(text);
  if (!row) return text;
  // The extract's banner: its first line after the notice.
  const banner = text
    .slice(notice[0].length)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^The full text of the original cable is not available\.$/.test(l));
  if (!banner || banner.length < 12) return text;
  const after = text.slice(row.index + row[0].length).split('\n', 14).map((l) => l.trim());
  if (!after.includes(banner)) return text;
  return `${text.slice(0, text.indexOf('\n', notice.index + notice[0].length) + 1 || text.length)}\n${text.slice(row.index)}`;
}

