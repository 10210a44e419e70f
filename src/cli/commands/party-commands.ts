// Party screening commands: `screen party`, `screen batch`, `match`, `lists status`, `lists update`.
// Each loads its implementation only when it runs, so `demarche --help` stays fast.
import type { Command } from 'commander';
import { action } from '../action.js';

export function registerPartyCommands(program: Command, screen: Command): void {
  screen
    .command('party')
    .description('screen a person or organisation name against the sanctions lists, with explained hits')
    .argument('<name...>', 'the name as written, in any script, e.g. "LIMMT (Dalian FTZ) Economic and Trade Organization"')
    .option('--type <type>', 'person or organization (raises or lowers hits of the other kind)')
    .option('--country <cc>', 'ISO 3166 country code or name the party is linked to')
    .option('--dob <date>', 'date or year of birth, YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--limit <n>', 'most hits to show (default 10)')
    .option('--json', 'print {query, threshold, hits} as JSON')
    .action(
      action(async (words: string[], opts: unknown) => {
        const { runScreenParty } = await import('../screen-party-command.js');
        await runScreenParty(words, opts);
      }),
    );

  screen
    .command('batch')
    .description('screen every row of a CSV file (columns name, and optionally type, country, dob); best hit per row')
    .argument('<file>', 'input CSV with a header row')
    .option('--out <file>', 'write the results CSV here (default: standard output)')
    .option('--json', 'print the run summary as JSON on standard error')
    .action(
      action(async (file: string, opts: unknown) => {
        const { runScreenBatch } = await import('../screen-batch-command.js');
        await runScreenBatch(file, opts);
      }),
    );

  registerMatchCommand(program);
  registerListCommands(program);
}

function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('score name pairs with the party-screening comparator alone (for evaluation)')
    .requiredOption('--pairs <file>', 'CSV with columns name1, name2 and optionally schema (Person, Company, Organization ...)')
    .option('--json', 'print errors as JSON')
    .action(
      action(async (opts: unknown) => {
        const { runMatch } = await import('../match-command.js');
        await runMatch(opts);
      }),
    );

}

function registerListCommands(program: Command): void {
  const lists = program.command('lists').description('the sanctions lists: what is loaded, and updating them');
  lists
    .command('status')
    .description('lists loaded, entry and alias counts, list dates and source files')
    .option('--json', 'print as JSON')
    .action(
      action(async (opts: unknown) => {
        const { runListsStatus } = await import('../lists-command.js');
        await runListsStatus(opts);
      }),
    );
  lists
    .command('update')
    .description('download the official list files, check them, and replace the current ones atomically')
    .option('--dir <dir>', 'lists folder to update (default: $DEMARCHE_LISTS or ./lists)')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (opts: unknown) => {
        const { runListsUpdate } = await import('../lists-command.js');
        await runListsUpdate(opts);
      }),
    );
}
