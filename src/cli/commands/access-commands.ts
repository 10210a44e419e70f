// Need-to-know commands: `user add|list|disable|rotate-token` and `audit [verify]`. Each loads its
// implementation only when it runs, so that `demarche --help` stays fast.
import type { Command } from 'commander';
import { action } from '../action.js';
import { withReaderOptions } from '../reader-options.js';

export interface UserAddOptions {
  clearance: string;
  caveat: string[];
  role?: string;
  json?: boolean;
}

export interface AuditOptions {
  user?: string;
  since?: string;
  limit?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerAccessCommands(program: Command): void {
  const user = program.command('user').description('manage users: clearance, caveats, role, API token (the owner or an admin)');
  withReaderOptions(user.command('add'))
    .description('add a user and print their API token (shown this once only)')
    .argument('<name>', 'user name: a letter, then letters, digits, ".", "_" or "-"')
    .requiredOption('--clearance <level>', 'UNCLASSIFIED, CONFIDENTIAL, SECRET or TOP SECRET (or U, C, S, TS)')
    .option('--caveat <caveat>', 'caveat eligibility: NOFORN, FOUO or SBU (repeatable)', collect, [])
    .option('--role <role>', 'reader, analyst or admin', 'reader')
    .option('--json', 'print {"name", "token", "clearance", "caveats", "role"} as JSON')
    .action(action(async (name: string, opts: UserAddOptions) => (await import('../user-command.js')).runUserAdd(name, opts)));
  withReaderOptions(user.command('list'))
    .description('list users (never their tokens)')
    .option('--json', 'print the users as JSON')
    .action(action(async (opts: { json?: boolean }) => (await import('../user-command.js')).runUserList(opts)));
  withReaderOptions(user.command('disable'))
    .description('disable a user: their name and token stop working at once')
    .argument('<name>', 'user name')
    .option('--json', 'print the user as JSON')
    .action(action(async (name: string, opts: { json?: boolean }) => (await import('../user-command.js')).runUserDisable(name, opts)));
  withReaderOptions(user.command('rotate-token'))
    .description('give a user a new API token (shown this once only); the old one stops working')
    .argument('<name>', 'user name')
    .option('--json', 'print {"name", "token"} as JSON')
    .action(action(async (name: string, opts: { json?: boolean }) => (await import('../user-command.js')).runUserRotate(name, opts)));

  const audit = withReaderOptions(program.command('audit'))
    .description('the audit log of reads and changes, oldest first (the owner or an admin)')
    .option('--user <name>', 'only entries by this user ("owner" for the store owner)')
    .option('--since <date>', 'only entries at or after YYYY-MM-DD (or an ISO time)')
    .option('--limit <n>', 'the latest N entries (default 50)')
    .option('--json', 'print the entries as JSON')
    .action(action(async (opts: AuditOptions) => (await import('../audit-command.js')).runAuditList(opts)));
  withReaderOptions(audit.command('verify'))
    .description('check the hash chain of the whole log; exit 1 naming the first edited, missing or reordered entry')
    .option('--json', 'print {"ok", "entries", "broken", "guarded"} as JSON')
    .action(action(async (opts: { json?: boolean }) => (await import('../audit-command.js')).runAuditVerify(opts)));
}
