// Matching and ranking on PostgreSQL from the store's own inverted index (search_postings,
// pg-postings.ts), ranked by bm25 as SQLite's FTS5 ranks (k1 1.2, b 0.75, the subject weighted 4.0
// and the body 1.0): for each term of the query, its weighted count in the match, the match's
// length against the average, and the term's rarity over all text views. A search reads a few rows
// per word, where ts_rank_cd read every match's whole vector out of line (1.6 s for a word in
// 84,000 cables of 250,000), and the rows stay decoded for the next search (pg-posting-cache.ts). A view whose vector the server built has no postings: it is matched
// through the GIN index on such views, its counts taken from its vector (unpostedCountsSql). What
// term counts cannot give is estimated, and said so: a phrase counts as often as its rarest word
// in the view and is held by as many views as its rarest word; a view with no postings adds to a
// word's view count only when it matches and the reader sees it, and a removed cable's entries
// (never read for a match: its pk is not given again) still count in it.
import type pg from 'pg';
import { TEXT_CONFIG } from './pg-migrations.js';
import { decodeEntries, decodePositions, type PostingCache, type Segment } from './pg-posting-cache.js';
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

/** Each word's rows visible to the search, decoded: for a prefix word, those of every lexeme it starts, by lexeme. */
type WordRows = Array<Map<string, Segment[]>>;

/**
 * The postings one search reads, each word's once: its lexemes as to_tsquery makes them (the
 * store's configuration; a prefix word's last lexeme is a prefix), and the rows of those lexemes
 * and of every lexeme that starts with a prefix, with their positions when asked for. The rows
 * are those of the search's snapshot; a row the cache holds (pg-posting-cache.ts) is not sent again.
 */
export class PostingReader {
  private readonly lexemes = new Map<string, string[]>();
  private readonly fetched = new Map<string, Map<string, Segment[]>>();
  /** The cache key each segment read is kept under. */
  private readonly keys = new Map<Segment, string>();
  private counted: { rows: number; tokens: number; generation: number } | null = null;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly cache: PostingCache,
  ) {}

  /** The store's number of views and of their positions, for bm25's rarity and average length, and its generation. */
  async totals(): Promise<{ rows: number; tokens: number; generation: number }> {
    if (!this.counted) {
      const row = (
        await this.client.query<{ rows: string; tokens: string; n: string }>('SELECT view_rows AS rows, view_tokens AS tokens, n FROM store_generation')
      ).rows[0];
      this.counted = { rows: Number(row?.rows ?? 0), tokens: Number(row?.tokens ?? 0), generation: Number(row?.n ?? 0) };
    }
    return this.counted;
  }

  /** A word's lexemes, once rows() has read it. */
  lexemesOf(word: RankWord): string[] {
    return this.lexemes.get(word.token) ?? [];
  }

  /**
   * Whether the positions of every word were asked for by an earlier search too (and notes that
   * this one asks): a phrase's positions are read and kept from the second time its words are
   * checked, so that a one-off phrase of common words is checked by the server on its candidates.
   */
  askedBefore(words: readonly RankWord[]): boolean {
    let all = true;
    for (const w of words) for (const key of this.cacheKeys(w)) if (!this.cache.ask(key)) all = false;
    return all;
  }

  /** A word's keys in the cache: '=' and each lexeme, '*' and the prefix for a prefix word's last one. */
  private cacheKeys(w: RankWord): string[] {
    const ls = this.lexemes.get(w.token) ?? [];
    return ls.map((l, j) => (w.prefix && j === ls.length - 1 ? `*${l}` : `=${l}`));
  }

  /** Whether every segment of the words (read already) has its positions. */
  placed(words: readonly RankWord[]): boolean {
    return words.every((w) => [...(this.fetched.get(keyOf(w))?.values() ?? [])].every((list) => list.every((s) => s.positions !== null)));
  }

  async rows(words: readonly RankWord[], positions: boolean): Promise<WordRows> {
    const unstemmed = [...new Set(words.map((w) => w.token).filter((t) => !this.lexemes.has(t)))];
    if (unstemmed.length > 0) {
      const found = await this.client.query<{ w: string; l: string[] | null }>(
        `SELECT u.w, tsvector_to_array(to_tsvector('${TEXT_CONFIG}', u.w)) AS l FROM unnest($1::text[]) AS u (w)`,
        [unstemmed],
      );
      for (const r of found.rows) this.lexemes.set(r.w, r.l ?? []);
    }
    const missing = words.filter((w) => !this.fetched.has(keyOf(w)));
    if (missing.length > 0) {
      const got = await this.read(missing);
      missing.forEach((w, i) => this.fetched.set(keyOf(w), got[i] as Map<string, Segment[]>));
    }
    const rows = words.map((w) => this.fetched.get(keyOf(w)) as Map<string, Segment[]>);
    if (positions) await this.place(rows);
    return rows;
  }

  /**
   * The segments of the words' lexemes in this snapshot: what the cache holds of each (the blocks
   * up to the snapshot's generation), and the rows after it, read and decoded. A word's lexemes
   * are each a key of the cache, a prefix word's last lexeme is one key for all it starts.
   */
  private async read(words: readonly RankWord[]): Promise<WordRows> {
    const { generation } = await this.totals();
    const keysOf = words.map((w) => this.cacheKeys(w));
    const keys = [...new Set(keysOf.flat())];
    const held = keys.map((k) => this.cache.get(k));
    const wanted = keys.map((k, i) => ({ key: k, from: held[i], after: held[i]?.upTo ?? -1 })).filter((w) => w.after < generation);
    const exact = wanted.filter((w) => w.key.startsWith('='));
    const prefixes = wanted.filter((w) => w.key.startsWith('*'));
    const fresh = new Map<string, Array<[string, Segment]>>(wanted.map((w) => [w.key, []]));
    if (wanted.length > 0) {
      // Entries in hex: pg's binary results decode every field as UTF-8 text, which breaks bytea.
      const found = await this.client.query<{ i: number; lexeme: string; block: string; entries: Buffer }>(
        `SELECT k.i::int - 1 AS i, p.lexeme, p.block, p.entries
          FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS k (l, after, i)
          JOIN search_postings AS p ON p.lexeme = k.l AND p.block > k.after
        UNION ALL
        SELECT $5::int + k.i::int - 1 AS i, p.lexeme, p.block, p.entries
          FROM unnest($3::text[], $4::bigint[]) WITH ORDINALITY AS k (l, after, i)
          JOIN search_postings AS p ON p.lexeme >= k.l AND p.lexeme < (k.l || chr(1114111)) AND p.block > k.after AND starts_with(p.lexeme, k.l)`,
        [exact.map((w) => w.key.slice(1)), exact.map((w) => w.after), prefixes.map((w) => w.key.slice(1)), prefixes.map((w) => w.after), exact.length],
      );
      const order = [...exact, ...prefixes];
      for (const r of found.rows) {
        const key = (order[r.i] as { key: string }).key;
        (fresh.get(key) as Array<[string, Segment]>).push([r.lexeme, decodeEntries(Number(r.block), r.entries)]);
      }
      for (const w of wanted) this.cache.add(w.key, w.from, generation, fresh.get(w.key) as Array<[string, Segment]>);
    }
    // Each key's segments in this snapshot, by lexeme.
    const byKey = new Map<string, Map<string, Segment[]>>();
    keys.forEach((key, i) => {
      const mine = new Map<string, Segment[]>();
      // A block another search added to the cache while this one read it too is taken once.
      const seen = new Set<string>();
      const take = (lexeme: string, segment: Segment): void => {
        const at = `${lexeme} ${segment.block}`;
        if (segment.block > generation || seen.has(at)) return;
        seen.add(at);
        let list = mine.get(lexeme);
        if (!list) mine.set(lexeme, (list = []));
        list.push(segment);
        this.keys.set(segment, key);
      };
      for (const [lexeme, blocks] of held[i]?.byLexeme ?? []) for (const segment of blocks.values()) take(lexeme, segment);
      for (const [lexeme, segment] of fresh.get(key) ?? []) take(lexeme, segment);
      byKey.set(key, mine);
    });
    return keysOf.map((ks) => {
      const mine = new Map<string, Segment[]>();
      for (const k of ks) {
        for (const [lexeme, list] of byKey.get(k) as Map<string, Segment[]>) mine.set(lexeme, [...(mine.get(lexeme) ?? []), ...list]);
        if (k.startsWith('=') && !mine.has(k.slice(1))) mine.set(k.slice(1), []);
      }
      return mine;
    });
  }

  /** Reads the positions of the segments that lack them. */
  private async place(rows: WordRows): Promise<void> {
    const wanted = new Map<string, Segment>();
    for (const byLexeme of rows) {
      for (const [lexeme, list] of byLexeme) for (const s of list) if (s.positions === null) wanted.set(`${lexeme} ${s.block}`, s);
    }
    if (wanted.size === 0) return;
    const keys = [...wanted.keys()].map((k) => k.split(' '));
    const found = await this.client.query<{ lexeme: string; block: string; positions: Buffer }>(
      `SELECT p.lexeme, p.block, p.positions
        FROM unnest($1::text[], $2::bigint[]) AS k (l, b) JOIN search_postings AS p ON p.lexeme = k.l AND p.block = k.b`,
      [keys.map((k) => k[0]), keys.map((k) => k[1])],
    );
    for (const r of found.rows) {
      const segment = wanted.get(`${r.lexeme} ${r.block}`);
      if (!segment || segment.positions !== null) continue;
      decodePositions(segment, r.positions);
      this.cache.placed(this.keys.get(segment) as string, segment);
    }
  }
}

function keyOf(w: RankWord): string {
  return `${w.prefix ? '*' : ''}${w.token}`;
}

/**
 * Posted candidates at most this many are checked by the server on their vectors (10-35 us each)
 * while the phrase's positions are neither kept nor asked for by an earlier search; tests move it.
 */
export const PHRASE_CHECK = { serverMax: 2500 };

/** What one search needs: the query's shape, the reader's view of each cable, the exact query for the server. */
export interface MatchInput {
  shape: QueryShape;
  /** By pk: the class mask of the view the reader sees, -1 for none (PgFacetCache.visibleMasks). */
  masks: Int32Array;
  exact: string;
  visible: string;
  unposted: readonly UnpostedRow[];
  /** The request's filters (tags, origin, dates...), applied before phrases are checked: a cable filtered out needs no check. */
  keep?: (pks: number[]) => number[];
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
 * The candidates are the views holding the rarest word of each term of one group (the group whose
 * terms are in fewest views); every other word is looked up in the candidates alone. Their counts
 * give a match of the query with each phrase read as its words; when the query holds a phrase,
 * those matches are then checked: a few by the server on their vectors, else from the stored
 * positions (PHRASE_CHECK).
 */
export async function matchPostings(reader: PostingReader, client: pg.PoolClient, input: MatchInput): Promise<Matches> {
  const { shape, masks } = input;
  const words = shape.terms.flat();
  const rows = await reader.rows(words, false);
  const size = masks.length;
  const lengths = new Float64Array(size);
  const counts = words.map(() => new Float64Array(size));
  const lists = words.map((_, x) => [...(rows[x] as Map<string, Segment[]>).values()]);
  // How many views of the store hold each word: its entries, a view counted once over a prefix's lexemes.
  const held = lists.map((l) => (l.length <= 1 ? (l[0] ?? []).reduce((n, s) => n + s.pks.length, 0) : countViews(l)));
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
  // Candidates: the cables of the group whose terms are in fewest views (each term by its rarest
  // word), read from those words' entries; every other word is looked up in the candidates alone,
  // so that a common word's entries ("a": 470,000 views) are not all read for a few hundred cables.
  const rarest = (t: number): number | null =>
    (termWords[t] as number[]).reduce<number | null>((best, x) => (best === null || (held[x] as number) < (held[best] as number) ? x : best), null);
  let seed: number[] | null = null;
  let seedSize = Number.POSITIVE_INFINITY;
  for (const group of shape.groups) {
    const n = group.reduce((sum, t) => {
      const x = rarest(t);
      return sum + (x === null ? 0 : (held[x] as number));
    }, 0);
    if (n < seedSize) {
      seedSize = n;
      seed = group;
    }
  }
  const read = new Uint8Array(words.length);
  const taken = new Uint8Array(size);
  const pool: number[] = [];
  for (const t of seed ?? []) {
    const x = rarest(t);
    if (x === null) continue;
    const found: number[] = [];
    if (read[x] === 0) for (const list of lists[x] as Segment[][]) for (const segment of list) addEntries(segment, masks, counts[x] as Float64Array, lengths, found);
    read[x] = 1;
    for (const pk of found) {
      if (taken[pk] === 1) continue;
      taken[pk] = 1;
      pool.push(pk);
    }
  }
  pool.sort((a, b) => a - b);
  words.forEach((_, x) => {
    if (read[x] === 0) for (const list of lists[x] as Segment[][]) for (const segment of list) addAt(segment, pool, masks, counts[x] as Float64Array, lengths);
  });
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
  let pks = input.keep ? input.keep(candidates) : candidates;
  if (hasPhrase && pks.length > 0) pks = await checkPhrases(reader, client, input, termWords, pks, counts);
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

/** Adds a row's entries for the reader's views to the counts and lengths (by pk), and their pks to `found` the first time. */
function addEntries(segment: Segment, masks: Int32Array, count: Float64Array, lengths: Float64Array, found: number[]): void {
  const { pks, masks: theirs, weighted, lengths: theirLengths } = segment;
  const size = masks.length;
  for (let i = 0; i < pks.length; i += 1) {
    const pk = pks[i] as number;
    if (pk >= size || masks[pk] !== theirs[i]) continue;
    if (count[pk] === 0) found.push(pk);
    count[pk] = (count[pk] as number) + (weighted[i] as number);
    lengths[pk] = theirLengths[i] as number;
  }
}

/** addEntries for the pks of `pool` (rising) alone. */
function addAt(segment: Segment, pool: readonly number[], masks: Int32Array, count: Float64Array, lengths: Float64Array): void {
  const { pks, weighted, lengths: theirLengths } = segment;
  eachAt(segment, pool, masks, (_, e) => {
    const pk = pks[e] as number;
    count[pk] = (count[pk] as number) + (weighted[e] as number);
    lengths[pk] = theirLengths[e] as number;
  });
}

/**
 * Calls visit(c, e) for each entry e of the row that is the reader's view of pool[c] (pool: pks,
 * rising), each found by bisection: a common word's row is not walked whole for a few candidates.
 */
function eachAt(segment: Segment, pool: readonly number[], masks: Int32Array, visit: (c: number, e: number) => void): void {
  const { pks, masks: theirs } = segment;
  const n = pks.length;
  if (n === 0 || pool.length === 0) return;
  const last = pks[n - 1] as number;
  let from = 0;
  for (let c = lowerBound(pool, pks[0] as number); c < pool.length; c += 1) {
    const pk = pool[c] as number;
    if (pk > last) break;
    let e = lowerBound(pks, pk, from);
    from = e;
    for (; e < n && pks[e] === pk; e += 1) if (masks[pk] === theirs[e]) visit(c, e);
  }
}

/** The first index from `from` on whose value is at least `value`, in a rising list. */
function lowerBound(list: ArrayLike<number>, value: number, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The views holding a word of several lexemes (a prefix's), each counted once. */
function countViews(lists: Segment[][]): number {
  const seen = new Set<number>();
  for (const list of lists) {
    for (const segment of list) for (let i = 0; i < segment.pks.length; i += 1) seen.add((segment.pks[i] as number) * 65536 + (segment.masks[i] as number));
  }
  return seen.size;
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
  const { shape, masks } = input;
  const words = shape.terms.flat();
  const phraseWords = [...new Set(termWords.filter((t) => t.length > 1).flat())];
  const phraseRankWords = phraseWords.map((x) => words[x] as RankWord);
  if (candidates.length <= PHRASE_CHECK.serverMax && !reader.placed(phraseRankWords) && !reader.askedBefore(phraseRankWords)) {
    // The view condition first: the planner would read every view's vector before it.
    const found = await client.query<{ pk: number }>(
      `SELECT cable_pk AS pk FROM cable_search WHERE cable_pk = ANY($1::int[])
        AND CASE WHEN ${input.visible} THEN tsv @@ to_tsquery('${TEXT_CONFIG}', $2) ELSE false END`,
      [candidates, input.exact],
    );
    const kept = new Set(found.rows.map((r) => r.pk));
    return candidates.filter((pk) => kept.has(pk));
  }
  const rows = await reader.rows(phraseRankWords, true);
  // Each phrase word's positions in each candidate's visible view.
  const positionsOf = new Map<number, Array<Int32Array | null>>();
  phraseWords.forEach((x, j) => {
    const out = new Array<Int32Array | null>(candidates.length).fill(null);
    for (const list of (rows[j] as Map<string, Segment[]>).values()) for (const segment of list) addPositions(segment, candidates, masks, out);
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

/** Keeps the positions of a row's entries for the candidates (rising pks) in `out`, by their place in the list. */
function addPositions(segment: Segment, candidates: readonly number[], masks: Int32Array, out: Array<Int32Array | null>): void {
  const starts = segment.starts as Int32Array;
  const positions = segment.positions as Int32Array;
  eachAt(segment, candidates, masks, (c, e) => {
    const mine = positions.subarray(starts[e] as number, starts[e + 1] as number);
    const before = out[c];
    out[c] = before ? merged(before, mine) : mine;
  });
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
