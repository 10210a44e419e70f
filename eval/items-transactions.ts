// The transaction half of `npm run eval:items`: dated cases decided with the real party screening
// (src/screening, over the lists in $DEMARCHE_DATA/sanctions), the item rules and the UN measures.
import { decideTransaction } from '../src/controls/transaction.js';
import { screenParty } from '../src/screening/screen-party.js';
import { TRANSACTION_CASES } from './transaction-cases.js';

export async function runTransactions(): Promise<number> {
  let right = 0;
  const misses: string[] = [];
  const rows: string[] = [];
  for (const c of TRANSACTION_CASES) {
    const r = await decideTransaction({ party: c.party, item: c.item, to: c.to, date: c.date }, (q) => screenParty(q));
    const citesOk = c.cites === undefined || r.reasons.some((x) => x.includes(c.cites as string));
    const ok = r.decision === c.expect && citesOk;
    if (ok) right++;
    rows.push(`  ${ok ? 'ok  ' : 'MISS'} ${c.id} ${c.to} ${c.date} ${r.decision.padEnd(16)} ${c.item.slice(0, 60)}`);
    if (!ok) misses.push(`  ${c.id}: got ${r.decision}${citesOk ? '' : ` without citing ${c.cites}`}, want ${c.expect}\n${r.reasons.map((x) => `      ${x}`).join('\n')}`);
  }
  process.stdout.write(`\nTransaction decisions: ${TRANSACTION_CASES.length} dated cases\n${rows.join('\n')}\n`);
  process.stdout.write(`\nTransactions right (decision and citation): ${((100 * right) / TRANSACTION_CASES.length).toFixed(1)}% (${right}/${TRANSACTION_CASES.length})\n`);
  if (misses.length > 0) process.stdout.write(`\nMisses:\n${misses.join('\n')}\n`);
  return right / TRANSACTION_CASES.length;
}
