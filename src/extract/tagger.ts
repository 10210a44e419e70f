// A name tagger for PERSON, ORGANIZATION and PLACE trained on the HistoryLab cables (train and dev
// splits, never test) the first time it is needed, then cached as JSON under .cache/extract/
// (gitignored: the model is derived from the shared data and never committed). Greedy
// left-to-right BIO decoding.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT, dataDir } from '../config.js';
import { writeCache } from './cache-file.js';
import { type GoldDoc, type GoldSpan, readHistoryLabSplit } from './historylab.js';
import { GOVERNMENT_ACRONYM, isOrgAcronym, isOrgWord, isTitleWord } from './gazetteer.js';
import { caseClass } from './lexicon.js';
import { isDictionaryWord } from './dictionary.js';
import { AveragedPerceptron } from './perceptron.js';
import { features, prepare } from './tagger-features.js';
import { decodeFast } from './tagger-ids.js';
import { tokenize, type Token } from './tokens.js';

export type NameType = 'PERSON' | 'ORGANIZATION' | 'PLACE';
export interface NameSpan {
  type: NameType;
  start: number;
  end: number;
}

const CLASSES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const TO_TAG: Record<NameType, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', PLACE: 'LOC' };
const FROM_TAG: Record<string, NameType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'PLACE' };
// Bump when the features, the word lists or the labels change: the cache key holds it.
const MODEL_VERSION = 39;
const EPOCHS = 8;

/** Pronouns are coreference, not names: the gold marks them, the tagger is not taught them. */
export const PRONOUN = /^(?:HE|HIS|HIM|HIMSELF|SHE|HER|HERS|HERSELF|IT|ITS|ITSELF|WE|OUR|OURS|US|OURSELVES|THEY|THEIR|THEIRS|THEM|THEMSELVES|I|MY|ME|MINE|MYSELF|YOU|YOUR|YOURS|WHO|WHOM|WHOSE|WHICH)$/i;

/** The spans inside no longer one: what a flat tagger sees of nested labels. */
export function outermost<S extends { start: number; end: number }>(spans: S[]): S[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}

/** The gold spans a flat tagger is taught and scored on: outermost, typed, not pronouns. */
export function flatGold(doc: GoldDoc): GoldSpan[] {
  return outermost(doc.spans.filter((s) => s.type !== null && !PRONOUN.test(doc.text.slice(s.start, s.end))));
}

function labels(tokens: Token[], spans: GoldSpan[]): string[] {
  return tokens.map((t) => {
    const s = spans.find((g) => t.start >= g.start && t.end <= g.end);
    if (!s || !s.type) return 'O';
    const first = !tokens.some((o) => o.start >= s.start && o.start < t.start);
    return `${first ? 'B' : 'I'}-${TO_TAG[s.type]}`;
  });
}

function decode(p: AveragedPerceptron, words: string[]): string[] {
  return decodeFast(p, prepare(words));
}

// A fixed-seed shuffle so that two trainings on the same files give the same model.
function shuffle<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let x = seed;
  for (let i = a.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * `shuffleNo` numbers the order the cables are read in each epoch; 1 is the tagger extraction uses.
 * eval:ner tries others: a figure moves by a point or two with the order alone.
 */
export function trainTagger(docs: GoldDoc[], shuffleNo = 1): AveragedPerceptron {
  const p = new AveragedPerceptron(CLASSES);
  const data = docs.map((d) => {
    const tokens = tokenize(d.text);
    return { s: prepare(tokens.map((t) => t.text)), gold: labels(tokens, flatGold(d)) };
  });
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { s, gold } of shuffle(data, epoch + 1 + (shuffleNo - 1) * 1001)) {
      let prev = '<s>';
      let prev2 = '<s>';
      for (let i = 0; i < s.words.length; i++) {
        const f = features(s, i, prev, prev2);
        p.update(gold[i]!, p.predict(f), f);
        prev2 = prev;
        prev = gold[i]!;
      }
    }
  }
  p.average();
  return p;
}

// A name tagged once is the same name elsewhere in the cable: "FRG DISARMAMENT COMMISSIONER ROTH"
// makes every later bare "ROTH" a person, and an acronym tagged once an organisation.
function propagate(tokens: Token[], tags: string[]): void {
  const known = new Map<string, string>();
  tags.forEach((tag, i) => {
    const kind = tag.slice(2);
    const w = tokens[i]!.text.toUpperCase();
    if (!kind || w.length < 3 || !/^[A-Z]/.test(w) || isTitleWord(w) || isOrgWord(w)) return;
    const single = tag.startsWith('B') && !tags[i + 1]?.startsWith('I');
    const surname = kind === 'PER' && !tags[i + 1]?.startsWith('I');
    // Words also common in lower case ("STATE", "DISORDERS") are not spread: one wrong tag would multiply.
    const cls = caseClass(w);
    // Nor are words the dictionary knows that the sample cables never show ("MAGNET", "YIELDS").
    if ((single || surname) && (cls === 'c' || cls === 'a' || (cls === '' && !isDictionaryWord(w)))) known.set(w, kind);
  });
  tags.forEach((tag, i) => {
    const kind = known.get(tokens[i]!.text.toUpperCase());
    if (tag === 'O' && kind) tags[i] = `B-${kind}`;
  });
}

// "DHKP/C", "PCP/SL": an organisation's acronym with a slash and a letter or two written on to it
// is one name; the tagger reads the letters after the slash as no name, or ends the name on the
// slash ("DHKP/").
function slashAcronyms(tokens: Token[], tags: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== '/' || !tags[i - 1]!.endsWith('-ORG')) continue;
    // (Not two bodies: "USG/GOT", "EU/NATO".)
    const after = tokens[i + 1]?.text ?? '';
    const joined = tokens[i - 1]!.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end && /^[A-Z]{1,4}$/.test(after) && !isOrgAcronym(after) && !GOVERNMENT_ACRONYM.test(after);
    if (joined && /^[A-Z]{2,}$/.test(tokens[i - 1]!.text)) {
      tags[i] = 'I-ORG';
      tags[i + 1] = 'I-ORG';
    } else if (tags[i]!.startsWith('I-') && !tags[i + 1]?.startsWith('I-')) tags[i] = 'O';
  }
}

/** Tags a text; spans are offsets in it. */
export function tagNames(p: AveragedPerceptron, text: string): NameSpan[] {
  const tokens = tokenize(text);
  const tags = decode(p, tokens.map((t) => t.text));
  propagate(tokens, tags);
  slashAcronyms(tokens, tags);
  return spansOf(tokens, tags);
}

function spansOf(tokens: Token[], tags: string[]): NameSpan[] {
  const spans: NameSpan[] = [];
  let open: NameSpan | null = null;
  tags.forEach((tag, i) => {
    const [bio, kind] = tag.split('-') as [string, string | undefined];
    const type = kind ? FROM_TAG[kind]! : null;
    if (open && (bio !== 'I' || type !== open.type)) open = null;
    if (type && !open) {
      open = { type, start: tokens[i]!.start, end: tokens[i]!.end };
      spans.push(open);
    } else if (open) open.end = tokens[i]!.end;
  });
  return spans;
}

let cached: AveragedPerceptron | null | undefined;

/** Replaces the tagger in use (cross-validation and tests); undefined loads the cached one again. */
export function setTagger(model: AveragedPerceptron | null | undefined): void {
  cached = model;
}

function cacheKey(dirs: string[]): string {
  const h = createHash('sha256').update(`v${MODEL_VERSION}`);
  for (const dir of dirs) {
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    h.update(`${path.basename(dir)}/`);
    for (const f of names) h.update(`${f}:${statSync(path.join(dir, f)).size}`);
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * The HistoryLab splits the production tagger learns from: train and dev. Dev was used to choose
 * features and rules, and eval:ner scores dev with a tagger trained on train alone; test is never
 * learned from.
 */
export const TRAINING_SPLITS = ['train', 'dev'] as const;

/**
 * The trained tagger, or null when the shared data is not there to train it (callers then rely
 * on the rules alone). Trains on the HistoryLab train and dev splits and caches the weights.
 */
export function loadTagger(env: NodeJS.ProcessEnv = process.env): AveragedPerceptron | null {
  if (cached !== undefined) return cached;
  const data = dataDir(env);
  const root = data ? path.join(data, 'ner', 'historylab') : null;
  if (!root || !existsSync(path.join(root, 'train'))) return (cached = null);
  const splits = TRAINING_SPLITS.filter((s) => existsSync(path.join(root, s)));
  const file = path.join(PACKAGE_ROOT, '.cache', 'extract', `tagger-${cacheKey(splits.map((s) => path.join(root, s)))}.json`);
  if (existsSync(file)) return (cached = AveragedPerceptron.fromJSON(JSON.parse(readFileSync(file, 'utf8'))));
  const model = trainTagger(splits.flatMap((s) => readHistoryLabSplit(root, s)));
  writeCache(file, model);
  return (cached = model);
}
