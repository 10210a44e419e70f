// `npm run eval:names`: how well party screening finds listed names and leaves others alone.
// Prints alias recall@1 over OFAC's own aliases, recall of UN-listed people (clean and
// perturbed) against the un-sc list, false-match rates on synthetic non-listed people and on US
// Congress members, and rank agreement with OFAC's Sanctions List Search.
// Options: --threshold T (default: the documented one), --params '{"listMiss":0.5}' (experiments).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { requireDataDir } from '../src/config.js';
import type { ListEntry, ListId } from '../src/lists/types.js';
import { compareNames } from '../src/screening/compare.js';
import type { PartyQuery } from '../src/screening/party-query.js';
import { buildScreener } from '../src/screening/screen-party.js';
import { Screener } from '../src/screening/screener.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const built = await buildScreener();
const base = built.screener;
const screener = new Screener(
  base.index,
  base.lists,
  option('--params') ? JSON.parse(option('--params')!) : {},
  option('--threshold') ? Number(option('--threshold')) : base.threshold,
);
const index = screener.index;
const namesDir = path.join(requireDataDir(), 'eval', 'names');
const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
const fixed = (x: number): string => x.toFixed(4);

function readCsv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(path.join(namesDir, file)), { columns: true, skip_empty_lines: true, relax_column_count: true });
}

console.log(`lists: ${screener.lists.map((l) => `${l.id} ${l.date ?? '?'} (${l.entries.length} entries)`).join(', ')}`);
console.log(`decision threshold: ${screener.threshold}`);
console.log('');

// 1. Every OFAC alias as a query must find its own entry first among the OFAC lists (ties with
// it count as found). The UN list is left out because it lists many of the same people, often
// with this very name as a strong alias.
{
  let total = 0;
  let found = 0;
  const byStrength = { strong: [0, 0], weak: [0, 0] };
  const ofac: ListId[] = ['us-ofac-sdn', 'us-ofac-cons'];
  for (const list of screener.lists.filter((l) => l.id !== 'un-sc')) {
    for (const entry of list.entries) {
      for (const alias of entry.names.slice(1)) {
        const hits = screener.screen({ name: alias.name }, { limit: 50, explain: false, minScore: 0, lists: ofac }).hits;
        const top = hits[0]?.score ?? -1;
        const own = hits.some((h) => h.score === top && h.list === entry.list && h.id === entry.id);
        total += 1;
        if (own) found += 1;
        const s = byStrength[alias.strength === 'weak' ? 'weak' : 'strong'];
        s[0]! += 1;
        if (own) s[1]! += 1;
      }
    }
  }
  console.log(`OFAC alias recall@1: ${fixed(found / total)} (${found}/${total}; strong ${fixed(byStrength.strong[1]! / byStrength.strong[0]!)}, weak ${fixed(byStrength.weak[1]! / byStrength.weak[0]!)})  goal >= 0.97`);
}

// 2. UN-listed people, clean and perturbed, against the un-sc list. The target entry is the one
// whose listed name equals the clean name; a hit counts when that entry is matched.
{
  const clean = readCsv('yente_positives_un_untreated.csv');
  const perturbed = readCsv('yente_positives_un_treated.csv');
  const un = index.entries.map((e, i) => [e, i] as const).filter(([e]) => e.list === 'un-sc');
  const keyOf = (name: string): string => index.normaliser.tokens(name, 'person').map((t) => t.text).sort().join(' ');
  const byKey = new Map<string, Set<string>>();
  for (const [e] of un) {
    for (const n of e.names) {
      const k = keyOf(n.name);
      if (!byKey.has(k)) byKey.set(k, new Set());
      byKey.get(k)!.add(e.id);
    }
  }
  const targets = clean.map((r) => byKey.get(keyOf(r.full_name ?? '')) ?? new Set<string>());
  const untargeted = targets.filter((t) => t.size === 0).length;
  const recall = (rows: Array<Record<string, string>>): [number, number] => {
    let ok = 0;
    let any = 0;
    rows.forEach((r, i) => {
      const hits = screener.screen({ name: r.full_name ?? '', type: 'person' }, { lists: ['un-sc'], explain: false }).hits;
      if (hits.some((h) => h.match)) any += 1;
      if (hits.some((h) => h.match && targets[i]!.has(h.id))) ok += 1;
    });
    return [ok / rows.length, any / rows.length];
  };
  const [c, cAny] = recall(clean);
  const [p, pAny] = recall(perturbed);
  console.log(`UN clean recall: ${fixed(c)} (matched any un-sc entry: ${fixed(cAny)}; n=${clean.length}, ${untargeted} without an exact listed name)  goal >= 0.99`);
  console.log(`UN perturbed recall: ${fixed(p)} (matched any un-sc entry: ${fixed(pAny)}; n=${perturbed.length})  goal >= 0.95`);
}

// 3. People built not to match any listing, and members of Congress: any match is a false match.
function falseMatches(rows: Array<Record<string, string>>, withContext: boolean): [number, Array<[string, string, number]>] {
  let bad = 0;
  const examples: Array<[string, string, number]> = [];
  for (const r of rows) {
    const q: PartyQuery = { name: r.full_name ?? '', type: 'person' };
    if (withContext && r.date_of_birth) q.dob = r.date_of_birth;
    const best = screener.best(q);
    if (best?.match) {
      bad += 1;
      if (examples.length < 8) examples.push([q.name, best.matchedName, best.score]);
    }
  }
  return [bad / rows.length, examples];
}
{
  const synthetic = [...readCsv('yente_negatives_global.csv'), ...readCsv('yente_negatives_us.csv')];
  const [rate, examples] = falseMatches(synthetic, false);
  const [rateDob] = falseMatches(synthetic, true);
  console.log(`false matches, synthetic people: ${pct(rate)} (n=${synthetic.length}; with their dates of birth: ${pct(rateDob)})  goal <= 0.5%`);
  for (const [q, m, s] of examples) console.log(`    e.g. "${q}" ~ "${m}" ${s}`);
  const congress = readCsv('yente_positives_us_congress_untreated.csv');
  const [cRate, cExamples] = falseMatches(congress, false);
  const [cRateDob] = falseMatches(congress, true);
  console.log(`false matches, US Congress: ${pct(cRate)} (n=${congress.length}; with their birth years: ${pct(cRateDob)})  goal <= 1%`);
  for (const [q, m, s] of cExamples) console.log(`    e.g. "${q}" ~ "${m}" ${s}`);
}

// 4. Rank agreement with OFAC's Sanctions List Search on the same (query, listed name) pairs.
{
  const rows = readCsv('ofac_sls_scores.csv');
  const groups = new Map<string, Array<[number, number]>>();
  for (const r of rows) {
    const ours = compareNames(index, r.query_name ?? '', r.result_name ?? '', 'unknown', screener.params).score;
    const list = groups.get(r.query_name ?? '') ?? [];
    list.push([Number(r.ofac_score), ours]);
    groups.set(r.query_name ?? '', list);
  }
  let concordant = 0;
  let discordant = 0;
  let rhoSum = 0;
  let rhoN = 0;
  for (const pairs of groups.values()) {
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        const a = Math.sign(pairs[i]![0] - pairs[j]![0]);
        const b = Math.sign(pairs[i]![1] - pairs[j]![1]);
        if (a === 0 || b === 0) continue;
        if (a === b) concordant += 1;
        else discordant += 1;
      }
    }
    if (pairs.length >= 3) {
      const rho = spearman(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
      if (!Number.isNaN(rho)) {
        rhoSum += rho;
        rhoN += 1;
      }
    }
  }
  console.log(`rank agreement with OFAC Sanctions List Search: pairwise ${fixed(concordant / (concordant + discordant))} (${concordant} concordant, ${discordant} discordant pairs); mean Spearman rho ${fixed(rhoSum / rhoN)} over ${rhoN} queries`);
}

// 5. Name variants of one listed person (scripts, languages, spellings): found first and matched.
{
  const variants = readFileSync(path.join(namesDir, 'putin_name_variants.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const target = index.entries.find((e: ListEntry) => e.list === 'us-ofac-sdn' && /^PUTIN, Vladimir/.test(e.names[0]!.name));
  const ok = variants.filter((v) => {
    const best = screener.best({ name: v, type: 'person' });
    return best !== null && best.match && best.entry === target;
  }).length;
  console.log(`name variants of one listed person (putin_name_variants.txt): ${ok}/${variants.length} matched to the right entry`);
}

function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (x: number[]): number => x.reduce((s, v) => s + v, 0) / x.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

function ranks(x: number[]): number[] {
  const order = x.map((v, i) => [v, i] as const).sort((p, q) => p[0] - q[0]);
  const r = new Array<number>(x.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}
