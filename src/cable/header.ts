// The ACP-127 routing header: transmission id, DE line, date-time group, FM, TO and INFO with
// routing indicators, precedence and message control numbers. Also the two other date sources a
// headerless copy can carry: a Guardian-style dateline and a printout-style PAGE 01 line.
import type { Recipient } from './types.js';
import { isoDate } from './utc-date.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const PRECEDENCE_BY_LETTER: Record<string, string> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' };
const PRECEDENCE_WORDS = String.raw`NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH|CRITIC`;

export interface Dtg {
  iso: string;
  raw: string;
  year: number;
  month: number;
}

export interface Routing {
  transmissionId: string | null;
  dtg: Dtg | null;
  precedence: string | null;
  from: string | null;
  to: Recipient[];
  info: Recipient[];
  /** Routing indicator of the sender from the DE line, e.g. RUEHBJ. */
  senderRoute: string | null;
  /** The message serial on the DE line ("DE RUEHBJ #5705/01 2420858" -> "5705"). */
  serial: string | null;
}

/**
 * Matches a DTG such as `O 020704Z AUG 07`, `OO 300858Z AUG 07`, `O P 190243Z DEC 89`, and the
 * mixed-case month of the line that heads partial-extract copies (`261800Z Jul 05`).
 */
const DTG_RE = /(?:^|[\s/])(?:([OPRZ]{1,2}(?: [OPRZ])?)[ \t]+|(?<=^))(\d{2})(\d{2})(\d{2})Z[ \t]+([A-Z][A-Za-z]{2})[ \t]+(\d{4}|\d{2})\b/m;

export function parseDtg(text: string): { dtg: Dtg; precedence: string | null; index: number; end: number } | null {
  // The pattern is tried at every character; a text without a digit before a Z has no DTG (a tenth
  // of the cables has none in its header, and the whole text is searched then).
  if (!hasDigitBeforeZ(text)) return null;
  const m = DTG_RE.exec(text);
  if (!m) return null;
  const [, prec, dd, hh, mi, mon, yy] = m;
  const dtg = makeDtg(Number(dd), Number(hh), Number(mi), mon!, yy!, m[0].trim());
  if (dtg === null) return null;
  const start = m.index + (prec ? m[0].indexOf(prec) : 0);
  return { dtg, precedence: prec ? (PRECEDENCE_BY_LETTER[prec[0]!] ?? null) : null, index: start, end: m.index + m[0].length };
}

/** Whether a Z follows a digit somewhere in the text, as in every DTG ("020704Z"); Z is a rare letter. */
function hasDigitBeforeZ(text: string): boolean {
  for (let z = text.indexOf('Z', 1); z >= 0; z = text.indexOf('Z', z + 1)) {
    const c = text.charCodeAt(z - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function makeDtg(day: number, hour: number, minute: number, mon: string, yy: string, raw: string): Dtg | null {
  const month = MONTHS.indexOf(mon.toUpperCase()) + 1;
  if (month === 0 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const year = yy.length === 4 ? Number(yy) : expandYear(Number(yy));
  // As new Date(Date.UTC(year, month - 1, day, hour, minute)).toISOString() without the milliseconds.
  const date = isoDate(year, month, day);
  if (date === null) return null;
  return { iso: `${date}T${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}:00Z`, raw, year, month };
}

/** Two-digit years: cables run from 1966 to 2010, so 66-99 are 19xx and the rest 20xx. */
export function expandYear(yy: number): number {
  return yy >= 60 ? 1900 + yy : 2000 + yy;
}

export function parseRouting(header: string): Routing {
  const found = parseDtg(header);
  const de = /^[ \t]*DE[ \t]+([A-Z]{4,7})\b(?:[ \t]+#[ \t]*(\d{1,6}))?/m.exec(header);
  const routing: Routing = {
    transmissionId: /^[ \t]*(VZCZC[A-Z0-9]+)/m.exec(header)?.[1] ?? null,
    dtg: found?.dtg ?? null,
    precedence: found?.precedence ?? null,
    from: null,
    to: [],
    info: [],
    senderRoute: de?.[1] ?? null,
    serial: de?.[2] ?? null,
  };
  const rest = found ? header.slice(found.end) : header;
  readAddressees(rest, routing);
  return routing;
}

type Section = 'to' | 'info' | 'xmt' | null;

/** Splits FM/TO/INFO/XMT sections (on their own lines or run together) and reads one addressee a line. */
function readAddressees(text: string, routing: Routing): void {
  const lines = text
    .replace(/[ \t]+(FM|TO|INFO|XMT|BT)[ \t]+(?=\S)/g, '\n$1 ')
    .split('\n')
    .map((l) => l.trim());
  let section: Section = null;
  for (const line of lines) {
    if (line === '' || line === 'BT' || /^PAGE \d{2}\b/.test(line) || /^(?:DE|ZNY|ZNR|VZCZC\w*)\b/.test(line)) {
      if (line === 'BT') section = null;
      continue;
    }
    const kw = /^(FM|TO|INFO|XMT)\b[ \t/]*(.*)$/.exec(line);
    if (kw) {
      if (kw[1] === 'FM') {
        routing.from ??= kw[2]!.trim() || null;
        section = null;
        continue;
      }
      section = kw[1] === 'TO' ? 'to' : kw[1] === 'INFO' ? 'info' : 'xmt';
      if (kw[2]) addAddressee(kw[2], section, routing);
      continue;
    }
    if (section) addAddressee(line, section, routing);
  }
}

const ADDRESSEE_RE = new RegExp(
  String.raw`^(?:([A-Z0-9]{4,8})\/)?(.+?)(?:[ \t]+(${PRECEDENCE_WORDS}))?(?:[ \t]+(\d{4}))?$`,
);

const ROUTE_RE = /^([A-Z0-9]{4,8})\//;
const ADDRESSEE_TAIL_RE = new RegExp(String.raw`^(?:[ \t]+(${PRECEDENCE_WORDS}))?(?:[ \t]+(\d{4}))?$`);

/**
 * ADDRESSEE_RE.exec(line), without its lazy name: the name ends at the first blank (one character
 * in at least) from which the tail, precedence and message number, runs to the end, else at the
 * end. The pattern tried the tail after every character. In a line of single spaces (addAddressee
 * folds white space) a tail holds at most three blanks (before the precedence, inside NIACT
 * IMMEDIATE, before the number), so only the last three can start it; other lines take the pattern.
 */
function readAddressee(line: string): (string | undefined)[] | null {
  if (/[\n\r\u2028\u2029\t]|  /.test(line)) return ADDRESSEE_RE.exec(line);
  const route = ROUTE_RE.exec(line);
  // The route is optional and greedy: without a name after it, the name starts at the beginning.
  const start = route && line.length > route[0].length ? route[0].length : 0;
  if (line.length <= start) return null;
  const b1 = line.lastIndexOf(' ');
  const b2 = b1 > 0 ? line.lastIndexOf(' ', b1 - 1) : -1;
  const b3 = b2 > 0 ? line.lastIndexOf(' ', b2 - 1) : -1;
  for (let j = 0; j < 3; j++) {
    const k = j === 0 ? b3 : j === 1 ? b2 : b1;
    if (k <= start) continue;
    const tail = ADDRESSEE_TAIL_RE.exec(line.slice(k));
    if (tail) return [line, start > 0 ? route![1] : undefined, line.slice(start, k), tail[1], tail[2]];
  }
  return [line, start > 0 ? route![1] : undefined, line.slice(start), undefined, undefined];
}

const FOLDABLE = /[^\S ]| \s/;

function addAddressee(line: string, section: Exclude<Section, null>, routing: Routing): void {
  if (/^PAGE \d{2}\b/.test(line)) return;
  // Printout distribution lists ("INFO LOG-00 NP-00 ...") are not addressees.
  if (/\b[A-Z]{1,6}-\d{2}\b/.test(line) && /^(?:[A-Z/]+-\d{2}\s*)+/.test(line)) return;
  // Folded only when it changes the line: white space other than a space, or a run of two.
  const m = readAddressee(FOLDABLE.test(line) ? line.replace(/\s+/g, ' ') : line);
  if (!m || !/[A-Z]/.test(m[2]!)) return;
  if (section === 'xmt') {
    const target = routing.info.at(-1) ?? routing.to.at(-1);
    if (target) (target.excluded ??= []).push(m[2]!);
    return;
  }
  const recipient: Recipient = { route: m[1] ?? null, name: m[2]!, precedence: m[3] ?? null, mcn: m[4] ?? null };
  (section === 'to' ? routing.to : routing.info).push(recipient);
}

const DATELINE_RE =
  /^[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+(\d{1,2})[ \t]+([A-Za-z]+)[ \t]+(\d{4}),[ \t]+(\d{2}):(\d{2})/m;

/** A Guardian-style dateline, "Wednesday, 26 March 2008, 09:48" (UTC, as the DTG). */
export function parseDateline(text: string): Dtg | null {
  // Every weekday the pattern names ends in 'day,': without it, the pattern is not tried at every line.
  if (!text.includes('day,')) return null;
  const m = DATELINE_RE.exec(text);
  if (!m) return null;
  return makeDtg(Number(m[1]), Number(m[4]), Number(m[5]), m[2]!.slice(0, 3), m[3]!, m[0].trim());
}
