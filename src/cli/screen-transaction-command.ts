// Implementation of `demarche screen transaction`: party, item and destination screened together and
// decided. The party half is the real party screening (src/screening) over the lists in $DEMARCHE_DATA.
import { type PartyScreener, decideTransaction } from '../controls/transaction.js';
import { bold, printJson, printLine } from './output.js';
import { parseOptions, splitParams, transactionOptionsSchema } from '../controls/screening-options.js';

const realPartyScreener: PartyScreener = async (query) => {
  const { screenParty } = await import('../screening/screen-party.js');
  return screenParty({ name: query.name });
};

export async function runScreenTransaction(rawOpts: unknown): Promise<void> {
  const opts = parseOptions(transactionOptionsSchema, rawOpts);
  const result = await decideTransaction(
    { party: opts.party, item: opts.item, to: opts.to, date: opts.date, params: splitParams(opts.param) },
    realPartyScreener,
  );
  if (opts.json) {
    printJson(result);
    return;
  }
  printLine(`${bold(result.decision.toUpperCase())}: ${opts.party} / ${opts.item} / to ${result.destination.country} on ${result.destination.date}`);
  for (const r of result.reasons) printLine(`  - ${r}`);
  const statuses = result.item.determinations.map((d) => `${d.entry} ${d.status}`).join(', ');
  printLine();
  printLine(`item: ${statuses || 'no control-list entry'}`);
  printLine(`party: ${result.party.matches.length} match(es), ${result.party.possible.length} possible, threshold ${result.party.threshold}`);
  printLine(`destination: ${result.destination.measures.map((m) => `${m.resolution} para ${m.paragraph}`).join('; ') || 'no UN measure in force'}`);
}
