// The distinct tokens of every listed name, with their rarity weights and three ways to find a
// query token among them without scanning: exact lookup, a trigram index for spelling variants
// and a phonetic-key index for transliteration variants of personal names.
import { phoneticKey } from './phonetic.js';
import { editSimilarity, maxEdits } from './similarity.js';

export type MatchHow = 'exact' | 'fuzzy' | 'fuzzy+phonetic' | 'phonetic';

export interface TokenMatch {
  id: number;
  sim: number;
  how: MatchHow;
}

/** Listed tokens similar to a word, by token id; the best way found for each. */
export type MatchMap = ReadonlyMap<number, TokenMatch>;

export function toMatchMap(matches: TokenMatch[]): MatchMap {
  const map = new Map<number, TokenMatch>();
  for (const m of matches) {
    const prev = map.get(m.id);
    if (prev === undefined || prev.sim < m.sim) map.set(m.id, m);
  }
  return map;
}

export interface LookupOptions {
  /** Lowest edit similarity that counts (e.g. 0.78). */
  minSimilarity: number;
  /** Similarity given to two tokens with the same phonetic key; 0 turns phonetic matching off. */
  phoneticSimilarity: number;
  /** The token comes from Arabic or Hebrew script: compare consonant skeletons only. */
  abjad?: boolean;
}

const GRAM_BASE = 37;
/** Word lengths 1..31 each have their own postings; longer words share the last bucket. */
const LENGTH_BUCKETS = 32;

function lengthBucket(length: number): number {
  return Math.min(length, LENGTH_BUCKETS - 1);
}

/** Remembered lookups; cleared when full, which a day's batch of names rarely fills. */
const CACHE_SIZE = 200_000;

function charCode(ch: number): number {
  if (ch >= 97 && ch <= 122) return ch - 96;
  if (ch >= 48 && ch <= 57) return ch - 21;
  return 0;
}

const gramBuffer = new Int32Array(256);

/** Distinct trigrams of "$token$" as integers ("$" is 0), written to gramBuffer; returns the count. */
function trigrams(token: string): number {
  const len = Math.min(token.length, 250);
  let count = 0;
  let a = 0;
  let b = len > 0 ? charCode(token.charCodeAt(0)) : 0;
  for (let i = 1; i <= len + 1; i++) {
    const c = i < len ? charCode(token.charCodeAt(i)) : i === len ? 0 : -1;
    if (c < 0) break;
    const g = (a * GRAM_BASE + b) * GRAM_BASE + c;
    let seen = false;
    for (let k = 0; k < count; k++) if (gramBuffer[k] === g) seen = true;
    if (!seen) gramBuffer[count++] = g;
    a = b;
    b = c;
  }
  return count;
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = charCode(word.charCodeAt(i));
    if (c > 0) mask |= 1 << (c % 31);
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A spelling variant that also sounds the same ("Hezbollah", "Hizballah") has half its edit
 * distance forgiven: such differences are transliteration, not a different name.
 */
export function soundAlike(m: TokenMatch): TokenMatch {
  return { id: m.id, sim: m.sim + (1 - m.sim) / 2, how: 'fuzzy+phonetic' };
}

/**
 * Two Latin spellings with one phonetic key count as one name only when both are at least five
 * letters ("Feng" and "Wang" share a key) and still half alike ("Mahmoud" and "Mohammed" do not).
 */
export function phoneticallyComparable(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && editSimilarity(a, b, 0.5) > 0;
}

type LookupCache = Map<number, Map<number, Map<string, MatchMap>>>;

export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  /** Number of names holding the token as a word of its own. */
  df: Int32Array = new Int32Array(0);
  weights: Float64Array = new Float64Array(0);
  private dfList: number[] = [];
  private gramStart = new Int32Array(0);
  private gramIds = new Int32Array(0);
  private phonetic = new Map<string, number[]>();
  private phoneticOf: string[] = [];
  private counts = new Uint16Array(0);
  private touched = new Int32Array(0);
  /** Word lengths, kept apart so that filtering candidates does not touch the strings. */
  private lengths = new Uint16Array(0);
  /** Which letters and digits each word uses, one bit each. */
  private masks = new Int32Array(0);
  /** Remembered lookups by abjad flag, minimum and phonetic similarity, then token: no key string to build per lookup. */
  private readonly cache: [LookupCache, LookupCache] = [new Map(), new Map()];
  private cached = 0;
  private maxWeight = 1;
  private weightRule: (token: string, idf: number) => number = (_t, idf) => idf;

  intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(token, id);
      this.strings.push(token);
      this.dfList.push(0);
    }
    return id;
  }

  countDocument(id: number): void {
    this.dfList[id]! += 1;
  }

  /** Freezes the vocabulary: weights from `names` documents, trigram and phonetic indexes. */
  freeze(names: number, weightOf: (token: string, idf: number) => number): void {
    this.weightRule = weightOf;
    const n = this.strings.length;
    this.df = Int32Array.from(this.dfList);
    this.weights = new Float64Array(n);
    this.maxWeight = Math.log(1 + names);
    for (let id = 0; id < n; id++) {
      const idf = Math.log(1 + names / Math.max(1, this.df[id]!));
      this.weights[id] = weightOf(this.strings[id]!, idf);
    }
    this.buildGrams();
    this.phoneticOf = this.strings.map((s, id) => (this.df[id]! > 0 && /^[a-z]/.test(s) && s.length >= 3 ? phoneticKey(s) : ''));
    this.phoneticOf.forEach((key, id) => {
      if (key === '') return;
      const list = this.phonetic.get(key);
      if (list) list.push(id);
      else this.phonetic.set(key, [id]);
    });
    this.counts = new Uint16Array(n);
    this.touched = new Int32Array(n);
    this.lengths = Uint16Array.from(this.strings, (x) => Math.min(x.length, 65535));
    this.masks = Int32Array.from(this.strings, letterMask);
  }

  /** The weight of a query word: its list weight, or the weight of the rarest word when unseen. */
  weightOf(token: string): number {
    const id = this.ids.get(token);
    return id !== undefined && this.df[id]! > 0 ? this.weights[id]! : this.weightRule(token, this.maxWeight);
  }

  /**
   * Trigram postings (CSR layout) over the words of listed names, split by word length, so that
   * a lookup reads only the words long enough or short enough to be within reach.
   */
  private buildGrams(): void {
    const size = GRAM_BASE ** 3 * LENGTH_BUCKETS;
    const starts = new Int32Array(size + 1);
    const words: number[] = [];
    for (let id = 0; id < this.strings.length; id++) if (this.df[id]! > 0 && /^[a-z0-9]/.test(this.strings[id]!)) words.push(id);
    for (const id of words) {
      const n = trigrams(this.strings[id]!);
      const bucket = lengthBucket(this.strings[id]!.length);
      for (let k = 0; k < n; k++) starts[gramBuffer[k]! * LENGTH_BUCKETS + bucket + 1]! += 1;
    }
    for (let i = 1; i <= size; i++) starts[i]! += starts[i - 1]!;
    this.gramStart = starts;
    this.gramIds = new Int32Array(starts[size]!);
    const fill = starts.slice();
    for (const id of words) {
      const n = trigrams(this.strings[id]!);
      const bucket = lengthBucket(this.strings[id]!.length);
      for (let k = 0; k < n; k++) this.gramIds[fill[gramBuffer[k]! * LENGTH_BUCKETS + bucket]!++] = id;
    }
  }

  /** Listed tokens equal or similar to `token`. Results are remembered: names repeat words. */
  lookup(token: string, opts: LookupOptions): MatchMap {
    const byMin = this.cache[opts.abjad ? 1 : 0];
    let byPhonetic = byMin.get(opts.minSimilarity);
    if (byPhonetic === undefined) byMin.set(opts.minSimilarity, (byPhonetic = new Map()));
    let byToken = byPhonetic.get(opts.phoneticSimilarity);
    if (byToken === undefined) byPhonetic.set(opts.phoneticSimilarity, (byToken = new Map()));
    const cached = byToken.get(token);
    if (cached !== undefined) return cached;
    const found = toMatchMap(this.find(token, opts));
    if (this.cached >= CACHE_SIZE) {
      for (const m of this.cache) for (const tokens of m.values()) for (const t of tokens.values()) t.clear();
      this.cached = 0;
    }
    byToken.set(token, found);
    this.cached += 1;
    return found;
  }

  private find(token: string, opts: LookupOptions): TokenMatch[] {
    const out: TokenMatch[] = [];
    const exact = this.ids.get(token);
    if (exact !== undefined) out.push({ id: exact, sim: 1, how: 'exact' });
    // Canonical tokens ("~llc", "#co") only ever match exactly.
    if (!/^[a-z0-9]/.test(token)) return out;
    if (token.length >= 3 && opts.minSimilarity < 1) {
      this.fuzzy(token, exact, opts.minSimilarity, out);
      const key = phoneticKey(token, opts.abjad);
      for (let k = 0; k < out.length; k++) {
        const m = out[k]!;
        if (m.how === 'fuzzy' && key !== '' && this.phoneticOf[m.id] === key) out[k] = soundAlike(m);
      }
    }
    if (opts.phoneticSimilarity > 0) this.byPhonetics(token, out, opts);
    return out;
  }

  private fuzzy(token: string, exact: number | undefined, minSim: number, out: TokenMatch[]): void {
    const n = trigrams(token);
    const len = token.length;
    const counts = this.counts;
    const starts = this.gramStart;
    const ids = this.gramIds;
    const touched = this.touched;
    const lengths = this.lengths;
    const masks = this.masks;
    const mask = letterMask(token);
    // Lengths within reach: |L' - L| <= maxEdits(max(L, L')).
    let lo = len;
    while (lo > 1 && len - (lo - 1) <= maxEdits(len, minSim)) lo--;
    let hi = len;
    while (hi + 1 - len <= maxEdits(hi + 1, minSim)) hi++;
    const first = lengthBucket(lo);
    const last = lengthBucket(hi);
    let count = 0;
    for (let k = 0; k < n; k++) {
      const base = gramBuffer[k]! * LENGTH_BUCKETS;
      for (let p = starts[base + first]!, end = starts[base + last + 1]!; p < end; p++) {
        const id = ids[p]!;
        if (counts[id] === 0) touched[count++] = id;
        counts[id]! += 1;
      }
    }
    for (let t = 0; t < count; t++) {
      const id = touched[t]!;
      const shared = counts[id]!;
      counts[id] = 0;
      if (id === exact) continue;
      const otherLen = lengths[id]!;
      // Within d edits, the lengths differ by at most d, and at most 4 d trigrams are lost (a
      // swap of two letters touches the four trigrams over them).
      const d = maxEdits(Math.max(len, otherLen), minSim);
      if (d < 1 || Math.abs(otherLen - len) > d || shared < n - 4 * d) continue;
      // And each edit adds or removes at most two of the letters the words use.
      if (popcount(mask ^ masks[id]!) > 2 * d) continue;
      const sim = editSimilarity(token, this.strings[id]!, minSim);
      if (sim > 0) out.push({ id, sim, how: 'fuzzy' });
    }
  }

  private byPhonetics(token: string, out: TokenMatch[], opts: LookupOptions): void {
    const key = phoneticKey(token, opts.abjad);
    if (key === '') return;
    for (const id of this.phonetic.get(key) ?? []) {
      if (out.some((m) => m.id === id)) continue;
      // Same key but hardly the same spelling ("Mahmoud", "Mohammed") is not the same name;
      // a vowelless spelling from Arabic or Hebrew script has only its skeleton to compare.
      if (!opts.abjad && !phoneticallyComparable(token, this.strings[id]!)) continue;
      out.push({ id, sim: opts.phoneticSimilarity, how: 'phonetic' });
    }
  }

  /** The phonetic key of a listed token ("" when too short to count). */
  keyOf(id: number): string {
    return this.phoneticOf[id] ?? '';
  }
}
