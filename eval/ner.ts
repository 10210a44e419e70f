// `npm run eval:ner`: precision, recall and F1 for PERSON, ORGANIZATION and PLACE on the HistoryLab
// cables ($DEMARCHE_DATA/ner/historylab), dev and test splits. Test is scored with the tagger
// extraction uses (trained on train and dev); dev with a tagger trained on train alone, so that no
// split is scored by a model that learned from it.
//
// Scoring, decided before looking at test figures:
// - Types: PER.* → PERSON, ORG.* → ORGANIZATION, GPE.* and LOC* → PLACE, as the entity list says.
// - Pronoun mentions (HE, HIS, ITS, WE, OUR, THEY ...) are coreference, not names: they are removed
//   from the gold before scoring (the count removed is printed).
// - The gold nests ("[[[[BOLIVIAN]] JUDICIARY]]"); a flat extractor is scored on the outermost
//   spans, as CoNLL does (the count of inner spans left out is printed).
// - Primary figure: overlap match: a prediction counts when it has the gold span's type and shares
//   at least one character with it, each gold span matched at most once. The gold's own span edges
//   are inconsistent ("JUSTICE MINISTER [[ZADOK]]" beside "[[PRIME MINISTER RABIN]]"), so exact
//   match is printed beside it as the strict figure.
// - Mentions whose entity number is missing from the entity list carry no type and are left out.
import path from 'node:path';
import { requireDataDir } from '../src/config.js';
import { type GoldDoc, readHistoryLabSplit } from '../src/extract/historylab.js';
import { PRONOUN, TRAINING_SPLITS, flatGold, loadTagger, setTagger, trainTagger } from '../src/extract/tagger.js';
import { extractText } from '../src/extract/extract.js';

import { type Count, type T, TYPES, f1, match, printCounts } from './ner-score.js';

function score(docs: GoldDoc[], exact: boolean, total = new Map<T, Count>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]))): Map<T, Count> {
  for (const d of docs) {
    const gold = flatGold(d).map((s) => ({ type: s.type as T, start: s.start, end: s.end }));
    // The whole pipeline, as `demarche extract` runs it on a plain text: names, then the dates,
    // resolutions and regimes that take precedence over them, then document-level passes.
    const year = Number(/^(\d{4})/.exec(d.name)?.[1] ?? 1975);
    const pred = extractText(d.text, new Date(Date.UTC(year, 11, 31)))
      .mentions.filter((m) => (TYPES as readonly string[]).includes(m.type))
      .map((m) => ({ type: m.type as T, start: m.start, end: m.end }));
    for (const [t, c] of match(gold, pred, exact)) {
      const a = total.get(t)!;
      a.tp += c.tp;
      a.fp += c.fp;
      a.fn += c.fn;
    }
  }
  return total;
}

function exclusions(docs: GoldDoc[]): string {
  let pronouns = 0;
  let inner = 0;
  let untyped = 0;
  for (const d of docs) {
    const flat = new Set(flatGold(d));
    for (const s of d.spans) {
      if (s.type === null) untyped++;
      else if (PRONOUN.test(d.text.slice(s.start, s.end))) pronouns++;
      else if (!flat.has(s)) inner++;
    }
  }
  const all = docs.reduce((n, d) => n + d.spans.length, 0);
  return `${all} gold mentions; removed: ${pronouns} pronouns, ${inner} nested inner spans, ${untyped} with no type in the entity list`;
}

// `npm run eval:ner -- cv`: 3-fold cross-validation on train, a steadier signal than the 19 dev
// cables for deciding between two versions while developing (overlap match).
function crossValidate(docs: GoldDoc[], shuffleNo = 1): Map<T, Count> {
  const total = new Map<T, Count>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (let k = 0; k < 3; k++) {
    setTagger(trainTagger(docs.filter((_, i) => i % 3 !== k), shuffleNo));
    score(docs.filter((_, i) => i % 3 === k), false, total);
  }
  setTagger(undefined);
  return total;
}

// `npm run eval:ner -- cv dev --shuffles 3`: the overlap F1 of the splits the tagger learns from
// (cross-validation, dev with a train-only tagger) for taggers trained with each of the first N
// reading orders, and their mean: one order's figure moves by a point or two with the order alone.
function shuffled(splits: string[], n: number): void {
  const sums = new Map<string, number[]>();
  for (let no = 1; no <= n; no++) {
    const line: string[] = [];
    for (const split of splits) {
      let counts: Map<T, Count>;
      if (split === 'cv') counts = crossValidate(readHistoryLabSplit(root, 'train'), no);
      else {
        setTagger(trainTagger(TRAINING_SPLITS.filter((s) => s !== split).flatMap((s) => readHistoryLabSplit(root, s)), no));
        counts = score(readHistoryLabSplit(root, split), false);
        setTagger(undefined);
      }
      const f = TYPES.map((t) => f1(counts.get(t)!)[2]);
      const sum = sums.get(split) ?? [0, 0, 0];
      sums.set(split, sum.map((v, i) => v + f[i]!));
      line.push(`${split} ${f.map((v) => v.toFixed(3)).join(' / ')}`);
    }
    console.log(`shuffle ${no}: ${line.join('   ')}`);
  }
  const mean = [...sums].map(([split, sum]) => `${split} ${sum.map((v) => (v / n).toFixed(3)).join(' / ')}`);
  console.log(`mean of ${n}: ${mean.join('   ')}   (PERSON / ORGANIZATION / PLACE overlap F1)`);
}

function report(name: string, docs: GoldDoc[]): void {
  console.log(`\n${name}: ${docs.length} cables; ${exclusions(docs)}`);
  for (const exact of [false, true]) {
    console.log(`  ${exact ? 'exact-span (strict)' : 'overlap (primary)'}`);
    printCounts(score(docs, exact));
  }
}

const root = path.join(requireDataDir(), 'ner', 'historylab');
const t0 = Date.now();
loadTagger();
console.log(`tagger ready in ${((Date.now() - t0) / 1000).toFixed(1)}s (trained on ${TRAINING_SPLITS.join('/ and ')}/, cached under .cache/extract/)`);
const args = process.argv.slice(2);
const at = args.indexOf('--shuffles');
const shuffles = at >= 0 ? Math.max(1, Number(args.splice(at, 2)[1]) || 1) : 0;
const splits = args.length ? args : ['dev', 'test'];
if (shuffles > 0) {
  // Only the splits a tagger can be trained without: test is never scored this way.
  shuffled(splits.filter((s) => s === 'cv' || (TRAINING_SPLITS as readonly string[]).includes(s)), shuffles);
  process.exit(0);
}
for (const split of splits) {
  if (split === 'cv') {
    const docs = readHistoryLabSplit(root, 'train');
    const total = crossValidate(docs);
    console.log(`\ntrain, 3-fold cross-validation: ${docs.length} cables, overlap`);
    printCounts(total);
  } else if ((TRAINING_SPLITS as readonly string[]).includes(split)) {
    // A split the production tagger learned from is scored by a tagger trained without it.
    const others = TRAINING_SPLITS.filter((s) => s !== split);
    const t1 = Date.now();
    setTagger(trainTagger(others.flatMap((s) => readHistoryLabSplit(root, s))));
    console.log(`\n(${split} is scored with a tagger trained on ${others.join('/ and ')}/ alone, in ${((Date.now() - t1) / 1000).toFixed(1)}s)`);
    report(split, readHistoryLabSplit(root, split));
    setTagger(undefined);
  } else report(split, readHistoryLabSplit(root, split));
}
