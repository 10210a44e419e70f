// The `demarche` command line. Commands register here; each loads its implementation only when it
// runs, so that `demarche --help` starts fast.
import { Command, CommanderError } from 'commander';
import { CliExit } from './action.js';
import { registerAccessCommands } from './commands/access-commands.js';
import { registerArchiveCommands } from './commands/archive-commands.js';
import { registerCableCommands } from './commands/cable-commands.js';
import { registerExtractCommands } from './commands/extract-commands.js';
import { registerItemCommands } from './commands/item-commands.js';
import { registerKnowledgeCommands } from './commands/knowledge-commands.js';
import { registerMigrateCommands } from './commands/migrate-commands.js';
import { registerPartyCommands } from './commands/party-commands.js';
import { registerServeCommands } from './commands/serve-commands.js';
import { setReaderOptions } from './reader-options.js';

export function buildProgram(): Command {
  const program = new Command('demarche')
    .description('Nonproliferation casework: parse and search diplomatic cables, screen parties, items and destinations.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // Program options stand before the command: after it, a command's own options (extract's
    // --as-of) keep their meaning. Reader-aware commands take --as and --as-of after them too.
    .enablePositionalOptions()
    .option('--as <name>', 'act as this user (default: the store owner, or the user of DEMARCHE_TOKEN)')
    .option('--as-of <date>', 'evaluate access on this day, YYYY-MM-DD (default today)')
    .hook('preAction', (_program, command) => setReaderOptions(command.optsWithGlobals()));
  registerCableCommands(program);
  registerExtractCommands(program);
  registerArchiveCommands(program);
  registerAccessCommands(program);
  const screen = program
    .command('screen')
    .description('screen parties, items, destinations and transactions')
    .exitOverride();
  registerPartyCommands(program, screen);
  registerItemCommands(program, screen);
  registerKnowledgeCommands(program);
  registerMigrateCommands(program);
  registerServeCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`demarche parse dir | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CliExit) return e.exitCode;
    if (e instanceof CommanderError) {
      // --help and --version end through here with code 0; usage errors get exit code 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`demarche: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
}
