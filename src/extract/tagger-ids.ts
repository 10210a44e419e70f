// Greedy decoding with a trained tagger, fast: the features of tagger-features.ts turned into the
// model's row numbers, with every part that depends on one word (or on one word and the previous
// tag, or on a few small classes) looked up once and kept, so a token costs two string look-ups
// (its word pairs) and the additions of its weights. Gives exactly the tags the string features would.
import type { AveragedPerceptron } from './perceptron.js';
import { OFFSETS, type Sentence, pairFeatures, tagFeatures, twoTags, wordFeatures } from './tagger-features.js';

interface WordRows {
  /** A number for the word, for keying the pairs it forms. */
  id: number;
  /** The word's case class as a small number, for keying the case-class pair. */
  lx: number;
  self: Int32Array;
  near: Int32Array[];
  /** Rows of the tag features, by previous tag index (the last slot: no previous tag). */
  byPrev: Array<Int32Array | undefined>;
}

const MAX_WORDS = 200_000;
const MAX_PAIRS = 1_000_000;
const LX = ['-', '', 'l', 'c', 'm', 'a'];
/** "" (or no token) 0, "I" 1, "B<n>" n + 1. */
const placeNumber = (g: string | undefined): number => (!g ? 0 : g === 'I' ? 1 : 1 + Number(g.slice(1)));

/** Per-model memo of feature rows; see decode. */
export class TaggerRows {
  private words = new Map<string, WordRows>();
  private readonly small = new Map<number, Int32Array>();
  private readonly pairs = new Map<number, number>();
  /** Rows of the two word-pair features, keyed by the words' numbers (left * MAX_WORDS + right). */
  private before = new Map<number, number>();
  private after = new Map<number, number>();
  private readonly buffer = new Int32Array(1024);

  constructor(private readonly model: AveragedPerceptron) {}

  private rows(features: string[]): Int32Array {
    return Int32Array.from(features, (f) => this.model.featureId(f));
  }

  private word(w: string): WordRows {
    let r = this.words.get(w);
    if (r) return r;
    const f = wordFeatures(w);
    if (this.words.size >= MAX_WORDS) {
      // Word numbers are reused from here on: the pairs keyed by the old ones go too.
      this.words = new Map();
      this.before = new Map();
      this.after = new Map();
    }
    r = { id: this.words.size, lx: LX.indexOf(f.lx), self: this.rows(f.self), near: f.near.map((n) => this.rows(n)), byPrev: [] };
    this.words.set(w, r);
    return r;
  }

  private twoTag(prev: number | undefined, prev2: number | undefined): number {
    const key = (prev ?? 63) * 64 + (prev2 ?? 63);
    let r = this.pairs.get(key);
    if (r === undefined) this.pairs.set(key, (r = this.model.featureId(twoTags(this.tagName(prev), this.tagName(prev2)))));
    return r;
  }

  private tagName(t: number | undefined): string {
    return t === undefined ? '<s>' : this.model.classes[t]!;
  }

  // The pair features: word pairs kept by the words' numbers, the place and case-class ones (a few
  // dozen combinations) by their values.
  private pairRows(s: Sentence, i: number, words: WordRows[], buf: Int32Array, n: number): number {
    const left = i > 0 ? words[i - 1]! : this.word('<s>');
    const right = i + 1 < s.words.length ? words[i + 1]! : this.word('</s>');
    const own = words[i]!;
    const kb = left.id * MAX_WORDS + own.id;
    const ka = own.id * MAX_WORDS + right.id;
    let b = this.before.get(kb);
    let a = this.after.get(ka);
    const ks = ((((placeNumber(s.places[i - 1]) * 8 + placeNumber(s.places[i])) * 8 + placeNumber(s.places[i + 1])) * 8 + own.lx) * 8 + right.lx) * 8 + s.doc[i]!;
    let rest = this.small.get(ks);
    if (b === undefined || a === undefined || rest === undefined) {
      const f = pairFeatures(s, i);
      b = this.model.featureId(f[0]!);
      a = this.model.featureId(f[1]!);
      rest = this.rows(f.slice(2));
      if (this.before.size >= MAX_PAIRS) this.before = new Map();
      if (this.after.size >= MAX_PAIRS) this.after = new Map();
      this.before.set(kb, b);
      this.after.set(ka, a);
      this.small.set(ks, rest);
    }
    buf[n++] = b;
    buf[n++] = a;
    return put(buf, n, rest);
  }

  /** Greedy left-to-right tags (as class indexes) for tokens [from, to) of a prepared sentence. */
  decode(s: Sentence, from = 0, to = s.words.length): number[] {
    const k = this.model.classes.length;
    // The rows of the words the window's tokens see (two on each side).
    const words: WordRows[] = [];
    for (let j = Math.max(0, from - 2); j < Math.min(s.words.length, to + 2); j++) words[j] = this.word(s.words[j]!);
    const start = this.word('<s>');
    const stop = this.word('</s>');
    const tags: number[] = [];
    const buf = this.buffer;
    for (let i = from; i < to; i++) {
      const own = words[i]!;
      let n = put(buf, 0, own.self);
      for (let j = 0; j < OFFSETS.length; j++) {
        const at = i + OFFSETS[j]!;
        n = put(buf, n, (at < 0 ? start : at >= s.words.length ? stop : words[at]!).near[j]!);
      }
      n = this.pairRows(s, i, words, buf, n);
      // A word after a given tag always has the same tag features.
      const prev = tags[i - from - 1];
      const slot = prev === undefined ? k : prev;
      own.byPrev[slot] ??= this.rows(tagFeatures(wordFeatures(s.words[i]!), this.tagName(prev)));
      n = put(buf, n, own.byPrev[slot]!);
      buf[n++] = this.twoTag(prev, tags[i - from - 2]);
      tags.push(this.model.predictIds(buf, n));
    }
    return tags;
  }
}

function put(buf: Int32Array, n: number, rows: Int32Array): number {
  for (let k = 0; k < rows.length; k++) buf[n + k] = rows[k]!;
  return n + rows.length;
}

const perModel = new WeakMap<AveragedPerceptron, TaggerRows>();

/** Tags (class names) for tokens [from, to) of a prepared sentence with a trained model. */
export function decodeFast(model: AveragedPerceptron, s: Sentence, from = 0, to = s.words.length): string[] {
  let rows = perModel.get(model);
  if (!rows) perModel.set(model, (rows = new TaggerRows(model)));
  return rows.decode(s, from, to).map((t) => model.classes[t]!);
}
