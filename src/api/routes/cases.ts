// GET /api/cases, /api/cases/:id and /api/followups, built per reader from the statements they may
// see and audited as `case list|show` and `followups` are; and the analysts' edits: POST /api/cases,
// /api/cases/:id/events and /api/cases/:id/close.
import { z } from 'zod';
import { recordChange, recordRead } from '../../access/audit-reads.js';
import { parseMarking } from '../../access/marking.js';
import { addEvent, closeCase, createCase } from '../../cases/case-edits.js';
import { caseRecord, highestCaseMarking } from '../../cases/case-record.js';
import { caseList, caseView, type CaseView } from '../../cases/case-view.js';
import { eventSource } from '../../cases/event-source.js';
import { DEFAULT_DUE_DAYS, followUps } from '../../cases/follow-ups.js';
import { DemarcheError } from '../../errors.js';
import { EVENT_KINDS } from '../../extract/types.js';
import { sessionFor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { asOfQuery, authErrors, errorSchema, idParams, loose } from '../schemas.js';
import type { ApiApp } from '../types.js';

const ref = z.object({ entity: z.string(), name: z.string() });
const followUp = loose({ case: z.string(), caseTitle: z.string(), askedOn: z.string(), askedOf: z.string().nullable(), what: z.string(), dueOn: z.string(), answeredOn: z.string().nullable(), overdue: z.boolean(), daysOpen: z.number() });
const caseSummary = z.object({ id: z.string(), title: z.string(), status: z.enum(['open', 'closed']), subjects: z.array(z.string()), events: z.number() });
const caseResponse = loose({
  id: z.string(),
  title: z.string(),
  status: z.enum(['open', 'closed']),
  subjects: z.array(loose({ name: z.string(), entity: z.string(), sanctions: z.array(loose({ list: z.string(), id: z.string(), status: z.string() })) })),
  events: z.array(loose({ key: z.string(), date: z.string().nullable(), kind: z.string(), summary: z.string(), actors: z.array(z.string()), actorRefs: z.array(ref), source: z.object({ cable: z.string().nullable(), paragraph: z.number().nullable() }) })),
  followUps: z.array(followUp),
  marking: z.string(),
});
const followUpsQuery = asOfQuery.extend({
  dueDays: z.coerce.number().int('must be a whole number of days').min(0).max(3650).default(DEFAULT_DUE_DAYS).describe('days after a request its answer is due (default 30)'),
  overdue: z.enum(['true', 'false']).optional().describe('only the overdue ones'),
});
const markingInput = z
  .string()
  .trim()
  .toUpperCase()
  .refine((m) => ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'].includes(m.split('//')[0]!), 'expected a marking such as CONFIDENTIAL or SECRET//NOFORN')
  .optional()
  .describe('the marking of what you write (default UNCLASSIFIED); never above your clearance');
const createBody = z.object({ title: z.string().trim().min(1, 'a case needs a title').max(300), subjects: z.array(z.string().min(1)).default([]), marking: markingInput });
const eventBody = z.object({
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  kind: z.enum(EVENT_KINDS),
  summary: z.string().trim().min(1, 'say what happened').max(2000),
  actors: z.array(z.string().min(1)).default([]),
  source: z.string().optional().describe('the cable paragraph it comes from, CABLE:PARAGRAPH (the event takes its marking)'),
  marking: markingInput,
});

export function caseRoutes(app: ApiApp, ctx: ApiContext): void {
  app.get('/api/cases', { schema: { tags: ['cases'], summary: 'the cases you may see', querystring: asOfQuery, response: { 200: z.object({ cases: z.array(caseSummary) }), ...authErrors } } }, async (request) => {
    const s = await sessionFor(ctx, request, 'read', request.query.asOf);
    const list = await caseList(ctx.knowledge, s.reader);
    await recordRead(ctx.audit, s.name, 'cases', highestCaseMarking(list.views), { count: list.cases.length });
    return { cases: list.cases };
  });

  app.get('/api/cases/:id', { schema: { tags: ['cases'], summary: 'a case: subjects with their sanctions links, the timeline, follow-ups as of the access day', params: idParams, querystring: asOfQuery, response: { 200: caseResponse, ...authErrors, 404: errorSchema } } }, async (request) => {
    const s = await sessionFor(ctx, request, 'read', request.query.asOf);
    const view = await caseView(ctx.knowledge, s.reader, request.params.id);
    if (!view) throw new DemarcheError('NOT_FOUND', `no case ${request.params.id}: GET /api/cases lists the cases you may see`);
    await recordRead(ctx.audit, s.name, request.params.id, view.marking);
    return { ...withRefs(view), followUps: followUps([view], s.reader.asOf) };
  });

  app.get('/api/followups', { schema: { tags: ['cases'], summary: 'requests with no later response; overdue as of asOf (default today)', querystring: followUpsQuery, response: { 200: z.object({ asOf: z.string(), dueDays: z.number(), followUps: z.array(followUp) }), ...authErrors } } }, async (request) => {
    const q = request.query;
    const s = await sessionFor(ctx, request, 'read', q.asOf);
    const { views } = await caseList(ctx.knowledge, s.reader);
    const found = followUps(views, s.reader.asOf, q.dueDays).filter((f) => q.overdue !== 'true' || f.overdue);
    await recordRead(ctx.audit, s.name, 'followups', highestCaseMarking(views.filter((v) => found.some((f) => f.case === v.id))), { count: found.length });
    return { asOf: s.reader.asOf, dueDays: q.dueDays, followUps: found };
  });

  caseEditRoutes(app, ctx);
}

/** The contract form, with each event's key and the entity keys behind its names (for links). */
function withRefs(view: CaseView) {
  const record = caseRecord(view);
  return {
    ...record,
    events: record.events.map((e, i) => {
      const ev = view.events[i]!;
      return { ...e, key: ev.key, actorRefs: ev.actors, itemRefs: ev.items, recipientRef: ev.recipient };
    }),
  };
}

function caseEditRoutes(app: ApiApp, ctx: ApiContext): void {
  const edited = z.object({ case: z.string(), event: z.string().optional(), status: z.string().optional() });
  app.post('/api/cases', { schema: { tags: ['cases'], summary: 'open a case (analysts)', body: createBody, response: { 201: edited, ...authErrors } } }, async (request, reply) => {
    const s = await sessionFor(ctx, request, 'edit-cases');
    const b = request.body;
    const key = await createCase(ctx.knowledge, s.actor, b.title, b.subjects, b.marking ? parseMarking(b.marking) : undefined);
    await recordChange(ctx.audit, s.name, key, b.marking ?? 'UNCLASSIFIED', 'case.create', { title: b.title });
    return reply.status(201).send({ case: key });
  });

  app.post('/api/cases/:id/events', { schema: { tags: ['cases'], summary: "add an event to a case's timeline (analysts)", params: idParams, body: eventBody, response: { 201: edited, ...authErrors, 404: errorSchema } } }, async (request, reply) => {
    const s = await sessionFor(ctx, request, 'edit-cases');
    const b = request.body;
    const source = b.source ? await eventSource(ctx.store, b.source, 'body.source') : undefined;
    const made = await addEvent(ctx.knowledge, s.actor, request.params.id, { date: b.date, kind: b.kind, summary: b.summary, actors: b.actors, source, marking: b.marking ? parseMarking(b.marking) : undefined });
    await recordChange(ctx.audit, s.name, request.params.id, source?.marking ?? b.marking ?? 'UNCLASSIFIED', 'case.add-event', { event: made, kind: b.kind, date: b.date });
    return reply.status(201).send({ case: request.params.id, event: made });
  });

  app.post('/api/cases/:id/close', { schema: { tags: ['cases'], summary: 'close a case (analysts)', params: idParams, response: { 200: edited, ...authErrors, 404: errorSchema } } }, async (request) => {
    const s = await sessionFor(ctx, request, 'edit-cases');
    await closeCase(ctx.knowledge, s.actor, request.params.id);
    await recordChange(ctx.audit, s.name, request.params.id, 'UNCLASSIFIED', 'case.close');
    return { case: request.params.id, status: 'closed' };
  });
}
