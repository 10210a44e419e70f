// Term frequencies of the PostgreSQL store's text views, for ranking by bm25 (pg-rank.ts): for each
// lexeme of a batch of cables, one row of search_postings whose entries are the views holding it,
// each with its weighted count (subject positions four times, as SQLite's bm25 weights 4.0 and
// 1.0) and its length in positions. Entries are varints, by rising cable pk: the pk as its
// difference from the last, the view's class mask, the count, the length; a frequent word costs
// about six bytes a view. The counts are those of the vector the server stores (PgLexer.viewVectors
// makes both), so the posting and the vector never disagree.
import type { ViewCounts } from './pg-lexer.js';

/** A batch's postings as the INSERT takes them: the lexemes joined by blanks, one blob, each row's end in it. */
export interface PostingParams {
  lexemes: string;
  blob: Buffer;
  ends: number[];
  /** Each entry's positions (their size in bytes, then the differences), in the order of the entries, and each row's end in this blob. */
  positions: Buffer;
  positionEnds: number[];
}

/** A view of the batch: its cable's pk, its class mask, and its counts (null when the server built its vector). */
export interface PostedView {
  pk: number;
  mask: number;
  counts: ViewCounts | null;
}

/** The rows of search_postings for a batch's views (given by rising pk, as the store allocates them). */
export function encodePostings(views: readonly PostedView[]): PostingParams {
  // Each lexeme's number here (in order of first use), how many entries it has, and each
  // (view, slot) pair filed under it by a counting sort: arrays of arrays were most of the cost.
  const numbers = new Map<string, number>();
  const names: string[] = [];
  let pairs = 0;
  let positionsSize = 0;
  for (const v of views) {
    if (!v.counts) continue;
    pairs += v.counts.lexemes.length;
    positionsSize += v.counts.positions.length * 3 + v.counts.lexemes.length * 3;
  }
  const slotNumbers = new Int32Array(pairs);
  let sizes = new Int32Array(1024);
  let p = 0;
  for (const v of views) {
    if (!v.counts) continue;
    for (const lexeme of v.counts.lexemes) {
      let n = numbers.get(lexeme);
      if (n === undefined) {
        n = names.length;
        numbers.set(lexeme, n);
        names.push(lexeme);
        if (n === sizes.length) {
          const grown = new Int32Array(n * 2);
          grown.set(sizes);
          sizes = grown;
        }
      }
      slotNumbers[p++] = n;
      sizes[n] = (sizes[n] as number) + 1;
    }
  }
  const next = new Int32Array(names.length);
  for (let n = 1; n < names.length; n += 1) next[n] = (next[n - 1] as number) + (sizes[n - 1] as number);
  const filedView = new Int32Array(pairs);
  const filedSlot = new Int32Array(pairs);
  p = 0;
  views.forEach((v, i) => {
    if (!v.counts) return;
    for (let k = 0; k < v.counts.lexemes.length; k += 1) {
      const at = (next[slotNumbers[p++] as number] as number)++;
      filedView[at] = i;
      filedSlot[at] = k;
    }
  });
  const blob = Buffer.allocUnsafe(pairs * 16);
  const positions = Buffer.allocUnsafe(positionsSize);
  const ends: number[] = [];
  const positionEnds: number[] = [];
  let at = 0;
  let q = 0;
  let from = 0;
  for (let n = 0; n < names.length; n += 1) {
    const to = from + (sizes[n] as number);
    let last = 0;
    for (let j = from; j < to; j += 1) {
      const v = views[filedView[j] as number] as PostedView;
      const counts = v.counts as ViewCounts;
      const k = filedSlot[j] as number;
      at = varint(blob, at, v.pk - last);
      at = varint(blob, at, v.mask);
      at = varint(blob, at, counts.weighted[k] as number);
      at = varint(blob, at, counts.length);
      last = v.pk;
      // The positions, rising, as differences, after their size in bytes (so that a reader skips
      // them): written after a one-byte size, moved on when the size takes more.
      const first = counts.starts[k] as number;
      const end = first + (counts.sizes[k] as number);
      const sizeAt = q;
      q += 1;
      let previous = 0;
      for (let i = first; i < end; i += 1) {
        const position = counts.positions[i] as number;
        q = varint(positions, q, position - previous);
        previous = position;
      }
      const bytes = q - sizeAt - 1;
      if (bytes < 0x80) positions[sizeAt] = bytes;
      else {
        const extra = varintSize(bytes) - 1;
        positions.copyWithin(sizeAt + 1 + extra, sizeAt + 1, q);
        varint(positions, sizeAt, bytes);
        q += extra;
      }
    }
    from = to;
    ends.push(at);
    positionEnds.push(q);
  }
  return { lexemes: names.join(' '), blob: blob.subarray(0, at), ends, positions: positions.subarray(0, q), positionEnds };
}

function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : 3;
}

function varint(buf: Buffer, at: number, value: number): number {
  let v = value;
  while (v >= 0x80) {
    buf[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[at++] = v;
  return at;
}

/**
 * Reads the varints of a row's entries or positions (encodePostings), from `at` on: an entry is
 * pk difference, mask, count, length; an entry's positions are their size in bytes, then the
 * differences. Past the end it reads 0s, so that a damaged row ends the reader's loop.
 */
export class VarintReader {
  at = 0;

  constructor(readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.buf.length;
  }

  next(): number {
    const buf = this.buf;
    let b = buf[this.at++] as number;
    if (b < 0x80) return b;
    let value = b & 0x7f;
    let scale = 0x80;
    do {
      b = buf[this.at++] as number;
      value += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b >= 0x80);
    return value;
  }
}
