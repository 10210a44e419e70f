// Candidate EU Annex I entries for a description, found by words in the legal text: the fallback for
// goods the parameter rules do not cover, and a pointer to the legal text for those they do.
import { type AnnexHit, loadAnnexTree } from './annex-tree.js';
import { ENTRIES } from './kb/index.js';
import type { ItemScreening } from './screen-item.js';

export interface AnnexCandidate extends AnnexHit {
  /** True when the knowledge base decides this entry by its parameters (see determinations). */
  decidedByRules: boolean;
}

export interface AnnexCandidates {
  candidates: AnnexCandidate[];
  warning?: string;
}

// The legal text says "particulate form" where trade says "powder".
const EXPANSIONS: Array<[RegExp, string]> = [
  [/\bpowder/i, 'particulate'],
  [/\bgyro/i, 'gyro'],
  [/\bwolfram\b/i, 'tungsten'],
  [/\bmoly\b/i, 'molybdenum'],
];

export function annexCandidates(screening: ItemScreening, env: NodeJS.ProcessEnv = process.env, limit = 5): AnnexCandidates {
  let tree;
  try {
    tree = loadAnnexTree(env);
  } catch (e) {
    return { candidates: [], warning: `EU Annex I search skipped: ${(e as Error).message}` };
  }
  const names = screening.parameters.filter((p) => p.name === 'material').map((p) => String(p.value));
  const extra = EXPANSIONS.filter(([re]) => re.test(screening.description)).map(([, w]) => w);
  const hits = tree.search([screening.description, ...names, ...extra].join(' '), limit);
  const ruled = new Set(ENTRIES.flatMap((e) => (e.eu ?? '').split(/\s*\/\s*/)));
  return { candidates: hits.map((h) => ({ ...h, decidedByRules: [...ruled].some((eu) => eu !== '' && (h.eu === eu || h.eu.startsWith(`${eu}.`) || eu.startsWith(`${h.eu}.`))) })) };
}
