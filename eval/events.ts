// `npm run eval:events`: event and date extraction scored against our own labels
// (eval/events-gold.json: cable id, paragraph number, expected events) on sample cables from
// $DEMARCHE_DATA/cables/sample/text. Each paragraph's events are compared as sets:
// - strict: an event counts when its kind, date value and precision all match a label;
// - kind only: the set of kinds per paragraph, dates ignored;
// - dates: among strict-or-kind matches, how often the date is right.
// Figures are printed for each set: development, development-2 to -5 and, apart, held-out.
// DEMARCHE_EVAL_VERBOSE=1 prints every paragraph's misses; `--set NAME` scores only the sets named.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCable } from '../src/cable/parse-cable.js';
import { requireDataDir } from '../src/config.js';
import { extractCable } from '../src/extract/extract.js';
import type { ExtractedEvent } from '../src/extract/types.js';

interface GoldEvent {
  kind: string;
  date: string | null;
  precision?: string | null;
}
interface GoldParagraph {
  cable: string;
  paragraph: number;
  /**
   * "development" (rules were tuned looking at it), "development-2" to "development-5" (30 paragraphs
   * of 10 more cables each, labelled blind by two more annotators after the rules were written; a
   * set's first run measures them, later rules may be read off its errors) or "held-out" (labelled
   * after, never tuned on).
   */
  set?: string;
  events: GoldEvent[];
}
interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const gold: { paragraphs: GoldParagraph[] } = JSON.parse(readFileSync(new URL('./events-gold.json', import.meta.url), 'utf8'));
const dir = path.join(requireDataDir(), 'cables', 'sample', 'text');
const verbose = process.env.DEMARCHE_EVAL_VERBOSE === '1';

const strictKey = (kind: string, date: string | null, precision: string | null | undefined): string => `${kind}@${date ?? '-'}/${date ? precision : '-'}`;
const goldKey = (e: GoldEvent): string => strictKey(e.kind, e.date, e.precision);
const predKey = (e: ExtractedEvent): string => strictKey(e.kind, e.date?.value ?? null, e.date?.precision);

function tally(c: Count, want: Set<string>, got: Set<string>): void {
  for (const k of got) if (want.has(k)) c.tp++;
  else c.fp++;
  for (const k of want) if (!got.has(k)) c.fn++;
}

const fmt = (c: Count): string => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

interface Stats {
  strict: Count;
  kinds: Count;
  perKind: Map<string, Count>;
  datesRight: number;
  datesCompared: number;
}

function scoreParagraph(g: GoldParagraph, st: Stats): void {
  const cable = parseCable(readFileSync(path.join(dir, `${g.cable}.txt`)), g.cable);
  const events = extractCable(cable).events.filter((e) => e.paragraph === g.paragraph);
  const want = new Set(g.events.map(goldKey));
  const got = new Set(events.map(predKey));
  tally(st.strict, want, got);
  tally(st.kinds, new Set(g.events.map((e) => e.kind)), new Set(events.map((e) => e.kind)));
  for (const kind of new Set([...g.events.map((e) => e.kind), ...events.map((e) => e.kind)])) {
    const c = st.perKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    tally(c, new Set([...want].filter((k) => k.startsWith(`${kind}@`))), new Set([...got].filter((k) => k.startsWith(`${kind}@`))));
    st.perKind.set(kind, c);
    // Date accuracy: for kinds both sides have, does a predicted date equal a labelled one?
    const wd = g.events.filter((e) => e.kind === kind).map(goldKey);
    const pd = events.filter((e) => e.kind === kind).map(predKey);
    if (wd.length && pd.length) {
      st.datesCompared++;
      if (pd.some((k) => wd.includes(k))) st.datesRight++;
    }
  }
  const missed = [...want].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !want.has(k));
  if (verbose && (missed.length || extra.length)) console.log(`${g.cable} p${g.paragraph}: missed ${missed.join(', ') || '-'}; extra ${extra.join(', ') || '-'}`);
}

// `--set NAME` (repeatable) scores only the sets named, so that a development run need not print
// the held-out figures.
const args = process.argv.slice(2);
const onlySets = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
// The sets in the gold's order, held-out last.
const SETS = [...new Set(gold.paragraphs.map((p) => p.set ?? 'development'))].sort((a, b) => Number(a === 'held-out') - Number(b === 'held-out'));
for (const s of onlySets) if (!SETS.includes(s)) throw new Error(`--set ${s}: no such set (the gold has ${SETS.join(', ')})`);
for (const set of SETS.filter((s) => onlySets.length === 0 || onlySets.includes(s))) {
  const paragraphs = gold.paragraphs.filter((p) => (p.set ?? 'development') === set);
  const st: Stats = { strict: { tp: 0, fp: 0, fn: 0 }, kinds: { tp: 0, fp: 0, fn: 0 }, perKind: new Map(), datesRight: 0, datesCompared: 0 };
  for (const g of paragraphs) scoreParagraph(g, st);
  console.log(`\n${set}: events on ${paragraphs.length} labelled paragraphs (${paragraphs.reduce((n, p) => n + p.events.length, 0)} labelled events)`);
  console.log(`  strict (kind + date + precision)  ${fmt(st.strict)}`);
  console.log(`  kind only (per paragraph)         ${fmt(st.kinds)}`);
  console.log(`  date right where the kind is found: ${st.datesRight}/${st.datesCompared}`);
  for (const [kind, c] of [...st.perKind].sort()) console.log(`    ${kind.padEnd(13)} ${fmt(c)}`);
}
