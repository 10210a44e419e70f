// Text vectors built here instead of by to_tsvector in the server: parsing and stemming every word of
// every paragraph was over half of the server's time in an ingest (the default parser, then Snowball
// on each occurrence). A paragraph's text from indexText is words between blanks, so its tokens are
// easy to find; each distinct word is stemmed once by the server itself (to_tsvector on the word
// alone, with the store's own configuration, so the lexemes are PostgreSQL's) and kept in a cache,
// and a text view's whole vector goes in binary (viewVectors: what to_tsvector, tsvector_agg and
// setweight || setweight made of its subject and paragraphs, so the server neither parses literals
// nor joins vectors: those were half of its time in an ingest once stemming was done here). Only
// text that is ASCII after indexText takes this way, and only when each of its words gave exactly one
// ASCII lexeme at position 1 on its own; a view with other text is built by the server from its
// paragraphs' literals (literal) or texts. Tests compare the vectors with the server's.
import type pg from 'pg';
import { TEXT_CONFIG } from './pg-migrations.js';
import { indexText } from './pg-text.js';

/** tsvector limits (tsearch/ts_type.h): positions stop at 16383, a lexeme keeps at most 255 of them. */
const MAX_POS = 16383;
const MAX_POSITIONS = 255;
/** Words cached per store; past this the cache starts again (a word costs ~100 bytes). */
const CACHE_LIMIT = 300_000;
const ASCII = /^[\x00-\x7f]*$/;
const LATIN1 = new TextDecoder('latin1');

export class PgLexer {
  /** Lower-cased word → its number, -1 when the server must parse text holding it. */
  private readonly ids = new WordTable();
  /** Scratch for tryWords: a text's lexeme numbers. */
  private wordIds = new Int32Array(4096);
  /** Quoted lexeme → its number: words with the same stem share it, whenever each was learnt. */
  private readonly byLexeme = new Map<string, number>();
  /** Each number's lexeme, quoted. */
  private readonly lexemes: string[] = [];
  /** Scratch for vector(): per lexeme number, the text it was last seen in and its slot there. */
  private seen = new Int32Array(1024);
  private slot = new Int32Array(1024);
  private stamp = 0;
  /** Each number's quoted lexeme as bytes (ASCII), and the buffer vectors are written into. */
  private readonly encoded: Uint8Array[] = [];
  private out = new Uint8Array(1 << 16);
  /** Each number's lexeme as it is (UTF-8 bytes, and the text it sorts by), for binary vectors. */
  private readonly raw: Uint8Array[] = [];
  private readonly names: string[] = [];
  /** Scratch for viewVector, per lexeme number: the part it was last seen in, positions kept there, the last one. */
  private partSeen = new Int32Array(1024);
  private partKept = new Int32Array(1024);
  private partLast = new Int32Array(1024);
  private partStamp = 0;
  /** Each number's first six characters as a number that sorts as they do (prefixOf). */
  private prefixes = new Float64Array(1024);
  private sorted = new Int32Array(1024);
  private keyed = new Float64Array(1024);
  /** The buffer binary vectors are written into. */
  private bin: Buffer = Buffer.alloc(1 << 16);
  /** Buffers reused by every vector: a typed array each time made garbage collection half the cost. */
  private readonly buffers: Int32Array[] = [0, 1, 2, 3, 4, 5, 6, 7].map(() => new Int32Array(4096));

  private scratch(which: number, size: number): Int32Array {
    let buffer = this.buffers[which] as Int32Array;
    if (buffer.length < size) this.buffers[which] = buffer = new Int32Array(Math.max(size, buffer.length * 2));
    return buffer;
  }

  /**
   * Each text's words as lexeme numbers (for viewVectors and literal), or null where the server must
   * parse the text; asks the server to stem the words it has not seen. A text is taken as it is or
   * after indexText (pg-text.ts), the same words either way: an ASCII text is read here, its words
   * being its runs of ASCII letters and digits (what indexText and a split at blanks made of it),
   * looked up without a string made for each (WordTable), and so is a text whose other characters
   * all separate words (separatorsOnly: curly quotes, pilcrows, dashes; a tenth of the sample's
   * texts have some); other text goes through indexText first.
   */
  async words(client: pg.Pool | pg.PoolClient, texts: readonly string[]): Promise<Array<Int32Array | null>> {
    const out = new Array<Int32Array | null>(texts.length).fill(null);
    const unknown = new Set<string>();
    const later: number[] = [];
    const read: Array<string | null> = new Array<string | null>(texts.length).fill(null);
    for (let i = 0; i < texts.length; i += 1) {
      let text = texts[i] as string;
      if (!ASCII.test(text) && !separatorsOnly(text)) {
        text = indexText(text);
        if (!ASCII.test(text)) continue;
      }
      read[i] = text;
      if (!this.tryWords(text, i, out, unknown)) later.push(i);
    }
    if (unknown.size > 0) await this.learn(client, [...unknown]);
    // A word learnt before a reset of the cache (learn) is unknown now: that text is the server's.
    for (const i of later) this.tryWords(read[i] as string, i, out, null);
    return out;
  }

  /** Sets out[i] (null when the server must parse the text) and says true, or collects unknown words and says false. */
  private tryWords(text: string, i: number, out: Array<Int32Array | null>, unknown: Set<string> | null): boolean {
    const table = this.ids;
    let ids = this.wordIds;
    let n = 0;
    let plain = true;
    const length = text.length;
    for (let at = 0; at < length; ) {
      let c = text.charCodeAt(at);
      if (ALNUM[c] !== 1) {
        at += 1;
        continue;
      }
      // A word: its lower-cased characters hashed as they come (WordTable.hash).
      const start = at;
      let hash = HASH_SEED;
      do {
        hash = Math.imul(hash ^ (c | ((c - 65) >>> 0 < 26 ? 32 : 0)), HASH_PRIME);
        at += 1;
      } while (at < length && ALNUM[(c = text.charCodeAt(at))] === 1);
      const id = table.get(text, start, at, hash);
      if (id === ABSENT) {
        if (unknown === null) return true; // out[i] stays null
        unknown.add(text.slice(start, at).toLowerCase());
        plain = false;
      } else if (id < 0) return true;
      else if (plain) {
        if (n === ids.length) {
          const grown = new Int32Array(ids.length * 2);
          grown.set(ids);
          this.wordIds = ids = grown;
        }
        ids[n++] = id;
      }
    }
    if (!plain) return false;
    out[i] = ids.slice(0, n);
    return true;
  }

  /** The tsvector literal of one text's words (from words()). */
  literal(ids: Int32Array): string {
    return this.vector(ids, ids.length);
  }

  /**
   * The vectors of text views as one binary tsvector[] parameter (null elements where a view is
   * null): each is what the server made of the view, setweight(to_tsvector(subject), 'A') ||
   * setweight(its parts' vectors joined with tsvector_agg, 'B'), built by the rules of to_tsvector
   * (make_tsvector) and tsvector_concat (add_pos), so the server neither parses literals nor joins
   * vectors. A test compares them with the server's.
   */
  viewVectors(views: ReadonlyArray<{ subject: Int32Array; parts: Int32Array[] } | null>, counts?: Array<ViewCounts | null>): Buffer {
    const w = new BinaryWriter(this.bin);
    w.int32(1); // dimensions
    w.int32(views.some((v) => v === null) ? 1 : 0); // has nulls
    w.int32(TSVECTOR_OID);
    w.int32(views.length);
    w.int32(1); // lower bound
    for (const view of views) {
      if (view === null) {
        w.int32(-1);
        counts?.push(null);
      } else this.viewVector(view.subject, view.parts, w, counts);
    }
    this.bin = w.buffer;
    return Buffer.from(w.buffer.subarray(0, w.at));
  }

  private viewVector(subject: Int32Array, parts: Int32Array[], w: BinaryWriter, counts?: Array<ViewCounts | null>): void {
    const stamp = this.nextStamp();
    const { seen, slot, partSeen, partKept, partLast } = this;
    let words = subject.length;
    for (const ids of parts) words += ids.length;
    // Per slot (each lexeme of the view, in order of first use): its lexeme, how many positions the
    // vector and the body so far hold, and the last of each. Every position the vector keeps is
    // listed in the order it comes (slot and weighted position), then grouped by slot to be written.
    const order = this.scratch(1, words + 1);
    const count = this.scratch(2, words + 1);
    const last = this.scratch(3, words + 1);
    const bodyCount = this.scratch(4, words + 1);
    const bodyLast = this.scratch(5, words + 1);
    const listSlot = this.scratch(6, words + 1);
    const listPos = this.scratch(7, words + 1);
    // A new slot's counters start at zero: the arrays are reused from view to view.
    for (const a of [count, last, bodyCount, bodyLast]) a.fill(0, 0, words + 1);
    let slots = 0;
    let listed = 0;
    // The subject: to_tsvector's positions (at most 255 a lexeme, the same position never twice).
    let subjectMax = 0;
    for (let i = 0; i < subject.length; i += 1) {
      const id = subject[i] as number;
      if (seen[id] !== stamp) {
        seen[id] = stamp;
        slot[id] = slots;
        order[slots++] = id;
      }
      const k = slot[id] as number;
      const pos = i < MAX_POS ? i + 1 : MAX_POS;
      if ((count[k] as number) >= MAX_POSITIONS || last[k] === pos) continue;
      count[k] = (count[k] as number) + 1;
      last[k] = pos;
      listSlot[listed] = k;
      listPos[listed++] = WEIGHT_A | pos;
      if (pos > subjectMax) subjectMax = pos;
    }
    // Each subject slot's positions (weight A), for the term counts (ViewCounts).
    const subjectSlots = slots;
    const subjectCount = counts ? Int32Array.from(count.subarray(0, slots)) : null;
    // The body, tsvector_agg of the parts' vectors in order: each part's positions, kept by
    // to_tsvector's rules within the part, join the body after its highest position so far by
    // tsvector_concat's (add_pos: at most 256 a lexeme, none after one at the last position); and
    // join the vector after the subject's highest position by the same rules (setweight(subject,
    // 'A') || setweight(body, 'B')). Each rule only ever stops a lexeme's list, so it can be
    // applied as the positions come.
    let bodyMax = 0;
    for (const ids of parts) {
      const part = this.nextPartStamp();
      let partMax = bodyMax;
      for (let i = 0; i < ids.length; i += 1) {
        const id = ids[i] as number;
        const pos = i < MAX_POS ? i + 1 : MAX_POS;
        if (partSeen[id] !== part) {
          partSeen[id] = part;
          partKept[id] = 0;
          partLast[id] = 0;
        } else if ((partKept[id] as number) >= MAX_POSITIONS || partLast[id] === pos) continue;
        partKept[id] = (partKept[id] as number) + 1;
        partLast[id] = pos;
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          slot[id] = slots;
          order[slots++] = id;
        }
        const k = slot[id] as number;
        if ((bodyCount[k] as number) >= MAX_CONCAT_POSITIONS || bodyLast[k] === MAX_POS) continue;
        const inBody = limitPos(pos + bodyMax);
        bodyCount[k] = (bodyCount[k] as number) + 1;
        bodyLast[k] = inBody;
        if (inBody > partMax) partMax = inBody;
        if ((count[k] as number) >= MAX_CONCAT_POSITIONS || last[k] === MAX_POS) continue;
        const inVector = limitPos(inBody + subjectMax);
        count[k] = (count[k] as number) + 1;
        last[k] = inVector;
        listSlot[listed] = k;
        listPos[listed++] = WEIGHT_B | inVector;
      }
      bodyMax = partMax;
    }
    let mine: ViewCounts | null = null;
    if (counts && subjectCount) {
      const lexemes = new Array<string>(slots);
      const weighted = new Int32Array(slots);
      for (let k = 0; k < slots; k += 1) {
        lexemes[k] = this.names[order[k] as number] as string;
        weighted[k] = (count[k] as number) + (k < subjectSlots ? 3 * (subjectCount[k] as number) : 0);
      }
      mine = { lexemes, weighted, length: listed, positions: new Int32Array(listed), starts: new Int32Array(slots), sizes: count.slice(0, slots) };
      counts.push(mine);
    }
    // Lexemes in the order the server keeps them (tsCompareString: bytes, then length; the lexemes
    // here are ASCII, where strings compare the same way), so that it need not sort them.
    const { raw } = this;
    const sorted = this.sortSlots(order, slots);
    // Each slot's positions together (bodyLast reused: where the slot's next position goes).
    const start = bodyLast;
    let size = 8;
    let at = 0;
    for (const k of sorted) {
      start[k] = at;
      at += count[k] as number;
      size += (raw[order[k] as number] as Uint8Array).length + 3 + 2 * (count[k] as number);
    }
    const grouped = this.scratch(4, listed + 1);
    for (let j = 0; j < listed; j += 1) {
      const k = listSlot[j] as number;
      grouped[(start[k] as number)++] = listPos[j] as number;
    }
    if (mine) {
      for (let j = 0; j < listed; j += 1) mine.positions[j] = (grouped[j] as number) & POSITION_BITS;
      for (let k = 0; k < slots; k += 1) mine.starts[k] = (start[k] as number) - (count[k] as number);
    }
    w.ensure(size);
    const buf = w.buffer;
    let o = w.at;
    buf.writeInt32BE(size - 4, o);
    buf.writeInt32BE(slots, o + 4);
    o += 8;
    let j = 0;
    for (const k of sorted) {
      const lexeme = raw[order[k] as number] as Uint8Array;
      buf.set(lexeme, o);
      o += lexeme.length;
      buf[o++] = 0;
      const n = count[k] as number;
      buf[o++] = n >> 8;
      buf[o++] = n & 0xff;
      for (const end = j + n; j < end; j += 1) {
        const v = grouped[j] as number;
        buf[o++] = v >> 8;
        buf[o++] = v & 0xff;
      }
    }
    w.at = o;
  }

  /**
   * The slots in the order of their lexemes. Sorted as numbers (a lexeme's first six characters,
   * then its slot) with only lexemes alike in those compared as text: a comparison in JavaScript
   * for every pair was half of viewVector's time.
   */
  private sortSlots(order: Int32Array, slots: number): Int32Array {
    const names = this.names;
    const byName = (x: number, y: number): number => ((names[order[x] as number] as string) < (names[order[y] as number] as string) ? -1 : 1);
    if (this.sorted.length < slots) this.sorted = new Int32Array(Math.max(slots, this.sorted.length * 2));
    const sorted = this.sorted.subarray(0, slots);
    if (slots > SLOT_RANGE) {
      for (let k = 0; k < slots; k += 1) sorted[k] = k;
      return sorted.sort(byName);
    }
    if (this.keyed.length < slots) this.keyed = new Float64Array(Math.max(slots, this.keyed.length * 2));
    const keyed = this.keyed.subarray(0, slots);
    const { prefixes } = this;
    for (let k = 0; k < slots; k += 1) keyed[k] = (prefixes[order[k] as number] as number) * SLOT_RANGE + k;
    keyed.sort();
    for (let i = 0; i < slots; i += 1) sorted[i] = (keyed[i] as number) % SLOT_RANGE;
    for (let i = 1; i < slots; i += 1) {
      const prefix = Math.floor((keyed[i - 1] as number) / SLOT_RANGE);
      if (Math.floor((keyed[i] as number) / SLOT_RANGE) !== prefix) continue;
      let end = i + 1;
      while (end < slots && Math.floor((keyed[end] as number) / SLOT_RANGE) === prefix) end += 1;
      sorted.subarray(i - 1, end).sort(byName);
      i = end - 1;
    }
    return sorted;
  }

  private nextStamp(): number {
    this.stamp += 1;
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  private nextPartStamp(): number {
    this.partStamp += 1;
    if (this.partStamp === 0x7fffffff) {
      this.partSeen.fill(0);
      this.partStamp = 1;
    }
    return this.partStamp;
  }

  private async learn(client: pg.Pool | pg.PoolClient, words: string[]): Promise<void> {
    if (this.ids.size + words.length > CACHE_LIMIT) {
      this.ids.clear();
      this.byLexeme.clear();
      this.lexemes.length = 0;
      this.encoded.length = 0;
      this.raw.length = 0;
      this.names.length = 0;
      this.seen.fill(0);
      this.partSeen.fill(0);
    }
    const rows = await client.query<{ w: string; lexemes: string[] | null; positions: string | null }>(
      `SELECT u.w, array_agg(v.lexeme) FILTER (WHERE v.lexeme IS NOT NULL) AS lexemes, string_agg(array_to_string(v.positions, ','), ';') AS positions
       FROM unnest($1::text[]) AS u (w) LEFT JOIN LATERAL unnest(to_tsvector('${TEXT_CONFIG}', u.w)) AS v ON true GROUP BY u.w`,
      [words],
    );
    for (const r of rows.rows) {
      // Only ASCII lexemes, which sort here as the server sorts them (sortSlots): ASCII words give no others.
      if (!(r.lexemes !== null && r.lexemes.length === 1 && r.positions === '1' && ASCII.test(r.lexemes[0] as string))) {
        this.ids.set(r.w, -1);
        continue;
      }
      const quoted = quote(r.lexemes[0] as string);
      let id = this.byLexeme.get(quoted);
      if (id === undefined) {
        id = this.lexemes.length;
        this.lexemes.push(quoted);
        this.encoded.push(Buffer.from(quoted, 'latin1'));
        this.raw.push(Buffer.from(r.lexemes[0] as string, 'utf8'));
        this.names.push(r.lexemes[0] as string);
        if (this.prefixes.length <= id) {
          const grown = new Float64Array(Math.max(id + 1, this.prefixes.length * 2));
          grown.set(this.prefixes);
          this.prefixes = grown;
        }
        this.prefixes[id] = prefixOf(r.lexemes[0] as string);
        this.byLexeme.set(quoted, id);
      }
      this.ids.set(r.w, id);
    }
    for (const w of words) if (!this.ids.has(w)) this.ids.set(w, -1);
    if (this.seen.length < this.lexemes.length) {
      const size = Math.max(this.lexemes.length, this.seen.length * 2);
      const seen = new Int32Array(size);
      seen.set(this.seen);
      this.seen = seen;
      this.slot = new Int32Array(size);
      const partSeen = new Int32Array(size);
      partSeen.set(this.partSeen);
      this.partSeen = partSeen;
      this.partKept = new Int32Array(size);
      this.partLast = new Int32Array(size);
    }
  }

  /** The literal of to_tsvector over these lexemes (make_tsvector's rules). */
  private vector(ids: Int32Array, n: number): string {
    const stamp = this.nextStamp();
    const { seen, slot } = this;
    // Each lexeme's positions in order of first use: the lexeme's slot for each word, then the
    // positions grouped by slot. tsvector_in sorts the lexemes.
    const order: number[] = [];
    const slots = this.scratch(1, n);
    const counts: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const id = ids[i] as number;
      if (seen[id] !== stamp) {
        seen[id] = stamp;
        slot[id] = order.length;
        order.push(id);
        counts.push(0);
      }
      const k = slot[id] as number;
      slots[i] = k;
      counts[k] = (counts[k] as number) + 1;
    }
    const start = this.scratch(2, order.length + 1);
    const fill = this.scratch(3, order.length);
    start[0] = 0;
    for (let k = 0; k < order.length; k += 1) {
      fill[k] = start[k] as number;
      start[k + 1] = (start[k] as number) + (counts[k] as number);
    }
    const flat = this.scratch(4, n);
    for (let i = 0; i < n; i += 1) {
      const k = slots[i] as number;
      flat[(fill[k] as number)++] = i < MAX_POS ? i + 1 : MAX_POS;
    }
    // Written as bytes and read back once: building the text a position at a time in strings was
    // most of this function's cost.
    let bytes = this.out;
    let at = 0;
    for (let k = 0; k < order.length; k += 1) {
      const lexeme = this.encoded[order[k] as number] as Uint8Array;
      const end = start[k + 1] as number;
      if (at + lexeme.length + 7 * (end - (start[k] as number)) + 2 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, at + lexeme.length + 7 * (end - (start[k] as number)) + 2));
        grown.set(bytes.subarray(0, at));
        this.out = bytes = grown;
      }
      bytes.set(lexeme, at);
      at += lexeme.length;
      let kept = 0;
      let last = 0;
      for (let j = start[k] as number; j < end && kept < MAX_POSITIONS; j += 1) {
        const pos = flat[j] as number;
        if (pos === last) continue; // past MAX_POS every word has the same position
        bytes[at++] = kept === 0 ? 58 : 44; // ':' or ','
        // At most five digits (MAX_POS is 16383).
        if (pos >= 10000) bytes[at++] = 48 + Math.floor(pos / 10000);
        if (pos >= 1000) bytes[at++] = 48 + (Math.floor(pos / 1000) % 10);
        if (pos >= 100) bytes[at++] = 48 + (Math.floor(pos / 100) % 10);
        if (pos >= 10) bytes[at++] = 48 + (Math.floor(pos / 10) % 10);
        bytes[at++] = 48 + (pos % 10);
        last = pos;
        kept += 1;
      }
      bytes[at++] = 32;
    }
    return LATIN1.decode(bytes.subarray(0, at));
  }
}

/**
 * What bm25 needs of a view's vector (pg-postings.ts): each lexeme's positions counted with the
 * subject's four times (SQLite's column weights 4.0 and 1.0), and the number of positions.
 */
export interface ViewCounts {
  lexemes: string[];
  weighted: Int32Array;
  length: number;
  /** Every position of the vector without its weight, each lexeme's rising from starts[k], sizes[k] of them. */
  positions: Int32Array;
  starts: Int32Array;
  sizes: Int32Array;
}

/** A binary position without its weight (WordEntryPos: the low 14 bits). */
const POSITION_BITS = 0x3fff;

/** The type of tsvector (pg_type.dat), fixed in every PostgreSQL. */
const TSVECTOR_OID = 3614;
/** Weights in a binary position (WordEntryPos: weight in the top two bits; A is 3, B is 2). */
const WEIGHT_A = 3 << 14;
const WEIGHT_B = 2 << 14;
/** tsvector_concat keeps up to 256 positions a lexeme (MAXNUMPOS), one more than to_tsvector. */
const MAX_CONCAT_POSITIONS = 256;

const limitPos = (pos: number): number => (pos >= MAX_POS ? MAX_POS : pos);

/** Slots sortSlots sorts as numbers: a prefix (42 bits) times this, plus the slot, stays below 2^53. */
const SLOT_RANGE = 2048;

/** An ASCII text's first six characters as a number in the order of the texts (shorter first). */
function prefixOf(text: string): number {
  let key = 0;
  for (let i = 0; i < 6; i += 1) key = key * 128 + (i < text.length ? text.charCodeAt(i) : 0);
  return key;
}

/** Big-endian writes into a buffer that grows. */
class BinaryWriter {
  at = 0;
  constructor(public buffer: Buffer) {}

  /** Makes room for n more bytes (buffer may be another one afterwards). */
  ensure(n: number): void {
    this.room(n);
  }

  private room(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.at + n));
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }

  int32(v: number): void {
    this.room(4);
    this.buffer.writeInt32BE(v, this.at);
    this.at += 4;
  }

  int16(v: number): void {
    this.room(2);
    this.buffer.writeUInt16BE(v, this.at);
    this.at += 2;
  }

  byte(v: number): void {
    this.room(1);
    this.buffer[this.at++] = v;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buffer.set(b, this.at);
    this.at += b.length;
  }

  /** Skips n bytes to be set later; returns where they are. */
  reserve(n: number): number {
    this.room(n);
    this.at += n;
    return this.at - n;
  }

  set16(at: number, v: number): void {
    this.buffer.writeUInt16BE(v, at);
  }

  set32(at: number, v: number): void {
    this.buffer.writeInt32BE(v, at);
  }
}

/** A lexeme quoted for a tsvector literal. */
function quote(lexeme: string): string {
  return `'${lexeme.replace(/['\\]/g, '\\$&')}'`;
}

/** ASCII letters and digits, by UTF-16 code unit: the characters of a word in text words() reads itself. */
const ALNUM = new Uint8Array(65536);
for (let c = 0; c < 128; c += 1) ALNUM[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Per UTF-16 code unit past ASCII: 0 not yet known, 1 a separator that indexText only blanks, 2 not. */
const SEPARATOR = new Uint8Array(65536);
const WORDLIKE = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether every character of the text past ASCII is one that indexText turns into a blank and
 * nothing else: not a letter, digit or mark, the same under NFD (so folding leaves it and its
 * neighbours as they are: such a character is never part of a canonical composition), and not
 * half of a surrogate pair. The words of such a text are then its runs of ASCII letters and
 * digits, as in the text indexText makes of it.
 */
function separatorsOnly(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    let known = SEPARATOR[c] as number;
    if (known === 0) {
      const ch = String.fromCharCode(c);
      known = (c < 0xd800 || c > 0xdfff) && !WORDLIKE.test(ch) && ch.normalize('NFD') === ch ? 1 : 2;
      SEPARATOR[c] = known;
    }
    if (known !== 1) return false;
  }
  return true;
}
/** FNV-1a over UTF-16 code units, for WordTable. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
/** WordTable.get of a word not in the table. */
const ABSENT = -2;

/**
 * Lower-cased words and their numbers, looked up by a slice of a text (whose letters may be upper
 * case) and the slice's hash, so that no string is made for a word already known: a Map keyed by
 * words needed each text lower-cased, split into strings and every word hashed, and that was the
 * larger part of building vectors here. Open addressing, linear probing.
 */
class WordTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  static hash(word: string): number {
    let hash = HASH_SEED;
    for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), HASH_PRIME);
    return hash;
  }

  /** The number of text.slice(start, end) lower-cased (whose hash is given), or ABSENT. */
  get(text: string, start: number, end: number, hash: number): number {
    const { slots, keys, hashes } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = slots[s] as number;
      if (e < 0) return ABSENT;
      if (hashes[e] !== hash) continue;
      const key = keys[e] as string;
      if (key.length !== length) continue;
      let j = 0;
      while (j < length) {
        const c = text.charCodeAt(start + j);
        if (key.charCodeAt(j) !== (c | ((c - 65) >>> 0 < 26 ? 32 : 0))) break;
        j += 1;
      }
      if (j === length) return this.values[e] as number;
    }
  }

  has(word: string): boolean {
    return this.get(word, 0, word.length, WordTable.hash(word)) !== ABSENT;
  }

  /** Adds a lower-cased word that is not in the table. */
  set(word: string, value: number): void {
    if (2 * (this.keys.length + 1) > this.slots.length) this.grow();
    const hash = WordTable.hash(word);
    this.place(hash, this.keys.length);
    this.keys.push(word);
    this.hashes.push(hash);
    this.values.push(value);
  }

  clear(): void {
    this.slots.fill(-1);
    this.keys = [];
    this.hashes = [];
    this.values = [];
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while ((this.slots[s] as number) >= 0) s = (s + 1) & mask;
    this.slots[s] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let e = 0; e < this.keys.length; e += 1) this.place(this.hashes[e] as number, e);
  }
}
