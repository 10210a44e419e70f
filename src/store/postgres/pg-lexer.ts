// Text vectors built here instead of by to_tsvector in the server: parsing and stemming every word of
// every paragraph was over half of the server's time in an ingest (the default parser, then Snowball
// on each occurrence). A paragraph's text from indexText is words between blanks, so its tokens are
// easy to find; each distinct word is stemmed once by the server itself (to_tsvector on the word
// alone, with the store's own configuration, so the lexemes are PostgreSQL's) and kept in a cache,
// and the vector goes in as a tsvector literal. Only text that is ASCII after indexText takes this
// way, and only when each of its words gave exactly one lexeme at position 1 on its own; anything
// else is parsed by the server as before. A test compares the vectors with to_tsvector's.
import type pg from 'pg';
import { TEXT_CONFIG } from './pg-migrations.js';

/** tsvector limits (tsearch/ts_type.h): positions stop at 16383, a lexeme keeps at most 255 of them. */
const MAX_POS = 16383;
const MAX_POSITIONS = 255;
/** Words cached per store; past this the cache starts again (a word costs ~100 bytes). */
const CACHE_LIMIT = 300_000;
const BLANKS = /[ \n\r\t]+/;
const ASCII = /^[\x00-\x7f]*$/;
const LATIN1 = new TextDecoder('latin1');

/** For each text: the vector as a tsvector literal, or the text for the server to parse (one of the two is ''). */
export interface Lexed {
  vector: string;
  text: string;
}

export class PgLexer {
  /** Lower-cased word → its number, -1 when the server must parse text holding it. */
  private readonly ids = new Map<string, number>();
  /** Each number's lexeme, quoted. */
  private readonly lexemes: string[] = [];
  /** Scratch for vector(): per lexeme number, the text it was last seen in and its slot there. */
  private seen = new Int32Array(1024);
  private slot = new Int32Array(1024);
  private stamp = 0;
  /** Each number's quoted lexeme as bytes (ASCII), and the buffer vectors are written into. */
  private readonly encoded: Uint8Array[] = [];
  private out = new Uint8Array(1 << 16);
  /** Buffers reused by every vector: a typed array each time made garbage collection half the cost. */
  private readonly buffers: Int32Array[] = [0, 1, 2, 3, 4].map(() => new Int32Array(4096));

  private scratch(which: number, size: number): Int32Array {
    let buffer = this.buffers[which] as Int32Array;
    if (buffer.length < size) this.buffers[which] = buffer = new Int32Array(Math.max(size, buffer.length * 2));
    return buffer;
  }

  /** Vectors for `texts` (indexText's output), asking the server to stem the words it has not seen. */
  async lex(client: pg.Pool | pg.PoolClient, texts: readonly string[]): Promise<Lexed[]> {
    const out: Lexed[] = new Array<Lexed>(texts.length);
    const unknown = new Set<string>();
    const later: number[] = [];
    for (let i = 0; i < texts.length; i += 1) {
      const text = texts[i] as string;
      if (!ASCII.test(text)) out[i] = { vector: '', text };
      else if (!this.tryVector(text, i, out, unknown)) later.push(i);
    }
    if (unknown.size > 0) await this.learn(client, [...unknown]);
    for (const i of later) if (!this.tryVector(texts[i] as string, i, out, null)) out[i] = { vector: '', text: texts[i] as string };
    return out;
  }

  /** Sets out[i] and says true, or (a word not learnt yet) adds its unknown words when asked and says false. */
  private tryVector(text: string, i: number, out: Lexed[], unknown: Set<string> | null): boolean {
    const words = text.toLowerCase().split(BLANKS);
    const ids = this.scratch(0, words.length);
    let n = 0;
    let plain = true;
    for (const word of words) {
      if (word.length === 0) continue; // blanks at either end
      const id = this.ids.get(word);
      if (id === undefined) {
        if (unknown === null) return false;
        unknown.add(word);
        plain = false;
      } else if (id < 0) {
        out[i] = { vector: '', text };
        return true;
      } else ids[n++] = id;
    }
    if (!plain) return false;
    out[i] = { vector: this.vector(ids, n), text: '' };
    return true;
  }

  private async learn(client: pg.Pool | pg.PoolClient, words: string[]): Promise<void> {
    if (this.ids.size + words.length > CACHE_LIMIT) {
      this.ids.clear();
      this.lexemes.length = 0;
      this.encoded.length = 0;
      this.seen.fill(0);
    }
    const rows = await client.query<{ w: string; lexemes: string[] | null; positions: string | null }>(
      `SELECT u.w, array_agg(v.lexeme) FILTER (WHERE v.lexeme IS NOT NULL) AS lexemes, string_agg(array_to_string(v.positions, ','), ';') AS positions
       FROM unnest($1::text[]) AS u (w) LEFT JOIN LATERAL unnest(to_tsvector('${TEXT_CONFIG}', u.w)) AS v ON true GROUP BY u.w`,
      [words],
    );
    const byLexeme = new Map<string, number>();
    for (const r of rows.rows) {
      if (!(r.lexemes !== null && r.lexemes.length === 1 && r.positions === '1')) {
        this.ids.set(r.w, -1);
        continue;
      }
      const quoted = quote(r.lexemes[0] as string);
      let id = byLexeme.get(quoted);
      if (id === undefined) {
        id = this.lexemes.length;
        this.lexemes.push(quoted);
        this.encoded.push(Buffer.from(quoted, 'latin1'));
        byLexeme.set(quoted, id);
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
    }
  }

  /** The literal of to_tsvector over these lexemes (make_tsvector's rules). */
  private vector(ids: Int32Array, n: number): string {
    this.stamp += 1;
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { seen, slot, stamp } = this;
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

/** A lexeme quoted for a tsvector literal. */
function quote(lexeme: string): string {
  return `'${lexeme.replace(/['\\]/g, '\\$&')}'`;
}
