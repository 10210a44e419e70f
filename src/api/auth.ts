// Who a request acts for: the Bearer token of the Authorization header, resolved by the same
// IdentityService as the CLI's DEMARCHE_TOKEN (refusals audited), the role checked for the action,
// and the day access is evaluated on (?asOf=, default today). There is no owner over HTTP: a
// request without a valid token is refused. A token resolved in the last second is not looked up
// again (two queries per request were a tenth of a screening request's cost): a disabled user or a
// rotated token is refused over HTTP within a second, not at once as on the CLI.
import { createHash } from 'node:crypto';
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

export const RECHECK_MS = 1000;
const MAX_RECENT = 10_000;
type Known = { user: Omit<Reader, 'asOf'>; role: Role; until: number };
/** Tokens resolved lately, per server (each server has its own store and users). */
const recentByServer = new WeakMap<ApiContext, Map<string, Known>>();

export async function sessionFor(ctx: ApiContext, request: FastifyRequest, action: Action, asOf?: string): Promise<ApiSession> {
  const token = bearerToken(request);
  const day = parseAsOf(asOf, 'asOf');
  const known = await resolveToken(ctx, token);
  requireRole({ name: known.user.name, role: known.role }, action);
  const reader: Reader = { ...known.user, asOf: day };
  return { name: reader.name, role: known.role, reader, archive: new ReaderArchive(ctx.store, reader, ctx.audit), actor: { name: reader.name, reader } };
}

async function resolveToken(ctx: ApiContext, token: string): Promise<Known> {
  const key = createHash('sha256').update(token).digest('base64');
  const now = Date.now();
  let recent = recentByServer.get(ctx);
  if (!recent) recentByServer.set(ctx, (recent = new Map()));
  const hit = recent.get(key);
  if (hit && hit.until > now) return hit;
  const identity = await ctx.identity.resolve({ token, asOf: '1970-01-01' });
  // resolve() gives the owner only without a token or a name, and there is always a token here.
  if (identity.role === 'owner') throw new DemarcheError('UNAUTHORIZED', 'the store owner has no token: use a named user');
  const { asOf: _day, ...user } = identity.reader;
  if (recent.size >= MAX_RECENT) recent.clear();
  const known = { user, role: identity.role, until: now + RECHECK_MS };
  recent.set(key, known);
  return known;
}
