// POST /api/screen/party|item|destination|transaction: the CLI's screening commands over HTTP, with
// their zod schemas as the bodies' schemas. Any signed-in user may screen; screening reads no cable
// and, like the CLI's, is not audited.
import { z } from 'zod';
import { annexCandidates } from '../../controls/annex-candidates.js';
import { screenDestination } from '../../controls/destination.js';
import { screenItem } from '../../controls/screen-item.js';
import { countrySchema, destinationOptionsSchema, itemOptionsSchema, splitParams, transactionOptionsSchema } from '../../controls/screening-options.js';
import { decideTransaction, type PartyScreener } from '../../controls/transaction.js';
import { partyLimitSchema, partyQuerySchema, type PartyQuery } from '../../screening/party-query.js';
import { sessionFor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { authErrors, loose } from '../schemas.js';
import type { ApiApp } from '../types.js';

const partyBody = partyQuerySchema.extend({ limit: partyLimitSchema.describe('most hits to return (default 10)') });
const itemBody = itemOptionsSchema.omit({ json: true }).extend({
  description: z.string().trim().min(1, 'describe the goods, e.g. "tungsten powder, 99.9% W, 5 µm"').max(2000),
});
const destinationBody = destinationOptionsSchema.omit({ json: true }).extend({ country: countrySchema });
const transactionBody = transactionOptionsSchema.omit({ json: true });

const explanation = loose({ kind: z.string(), text: z.string(), similarity: z.number().optional(), weight: z.number().optional() });
const partyHit = loose({ list: z.string(), id: z.string(), name: z.string(), matchedName: z.string(), alias: z.boolean(), score: z.number(), match: z.boolean(), programs: z.array(z.string()), countries: z.array(z.string()).describe("the entry's countries, ISO 3166 alpha-2"), explanation: z.array(explanation) });
const hitLike = loose({ list: z.string(), id: z.string(), name: z.string(), score: z.number(), match: z.boolean(), programs: z.array(z.string()).optional() });
const partyResponse = z.object({ query: loose({ name: z.string() }), threshold: z.number(), lists: z.array(loose({ id: z.string(), date: z.string().nullable() })), hits: z.array(partyHit) });
const determination = loose({
  regime: z.string(),
  entry: z.string(),
  category: z.string().nullable(),
  eu: z.string().nullable(),
  status: z.enum(['controlled', 'possible', 'not-controlled']),
  reasons: z.array(z.string()),
  missing: z.array(z.string()).describe('the questions that would decide a possible entry'),
  flags: z.array(z.string()),
  title: z.string(),
});
const itemResponse = z.object({ parameters: z.array(loose({ name: z.string() })), determinations: z.array(determination), candidates: z.array(loose({ eu: z.string(), text: z.string() })), warnings: z.array(z.string()).optional() });
const measure = loose({ id: z.string(), country: z.string(), resolution: z.string(), paragraph: z.string(), kind: z.string(), direction: z.string(), from: z.string(), until: z.string().optional() });
const destinationResponse = z.object({ country: z.string(), date: z.string(), measures: z.array(measure), notes: z.array(z.string()), covered: z.array(z.string()) });
const transactionResponse = z.object({
  decision: z.enum(['prohibited', 'licence-required', 'review', 'clear']),
  reasons: z.array(z.string()),
  party: loose({ name: z.string(), threshold: z.number(), matches: z.array(hitLike), possible: z.array(hitLike) }),
  item: loose({ description: z.string(), determinations: z.array(determination) }),
  destination: destinationResponse,
});


export function screenRoutes(app: ApiApp, ctx: ApiContext): void {
  const partyScreener: PartyScreener = async (query) => (await ctx.screener()).screen({ name: query.name });
  const screen = (summary: string) => ({ tags: ['screening'], summary });
  app.post('/api/screen/party', { schema: { ...screen('screen a name against the OFAC SDN, OFAC non-SDN and UN lists: explained hits, best first'), body: partyBody, response: { 200: partyResponse, ...authErrors } } }, async (request) => {
    await sessionFor(ctx, request, 'screen');
    const { limit, ...q } = request.body;
    const query: PartyQuery = { name: q.name, ...(q.type ? { type: q.type } : {}), ...(q.country ? { country: q.country } : {}), ...(q.dob ? { dob: q.dob } : {}) };
    return (await ctx.screener()).screen(query, { limit });
  });

  app.post('/api/screen/item', { schema: { ...screen('decide goods described in plain words against the control-list entries by their parameters'), body: itemBody, response: { 200: itemResponse, ...authErrors } } }, async (request) => {
    await sessionFor(ctx, request, 'screen');
    const result = screenItem(request.body.description, splitParams(request.body.param));
    const annex = request.body.search ? annexCandidates(result) : { candidates: [] };
    return { parameters: result.parameters, determinations: result.determinations, candidates: annex.candidates, ...('warning' in annex && annex.warning ? { warnings: [annex.warning] } : {}) };
  });

  app.post('/api/screen/destination', { schema: { ...screen('the UN Security Council measures in force for a country on a day (default today)'), body: destinationBody, response: { 200: destinationResponse, ...authErrors } } }, async (request) => {
    await sessionFor(ctx, request, 'screen');
    return screenDestination(request.body.country, request.body.date ?? new Date().toISOString().slice(0, 10));
  });

  app.post('/api/screen/transaction', { schema: { ...screen('decide a transaction: prohibited, licence-required, review or clear, with the reasons'), body: transactionBody, response: { 200: transactionResponse, ...authErrors } } }, async (request) => {
    await sessionFor(ctx, request, 'screen');
    const b = request.body;
    return decideTransaction({ party: b.party, item: b.item, to: b.to, date: b.date, params: splitParams(b.param) }, partyScreener);
  });
}
