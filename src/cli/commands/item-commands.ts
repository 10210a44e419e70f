// Item, destination and transaction screening commands: `screen item`, `screen destination`,
// `screen transaction`. Each loads its implementation only when it runs, so `demarche --help` stays fast.
import type { Command } from 'commander';
import { action } from '../action.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerItemCommands(_program: Command, screen: Command): void {
  screen
    .command('item')
    .description('decide an item described in plain words against the MTCR, NSG and Military List entries by their parameters')
    .argument('<description...>', 'the goods in plain words, e.g. "graphite cylinders, 1.85 g/cm3, grain 20 µm, 150 mm diameter"')
    .option('--param <name=value>', 'give a parameter explicitly (repeatable), e.g. --param density=1.85g/cm3', collect, [])
    .option('--no-search', 'skip the word search over the EU Annex I text')
    .option('--json', 'print {parameters, determinations, candidates} as JSON')
    .action(
      action(async (words: string[], opts: unknown) => {
        const { runScreenItem } = await import('../screen-item-command.js');
        await runScreenItem(words, opts);
      }),
    );

  screen
    .command('destination')
    .description('list the UN Security Council measures in force for a country on a date, with citations')
    .argument('<country>', 'ISO 3166-1 alpha-2 code, e.g. IR, KP, LY')
    .option('--date <YYYY-MM-DD>', 'the day to screen (default: today, UTC)')
    .option('--json', 'print the measures as JSON')
    .action(
      action(async (country: string, opts: unknown) => {
        const { runScreenDestination } = await import('../screen-destination-command.js');
        await runScreenDestination(country, opts);
      }),
    );

  screen
    .command('transaction')
    .description('decide a transaction: prohibited, licence-required, review or clear, with the reasons')
    .requiredOption('--party <name>', 'the counterparty, screened against the sanctions lists')
    .requiredOption('--item <description>', 'the goods in plain words')
    .requiredOption('--to <country>', 'destination, ISO 3166-1 alpha-2 code')
    .requiredOption('--date <YYYY-MM-DD>', 'shipment date')
    .option('--param <name=value>', 'give an item parameter explicitly (repeatable)', collect, [])
    .option('--json', 'print {decision, reasons, party, item, destination} as JSON')
    .action(
      action(async (opts: unknown) => {
        const { runScreenTransaction } = await import('../screen-transaction-command.js');
        await runScreenTransaction(opts);
      }),
    );
}
