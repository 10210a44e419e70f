// Who a request acts for: the Bearer token of the Authorization header, resolved by the same
// IdentityService as the CLI's DEMARCHE_TOKEN (refusals audited), the role checked for the action,
// and the day access is evaluated on (?asOf=, default today). There is no owner over HTTP: a
// request without a valid token is refused.
import type { FastifyRequest } from 'fastify';
import { parseAsOf } from '../access/as-of.js';
import type { Reader } from '../access/clearance.js';
import { ReaderArchive } from '../access/reader-archive.js';
import { type Action, requireRole, type Role } from '../access/roles.js';
import { DemarcheError } from '../errors.js';
import type { ApiContext } from './context.js';

export interface ApiSession {
  name: string;
  role: Role;
  reader: Reader;
  archive: ReaderArchive;
  /** The analyst or admin making a change, as the domain's edit functions take it. */
  actor: { name: string; reader: Reader };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The token of the request, or UNAUTHORIZED saying how to send one. */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (!header) throw new DemarcheError('UNAUTHORIZED', 'missing token: send "Authorization: Bearer <token>" (`demarche user add` prints a token)');
  const m = BEARER.exec(header);
  if (!m) throw new DemarcheError('UNAUTHORIZED', 'malformed Authorization header: expected "Bearer <token>"');
  return m[1]!;
}

export async function sessionFor(ctx: ApiContext, request: FastifyRequest, action: Action, asOf?: string): Promise<ApiSession> {
  const token = bearerToken(request);
  const day = parseAsOf(asOf, 'asOf');
  const identity = await ctx.identity.resolve({ token, asOf: day });
  // resolve() gives the owner only without a token or a name, and there is always a token here.
  if (identity.role === 'owner') throw new DemarcheError('UNAUTHORIZED', 'the store owner has no token: use a named user');
  requireRole({ name: identity.reader.name, role: identity.role }, action);
  const reader = identity.reader;
  return { name: reader.name, role: identity.role, reader, archive: new ReaderArchive(ctx.store, reader, ctx.audit), actor: { name: reader.name, reader } };
}
