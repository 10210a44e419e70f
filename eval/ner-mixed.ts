// `npm run eval:ner-mixed`: precision, recall and F1 for PERSON, ORGANIZATION and PLACE on mixed-case
// cables, the form most cables users bring are in (HistoryLab's, in eval/ner.ts, are 1970s ALL-CAPS
// texts). The labels are ours (`eval/ner-mixed-gold.json`): the subject and first two paragraphs of
// 84 sample cables drawn by seeded shuffles, labelled by reading the text before any extractor
// output was looked at, by guidelines written before labelling (the file's "guide", with the
// decisions the annotators added). The text stays in the shared data: the file holds each unit's
// mentions as offsets, and a hash of the text labelled, checked before scoring.
//
// Sets: "development" (12 cables), "development-2" (12 more, labelled later by another annotator
// following the same guide), "development-3" to "development-6" (12 more each,
// labelled by two further annotators after the rules from the sets before) may be read to find
// errors (`--errors`); "held-out" (12 cables) is
// scored only, the estimate for cables never seen. `--set NAME` (repeatable) scores only the sets
// named, so that a development run need not print the held-out figures. Each cable is extracted whole, as `demarche
// extract` runs on it (document-level passes included), and the gold's units are scored: paragraph
// 0 is the subject. Overlap match is the primary figure, exact span beside it (eval/ner-score.ts).
//
// `--capitals` scores the same labels on the same cables written wholly in capitals (each letter
// upper-cased, so every offset holds), as many cables of the 1990s and early 2000s are: the figure
// for an ALL-CAPS cable of our time, which HistoryLab's 1970s cables do not give.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCable } from '../src/cable/parse-cable.js';
import { requireDataDir } from '../src/config.js';
import { extractCable } from '../src/extract/extract.js';
import { loadTagger } from '../src/extract/tagger.js';
import { type Count, type Span, type T, TYPES, match, printCounts } from './ner-score.js';

interface GoldUnit {
  cable: string;
  set: 'development' | 'development-2' | 'development-3' | 'development-4' | 'development-5' | 'development-6' | 'held-out';
  paragraph: number;
  /** First 16 hex digits of the SHA-256 of the unit's text (UTF-8): the text labelled. */
  sha256: string;
  /** [start, end) in the unit's text, as JavaScript counts (UTF-16 code units). */
  mentions: Span[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(path.join(here, 'ner-mixed-gold.json'), 'utf8')) as { units: GoldUnit[] };
const sampleText = path.join(requireDataDir(), 'cables', 'sample', 'text');

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const capitals = args.includes('--capitals');
/** Upper-cased letter by letter, so that offsets hold ("ß" stays: its capital is two letters). */
const upper = (t: string): string => (capitals ? [...t].map((c) => (c.toUpperCase().length === c.length ? c.toUpperCase() : c)).join('') : t);
const onlySets = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
const knownSets = new Set(gold.units.map((u) => u.set));
for (const s of onlySets) if (!knownSets.has(s as GoldUnit['set'])) throw new Error(`--set ${s}: no such set (the gold has ${[...knownSets].join(', ')})`);
const scored = (u: GoldUnit): boolean => onlySets.length === 0 || onlySets.includes(u.set);
const empty = (): Map<T, Count> => new Map(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const totals = new Map<string, { overlap: Map<T, Count>; exact: Map<T, Count>; units: number; cables: Set<string> }>();
loadTagger();
const byCable = new Map<string, GoldUnit[]>();
for (const u of gold.units.filter(scored)) byCable.set(u.cable, [...(byCable.get(u.cable) ?? []), u]);
for (const [id, units] of byCable) {
  const file = path.join(sampleText, `${id}.txt`);
  const cable = parseCable(readFileSync(file), file);
  const read = capitals ? { ...cable, subject: cable.subject === null ? null : upper(cable.subject), paragraphs: cable.paragraphs.map((p) => ({ ...p, text: upper(p.text) })) } : cable;
  const found = extractCable(read).mentions;
  for (const u of units) {
    const text = (u.paragraph === 0 ? cable.subject : cable.paragraphs.find((p) => p.n === u.paragraph)?.text) ?? '';
    if (createHash('sha256').update(text).digest('hex').slice(0, 16) !== u.sha256) {
      throw new Error(`${id} paragraph ${u.paragraph}: the parser's text is not the text labelled (was the parser changed?)`);
    }
    const g = u.mentions;
    const p = found
      .filter((m) => m.paragraph === u.paragraph && (TYPES as readonly string[]).includes(m.type))
      .map((m) => ({ type: m.type as T, start: m.start, end: m.end }));
    const t = totals.get(u.set) ?? { overlap: empty(), exact: empty(), units: 0, cables: new Set<string>() };
    totals.set(u.set, t);
    t.units++;
    t.cables.add(id);
    for (const [exact, into] of [
      [false, t.overlap],
      [true, t.exact],
    ] as const) {
      for (const [type, c] of match(g, p, exact)) {
        const a = into.get(type)!;
        a.tp += c.tp;
        a.fp += c.fp;
        a.fn += c.fn;
      }
    }
    if (showErrors && u.set.startsWith('development')) {
      const hit = (a: Span, b: Span): boolean => a.type === b.type && a.start < b.end && b.start < a.end;
      const quote = (s: Span): string => `${s.type.slice(0, 3)} "${upper(text).slice(s.start, s.end)}"`;
      const fps = p.filter((x) => !g.some((y) => hit(x, y)));
      const fns = g.filter((y) => !p.some((x) => hit(x, y)));
      if (fps.length || fns.length) console.log(`${id} ¶${u.paragraph}\n  extra: ${fps.map(quote).join(', ')}\n  missed: ${fns.map(quote).join(', ')}`);
    }
  }
}
for (const set of new Set(gold.units.map((u) => u.set))) {
  const t = totals.get(set);
  if (!t) continue;
  const mentions = gold.units.filter((u) => u.set === set).reduce((n, u) => n + u.mentions.length, 0);
  console.log(`\n${set}${capitals ? ' (written in capitals)' : ''}: ${t.cables.size} cables, ${t.units} units (subject + first two paragraphs), ${mentions} gold mentions`);
  console.log('  overlap (primary)');
  printCounts(t.overlap);
  console.log('  exact-span (strict)');
  printCounts(t.exact);
}
