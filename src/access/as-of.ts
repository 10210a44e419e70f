// The day access is evaluated on (the CLI's --as-of, the API's ?asOf=): a real calendar day as
// YYYY-MM-DD, default today. Declassification dates are compared with it.
import { z } from 'zod';
import { DemarcheError } from '../errors.js';
import { today } from './clearance.js';

export const asOfSchema = z
  .string()
  .trim()
  .refine(isDay, 'not a day; use YYYY-MM-DD, e.g. 2027-08-03')
  .describe('evaluate access on this day, YYYY-MM-DD (default today)');

function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The day to evaluate access on; BAD_INPUT naming `field` when it is not a day. */
export function parseAsOf(value: string | undefined, field = '--as-of'): string {
  if (value === undefined) return today();
  const r = asOfSchema.safeParse(value);
  if (!r.success) throw new DemarcheError('BAD_INPUT', `${field}: "${value}" is not a day; use YYYY-MM-DD, e.g. ${field} 2027-08-03`, { details: { field } });
  return r.data;
}
