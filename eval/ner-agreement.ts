// `npm run eval:ner-agreement`: how far careful people agree with the HistoryLab gold that
// `npm run eval:ner` scores against. Two annotators labelled HistoryLab's dev and test cables again,
// apart, from the train cables' annotations as their only guide (eval/historylab-relabels.json, offsets
// only). Each is scored against the gold exactly as eval:ner scores the extractor (flat outermost
// spans, pronouns left out, overlap match primary, exact span beside it), and the two against each
// other. An annotator's figure is a ceiling of sorts for any extractor on the same cables: what the
// gold's own conventions, learnt from its own examples, let a reader reach.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireDataDir } from '../src/config.js';
import { type GoldDoc, readHistoryLabSplit } from '../src/extract/historylab.js';
import { PRONOUN, flatGold, outermost } from '../src/extract/tagger.js';
import { type Count, type Span, type T, TYPES, match, printCounts } from './ner-score.js';

interface Relabel {
  annotator: string;
  split: string;
  cable: string;
  sha256: string;
  mentions: Span[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const { docs } = JSON.parse(readFileSync(path.join(here, 'historylab-relabels.json'), 'utf8')) as { docs: Relabel[] };
const root = path.join(requireDataDir(), 'ner', 'historylab');

/** An annotator's spans as the gold is scored: no pronouns, outermost spans only. */
function flat(text: string, spans: Span[]): Span[] {
  return outermost(spans.filter((s) => !PRONOUN.test(text.slice(s.start, s.end))));
}

const empty = (): Map<T, Count> => new Map(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
function add(total: Map<T, Count>, counts: Map<T, Count>): void {
  for (const [t, c] of counts) {
    const a = total.get(t)!;
    a.tp += c.tp;
    a.fp += c.fp;
    a.fn += c.fn;
  }
}

const splits = [...new Set(docs.map((d) => d.split))];
for (const split of splits) {
  const gold = new Map<string, GoldDoc>(readHistoryLabSplit(root, split).map((d) => [d.name, d]));
  const mine = docs.filter((d) => d.split === split);
  const annotators = [...new Set(mine.map((d) => d.annotator))].sort();
  const labelled = new Map<string, Map<string, Span[]>>(annotators.map((a) => [a, new Map()]));
  for (const d of mine) {
    const g = gold.get(d.cable);
    if (!g) throw new Error(`historylab-relabels.json: ${split}/${d.cable} is not in ${path.join(root, split)}`);
    if (createHash('sha256').update(g.text).digest('hex').slice(0, 16) !== d.sha256) throw new Error(`historylab-relabels.json: the text of ${split}/${d.cable} is not the text that was labelled`);
    labelled.get(d.annotator)!.set(d.cable, flat(g.text, d.mentions));
  }
  console.log(`\n${split}: ${gold.size} cables`);
  for (const a of annotators) {
    const cables = [...labelled.get(a)!.keys()];
    for (const exact of [false, true]) {
      const total = empty();
      for (const c of cables) {
        const g = flatGold(gold.get(c)!).map((s) => ({ type: s.type as T, start: s.start, end: s.end }));
        add(total, match(g, labelled.get(a)!.get(c)!, exact));
      }
      console.log(`  annotator ${a} against the gold (${cables.length} cables), ${exact ? 'exact-span (strict)' : 'overlap (primary)'}`);
      printCounts(total);
    }
  }
  for (let i = 0; i < annotators.length; i++)
    for (let j = i + 1; j < annotators.length; j++) {
      const [a, b] = [annotators[i]!, annotators[j]!];
      const both = [...labelled.get(a)!.keys()].filter((c) => labelled.get(b)!.has(c));
      const total = empty();
      for (const c of both) add(total, match(labelled.get(a)!.get(c)!, labelled.get(b)!.get(c)!, false));
      console.log(`  annotator ${b} against annotator ${a} (${both.length} cables), overlap`);
      printCounts(total);
    }
}
