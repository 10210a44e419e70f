// `demarche extract`: mentions and events in a cable file or a plain text.
import type { Command } from 'commander';
import { DemarcheError } from '../../errors.js';
import { action } from '../action.js';

interface ExtractOptions {
  json?: boolean;
  asOf?: string;
  cable?: string;
  as?: string;
}

export function registerExtractCommands(program: Command): void {
  program
    .command('extract')
    .description('extract mentions (people, organisations, places, items, resolutions, regimes, dates) and events from a cable or a plain text')
    .argument('[file]', 'a cable file, or a plain text file')
    .option('--cable <id>', 'a stored cable instead of a file: only the paragraphs you may see are read')
    .option('--as <name>', 'with --cable: act as this user (default: the store owner, or the user of DEMARCHE_TOKEN)')
    .option('--json', 'print {"mentions": [...], "events": [...]} as JSON')
    .option('--as-of <date>', 'YYYY-MM-DD, default today: with a plain text, the day its relative dates are resolved against (a text wholly in capitals dated before 1990 is read by the tagger of 1970s cables); with --cable, the day access is evaluated on')
    .action(
      action(async (file: string | undefined, opts: ExtractOptions) => {
        const { runExtract, runExtractStored } = await import('../extract-command.js');
        if (opts.cable !== undefined && file !== undefined) throw new DemarcheError('USAGE', 'give a FILE or --cable ID, not both');
        if (opts.cable !== undefined) return runExtractStored(opts.cable, opts);
        if (file === undefined) throw new DemarcheError('USAGE', 'extract needs a FILE, or --cable ID for a stored cable');
        await runExtract(file, opts);
      }),
    );
}
