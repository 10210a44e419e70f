// The API's one error handler: everything thrown in a route or a plugin leaves as
// `{"error": {"code", "message", "details"?}}` with the status of HTTP_STATUS (errors.ts). Request
// validation failures name each field's path; Fastify's own client errors (malformed JSON, a wrong
// content type, an oversize body) and the rate limiter's map to their codes; anything else is an
// INTERNAL error whose message and stack go to the log only, never into the response.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DemarcheError, type ErrorCode, HTTP_STATUS } from '../errors.js';

export interface FieldIssue {
  path: string;
  message: string;
}

export function toApiError(e: unknown): DemarcheError {
  if (e instanceof DemarcheError) return e;
  const err = e as Partial<FastifyError> & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'request';
    const issues: FieldIssue[] = err.validation.map((v) => ({ path: fieldPath(where, v.instancePath), message: v.message ?? 'invalid' }));
    const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return new DemarcheError('BAD_INPUT', message, { details: { issues } });
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status >= 400 && status < 500) return new DemarcheError(clientCode(status), clientMessage(err), { cause: e });
  return new DemarcheError('INTERNAL', 'internal error: the server logged the details', { cause: e });
}

/** "body" + "/params/0" → "body.params[0]"; the root is the part itself. */
function fieldPath(where: string, instancePath: string | undefined): string {
  const parts = (instancePath ?? '').split('/').filter(Boolean);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : `${acc}.${p}`), where);
}

function clientCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  return 'BAD_INPUT';
}

function clientMessage(err: Partial<FastifyError>): string {
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) return `body: malformed JSON (${err.message})`;
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'body: empty, but the content type says JSON';
  return err.message ?? 'bad request';
}

export function handleError(e: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const err = toApiError(e);
  const status = HTTP_STATUS[err.code];
  if (err.code === 'INTERNAL') request.log.error({ err: err.cause ?? e }, 'internal error');
  else request.log.info({ code: err.code, message: err.message }, 'request refused');
  if (status === 401) void reply.header('www-authenticate', 'Bearer realm="demarche"');
  return reply.status(status).send(err.toJSON());
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const err = new DemarcheError('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}: GET /openapi.json lists the routes`);
  return reply.status(404).send(err.toJSON());
}
