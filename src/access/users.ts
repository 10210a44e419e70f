// Users: a name, a clearance, caveat eligibility and a role, with an API token shown once and kept
// only as a salted scrypt hash. The service adds, lists, disables and re-keys users and records
// every change in the audit log; the store behind it is any UserStore.
import type { Level } from '../cable/markings.js';
import { DemarcheError } from '../errors.js';
import type { AuditService } from './audit.js';
import { parseClearance, parseUserCaveats } from './clearance.js';
import { parseRole, requireRole, type Role } from './roles.js';
import { newToken, type TokenHash } from './tokens.js';

export interface User {
  id: number;
  name: string;
  clearance: Level;
  caveats: string[];
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  name: string;
  clearance: Level;
  caveats: string[];
  role: Role;
}

export interface UserStore {
  /** Inserts the user and sets the token `makeToken` derives from its id, in one transaction. */
  create(user: NewUser, makeToken: (id: number) => TokenHash, now: string): Promise<User>;
  byName(name: string): Promise<User | null>;
  byId(id: number): Promise<User | null>;
  list(): Promise<User[]>;
  tokenHash(id: number): Promise<TokenHash | null>;
  setToken(id: number, token: TokenHash, now: string): Promise<void>;
  setDisabled(id: number, disabled: boolean, now: string): Promise<void>;
}

/** Who manages users: the owner (role "owner") or an admin. */
export interface Actor {
  name: string;
  role: Role | 'owner';
}

export interface UserInput {
  name: string;
  clearance: string;
  caveats?: readonly string[];
  role?: string;
}

/** Called when a user's token stops being valid, so that caches of checked tokens drop it. */
export type TokenInvalidation = (userId: number) => void;

const NAME_RE = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;

export class UserService {
  constructor(
    private readonly store: UserStore,
    private readonly audit: AuditService,
    private readonly invalidate: TokenInvalidation = () => {},
  ) {}

  /** Adds a user; the token in the result is shown once and never stored. */
  async add(actor: Actor, input: UserInput): Promise<{ user: User; token: string }> {
    requireRole(actor, 'manage-users');
    const user: NewUser = {
      name: checkName(input.name),
      clearance: parseClearance(input.clearance),
      caveats: parseUserCaveats(input.caveats ?? []),
      role: parseRole(input.role ?? 'reader'),
    };
    if (await this.store.byName(user.name)) {
      throw new DemarcheError('CONFLICT', `a user named "${user.name}" already exists: pick another name, or \`demarche user rotate-token ${user.name}\` for a new token`);
    }
    let token = '';
    const created = await this.store.create(user, (id) => {
      const t = newToken(id);
      token = t.token;
      return { salt: t.salt, hash: t.hash };
    }, new Date().toISOString());
    await this.changed(actor, 'user.add', created, { clearance: created.clearance, caveats: created.caveats, role: created.role });
    return { user: created, token };
  }

  list(actor: Actor): Promise<User[]> {
    requireRole(actor, 'manage-users');
    return this.store.list();
  }

  async disable(actor: Actor, name: string): Promise<User> {
    requireRole(actor, 'manage-users');
    const user = await this.existing(name);
    await this.store.setDisabled(user.id, true, new Date().toISOString());
    this.invalidate(user.id);
    await this.changed(actor, 'user.disable', user, {});
    return { ...user, disabled: true };
  }

  /** A new token for the user; the old one stops working at once. */
  async rotateToken(actor: Actor, name: string): Promise<{ user: User; token: string }> {
    requireRole(actor, 'manage-users');
    const user = await this.existing(name);
    const t = newToken(user.id);
    await this.store.setToken(user.id, { salt: t.salt, hash: t.hash }, new Date().toISOString());
    this.invalidate(user.id);
    await this.changed(actor, 'user.rotate-token', user, {});
    return { user, token: t.token };
  }

  private async existing(name: string): Promise<User> {
    const user = await this.store.byName(name.trim());
    if (!user) throw new DemarcheError('NOT_FOUND', `no user named "${name.trim()}": \`demarche user list\` shows the users`);
    return user;
  }

  private async changed(actor: Actor, op: string, user: User, details: Record<string, unknown>): Promise<void> {
    await this.audit.record({ actor: actor.name, action: 'change', target: `user:${user.name}`, marking: null, details: { op, ...details } });
  }
}

function checkName(name: string): string {
  const n = name.trim();
  if (!NAME_RE.test(n) || n.toLowerCase() === 'owner') {
    throw new DemarcheError(
      'BAD_INPUT',
      `bad user name "${name}": use a letter then letters, digits, ".", "_" or "-" (at most 64), and not "owner" (the store's own name)`,
    );
  }
  return n;
}
