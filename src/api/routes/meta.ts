// GET /api/health (no token), GET /openapi.json (no token) and GET /api/me: who the token is, with
// the clearance the UI keeps in view.
import { z } from 'zod';
import { sessionFor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { asOfQuery, authErrors, readerSchema } from '../schemas.js';
import type { ApiApp } from '../types.js';

const started = Date.now();

export function metaRoutes(app: ApiApp, ctx: ApiContext): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'liveness: the process is up',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), version: z.string(), uptimeSeconds: z.number() }) },
      },
    },
    async () => ({ status: 'ok' as const, version: '0.1.0', uptimeSeconds: Math.round((Date.now() - started) / 1000) }),
  );

  app.get(
    '/openapi.json',
    { schema: { tags: ['meta'], summary: 'this API described in OpenAPI 3, generated from the zod schemas', security: [] } },
    async () => app.swagger(),
  );

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['meta'],
        summary: "the token's user: name, clearance, caveats, role and the access day",
        querystring: asOfQuery,
        response: { 200: readerSchema, ...authErrors },
      },
    },
    async (request) => {
      const s = await sessionFor(ctx, request, 'read', request.query.asOf);
      return { name: s.name, clearance: s.reader.clearance, caveats: s.reader.caveats, role: s.role, asOf: s.reader.asOf };
    },
  );
}
