// Who is reading: turns a user name (the CLI's --as) or an API token (DEMARCHE_TOKEN, later the
// HTTP Authorization header) into a Reader and a role, or refuses with UNAUTHORIZED. With neither,
// the caller is the store's local owner. Refusals are audited. Successful token checks are cached in
// memory because scrypt is slow on purpose; a cached check still holds only while the user is enabled
// and the stored hash is the one it was checked against, so a disable or rotation in another process
// ends it too.
import { createHash } from 'node:crypto';
import { DemarcheError } from '../errors.js';
import type { AuditService } from './audit.js';
import { ownerReader, type Reader } from './clearance.js';
import type { Role } from './roles.js';
import { readToken, secretMatches, type TokenHash } from './tokens.js';
import type { User, UserStore } from './users.js';

export interface Identity {
  reader: Reader;
  role: Role | 'owner';
}

export interface IdentityClaim {
  /** A user name to act as. */
  as?: string;
  /** An API token. */
  token?: string;
  /** The day access is evaluated on (YYYY-MM-DD). */
  asOf: string;
}

/** Token → the user id and stored hash it was checked against. Keys are token hashes, not tokens. */
const checkedTokens = new Map<string, { userId: number; hash: string }>();

/** Drops cached token checks of a user: pass to UserService so disable and rotate take effect. */
export function forgetTokens(userId: number): void {
  for (const [key, entry] of checkedTokens) if (entry.userId === userId) checkedTokens.delete(key);
}

export class IdentityService {
  constructor(
    private readonly users: UserStore,
    private readonly audit: AuditService,
  ) {}

  async resolve(claim: IdentityClaim): Promise<Identity> {
    const token = claim.token?.trim();
    if (!claim.as && !token) return { reader: ownerReader(claim.asOf), role: 'owner' };
    const fromToken = token ? await this.byToken(token) : null;
    if (claim.as && fromToken && fromToken.name.toLowerCase() !== claim.as.trim().toLowerCase()) {
      await this.refuse(claim.as, 'the token belongs to another user');
      throw new DemarcheError('UNAUTHORIZED', `--as ${claim.as} does not match the user of DEMARCHE_TOKEN: give one or the other`);
    }
    const user = fromToken ?? (await this.byName(claim.as!.trim()));
    return {
      reader: { name: user.name, clearance: user.clearance, caveats: user.caveats, asOf: claim.asOf },
      role: user.role,
    };
  }

  private async byName(name: string): Promise<User> {
    const user = await this.users.byName(name);
    if (!user) {
      await this.refuse(name, 'unknown user');
      throw new DemarcheError('UNAUTHORIZED', `no user named "${name}" in this store: \`demarche user add\` creates one (as the owner or an admin)`);
    }
    if (user.disabled) {
      await this.refuse(name, 'disabled user');
      throw new DemarcheError('UNAUTHORIZED', `user "${name}" is disabled: an admin can add a new user for them`);
    }
    return user;
  }

  private async byToken(token: string): Promise<User> {
    const parsed = readToken(token);
    const user = parsed ? await this.users.byId(parsed.userId) : null;
    const stored = user ? await this.users.tokenHash(user.id) : null;
    if (!parsed || !user || !stored || !this.tokenMatches(token, parsed.secret, user.id, stored)) {
      // Whoever holds a bad token is not the user it names: the entry says "token", not their name.
      await this.refuse('token', 'bad token', user?.name);
      throw new DemarcheError('UNAUTHORIZED', 'the token (DEMARCHE_TOKEN) is not valid: ask an admin for a new one (`demarche user rotate-token NAME`)');
    }
    if (user.disabled) {
      await this.refuse(user.name, 'disabled user');
      throw new DemarcheError('UNAUTHORIZED', `user "${user.name}" is disabled: an admin can add a new user for them`);
    }
    return user;
  }

  private tokenMatches(token: string, secret: string, userId: number, stored: TokenHash): boolean {
    const key = createHash('sha256').update(token).digest('hex');
    const cached = checkedTokens.get(key);
    if (cached && cached.userId === userId && cached.hash === stored.hash) return true;
    if (!secretMatches(secret, stored)) return false;
    checkedTokens.set(key, { userId, hash: stored.hash });
    return true;
  }

  private async refuse(who: string, reason: string, target = who): Promise<void> {
    await this.audit.record({ actor: who, action: 'refused', target: `user:${target}`, marking: null, details: { reason } });
  }
}
