// A search as the store receives it: the parsed query plus filters, validated with zod from what a
// user typed (CLI options now, HTTP query parameters later), so every backend gets clean input.
import { z } from 'zod';
import { DemarcheError } from '../errors.js';
import { classificationFilter } from './marking-level.js';
import { parseSearchQuery, type SearchQuery } from './search-query.js';

// Ten hits fill a terminal screen; each snippet of a long cable costs about 1.5 ms on a 100k store.
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;

const dateInput = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'no such date');

/** The raw search input; field names match the CLI options. */
export const searchInputSchema = z.object({
  query: z.string().optional(),
  tag: z.array(z.string().trim().min(1, 'empty tag')).optional(),
  origin: z.string().trim().min(1, 'empty origin').optional(),
  classification: z.string().trim().min(1, 'empty classification').optional(),
  from: dateInput.optional(),
  to: dateInput.optional(),
  limit: z.coerce.number().int('must be a whole number').min(1).max(MAX_LIMIT).optional(),
});

export type SearchInput = z.input<typeof searchInputSchema>;

export interface SearchRequest {
  /** null for a browse: filters only, newest first. */
  query: SearchQuery | null;
  /** Upper-case TAGS that must all be on a cable. */
  tags: string[];
  /** Matched case-insensitively and exactly against the cable's origin. */
  origin: string | null;
  classification: { level: string } | { exact: string } | null;
  /** Inclusive lower bound on created, an ISO date prefix ("2007-01-01"). */
  createdFrom: string | null;
  /** Exclusive upper bound on created ("2008-01-01" for --to 2007). */
  createdBefore: string | null;
  limit: number;
}

/** Validates raw input into a SearchRequest, or throws DemarcheError('BAD_INPUT') naming the option. */
export function parseSearchRequest(input: SearchInput): SearchRequest {
  const parsed = searchInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'search');
    throw new DemarcheError('BAD_INPUT', `--${field}: ${issue?.message ?? 'invalid'}`, { details: { field } });
  }
  const v = parsed.data;
  const text = v.query?.trim() ?? '';
  const request: SearchRequest = {
    query: text.length > 0 ? parseSearchQuery(v.query ?? '') : null,
    tags: [...new Set((v.tag ?? []).map((t) => t.toUpperCase()))],
    origin: v.origin ?? null,
    classification: v.classification ? classificationFilter(v.classification) : null,
    createdFrom: v.from ? startOf(v.from) : null,
    createdBefore: v.to ? endOf(v.to) : null,
    limit: v.limit ?? DEFAULT_LIMIT,
  };
  if (request.createdFrom && request.createdBefore && request.createdFrom >= request.createdBefore) {
    throw new DemarcheError('BAD_INPUT', `--from ${v.from} is after --to ${v.to}: nothing can match`);
  }
  if (!request.query && !hasFilter(request)) {
    throw new DemarcheError(
      'BAD_INPUT',
      'empty search: give words to look for, or at least one filter (--tag, --origin, --classification, --from, --to)',
    );
  }
  return request;
}

/** What the audit log records about a search (the CLI's and the API's alike). */
export function searchAuditDetails(request: SearchRequest, query: string): Record<string, unknown> {
  return { query, tags: request.tags, origin: request.origin, classification: request.classification, from: request.createdFrom, before: request.createdBefore };
}

function hasFilter(r: SearchRequest): boolean {
  return r.tags.length > 0 || r.origin !== null || r.classification !== null || r.createdFrom !== null || r.createdBefore !== null;
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  // Cables run from the 1960s; a year before 1000 is a typo and would confuse Date arithmetic.
  if ((y as number) < 1000) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y as number, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function startOf(s: string): string {
  const [y, m = '01', d = '01'] = s.split('-');
  return `${y}-${m}-${d}`;
}

/** The first day after the period a date names: 2007 → 2008-01-01, 2007-12 → 2008-01-01. */
function endOf(s: string): string {
  const [y, m, d] = s.split('-').map(Number) as [number, number?, number?];
  const next =
    m === undefined
      ? new Date(Date.UTC(y + 1, 0, 1))
      : d === undefined
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}
