// What eval:links and eval:merges share: the sets named on the command line, a labelled cable's
// text by its id (the sample's files are named by id; the seed is found by parsing the seeds that
// sit beside the data), and the party screen analysis runs with.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCable } from '../src/cable/parse-cable.js';
import type { Cable } from '../src/cable/types.js';
import type { PartyScreen, analyseCable } from '../src/entities/analyse.js';
import { getScreener } from '../src/screening/screen-party.js';

/** `--set NAME` (repeatable) and `--errors`; --errors reads the development set only. */
export function setArgs<P extends { set: string }>(command: string, pairs: P[], args = process.argv.slice(2)): { wanted: P[]; showErrors: boolean } {
  const showErrors = args.includes('--errors');
  const sets = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
  const wanted = pairs.filter((p) => sets.length === 0 || sets.includes(p.set));
  if (showErrors && wanted.some((p) => p.set === 'held-out')) {
    console.error(`${command}: --errors reads the development set only: add --set development`);
    process.exit(1);
  }
  return { wanted, showErrors };
}

/** The parsed cable of this id, or null when the shared data does not hold it. */
export function labelledCable(data: string, id: string): Cable | null {
  const file = path.join(data, 'cables', 'sample', 'text', `${id}.txt`);
  if (existsSync(file)) return parseCable(readFileSync(file), path.basename(file));
  const seeds = path.join(data, '..', 'seeds');
  if (!existsSync(seeds)) return null;
  for (const f of readdirSync(seeds)) {
    const cable = parseCable(readFileSync(path.join(seeds, f)), f);
    if (cable.id === id) return cable;
  }
  return null;
}

/** The lists' party screen as `demarche analyse` calls it, and the memo of names it screened. */
export async function partyScreen(): Promise<{ screen: PartyScreen; screened: Parameters<typeof analyseCable>[2] }> {
  const { screener } = await getScreener();
  const screen: PartyScreen = (name, type) => screener.screen({ name, type }, { limit: 3, explain: true });
  return { screen, screened: new Map() };
}
