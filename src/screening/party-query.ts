// The party-screening query as the CLI, the batch reader and the HTTP API accept it: one zod
// schema, so that every interface rejects the same inputs with the same messages.
import { z } from 'zod';
import { countryCode } from '../lists/countries.js';
import { DemarcheError, type Result } from '../errors.js';

export const PARTY_TYPES = ['person', 'organization'] as const;

const TYPE_ALIASES: Record<string, (typeof PARTY_TYPES)[number]> = {
  person: 'person',
  individual: 'person',
  organization: 'organization',
  organisation: 'organization',
  company: 'organization',
  entity: 'organization',
};

export const partyQuerySchema = z.object({
  name: z.string().trim().min(1, 'name is empty').max(1000, 'name is longer than 1,000 characters'),
  type: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((t, ctx) => {
      if (t === undefined || t === '') return undefined;
      const type = TYPE_ALIASES[t];
      if (type === undefined) ctx.addIssue({ code: 'custom', message: `type must be person or organization, not "${t}"` });
      return type;
    }),
  country: z
    .string()
    .trim()
    .optional()
    .transform((c, ctx) => {
      if (c === undefined || c === '') return undefined;
      const code = countryCode(c);
      if (code === null) ctx.addIssue({ code: 'custom', message: `country "${c}" is not an ISO 3166 code or country name` });
      return code ?? undefined;
    }),
  dob: z
    .string()
    .trim()
    .optional()
    .transform((d, ctx) => {
      if (d === undefined || d === '') return undefined;
      if (!validDate(d)) ctx.addIssue({ code: 'custom', message: `dob must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${d}"` });
      return d;
    }),
});

function validDate(d: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1800 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type PartyQueryInput = z.input<typeof partyQuerySchema>;

/** How many hits to return: the CLI's --limit and the API's `limit`. */
export const partyLimitSchema = z.coerce
  .number({ error: '--limit must be a number' })
  .int('--limit must be a whole number')
  .min(1, '--limit must be at least 1')
  .max(1000, '--limit must be at most 1000')
  .default(10);

/** A valid query: the name, and the optional context that raises or lowers scores. */
export interface PartyQuery {
  name: string;
  type?: (typeof PARTY_TYPES)[number] | undefined;
  /** ISO 3166 alpha-2 code. */
  country?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dob?: string | undefined;
}

/** Validates a query; expected failures come back as issues, not exceptions. */
export function parsePartyQuery(input: unknown): Result<PartyQuery> {
  const parsed = partyQuerySchema.safeParse(input);
  if (parsed.success) {
    const value: PartyQuery = { name: parsed.data.name };
    if (parsed.data.type) value.type = parsed.data.type;
    if (parsed.data.country) value.country = parsed.data.country;
    if (parsed.data.dob) value.dob = parsed.data.dob;
    return { ok: true, value };
  }
  return { ok: false, issues: parsed.error.issues.map((i) => i.message) };
}

/** Validates a query or throws a BAD_INPUT error naming every problem. */
export function requirePartyQuery(input: unknown, where = 'query'): PartyQuery {
  const r = parsePartyQuery(input);
  if (r.ok) return r.value;
  throw new DemarcheError('BAD_INPUT', `${where}: ${r.issues.join('; ')}`, { details: { issues: r.issues } });
}
