// Decoded rows of search_postings, kept between searches. A search for a common word read and
// decoded the same rows each time: "a" in 250,000 cables is 2.5 MB of entries and 8 MB of
// positions, 40-90 ms to fetch (bytea comes as hex) and as much to decode, for every query that
// held it. A row is never changed once written: an ingest batch adds one row per lexeme under a
// new block, the store's generation, which the batch's transaction takes by updating the one row
// of store_generation, so blocks are given in the order their transactions commit, and a snapshot
// that reads generation n sees every block up to n and none after (a removed cable's entries stay,
// unread, as its pk is never given again). So what the cache holds of a word is complete up to a
// generation: a later search reads only the newer rows (through the index on lexeme and block),
// and an older one takes only the blocks its snapshot sees.
import { DemarcheError } from '../../errors.js';
import { VarintReader } from './pg-postings.js';

/** A row of search_postings, decoded: one entry per view holding the lexeme, by rising pk. */
export interface Segment {
  block: number;
  pks: Int32Array;
  masks: Int32Array;
  /** The lexeme's count in the view, the subject's positions four times. */
  weighted: Int32Array;
  /** The view's length in positions. */
  lengths: Int32Array;
  /** When read: entry i's positions are positions[starts[i]] to positions[starts[i + 1]] (excluded). */
  starts: Int32Array | null;
  positions: Int32Array | null;
}

/** A row's entries as arrays (encodePostings in pg-postings.ts writes them). */
export function decodeEntries(block: number, buf: Uint8Array): Segment {
  // An entry takes at least four bytes: arrays of a quarter of the row's size hold every entry.
  const room = buf.length >> 2;
  const pks = new Int32Array(room);
  const masks = new Int32Array(room);
  const weighted = new Int32Array(room);
  const lengths = new Int32Array(room);
  const read = new VarintReader(buf);
  let n = 0;
  let pk = 0;
  while (!read.done && n < room) {
    pk += read.next();
    pks[n] = pk;
    masks[n] = read.next();
    weighted[n] = read.next();
    lengths[n] = read.next();
    n += 1;
  }
  return {
    block,
    pks: pks.slice(0, n),
    masks: masks.slice(0, n),
    weighted: weighted.slice(0, n),
    lengths: lengths.slice(0, n),
    starts: null,
    positions: null,
  };
}

/** Puts a row's positions (each entry's byte size, then its differences) beside its entries. */
export function decodePositions(segment: Segment, buf: Uint8Array): void {
  const entries = segment.pks.length;
  const starts = new Int32Array(entries + 1);
  // At most one position a byte.
  const positions = new Int32Array(buf.length);
  const read = new VarintReader(buf);
  let n = 0;
  for (let i = 0; i < entries; i += 1) {
    starts[i] = n;
    if (read.done) continue;
    const bytes = read.next();
    const stop = read.at + bytes;
    let position = 0;
    while (read.at < stop) {
      position += read.next();
      positions[n++] = position;
    }
    read.at = stop;
  }
  starts[entries] = n;
  segment.starts = starts;
  segment.positions = positions.slice(0, n);
}

/** A segment's size in memory, for the cache's bound. */
function sizeOf(segment: Segment): number {
  return 64 + segment.pks.length * 16 + (segment.starts ? segment.starts.length * 4 + (segment.positions as Int32Array).length * 4 : 0);
}

const ASKS_KEPT = 100_000;

/** The cache's bound unless DEMARCHE_PG_POSTINGS_MB says otherwise (0 turns it off). */
export const DEFAULT_CACHE_MB = 256;

/** The bound from DEMARCHE_PG_POSTINGS_MB, megabytes as a number at least 0; anything else is refused, naming the variable. */
export function cacheBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DEMARCHE_PG_POSTINGS_MB;
  if (raw === undefined || raw.trim() === '') return DEFAULT_CACHE_MB * 1024 * 1024;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb < 0) {
    throw new DemarcheError('BAD_INPUT', `DEMARCHE_PG_POSTINGS_MB must be a number of megabytes, 0 or more (0 keeps no postings); it is ${JSON.stringify(raw)}`);
  }
  return Math.floor(mb * 1024 * 1024);
}

/**
 * What the cache holds of a word (a lexeme, or every lexeme starting with a prefix): its rows by
 * lexeme and block, complete up to generation `upTo`.
 */
export interface WordPostings {
  upTo: number;
  byLexeme: Map<string, Map<number, Segment>>;
  bytes: number;
}

/**
 * Words' postings by key ('=' and the lexeme, or '*' and the prefix), at most `maxBytes` of them:
 * the word used longest ago goes first; a word larger than the bound is not kept.
 */
export class PostingCache {
  private readonly words = new Map<string, WordPostings>();
  private bytes = 0;
  /** Words whose positions a search asked for (ask), forgotten all at once past ASKS_KEPT. */
  private readonly asked = new Set<string>();

  constructor(readonly maxBytes: number) {}

  /** The word's postings (marked as just used), if kept. */
  get(key: string): WordPostings | undefined {
    const held = this.words.get(key);
    if (!held) return undefined;
    this.words.delete(key);
    this.words.set(key, held);
    return held;
  }

  /**
   * Adds rows read after `from` (what get() gave, or undefined when nothing was held) up to
   * generation `upTo`. Rows read after a word's entry was dropped, or replaced by another search,
   * are not added to the new one: that one would no longer be complete.
   */
  add(key: string, from: WordPostings | undefined, upTo: number, rows: ReadonlyArray<[string, Segment]>): void {
    if (this.maxBytes <= 0) return;
    let held = this.words.get(key);
    if (held !== from) return;
    if (!held) {
      held = { upTo, byLexeme: new Map(), bytes: 0 };
      this.words.set(key, held);
    }
    for (const [lexeme, segment] of rows) {
      let blocks = held.byLexeme.get(lexeme);
      if (!blocks) held.byLexeme.set(lexeme, (blocks = new Map()));
      if (blocks.has(segment.block)) continue;
      blocks.set(segment.block, segment);
      this.grow(held, sizeOf(segment));
    }
    held.upTo = Math.max(held.upTo, upTo);
    this.evict();
  }

  /** Whether a word's positions were asked for before; notes that they are now. */
  ask(key: string): boolean {
    if (this.asked.has(key)) return true;
    if (this.asked.size >= ASKS_KEPT) this.asked.clear();
    if (this.maxBytes > 0) this.asked.add(key);
    return false;
  }

  /** Counts a kept segment's positions, once read (decodePositions). */
  placed(key: string, segment: Segment): void {
    const held = this.words.get(key);
    if (!held || held.byLexeme.size === 0 || !segment.positions) return;
    for (const blocks of held.byLexeme.values()) {
      if (blocks.get(segment.block) === segment) {
        this.grow(held, (segment.starts as Int32Array).length * 4 + segment.positions.length * 4);
        this.evict();
        return;
      }
    }
  }

  get size(): number {
    return this.bytes;
  }

  private grow(held: WordPostings, bytes: number): void {
    held.bytes += bytes;
    this.bytes += bytes;
  }

  private evict(): void {
    for (const [key, held] of this.words) {
      if (this.bytes <= this.maxBytes) return;
      this.words.delete(key);
      this.bytes -= held.bytes;
    }
  }
}
