// zod schemas for the item, destination and transaction commands' options, and the one place that
// turns a failed parse into a BAD_INPUT error naming the option.
import { z } from 'zod';
import { DemarcheError } from '../errors.js';

const param = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*=.+$/, 'expected name=value, e.g. density=1.85g/cm3');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const country = z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as IR');

export const itemOptionsSchema = z.object({
  param: z.array(param).default([]),
  search: z.boolean().default(true),
  json: z.boolean().optional(),
});

export const destinationOptionsSchema = z.object({
  date: date.optional(),
  json: z.boolean().optional(),
});

export const transactionOptionsSchema = z.object({
  party: z.string().trim().min(1, 'expected a party name'),
  item: z.string().trim().min(1, 'expected an item description'),
  to: country,
  date,
  param: z.array(param).default([]),
  json: z.boolean().optional(),
});

export function parseOptions<S extends z.ZodType>(schema: S, opts: unknown): z.output<S> {
  const r = schema.safeParse(opts);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = String(issue?.path[0] ?? 'options');
  const index = issue?.path[1];
  const given = typeof index === 'number' ? (opts as Record<string, unknown[]>)[field]?.[index] : undefined;
  const value = given === undefined ? '' : ` "${String(given)}"`;
  throw new DemarcheError('BAD_INPUT', `--${field}${value}: ${issue?.message ?? 'invalid'}`, { details: { field } });
}

/** Splits "name=value" at the first "=". */
export function splitParams(params: string[]): Array<[string, string]> {
  return params.map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i), p.slice(i + 1)];
  });
}
