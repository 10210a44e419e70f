// `npm run eval:items`: accuracy of item screening on the labelled descriptions (per entry and
// overall) and of transaction decisions on the dated cases. Prints every miss so a reader can judge it.
// Run with DEMARCHE_EVAL_VERBOSE=1 to print every case.
import { screenItem } from '../src/controls/screen-item.js';
import { ITEM_CASES, type ItemCase, type Label } from './items-cases.js';
import { ITEM_CASES_2 } from './items-cases-2.js';
import { ITEM_CASES_3 } from './items-cases-3.js';
import { runTransactions } from './items-transactions.js';

interface Tally {
  right: number;
  total: number;
}

const bump = (map: Map<string, Tally>, key: string, ok: boolean): void => {
  const t = map.get(key) ?? { right: 0, total: 0 };
  t.total++;
  if (ok) t.right++;
  map.set(key, t);
};

const pct = (t: Tally): string => `${((100 * t.right) / Math.max(1, t.total)).toFixed(1)}% (${t.right}/${t.total})`;

/** Checks one case; returns the problems found (empty when the case is right). */
function check(c: ItemCase, perEntry: Map<string, Tally>): string[] {
  const result = screenItem(c.description, Object.entries(c.params ?? {}));
  const got = new Map(result.determinations.map((d) => [d.entry, d.status]));
  const problems: string[] = [];
  for (const [entry, want] of Object.entries(c.expect) as Array<[string, Label]>) {
    const status = got.get(entry) ?? 'not-controlled';
    const ok = status === want;
    bump(perEntry, entry, ok);
    if (!ok) problems.push(`${entry}: got ${got.has(entry) ? status : 'no determination'}, want ${want}`);
  }
  for (const d of result.determinations) {
    if (d.entry in c.expect) continue;
    const wrong = c.none ? d.status !== 'not-controlled' : d.status === 'controlled';
    if (wrong) {
      bump(perEntry, d.entry, false);
      problems.push(`${d.entry}: got ${d.status} without a label${c.none ? ' (unrelated goods)' : ''}`);
    }
  }
  if (c.none) bump(perEntry, '(unrelated goods)', problems.length === 0);
  if (process.env.DEMARCHE_EVAL_VERBOSE) {
    process.stdout.write(`  ${c.id} ${c.description}\n${result.determinations.map((d) => `      ${d.entry} ${d.status}`).join('\n')}\n`);
  }
  return problems;
}

function runItems(title: string, cases: ItemCase[]): number {
  const perEntry = new Map<string, Tally>();
  const overall: Tally = { right: 0, total: 0 };
  const misses: string[] = [];
  for (const c of cases) {
    const problems = check(c, perEntry);
    overall.total++;
    if (problems.length === 0) overall.right++;
    else misses.push(`  ${c.id} "${c.description}"\n${problems.map((p) => `      ${p}`).join('\n')}`);
  }
  const labels = [...perEntry.values()].reduce((a, t) => ({ right: a.right + t.right, total: a.total + t.total }), { right: 0, total: 0 });
  process.stdout.write(`${title}: ${cases.length} labelled descriptions\n\nAccuracy per entry:\n`);
  for (const [entry, t] of [...perEntry.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    process.stdout.write(`  ${entry.padEnd(18)} ${pct(t)}\n`);
  }
  process.stdout.write(`\nOverall, per label:        ${pct(labels)}\nOverall, per description:  ${pct(overall)}\n`);
  if (misses.length > 0) process.stdout.write(`\nMisses:\n${misses.join('\n')}\n`);
  return overall.right / overall.total;
}

const batches: Array<[string, ItemCase[]]> = [
  ['Item screening, batch 1 (written before the rules)', ITEM_CASES],
  ['Item screening, batch 2 (written after the rules, before running them)', ITEM_CASES_2],
  ['Item screening, batch 3 (entries added last, written before running them)', ITEM_CASES_3],
];
const scores = batches.map(([title, cases], i) => {
  if (i > 0) process.stdout.write('\n');
  return runItems(title, cases);
});
const total = batches.reduce((n, [, cases]) => n + cases.length, 0);
const all = batches.reduce((s, [, cases], i) => s + (scores[i] ?? 0) * cases.length, 0) / total;
const transactions = await runTransactions();
const perBatch = scores.map((x, i) => `batch ${i + 1} ${(x * 100).toFixed(1)}%`).join(', ');
process.stdout.write(`\nGoal 95%: items ${(all * 100).toFixed(1)}% of ${total} descriptions (${perBatch}), transactions ${(transactions * 100).toFixed(1)}%\n`);
