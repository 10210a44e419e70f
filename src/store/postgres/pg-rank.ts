// Matching and ranking on PostgreSQL from the store's own inverted index (search_postings,
// pg-postings.ts), ranked by bm25 as SQLite's FTS5 ranks (k1 1.2, b 0.75, the subject weighted 4.0
// and the body 1.0): for each term of the query, its weighted count in the match, the match's
// length against the average, and the term's rarity over all text views. A search reads a few rows
// per word, where ts_rank_cd read every match's whole vector out of line (1.6 s for a word in
// 84,000 cables of 250,000). A view whose vector the server built has no postings: it is matched
// through the GIN index on such views, its counts taken from its vector (unpostedCountsSql). What
// term counts cannot give is estimated, and said so: a phrase counts as often as its rarest word
// in the view and is held by as many views as its rarest word; a view with no postings adds to a
// word's view count only when it matches and the reader sees it, and a removed cable's entries
// (never read for a match: its pk is not given again) still count in it.
import type pg from 'pg';
import { TEXT_CONFIG } from './pg-migrations.js';
import { VarintReader } from './pg-postings.js';
import { type QueryShape, type RankWord, wordTsquery } from './pg-text.js';

const K1 = 1.2;
const B = 0.75;
/** ts_rank_cd weights for D, C, B (body), A (subject): a single word's rank, times 4, is its weighted count. */
const COUNT_WEIGHTS = '{0, 0, 0.25, 1}';

/** A match whose vector has no postings, with each positive term's words' weighted counts in it, in query order. */
export interface UnpostedRow {
  pk: number;
  mask: number;
  length: number;
  counts: number[];
}

export interface PageEntry {
  pk: number;
  score: number;
}

/**
 * SQL for each matching row without postings, as JSON [pk, mask, length, [counts]]: an aggregate
 * over the matching rows, the words' tsqueries in parameter `param` (text[]).
 */
export function unpostedCountsSql(words: number, param: number): string {
  const counts = Array.from(
    { length: words },
    (_, i) => `4 * ts_rank_cd('${COUNT_WEIGHTS}', tsv, to_tsquery('${TEXT_CONFIG}', ($${param}::text[])[${i + 1}]), 0)`,
  );
  return `json_agg(json_build_array(cable_pk, mask, len, ARRAY[${counts.join(', ')}]::float8[]))`;
}

export function wordQueries(terms: RankWord[][]): string[] {
  return terms.flat().map(wordTsquery);
}

/** A row of search_postings: its entries, and their positions when asked for. */
interface PostingRow {
  block: number;
  entries: Buffer;
  positions: Buffer | null;
}

/** Each word's rows: for a prefix word, those of every lexeme it starts, by lexeme. */
type WordRows = Array<Map<string, PostingRow[]>>;

/**
 * The postings one search reads, each word's once: its lexemes as to_tsquery makes them (the
 * store's configuration; a prefix word's last lexeme is a prefix), and the rows of those lexemes
 * and of every lexeme that starts with a prefix, with their positions when asked for.
 */
export class PostingReader {
  private readonly lexemes = new Map<string, string[]>();
  private readonly fetched = new Map<string, { positions: boolean; rows: Map<string, PostingRow[]> }>();
  private counted: { rows: number; tokens: number } | null = null;

  constructor(private readonly client: pg.PoolClient) {}

  /** The store's number of views and of their positions, for bm25's rarity and average length. */
  async totals(): Promise<{ rows: number; tokens: number }> {
    if (!this.counted) {
      const row = (await this.client.query<{ rows: string; tokens: string }>('SELECT view_rows AS rows, view_tokens AS tokens FROM store_generation')).rows[0];
      this.counted = { rows: Number(row?.rows ?? 0), tokens: Number(row?.tokens ?? 0) };
    }
    return this.counted;
  }

  /** A word's lexemes, once rows() has read it. */
  lexemesOf(word: RankWord): string[] {
    return this.lexemes.get(word.token) ?? [];
  }

  async rows(words: readonly RankWord[], positions: boolean): Promise<WordRows> {
    const key = (w: RankWord): string => `${w.prefix ? '*' : ''}${w.token}`;
    const unstemmed = [...new Set(words.map((w) => w.token).filter((t) => !this.lexemes.has(t)))];
    if (unstemmed.length > 0) {
      const found = await this.client.query<{ w: string; l: string[] | null }>(
        `SELECT u.w, tsvector_to_array(to_tsvector('${TEXT_CONFIG}', u.w)) AS l FROM unnest($1::text[]) AS u (w)`,
        [unstemmed],
      );
      for (const r of found.rows) this.lexemes.set(r.w, r.l ?? []);
    }
    const missing = words.filter((w) => !this.fetched.has(key(w)));
    if (missing.length > 0) {
      const got = await this.read(missing, false);
      missing.forEach((w, i) => this.fetched.set(key(w), { positions: false, rows: got[i] as Map<string, PostingRow[]> }));
    }
    // Positions for rows read without them: only the positions, put beside each row's entries.
    const unplaced = positions ? words.filter((w) => !(this.fetched.get(key(w)) as { positions: boolean }).positions) : [];
    if (unplaced.length > 0) {
      const got = await this.read(unplaced, true);
      unplaced.forEach((w, i) => {
        const have = this.fetched.get(key(w)) as { positions: boolean; rows: Map<string, PostingRow[]> };
        for (const [lexeme, list] of got[i] as Map<string, PostingRow[]>) {
          const byBlock = new Map(list.map((r) => [r.block, r.positions]));
          for (const row of have.rows.get(lexeme) ?? []) row.positions = byBlock.get(row.block) ?? null;
        }
        have.positions = true;
      });
    }
    return words.map((w) => (this.fetched.get(key(w)) as { rows: Map<string, PostingRow[]> }).rows);
  }

  /** The words' rows: their entries, or (onlyPositions) their positions alone. */
  private async read(words: readonly RankWord[], onlyPositions: boolean): Promise<WordRows> {
    const exact = new Set<string>();
    const prefixes = new Set<string>();
    for (const w of words) {
      const ls = this.lexemes.get(w.token) ?? [];
      ls.forEach((l, j) => (w.prefix && j === ls.length - 1 ? prefixes : exact).add(l));
    }
    const values: unknown[] = [[...exact]];
    const ranges = [...prefixes].map((p) => {
      values.push(p);
      const n = values.length;
      return `(lexeme >= $${n} AND lexeme < ($${n} || chr(1114111)) AND starts_with(lexeme, $${n}))`;
    });
    // In hex (pg's binary results decode every field as UTF-8 text, which breaks bytea).
    const columns = onlyPositions ? 'NULL::bytea AS entries, positions' : 'entries, NULL::bytea AS positions';
    const found = await this.client.query<{ lexeme: string; block: string; entries: Buffer; positions: Buffer | null }>(
      `SELECT lexeme, block, ${columns} FROM search_postings WHERE ${['lexeme = ANY($1::text[])', ...ranges].join(' OR ')}`,
      values,
    );
    const byLexeme = new Map<string, PostingRow[]>();
    for (const r of found.rows) {
      let list = byLexeme.get(r.lexeme);
      if (!list) byLexeme.set(r.lexeme, (list = []));
      list.push({ block: Number(r.block), entries: r.entries, positions: r.positions });
    }
    return words.map((w) => {
      const ls = this.lexemes.get(w.token) ?? [];
      const mine = new Map<string, PostingRow[]>();
      ls.forEach((l, j) => {
        if (w.prefix && j === ls.length - 1) {
          for (const [lexeme, list] of byLexeme) if (lexeme.startsWith(l)) mine.set(lexeme, list);
        } else mine.set(l, byLexeme.get(l) ?? []);
      });
      return mine;
    });
  }
}

/** Posted candidates at most this many are checked by the server on their vectors (10-20 us each); tests move it. */
export const PHRASE_CHECK = { serverMax: 2500 };

/** What one search needs: the query's shape, the reader's view of each cable, the exact query for the server. */
export interface MatchInput {
  shape: QueryShape;
  /** By pk: the class mask of the view the reader sees, -1 for none (PgFacetCache.visibleMasks). */
  masks: Int32Array;
  exact: string;
  visible: string;
  unposted: readonly UnpostedRow[];
}

/** The matches, rising by pk, and what ranking them needs. */
export interface Matches {
  pks: number[];
  /** Per positive word (shape.terms' first `positive` terms, flattened): its count in each cable's visible view, and how many views hold it. */
  counts: Float64Array[];
  held: number[];
  /** The length of each matching cable's visible view. */
  lengths: Float64Array;
}

/**
 * The cables whose visible view matches the query, from search_postings (as PostgreSQL's @@ reads
 * a vector: every group has a term in the view, no excluded term is; a phrase is its words at
 * positions p, p + 1, ...), and the views without postings the server matched (input.unposted).
 * The words' entries give a match of the query with each phrase read as its words; when the query
 * holds a phrase, those matches are then checked: a few by the server on their vectors, many
 * from the stored positions.
 */
export async function matchPostings(reader: PostingReader, client: pg.PoolClient, input: MatchInput): Promise<Matches> {
  const { shape, masks } = input;
  const words = shape.terms.flat();
  const rows = await reader.rows(words, false);
  const size = masks.length;
  const lengths = new Float64Array(size);
  const counts = words.map(() => new Float64Array(size));
  // Each word's cables (their visible view holds it), in the order found.
  const found = words.map(() => [] as number[]);
  const held = words.map((_, w) => {
    const lists = [...(rows[w] as Map<string, PostingRow[]>).values()];
    const seen = lists.length > 1 ? new Set<number>() : null;
    let views = 0;
    for (const list of lists) for (const row of list) views += addEntries(row.entries, masks, counts[w] as Float64Array, lengths, seen, found[w] as number[]);
    return views;
  });
  // Each term's words (their places in `words`), a term's words that give no lexeme left out as to_tsquery leaves them.
  const termWords: number[][] = [];
  let w = 0;
  for (const term of shape.terms) {
    const own: number[] = [];
    for (let i = 0; i < term.length; i += 1, w += 1) if (reader.lexemesOf(term[i] as RankWord).length > 0) own.push(w);
    termWords.push(own);
  }
  const hasPhrase = termWords.some((t) => t.length > 1);
  // The query with each phrase as its words; excluded phrases are left to the check.
  const present = (t: number, pk: number): boolean => {
    const own = termWords[t] as number[];
    if (own.length === 0) return false;
    for (const x of own) if (((counts[x] as Float64Array)[pk] as number) === 0) return false;
    return true;
  };
  // Candidates: the cables of the group whose terms are in fewest (each term by its rarest word).
  const rarest = (t: number): number[] =>
    (termWords[t] as number[]).reduce<number[] | null>((best, x) => (best === null || (found[x] as number[]).length < best.length ? (found[x] as number[]) : best), null) ?? [];
  let seed: number[] | null = null;
  let seedSize = Number.POSITIVE_INFINITY;
  for (const group of shape.groups) {
    const n = group.reduce((sum, t) => sum + rarest(t).length, 0);
    if (n < seedSize) {
      seedSize = n;
      seed = group;
    }
  }
  const taken = new Uint8Array(size);
  const pool: number[] = [];
  for (const t of seed ?? []) {
    for (const pk of rarest(t)) {
      if (taken[pk] === 1) continue;
      taken[pk] = 1;
      pool.push(pk);
    }
  }
  pool.sort((a, b) => a - b);
  const candidates: number[] = [];
  for (const pk of pool) {
    let ok = true;
    for (const group of shape.groups) {
      let any = false;
      for (const t of group) if (present(t, pk)) any = true;
      if (!any) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    for (const t of shape.excluded) if ((termWords[t] as number[]).length === 1 && present(t, pk)) ok = false;
    if (ok) candidates.push(pk);
  }
  let pks = candidates;
  if (hasPhrase && candidates.length > 0) pks = await checkPhrases(reader, client, input, termWords, candidates, counts);
  // The views without postings that matched, with their counts and lengths.
  const positiveWords = shape.terms.slice(0, shape.positive).flat().length;
  for (const row of input.unposted) {
    if (row.pk >= size || masks[row.pk] !== row.mask) continue;
    lengths[row.pk] = row.length;
    row.counts.forEach((c, x) => {
      if (x >= positiveWords) return;
      (counts[x] as Float64Array)[row.pk] = c;
      if (c > 0) held[x] = (held[x] as number) + 1;
    });
  }
  const all = input.unposted.length === 0 ? pks : [...new Set([...pks, ...input.unposted.map((r) => r.pk)])].sort((a, b) => a - b);
  return { pks: all, counts: counts.slice(0, positiveWords), held: held.slice(0, positiveWords), lengths };
}

/**
 * Adds a row's entries for the reader's views to the counts and lengths (by pk); says how many
 * views of the store it holds. With `seen`, views already counted for the word (another of its
 * lexemes) are not counted again.
 */
function addEntries(buf: Uint8Array, masks: Int32Array, count: Float64Array, lengths: Float64Array, seen: Set<number> | null, found: number[]): number {
  const read = new VarintReader(buf);
  const size = masks.length;
  let views = 0;
  let pk = 0;
  while (!read.done) {
    pk += read.next();
    const mask = read.next();
    const weighted = read.next();
    const length = read.next();
    if (seen === null) views += 1;
    else {
      const key = pk * 65536 + mask;
      if (!seen.has(key)) {
        seen.add(key);
        views += 1;
      }
    }
    if (pk >= size || masks[pk] !== mask) continue;
    if (count[pk] === 0) found.push(pk);
    count[pk] = (count[pk] as number) + weighted;
    lengths[pk] = length;
  }
  return views;
}

/**
 * The candidates that match the exact query, phrases read as PostgreSQL reads them: by the server
 * on their vectors when they are few, else from the stored positions of the phrases' words.
 */
async function checkPhrases(
  reader: PostingReader,
  client: pg.PoolClient,
  input: MatchInput,
  termWords: number[][],
  candidates: number[],
  counts: Float64Array[],
): Promise<number[]> {
  if (candidates.length <= PHRASE_CHECK.serverMax) {
    // The view condition first: the planner would read every view's vector before it.
    const found = await client.query<{ pk: number }>(
      `SELECT cable_pk AS pk FROM cable_search WHERE cable_pk = ANY($1::int[])
        AND CASE WHEN ${input.visible} THEN tsv @@ to_tsquery('${TEXT_CONFIG}', $2) ELSE false END`,
      [candidates, input.exact],
    );
    const kept = new Set(found.rows.map((r) => r.pk));
    return candidates.filter((pk) => kept.has(pk));
  }
  const { shape, masks } = input;
  const words = shape.terms.flat();
  const phraseWords = [...new Set(termWords.filter((t) => t.length > 1).flat())];
  const rows = await reader.rows(
    phraseWords.map((x) => words[x] as RankWord),
    true,
  );
  const place = new Int32Array(masks.length);
  candidates.forEach((pk, i) => (place[pk] = i + 1));
  // Each phrase word's positions in each candidate's visible view.
  const positionsOf = new Map<number, Array<Int32Array | null>>();
  phraseWords.forEach((x, j) => {
    const out = new Array<Int32Array | null>(candidates.length).fill(null);
    for (const list of (rows[j] as Map<string, PostingRow[]>).values()) for (const row of list) addPositions(row, masks, place, out);
    positionsOf.set(x, out);
  });
  // A single word is in the view when the entries read for the match gave it a count there.
  const holds = (t: number, i: number, pk: number): boolean => {
    const own = termWords[t] as number[];
    if (own.length === 0) return false;
    if (own.length === 1) return (((counts[own[0] as number] as Float64Array)[pk] as number) > 0);
    return inRow(own.map((x) => (positionsOf.get(x) as Array<Int32Array | null>)[i] ?? null));
  };
  return candidates.filter((pk, i) => {
    for (const group of shape.groups) if (!group.some((t) => holds(t, i, pk))) return false;
    for (const t of shape.excluded) if (holds(t, i, pk)) return false;
    return true;
  });
}

/** Reads a row's entries and positions side by side, keeping the candidates' positions in `out`. */
function addPositions(row: PostingRow, masks: Int32Array, place: Int32Array, out: Array<Int32Array | null>): void {
  const entries = new VarintReader(row.entries);
  const positions = new VarintReader(row.positions as Buffer);
  const size = masks.length;
  let pk = 0;
  while (!entries.done && !positions.done) {
    pk += entries.next();
    const mask = entries.next();
    entries.next();
    entries.next();
    const bytes = positions.next();
    const stop = positions.at + bytes;
    const i = pk < size && masks[pk] === mask ? (place[pk] as number) - 1 : -1;
    if (i >= 0) {
      // At most one position a byte: the list is sized by its bytes, then cut to its count.
      const mine = new Int32Array(bytes);
      let n = 0;
      let position = 0;
      while (positions.at < stop) {
        position += positions.next();
        mine[n++] = position;
      }
      const before = out[i];
      out[i] = before ? merged(before, mine.subarray(0, n)) : mine.subarray(0, n);
    }
    positions.at = stop;
  }
}

/** Two rising lists as one (a prefix word's lexemes in one view). */
function merged(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out.sort();
}

/** Whether some position p of the first list has p + k in the k-th list, for every k. */
function inRow(lists: Array<Int32Array | null>): boolean {
  if (lists.some((l) => l === null)) return false;
  const ls = lists as Int32Array[];
  const at = ls.map(() => 0);
  for (const p of ls[0] as Int32Array) {
    let all = true;
    for (let k = 1; k < ls.length; k += 1) {
      const list = ls[k] as Int32Array;
      let j = at[k] as number;
      while (j < list.length && (list[j] as number) < p + k) j += 1;
      at[k] = j;
      if (j >= list.length) return false;
      if (list[j] !== p + k) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * The best `limit` of `pks` by bm25, ties to the newest stored (highest pk) as SQLite's: per
 * positive term, its count (a phrase: its rarest word's) against the view's length and the
 * average, weighted by its rarity over all views.
 */
export async function rankPage(reader: PostingReader, shape: QueryShape, matches: Matches, pks: readonly number[], limit: number): Promise<PageEntry[]> {
  const totals = await reader.totals();
  const total = Math.max(totals.rows, 1);
  const average = totals.tokens > 0 ? totals.tokens / total : 1;
  const scores = new Float64Array(pks.length);
  let w = 0;
  for (const term of shape.terms.slice(0, shape.positive)) {
    const own = matches.counts.slice(w, w + term.length);
    const views = Math.min(...matches.held.slice(w, w + term.length));
    w += term.length;
    const value = Math.log((total - views + 0.5) / (views + 0.5));
    const idf = value > 0 ? value : 1e-6;
    for (let i = 0; i < pks.length; i += 1) {
      const pk = pks[i] as number;
      let f = (own[0] as Float64Array)[pk] as number;
      for (let k = 1; k < own.length; k += 1) f = Math.min(f, (own[k] as Float64Array)[pk] as number);
      if (f > 0) scores[i] = (scores[i] as number) + (idf * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * (matches.lengths[pk] as number)) / average));
    }
  }
  return top(pks, scores, limit);
}

/** The `limit` best by score, then by pk, highest first (a heap of the best so far, worst on top). */
function top(pks: readonly number[], scores: Float64Array, limit: number): PageEntry[] {
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => {
    const x = scores[a] as number;
    const y = scores[b] as number;
    return x < y || (x === y && (pks[a] as number) < (pks[b] as number));
  };
  const swap = (a: number, b: number): void => {
    const t = heap[a] as number;
    heap[a] = heap[b] as number;
    heap[b] = t;
  };
  for (let i = 0; i < pks.length; i += 1) {
    if (heap.length < limit) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c] as number, heap[p] as number)) break;
        swap(c, p);
        c = p;
      }
    } else if (limit > 0 && worse(heap[0] as number, i)) {
      heap[0] = i;
      for (let p = 0; ; ) {
        const l = 2 * p + 1;
        let m = p;
        if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l;
        if (l + 1 < heap.length && worse(heap[l + 1] as number, heap[m] as number)) m = l + 1;
        if (m === p) break;
        swap(m, p);
        p = m;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((i) => ({ pk: pks[i] as number, score: scores[i] as number }));
}
