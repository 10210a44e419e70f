// GET /api/entities/:id (by key or by name, as `entity show`), GET /api/entities/:id/graph (its
// neighbours through shared events and cases, from visible statements only), and the analysts'
// POST /api/entities/:id/confirm and /reject on a sanctions link. Reads and changes are audited as
// the CLI's are.
import { z } from 'zod';
import { recordChange, recordRead } from '../../access/audit-reads.js';
import { decideLink } from '../../entities/edits.js';
import { findEntity } from '../../entities/entity-lookup.js';
import { entityGraph } from '../../entities/neighbours.js';
import { sessionFor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { asOfQuery, authErrors, errorSchema, idParams, loose } from '../schemas.js';
import type { ApiApp } from '../types.js';

const sanctionsLink = z.object({
  list: z.string(),
  id: z.string(),
  name: z.string(),
  score: z.number().nullable(),
  programs: z.array(z.string()),
  status: z.enum(['suggested', 'confirmed', 'rejected']),
  decidedBy: z.string().nullable(),
});
const entityResponse = loose({
  key: z.string(),
  schema: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  titles: z.array(z.string()),
  countries: z.array(z.string()),
  sanctions: z.array(sanctionsLink),
  mentions: z.array(z.object({ cable: z.string(), paragraph: z.number().nullable(), text: z.string() })),
  merged: z.array(z.string()),
  marking: z.string(),
});
const graphResponse = z.object({
  centre: z.string(),
  nodes: z.array(z.object({ key: z.string(), schema: z.string(), name: z.string(), sanctions: z.number(), centre: z.boolean() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number(), via: z.array(z.object({ kind: z.enum(['event', 'case']), key: z.string(), label: z.string(), date: z.string().nullable() })) })),
  omitted: z.number(),
  marking: z.string(),
});
const graphQuery = asOfQuery.extend({ limit: z.coerce.number().int().min(1).max(200).default(40).describe('most neighbours (the best connected first)') });
const decisionBody = z.object({ list: z.string().trim().min(1, 'expected a list id such as us-ofac-sdn'), id: z.string().trim().min(1, "expected the entry's id on that list"), note: z.string().max(1000).optional() });
const params = idParams.describe('an entity key (org:limmt...) or a name it is known by');

export function entityRoutes(app: ApiApp, ctx: ApiContext): void {
  app.get('/api/entities/:id', { schema: { tags: ['entities'], summary: 'an entity as you may see it: names, titles, sanctions links, mentions', params, querystring: asOfQuery, response: { 200: entityResponse, ...authErrors, 404: errorSchema } } }, async (request) => {
    const s = await sessionFor(ctx, request, 'read', request.query.asOf);
    const view = await findEntity(ctx.knowledge, s.reader, request.params.id);
    await recordRead(ctx.audit, s.name, `entity:${view.key}`, view.marking);
    return view;
  });

  app.get('/api/entities/:id/graph', { schema: { tags: ['entities'], summary: 'its neighbours through shared events and cases, built only from statements you may see', params, querystring: graphQuery, response: { 200: graphResponse, ...authErrors, 404: errorSchema } } }, async (request) => {
    const s = await sessionFor(ctx, request, 'read', request.query.asOf);
    const view = await findEntity(ctx.knowledge, s.reader, request.params.id);
    const graph = await entityGraph(ctx.knowledge, s.reader, view.key, request.query.limit);
    await recordRead(ctx.audit, s.name, `entity:${view.key}`, graph.marking, { graph: true, neighbours: graph.nodes.length - 1 });
    return graph;
  });

  for (const [verb, status] of [['confirm', 'confirmed'], ['reject', 'rejected']] as const) {
    app.post(`/api/entities/:id/${verb}`, { schema: { tags: ['entities'], summary: `${verb} that the entity is a sanctions list entry (analysts)`, params, body: decisionBody, response: { 200: z.object({ entity: z.string(), decision: loose({ list: z.string(), id: z.string(), status: z.string() }), marking: z.string(), by: z.string().nullable() }), ...authErrors, 404: errorSchema } } }, async (request) => {
      const s = await sessionFor(ctx, request, 'edit-entities');
      const view = await findEntity(ctx.knowledge, s.reader, request.params.id);
      const b = request.body;
      const made = await decideLink(ctx.knowledge, s.actor, view.key, { list: b.list, id: b.id, status, ...(b.note ? { note: b.note } : {}) });
      await recordChange(ctx.audit, s.name, `entity:${view.key}`, made.marking, `entity.${verb}`, { list: b.list, id: b.id });
      return { entity: made.entity, decision: JSON.parse(made.value) as { list: string; id: string; status: string }, marking: made.marking, by: made.author };
    });
  }
}
