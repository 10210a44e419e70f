// `demarche extract`: mentions and events in a cable file or a plain text.
import type { Command } from 'commander';
import { action } from '../action.js';

interface ExtractOptions {
  json?: boolean;
  asOf?: string;
}

export function registerExtractCommands(program: Command): void {
  program
    .command('extract')
    .description('extract mentions (people, organisations, places, items, resolutions, regimes, dates) and events from a cable or a plain text')
    .argument('<file>', 'a cable file, or a plain text file')
    .option('--json', 'print {"mentions": [...], "events": [...]} as JSON')
    .option('--as-of <date>', 'the day relative dates in a plain text are resolved against (YYYY-MM-DD; default today)')
    .action(
      action(async (file: string, opts: ExtractOptions) => {
        const { runExtract } = await import('../extract-command.js');
        await runExtract(file, opts);
      }),
    );
}
