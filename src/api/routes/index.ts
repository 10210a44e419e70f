// Registers every route of the API; each module owns one area and names its routes in OpenAPI tags.
import type { ApiContext } from '../context.js';
import type { ApiApp } from '../types.js';
import { adminRoutes } from './admin.js';
import { cableRoutes } from './cables.js';
import { caseRoutes } from './cases.js';
import { entityRoutes } from './entities.js';
import { ingestRoutes } from './ingest.js';
import { metaRoutes } from './meta.js';
import { screenRoutes } from './screen.js';

export async function registerRoutes(app: ApiApp, ctx: ApiContext): Promise<void> {
  metaRoutes(app, ctx);
  cableRoutes(app, ctx);
  ingestRoutes(app, ctx);
  screenRoutes(app, ctx);
  caseRoutes(app, ctx);
  entityRoutes(app, ctx);
  adminRoutes(app, ctx);
}
