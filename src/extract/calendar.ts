// Calendar arithmetic for date resolution, in UTC: a DTG is a UTC time and cables name days, not
// instants. Dates travel as {y, m, d} so that month and year precision never invent a day.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTHS: Array<[RegExp, number]> = [
  [/^jan(?:uary)?$/i, 1],
  [/^feb(?:ruary)?$/i, 2],
  [/^mar(?:ch)?$/i, 3],
  [/^apr(?:il)?$/i, 4],
  [/^may$/i, 5],
  [/^june?$/i, 6],
  [/^july?$/i, 7],
  [/^aug(?:ust)?$/i, 8],
  [/^sep(?:t|tember)?$/i, 9],
  [/^oct(?:ober)?$/i, 10],
  [/^nov(?:ember)?$/i, 11],
  [/^dec(?:ember)?$/i, 12],
];

/** Month names and their abbreviations as a regex source (a trailing dot is allowed by the callers). */
export const MONTH_SRC =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/, '');
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}

export function fromIso(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function toDate(v: Ymd): Date {
  return new Date(Date.UTC(v.y, v.m - 1, v.d));
}

export function fromDate(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(v: Ymd, days: number): Ymd {
  return fromDate(new Date(toDate(v).getTime() + days * 86_400_000));
}

export function addMonths(v: Ymd, months: number): Ymd {
  const total = v.y * 12 + (v.m - 1) + months;
  return { y: Math.floor(total / 12), m: (total % 12) + 1, d: v.d };
}

export function weekday(v: Ymd): number {
  return toDate(v).getUTCDay();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Compares at the coarser of the two precisions: a month is not after a day within it. */
export function compareAt(a: Ymd, b: Ymd, precision: 'day' | 'month' | 'year'): number {
  if (a.y !== b.y || precision === 'year') return a.y - b.y;
  if (a.m !== b.m || precision === 'month') return a.m - b.m;
  return a.d - b.d;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatAt(v: Ymd, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return pad(v.y, 4);
  if (precision === 'month') return `${pad(v.y, 4)}-${pad(v.m)}`;
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

/** A two-digit year in the century that puts it closest to the anchor year ("06" in 2007 → 2006, "74" in 1975 → 1974). */
export function expandYear(two: number, anchorYear: number): number {
  const base = Math.floor(anchorYear / 100) * 100;
  const candidates = [base - 100 + two, base + two, base + 100 + two];
  return candidates.reduce((best, c) => (Math.abs(c - anchorYear) < Math.abs(best - anchorYear) ? c : best));
}
