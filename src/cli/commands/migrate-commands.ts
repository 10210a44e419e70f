// `demarche migrate --to postgres://...`: copy the SQLite store (DEMARCHE_DB) into PostgreSQL. Loads
// its implementation only when it runs, so that `demarche --help` stays fast.
import type { Command } from 'commander';
import { action } from '../action.js';
import { withReaderOptions } from '../reader-options.js';

export function registerMigrateCommands(program: Command): void {
  withReaderOptions(program.command('migrate'))
    .description('copy the SQLite store (DEMARCHE_DB) into PostgreSQL: cables, statements, users and the audit log with its chain')
    .requiredOption('--to <url>', 'the PostgreSQL store, postgres://user@host:5432/database[?schema=name]')
    .option('--json', 'print the report as JSON')
    .action(action(async (opts: { to: string; json?: boolean }) => (await import('../migrate-command.js')).runMigrate(opts)));
}
