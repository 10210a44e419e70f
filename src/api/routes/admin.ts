// GET /api/lists (any user: which sanctions lists screening uses, their dates and counts) and
// GET /api/audit (admins: the audit log, filtered as `demarche audit` filters it).
import { z } from 'zod';
import { listStatus } from '../../lists/list-status.js';
import { getScreener } from '../../screening/screen-party.js';
import { sessionFor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { authErrors, loose } from '../schemas.js';
import type { ApiApp } from '../types.js';

const auditQuery = z.object({
  user: z.string().trim().min(1).optional().describe('only entries by this actor'),
  since: z
    .string()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(v) && !Number.isNaN(Date.parse(v)), 'not a date; use YYYY-MM-DD or an ISO time')
    .optional()
    .describe('entries at or after this day or time'),
  limit: z.coerce.number().int('must be a whole number').min(1).max(10000).default(50).describe('the latest N entries, oldest first (default 50)'),
});
const auditEntry = z.object({ seq: z.number(), at: z.string(), actor: z.string(), action: z.string(), target: z.string(), marking: z.string().nullable(), details: z.record(z.string(), z.unknown()), prevHash: z.string(), hash: z.string() });
const listsResponse = z.object({
  dir: z.string(),
  origin: z.enum(['updated', 'shared', 'given']),
  lists: z.array(loose({ id: z.string(), date: z.string().nullable(), entries: z.number(), types: z.record(z.string(), z.number()), aliases: z.object({ strong: z.number(), weak: z.number() }) })),
});

export function adminRoutes(app: ApiApp, ctx: ApiContext): void {
  app.get('/api/lists', { schema: { tags: ['screening'], summary: 'the sanctions lists screening uses: dates, entry and alias counts', response: { 200: listsResponse, ...authErrors } } }, async (request) => {
    await sessionFor(ctx, request, 'screen');
    const { source } = await getScreener();
    return { dir: source.dir, origin: source.origin, lists: source.lists.map(listStatus) };
  });

  app.get('/api/audit', { schema: { tags: ['admin'], summary: 'the audit log, oldest first (admins)', querystring: auditQuery, response: { 200: z.object({ entries: z.array(auditEntry) }), ...authErrors } } }, async (request) => {
    await sessionFor(ctx, request, 'read-audit');
    const q = request.query;
    return { entries: await ctx.audit.list({ actor: q.user, since: q.since, limit: q.limit }) };
  });
}
