// Which UN measures were in force for a country on a date, with their citations. A measure is in
// force from its first day (inclusive) until its end day (exclusive).
import { DemarcheError } from '../errors.js';
import { DPRK_MEASURES } from './measures/dprk.js';
import { IRAN_MEASURES } from './measures/iran.js';
import { OTHER_MEASURES } from './measures/others.js';
import type { Measure } from './measures/types.js';

export const MEASURES: readonly Measure[] = [...IRAN_MEASURES, ...DPRK_MEASURES, ...OTHER_MEASURES];

export interface DestinationScreening {
  country: string;
  date: string;
  measures: Measure[];
  /** Cautions: measures that ended before the date but were renewed by texts not encoded here. */
  notes: string[];
  /** Countries with at least one encoded measure, so an empty answer can be read in context. */
  covered: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a YYYY-MM-DD calendar date; `field` names the option in the error. */
export function requireDate(value: string, field = 'date'): string {
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) {
    throw new DemarcheError('BAD_INPUT', `${field}: expected a calendar date as YYYY-MM-DD, got "${value}"`, { details: { field } });
  }
  return value;
}

export function requireCountry(value: string, field = 'country'): string {
  if (!/^[A-Za-z]{2}$/.test(value)) {
    throw new DemarcheError('BAD_INPUT', `${field}: expected an ISO 3166-1 alpha-2 country code such as IR or KP, got "${value}"`, { details: { field } });
  }
  return value.toUpperCase();
}

export function inForce(m: Measure, date: string): boolean {
  return m.from <= date && (m.until === undefined || date < m.until);
}

export function screenDestination(country: string, date: string): DestinationScreening {
  const cc = requireCountry(country);
  const day = requireDate(date);
  const mine = MEASURES.filter((m) => m.country === cc);
  const notes = mine
    .filter((m) => m.until !== undefined && m.until <= day && m.note && /renewed/i.test(m.note))
    .map((m) => `${m.resolution} ended on ${m.until} as quoted; ${m.note}`);
  return {
    country: cc,
    date: day,
    measures: mine.filter((m) => inForce(m, day)),
    notes,
    covered: [...new Set(MEASURES.map((m) => m.country))],
  };
}
