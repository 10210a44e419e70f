// The E.O. / declassification line: the executive order (12958, 13526, 12356 ...), the date on which
// the cable may be declassified, or the instruction when it is not a date (N/A, 25X1, OADR, "TWENTY
// YEARS"), and a downgrade ("DNG: CO 01/26/2021").
import { isoDate } from './utc-date.js';

export interface Declass {
  executiveOrder: string | null;
  declassifyOn: string | null;
  instruction: string | null;
  downgrade: { to: string; on: string | null } | null;
}

const EO_RE = /\bE\.?[ \t]?O\.?[ \t]*(1\d{3,4})\b(?:[ \t]+AS[ \t]+AMENDED)?[ \t]*[:;.,]?[ \t]*([^\n]*)/i;
const DECL_RE = /\bDECL(?:ASSIFY)?(?:[ \t]+ON)?[ \t]*[:;.]?[ \t]*([^\n]*)/i;

export function parseDeclass(region: string): Declass {
  const eo = EO_RE.exec(region);
  const out: Declass = { executiveOrder: eo ? normaliseOrder(eo[1]!) : null, declassifyOn: null, instruction: null, downgrade: null };
  const rest = eo ? eo[2]! : '';
  const decl = DECL_RE.exec(rest) ?? (eo ? null : DECL_RE.exec(region));
  const dng = /\bDNG[ \t]*:[ \t]*([A-Z]{1,2})[ \t]+(\d{1,4}\/\d{1,2}\/\d{2,4})/i.exec(rest || region);
  if (dng) out.downgrade = { to: dng[1]!.toUpperCase(), on: parseDate(dng[2]!) };
  const value = cut(decl ? decl[1]! : rest);
  if (value === '') return out;
  const date = parseDate(value.split(/\s+/)[0]!);
  if (date) out.declassifyOn = date;
  else out.instruction = value.replace(/[.;,]+$/, '').toUpperCase();
  return out;
}

function normaliseOrder(eo: string): string {
  // "E.O. 1295" is a clipped 12958.
  return eo === '1295' ? '12958' : eo;
}

function cut(text: string): string {
  return text.replace(/\b(?:TAGS?|TAS|TGS)\b.*$/i, '').replace(/\bSUBJ(?:ECT)?\b.*$/i, '').trim();
}

/** MM/DD/YYYY, M/D/YY, YYYY/MM/DD (also with dashes or dots) -> YYYY-MM-DD; null when not a date. */
export function parseDate(text: string): string | null {
  const t = text.replace(/[.,;]+$/, '');
  let m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  if (!m) return null;
  const year = m[3]!.length === 4 ? Number(m[3]) : 2000 + Number(m[3]) - (Number(m[3]) >= 60 ? 100 : 0);
  return iso(year, Number(m[1]), Number(m[2])) ?? iso(year, Number(m[2]), Number(m[1]));
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return isoDate(year, month, day);
}
