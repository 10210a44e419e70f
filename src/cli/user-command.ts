// Implementation of `demarche user add|list|disable|rotate-token`. A token is printed once, when it
// is made; only its salted hash is stored.
import type { User } from '../access/users.js';
import type { UserAddOptions } from './commands/access-commands.js';
import { printJson, printLine, table } from './output.js';
import { withSession } from './session.js';

export async function runUserAdd(name: string, opts: UserAddOptions): Promise<void> {
  const { user, token } = await withSession(true, 'manage-users', (s) =>
    s.users.add({ name: s.reader.name, role: s.role }, { name, clearance: opts.clearance, caveats: opts.caveat, role: opts.role }),
  );
  if (opts.json) {
    printJson({ name: user.name, token, clearance: user.clearance, caveats: user.caveats, role: user.role });
    return;
  }
  printLine(`added ${describe(user)}`);
  printLine(`token (shown once, keep it safe): ${token}`);
}

export async function runUserList(opts: { json?: boolean }): Promise<void> {
  const users = await withSession(false, 'manage-users', (s) => s.users.list({ name: s.reader.name, role: s.role }));
  if (opts.json) {
    printJson(users.map(({ id: _id, ...u }) => u));
    return;
  }
  if (users.length === 0) {
    printLine('no users: `demarche user add NAME --clearance LEVEL` adds one');
    return;
  }
  const rows = users.map((u) => [u.name, u.clearance, u.caveats.join(',') || '-', u.role, u.disabled ? 'disabled' : 'active', u.createdAt.slice(0, 10)]);
  printLine(table([['name', 'clearance', 'caveats', 'role', 'status', 'created'], ...rows]));
}

export async function runUserDisable(name: string, opts: { json?: boolean }): Promise<void> {
  const user = await withSession(false, 'manage-users', (s) => s.users.disable({ name: s.reader.name, role: s.role }, name));
  if (opts.json) printJson({ name: user.name, disabled: true });
  else printLine(`disabled ${user.name}: their name and token no longer work`);
}

export async function runUserRotate(name: string, opts: { json?: boolean }): Promise<void> {
  const { user, token } = await withSession(false, 'manage-users', (s) => s.users.rotateToken({ name: s.reader.name, role: s.role }, name));
  if (opts.json) {
    printJson({ name: user.name, token });
    return;
  }
  printLine(`new token for ${user.name} (shown once; the old one no longer works): ${token}`);
}

function describe(u: User): string {
  const caveats = u.caveats.length > 0 ? `//${u.caveats.join('//')}` : '';
  return `${u.name}: ${u.clearance}${caveats}, ${u.role}`;
}
