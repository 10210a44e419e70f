// Who the CLI acts for: `--as NAME` or DEMARCHE_TOKEN names a user, `--as-of DATE` the day access is
// evaluated on; with neither, the CLI is the store's local owner. The options may stand before the
// command (`demarche --as alice show ID`) or after it (`demarche show ID --as alice`).
import { AuditService } from '../access/audit.js';
import { parseAsOf } from '../access/as-of.js';
import { forgetTokens, type Identity, IdentityService } from '../access/identity.js';
import { ReaderArchive } from '../access/reader-archive.js';
import { type Action, requireRole } from '../access/roles.js';
import { UserService } from '../access/users.js';
import type { CableStore } from '../store/cable-store.js';
import { withArchive } from './open-archive.js';
import { readerOptions } from './reader-options.js';

export interface Session extends Identity {
  store: CableStore;
  audit: AuditService;
  archive: ReaderArchive;
  users: UserService;
}

/** Runs `fn` for the resolved reader; `action` is checked against the reader's role. */
export async function withSession<T>(create: boolean, action: Action, fn: (s: Session) => Promise<T>): Promise<T> {
  const claimed = readerOptions();
  const asOf = checkDate(claimed.asOf);
  return withArchive(create, async (store) => {
    const audit = new AuditService(store.auditLog());
    const identity = await new IdentityService(store.users(), audit).resolve({
      as: claimed.as,
      token: process.env.DEMARCHE_TOKEN || undefined,
      asOf,
    });
    requireRole({ name: identity.reader.name, role: identity.role }, action);
    const users = new UserService(store.users(), audit, forgetTokens);
    return fn({ ...identity, store, audit, users, archive: new ReaderArchive(store, identity.reader, audit) });
  });
}

function checkDate(value: string | undefined): string {
  return parseAsOf(value);
}
