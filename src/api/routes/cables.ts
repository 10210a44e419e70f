// GET /api/cables (search: ranked hits, highlighted snippets, facets with TAGS labels) and
// GET /api/cables/:id (the reader: header, banner, paragraphs with portion marks, withheld ones as
// their marking only, references both ways). Both go through ReaderArchive, like `search` and
// `show`: the same redaction and the same audit entries.
import { z } from 'zod';
import { DemarcheError } from '../../errors.js';
import { normaliseCableId } from '../../store/cable-store.js';
import { parseSearchRequest, searchAuditDetails, searchInputSchema } from '../../store/search-request.js';
import { sessionFor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { asOfQuery, authErrors, errorSchema, idParams, loose } from '../schemas.js';
import type { ApiApp } from '../types.js';

const fields = searchInputSchema.shape;

/** A repeated query parameter arrives as an array, a single one as a string. */
const manyTags = z.preprocess((v) => (typeof v === 'string' ? [v] : v), fields.tag);

export const cablesQuery = asOfQuery.extend({
  q: fields.query.describe('words, "phrases", OR, -word or NOT word, prefix*; empty with filters browses newest first'),
  tag: manyTags.describe('TAGS that must all be on a cable (repeat the parameter)'),
  origin: fields.origin.describe('e.g. "Embassy Beijing", any case'),
  classification: fields.classification.describe('SECRET matches SECRET and SECRET//NOFORN; a full form matches exactly'),
  from: fields.from.describe('created on or after YYYY, YYYY-MM or YYYY-MM-DD'),
  to: fields.to.describe('created on or before YYYY, YYYY-MM or YYYY-MM-DD'),
  limit: fields.limit.describe('hits to return (default 10, at most 1000)'),
});

const facet = z.array(z.object({ value: z.string(), count: z.number() }));
const hit = loose({
  id: z.string(),
  created: z.string().nullable(),
  origin: z.string().nullable(),
  classification: z.string().nullable(),
  subject: z.string().nullable(),
  subjectWithheld: z.string().optional(),
  score: z.number(),
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number(), z.number()])).describe('[start, end) offsets into snippet'),
});
const searchResponse = z.object({
  total: z.number(),
  hits: z.array(hit),
  facets: z.object({ tags: facet, origin: facet, year: facet, classification: facet }),
  tagLabels: z.record(z.string(), z.string().nullable()).describe('titles of the TAGS in the facets, from the vocabulary'),
});

const paragraph = loose({ n: z.number(), marking: z.string().nullable(), text: z.string().optional(), heading: z.string().optional(), withheld: z.literal(true).optional(), withheldMarking: z.string().optional() });
const cableResponse = z.object({
  cable: loose({
    id: z.string().nullable(),
    classification: z.string().nullable(),
    banner: z.string().nullable(),
    caveats: z.array(z.string()),
    subject: z.string().nullable(),
    subjectWithheld: z.string().optional(),
    declassifyOn: z.string().nullable(),
    tags: z.array(z.object({ code: z.string(), kind: z.string().nullable(), title: z.string().nullable(), verified: z.boolean() })),
    paragraphs: z.array(paragraph),
  }),
  references: z.array(loose({ id: z.string(), kind: z.string(), label: z.string().nullable(), stored: loose({ id: z.string(), subject: z.string().nullable() }).nullable() })),
  referencedBy: z.array(loose({ id: z.string(), subject: z.string().nullable() })),
  access: loose({ reader: z.string(), asOf: z.string(), declassified: z.boolean().optional() }),
});

export function cableRoutes(app: ApiApp, ctx: ApiContext): void {
  app.get(
    '/api/cables',
    {
      schema: {
        tags: ['cables'],
        summary: 'search the cables you may read: ranked hits, highlighted snippets, facets (tags, origin, year, classification)',
        querystring: cablesQuery,
        response: { 200: searchResponse, ...authErrors },
      },
    },
    async (request) => {
      const q = request.query;
      const s = await sessionFor(ctx, request, 'read', q.asOf);
      const search = parseSearchRequest({ query: q.q, tag: q.tag, origin: q.origin, classification: q.classification, from: q.from, to: q.to, limit: q.limit });
      const result = await s.archive.search(search, searchAuditDetails(search, q.q ?? ''));
      const tagLabels = Object.fromEntries(result.facets.tags.map((f) => [f.value, ctx.labels?.get(f.value.toUpperCase())?.title ?? null]));
      return { ...result, tagLabels };
    },
  );

  app.get(
    '/api/cables/:id',
    {
      schema: {
        tags: ['cables'],
        summary: 'one cable as you may read it: withheld subject and paragraphs show their marking only',
        params: idParams,
        querystring: asOfQuery,
        response: { 200: cableResponse, ...authErrors, 404: errorSchema },
      },
    },
    async (request) => {
      const s = await sessionFor(ctx, request, 'read', request.query.asOf);
      const id = normaliseCableId(request.params.id);
      const shown = await s.archive.show(id);
      if (!shown) throw new DemarcheError('NOT_FOUND', `no cable ${id} in the archive; GET /api/cables?q= finds ids`);
      const tags = shown.cable.tags.map((code) => ctx.labels?.get(code.toUpperCase()) ?? { code, kind: null, title: null, verified: false });
      return { ...shown, cable: { ...shown.cable, tags } };
    },
  );
}
