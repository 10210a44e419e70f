// zod schemas for item, destination and transaction screening input, shared by the CLI's options
// and the HTTP API's bodies so that both reject the same input with the same messages; and the one
// place that turns a failed parse into a BAD_INPUT error naming the option.
import { z } from 'zod';
import { DemarcheError } from '../errors.js';

export const paramSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*=.+$/, 'expected name=value, e.g. density=1.85g/cm3');
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const countrySchema = z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as IR');

export const itemOptionsSchema = z.object({
  param: z.array(paramSchema).default([]),
  search: z.boolean().default(true),
  json: z.boolean().optional(),
});

export const destinationOptionsSchema = z.object({
  date: dateSchema.optional(),
  json: z.boolean().optional(),
});

export const transactionOptionsSchema = z.object({
  party: z.string().trim().min(1, 'expected a party name'),
  item: z.string().trim().min(1, 'expected an item description'),
  to: countrySchema,
  date: dateSchema,
  param: z.array(paramSchema).default([]),
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
