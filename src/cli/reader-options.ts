// The --as and --as-of options, kept apart from session.ts so that registering commands loads
// nothing heavy (`demarche --help` stays fast): they are read once a command runs.
import type { Command } from 'commander';

export interface ReaderOptions {
  as?: string;
  asOf?: string;
}

let claimed: ReaderOptions = {};

/** Adds --as and --as-of to a command (the program's own pair covers them before the command). */
export function withReaderOptions(command: Command): Command {
  return command
    .option('--as <name>', 'act as this user (default: the store owner, or the user of DEMARCHE_TOKEN)')
    .option('--as-of <date>', 'evaluate access on this day, YYYY-MM-DD (default today)');
}

/** Called before every action with the options of the command and its parents. */
export function setReaderOptions(options: ReaderOptions): void {
  claimed = { as: options.as, asOf: options.asOf };
}

export function readerOptions(): ReaderOptions {
  return claimed;
}
