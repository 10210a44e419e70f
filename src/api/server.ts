// The HTTP API and the web UI in one Fastify 5 process. `buildServer` returns a ready-to-listen
// instance (tests drive it with `inject`): zod validation with the CLI's schemas, OpenAPI at
// /openapi.json generated from them, Bearer-token sessions per request (auth.ts), one error
// handler (errors.ts), security headers, rate limiting, structured logs, and the built UI.
import { existsSync } from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { MAX_CABLE_BYTES } from '../archive/ingest.js';
import { PACKAGE_ROOT } from '../config.js';
import { closeContext, openContext } from './context.js';
import { handleError, handleNotFound } from './errors.js';
import { openApiTransform } from './openapi.js';
import { registerRoutes } from './routes/index.js';

export interface ServerOptions {
  /** The store file (DEMARCHE_DB). */
  db: string;
  /** pino options, true for Fastify's defaults, false for none (tests). */
  logger?: FastifyServerOptions['logger'];
  /**
   * Requests per window per client address; false turns the limiter off. Keyed by address, not by
   * token: a made-up token per request must not buy a fresh allowance.
   */
  rateLimit?: { max: number; timeWindow: number | string } | false;
  /** The built web UI; default dist/web in the package, served only when it exists. */
  webRoot?: string | null;
  /** Files per upload to POST /api/ingest. */
  maxUploadFiles?: number;
}

export const DEFAULT_RATE_LIMIT = { max: 600, timeWindow: '1 minute' };
export const DEFAULT_WEB_ROOT = path.join(PACKAGE_ROOT, 'dist', 'web');

export async function buildServer(opts: ServerOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Cable uploads go through multipart; JSON bodies are screening queries and small edits.
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  const ctx = await openContext(opts.db);
  app.addHook('onClose', () => closeContext(ctx));
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API; responses are written as JSON without validating them again.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  await app.register(helmet, { contentSecurityPolicy: { directives: cspDirectives() }, hsts: false });
  if (opts.rateLimit !== false) {
    await app.register(rateLimit, opts.rateLimit ?? DEFAULT_RATE_LIMIT);
  }
  // An oversize file is one failed file in the per-file status, not a failed upload; names keep
  // their paths so that a traversal attempt is refused by name rather than silently cut to a basename.
  await app.register(multipart, { throwFileSizeLimit: false, preservePath: true, limits: { fileSize: MAX_CABLE_BYTES, files: opts.maxUploadFiles ?? 200, fields: 10, parts: 210 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'demarche', version: '0.1.0', description: 'Nonproliferation casework: cables, screening, cases, entities. Every read is cut to the caller\'s clearance and audited.' },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'a user token from `demarche user add`' } } },
      security: [{ bearerAuth: [] }],
    },
    transform: openApiTransform,
  });
  await registerRoutes(app, ctx);
  const web = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  if (web && existsSync(path.join(web, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(web), prefix: '/', wildcard: true, index: ['index.html'], cacheControl: true, maxAge: 0 });
  }
  return app;
}

export type { ApiApp } from "./types.js";

/** The UI loads only its own scripts and styles; cytoscape and React set inline styles. */
function cspDirectives() {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    // Served over plain HTTP on a loopback address; TLS belongs to a proxy in front.
    upgradeInsecureRequests: null,
  };
}
