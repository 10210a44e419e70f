// Writes cables into the PostgreSQL tables, a batch in one transaction: decides stored, unchanged or
// replaced by canonical id and sha256 (as sqlite/write-cable.ts does), removes every row of old
// versions, and inserts all the new cables with a single statement whose rows go in as arrays
// (unnest). A batch of 100 cables costs six round trips and one plan where one cable at a time cost
// six and a plan each, and the server's per-statement and per-commit work is shared too. A view's
// vector is its subject's and its paragraphs' joined; most views' vectors are built whole here and
// sent in binary (pg-lexer.ts); for the others each paragraph is parsed once (a cable has about two
// views, so parsing each view's text whole parsed most paragraphs twice) and the server joins them.
import type pg from 'pg';
import { declassifyDay } from '../../access/reader-class.js';
import type { Cable } from '../../cable/types.js';
import { CABLE_COLUMNS, cableRow, hashedRecord, paragraphLevels, uniqueTags } from '../cable-rows.js';
import type { PutResult } from '../cable-store.js';
import { buildTextIndex } from '../text-views.js';
import { CABLE_CHILD_TABLES, TEXT_CONFIG } from './pg-migrations.js';
import type { PgLexer, ViewCounts } from './pg-lexer.js';
import { encodePostings, type PostedView } from './pg-postings.js';
import { indexText } from './pg-text.js';

const INT_COLUMNS = new Set<string>(['year', 'warning_count']);
const cableCasts = CABLE_COLUMNS.map((c) => (INT_COLUMNS.has(c) ? 'int[]' : 'text[]'));

/** Numbered parameters with their array casts, from $`from` on; LONG is a long text column (longTexts). */
function params(from: number, casts: string[]): string {
  let n = from;
  return casts
    .map((t) => {
      const p = t === LONG ? long(n) : `$${n}::${t}`;
      n += t === LONG ? 2 : 1;
      return p;
    })
    .join(', ');
}
const LONG = 'long';
/** A text[] sent as one text, each element ended by the separator in $2 (see longTexts), cut back into n elements. */
const long = (n: number): string => `(string_to_array($${n}::text, $2::text))[1:$${n + 1}::int]`;

// The parameters, in order: $1 the cables' pks, $2 the separator of long texts, the cables'
// columns, then each child table's arrays. A long text column takes two parameters (text, count).
const C = 3 + CABLE_COLUMNS.length; // $1 pks, $2 separator, $3.. columns
const REC = C; // pk, record (long)
const PAR = REC + 3; // pk, position, n, marking, level, heading, text (long)
const TAG = PAR + 8; // pk, position, tag
const RCP = TAG + 3; // pk, list, position, route, name, precedence, mcn
const REF = RCP + 7; // pk, position, ref_id, kind, label
const PART = REF + 5; // every paragraph part of the batch, numbered 1..: text to parse (long), vector literal (long)
const VIEW = PART + 4; // pk, day, mask, subject, body (long), subject index text, parts (global numbers, comma-separated)
const FACET = VIEW + 8; // tags and views per cable, as array literals
const TSV = FACET + 2; // each view's vector (binary tsvector[]), null where the server builds it from the parts
const LEN = TSV + 1; // each view's length in positions, -1 where the server builds its vector
const POST = LEN + 1; // the batch's postings (pg-postings.ts): lexemes joined by blanks, entries and each row's end, positions and each row's end
const col = (name: string): string => `$${3 + CABLE_COLUMNS.indexOf(name as (typeof CABLE_COLUMNS)[number])}`;

const INSERT = `WITH c AS (INSERT INTO cables (pk, ${CABLE_COLUMNS.join(', ')}) SELECT * FROM unnest($1::int[], ${params(3, cableCasts)})),
rec AS (INSERT INTO cable_records (cable_pk, record) SELECT * FROM unnest(${params(REC, ['int[]', LONG])})),
par AS (INSERT INTO paragraphs (cable_pk, position, n, marking, level, heading, text)
  SELECT * FROM unnest(${params(PAR, ['int[]', 'int[]', 'int[]', 'text[]', 'int[]', 'text[]', LONG])})),
tg AS (INSERT INTO tags (cable_pk, position, tag) SELECT * FROM unnest(${params(TAG, ['int[]', 'int[]', 'text[]'])})),
rc AS (INSERT INTO recipients (cable_pk, list, position, route, name, precedence, mcn)
  SELECT * FROM unnest(${params(RCP, ['int[]', 'text[]', 'int[]', 'text[]', 'text[]', 'text[]', 'text[]'])})),
rf AS (INSERT INTO cable_references (cable_pk, position, ref_id, kind, label)
  SELECT * FROM unnest(${params(REF, ['int[]', 'int[]', 'text[]', 'text[]', 'text[]'])})),
pt AS (SELECT u.g, CASE WHEN u.t = '' THEN u.l::tsvector ELSE to_tsvector('${TEXT_CONFIG}', u.t) END AS v
  FROM unnest(${long(PART)}, ${long(PART + 2)}) WITH ORDINALITY AS u (t, l, g)),
vw AS (SELECT * FROM unnest(${params(VIEW, ['int[]', 'int[]', 'int[]', 'text[]', LONG, 'text[]', 'text[]'])}, $${TSV}::tsvector[], $${LEN}::int[])
  WITH ORDINALITY AS u (pk, day, mask, subject, body, ns, parts, tsv, len, vi)),
tx AS (INSERT INTO cable_text (cable_pk, day, mask, subject, body) SELECT pk, day, mask, subject, body FROM vw),
bv AS (SELECT vw.vi, tsvector_agg(pt.v ORDER BY pt.g) AS v
  FROM vw CROSS JOIN LATERAL unnest(string_to_array(vw.parts, ',')::bigint[]) AS j (g) JOIN pt ON pt.g = j.g GROUP BY vw.vi),
sv AS (SELECT vw.pk, vw.day, vw.mask, vw.len, coalesce(vw.tsv, setweight(to_tsvector('${TEXT_CONFIG}', vw.ns), 'A') || setweight(coalesce(bv.v, ''), 'B')) AS v
  FROM vw LEFT JOIN bv ON bv.vi = vw.vi),
sl AS (SELECT pk, day, mask, v, len >= 0 AS posted,
  CASE WHEN len >= 0 THEN len ELSE (SELECT coalesce(sum(cardinality(p.positions)), 0) FROM unnest(v) AS p)::int END AS len FROM sv),
ts AS (INSERT INTO cable_search (cable_pk, day, mask, tsv, len, posted) SELECT pk, day, mask, v, len, posted FROM sl),
gen AS (UPDATE store_generation SET n = n + 1, view_rows = view_rows + (SELECT count(*) FROM sl),
  view_tokens = view_tokens + (SELECT coalesce(sum(len), 0) FROM sl) RETURNING n),
po AS (INSERT INTO search_postings (lexeme, block, entries, positions)
  SELECT u.l, gen.n, substring($${POST + 1}::bytea FROM coalesce(($${POST + 2}::int[])[u.i - 1], 0) + 1 FOR u.e - coalesce(($${POST + 2}::int[])[u.i - 1], 0)),
    substring($${POST + 3}::bytea FROM coalesce(($${POST + 4}::int[])[u.i - 1], 0) + 1 FOR u.p - coalesce(($${POST + 4}::int[])[u.i - 1], 0))
  FROM gen, unnest(string_to_array($${POST}::text, ' '), $${POST + 2}::int[], $${POST + 4}::int[]) WITH ORDINALITY AS u (l, e, p, i))
INSERT INTO facet_rows (pk, created, origin, year, classification, tags, views, present, version)
  SELECT u.pk, u.created, u.origin, u.year, u.classification, u.tags::text[], u.views::int[], true, gen.n
  FROM gen, unnest($1::int[], ${col('created')}::text[], ${col('origin')}::text[], ${col('year')}::int[], ${col('classification')}::text[],
    ${params(FACET, ['text[]', 'text[]'])}) AS u (pk, created, origin, year, classification, tags, views)`;

/** Settings for the transaction that writes: see writeCables. */
export const WRITE_SETTINGS = 'SET LOCAL plan_cache_mode = force_generic_plan';

interface Existing {
  pk: number;
  id: string;
  sha256: string;
  parse_sha256: string | null;
}

/** A cable with its normalised id, as the store is asked to put it. */
export interface Put {
  cable: Cable;
  id: string;
}

type Write = Put & ReturnType<typeof hashedRecord>;

/**
 * Stores cables with distinct ids on a client already inside a transaction; the results are in the
 * order given. Every cable is whole or absent when the transaction ends, whatever interrupts it.
 */
/** A run of puts made ready to write before its transaction (prepareWrites). */
export interface Prepared {
  puts: readonly Put[];
  writes: Write[];
  /** The INSERT's parameters for every put, with each put's index where its pk goes, but for the postings. */
  params: unknown[];
  /** The views' term counts, with their put's index for a pk: their postings are made once pks are known. */
  posted: PostedView[];
}

/** Parameters that hold pks: $1 and the first column of each child table. */
const PK_PARAMS = [1, REC, PAR, TAG, RCP, REF, VIEW].map((n) => n - 1);

/**
 * The work on a run of puts that needs no transaction (hashes, rows, text vectors), done ahead so
 * that it overlaps the writing of the batch before (PostgresCableStore.putCables). Used when the
 * transaction finds that every put is to be written, as in an ingest of new cables.
 */
export async function prepareWrites(pool: pg.Pool, lexer: PgLexer, puts: readonly Put[], now: string): Promise<Prepared> {
  const writes = puts.map(({ cable, id }) => ({ cable, id, ...hashedRecord(cable, id) }));
  return { puts, writes, ...(await insertParams(pool, lexer, writes, writes.map((_, k) => k), now)) };
}

export async function writeCables(client: pg.PoolClient, lexer: PgLexer, puts: readonly Put[], now: string, prepared?: Prepared): Promise<PutResult[]> {
  const found = await client.query<Existing>('SELECT pk, id, sha256, parse_sha256 FROM cables WHERE id = ANY($1::text[]) FOR UPDATE', [
    puts.map((p) => p.id),
  ]);
  const existing = new Map(found.rows.map((r) => [r.id, r]));
  const results: PutResult[] = [];
  const writes: Write[] = [];
  for (const [k, { cable, id }] of puts.entries()) {
    const old = existing.get(id);
    const { parseSha, record } = prepared?.puts === puts ? (prepared.writes[k] as Write) : hashedRecord(cable, id);
    if (old && old.sha256 === cable.sha256 && old.parse_sha256 === parseSha) {
      results.push({ id, status: 'unchanged' });
      continue;
    }
    results.push(old ? { id, status: 'replaced', previousSha: old.sha256 } : { id, status: 'stored' });
    writes.push({ cable, id, parseSha, record });
  }
  const replaced = writes.flatMap((w) => (existing.has(w.id) ? [(existing.get(w.id) as Existing).pk] : []));
  if (replaced.length > 0) await removeCables(client, replaced);
  if (writes.length > 0) {
    const pks = await client.query<{ pk: number }>(`SELECT nextval(pg_get_serial_sequence('cables', 'pk'))::int AS pk FROM generate_series(1, $1)`, [
      writes.length,
    ]);
    const allocated = pks.rows.map((r) => r.pk).sort((a, b) => a - b);
    // Prepared once per connection, and planned without looking at the values (WRITE_SETTINGS):
    // a plan for the values folded the split of every long text into the plan and copied it about.
    const made =
      prepared?.puts === puts && writes.length === puts.length
        ? {
            params: prepared.params.map((p, i) => (PK_PARAMS.includes(i) ? (p as number[]).map((k) => allocated[k]) : p)),
            posted: prepared.posted.map((v) => ({ ...v, pk: allocated[v.pk] as number })),
          }
        : await insertParams(client, lexer, writes, allocated, now);
    const postings = encodePostings(made.posted);
    const values = [...made.params, postings.lexemes, postings.blob, postings.ends, postings.positions, postings.positionEnds];
    await client.query({ name: 'demarche-write-cables', text: INSERT, values });
  }
  return results;
}

/** Deletes cables with their rows (CABLE_CHILD_TABLES: no foreign key cascades to them) and marks their facet rows absent for readers' caches. */
async function removeCables(client: pg.PoolClient, pks: number[]): Promise<void> {
  await client.query(
    `WITH gen AS (UPDATE store_generation SET n = n + 1 RETURNING n)
     UPDATE facet_rows SET present = false, version = gen.n FROM gen WHERE pk = ANY($1::int[])`,
    [pks],
  );
  await client.query(REMOVE, [pks]);
}

/**
 * One statement: every cable's rows, then the cables (whose statements and analysis marks cascade);
 * their views leave bm25's count and token total. Their postings stay, read by no search: a
 * removed cable's pk is never given again, and a search ranks only the views that match.
 */
const REMOVE = `WITH ${CABLE_CHILD_TABLES.map((t, i) => `d${i} AS (DELETE FROM ${t} WHERE cable_pk = ANY($1::int[])${t === 'cable_search' ? ' RETURNING len' : ''})`).join(',\n')},
st AS (UPDATE store_generation SET view_rows = view_rows - (SELECT count(*) FROM d${CABLE_CHILD_TABLES.indexOf('cable_search')}),
  view_tokens = view_tokens - (SELECT coalesce(sum(len), 0) FROM d${CABLE_CHILD_TABLES.indexOf('cable_search')}))
DELETE FROM cables WHERE pk = ANY($1::int[])`;

async function insertParams(
  client: pg.Pool | pg.PoolClient,
  lexer: PgLexer,
  writes: readonly Write[],
  pks: number[],
  now: string,
): Promise<{ params: unknown[]; posted: PostedView[] }> {
  const cables: unknown[][] = CABLE_COLUMNS.map(() => []);
  const records: string[] = [];
  const columns = (n: number): unknown[][] => Array.from({ length: n }, () => []);
  const [paragraphs, tags, recipients, refs, views] = [columns(7), columns(3), columns(7), columns(5), columns(7)];
  const recordPks: number[] = [];
  // Every text to lex (as it is: PgLexer.words and the server's way below read it through
  // indexText): each cable's paragraph parts, then its views' subjects; and each view's subject
  // and parts as indexes into them.
  const texts: string[] = [];
  const viewTexts: Array<{ subject: number; parts: number[] }> = [];
  const facets: [string[], string[]] = [[], []];
  writes.forEach(({ cable, id, parseSha, record }, k) => {
    const pk = pks[k] as number;
    const row: Record<string, unknown> = { ...cableRow(cable, id, now), parse_sha256: parseSha };
    CABLE_COLUMNS.forEach((c, i) => (cables[i] as unknown[]).push(row[c]));
    recordPks.push(pk);
    records.push(record());
    const levels = paragraphLevels(cable);
    cable.paragraphs.forEach((p, i) => push(paragraphs, pk, i, p.n, p.marking, levels[i], p.heading ?? null, p.text));
    const unique = uniqueTags(cable.tags);
    for (const t of unique) push(tags, pk, t.position, t.tag);
    for (const list of ['to', 'info'] as const) cable[list].forEach((r, position) => push(recipients, pk, list, position, r.route, r.name, r.precedence, r.mcn));
    cable.references.forEach((r, i) => push(refs, pk, i, r.id, r.kind, r.label));
    const day = declassifyDay(cable.declassifyOn);
    const index = buildTextIndex(cable);
    const first = texts.length;
    for (const part of index.parts) texts.push(part);
    for (const v of index.views) {
      push(views, pk, day, v.mask, v.subject, v.body);
      viewTexts.push({ subject: texts.length, parts: v.parts.map((i) => first + i) });
      texts.push(v.subject);
    }
    facets[0].push(arrayLiteral(unique.map((t) => t.tag)));
    facets[1].push(`{${index.views.flatMap((v) => [day, v.mask]).join(',')}}`);
  });
  // A view whose words are all known here gets its whole vector (PgLexer.viewVectors); the others
  // are built by the server from their parts, each sent as a vector literal or as text to parse.
  const words = await lexer.words(client, texts);
  const built: Array<{ subject: Int32Array; parts: Int32Array[] } | null> = [];
  const partTexts: string[] = [];
  const partVectors: string[] = [];
  const numbers = new Map<number, number>(); // text index → its number among the parts sent, from 1
  for (const v of viewTexts) {
    const subject = words[v.subject];
    const parts = v.parts.map((i) => words[i] as Int32Array | null);
    if (subject && parts.every((p) => p !== null)) {
      built.push({ subject, parts: parts as Int32Array[] });
      (views[5] as string[]).push('');
      (views[6] as string[]).push('');
      continue;
    }
    built.push(null);
    const sent = v.parts.map((i) => {
      let number = numbers.get(i);
      if (number === undefined) {
        const ids = words[i];
        partTexts.push(ids ? '' : indexText(texts[i] as string));
        partVectors.push(ids ? lexer.literal(ids) : '');
        number = partTexts.length;
        numbers.set(i, number);
      }
      return number;
    });
    (views[5] as string[]).push(indexText(texts[v.subject] as string));
    (views[6] as string[]).push(sent.join(','));
  }
  const counts: Array<ViewCounts | null> = [];
  const vectors = lexer.viewVectors(built, counts);
  const posted = counts.map((c, i): PostedView => ({ pk: (views[0] as number[])[i] as number, mask: (views[2] as number[])[i] as number, counts: c }));
  const long = longTexts([records, paragraphs[6] as string[], partTexts, partVectors, views[4] as string[]]);
  const [lRecords, lParagraphs, lParts, lVectors, lBodies] = long.columns as [LongText, LongText, LongText, LongText, LongText];
  const params = [
    pks.slice(0, writes.length),
    long.separator,
    ...cables,
    recordPks, ...lRecords,
    ...paragraphs.slice(0, 6), ...lParagraphs,
    ...tags,
    ...recipients,
    ...refs,
    ...lParts,
    ...lVectors,
    ...views.slice(0, 4), ...lBodies, ...views.slice(5),
    ...facets,
    vectors,
    counts.map((c) => (c ? c.length : -1)),
  ];
  return { params, posted };
}

function push(columns: unknown[][], ...values: unknown[]): void {
  for (let i = 0; i < values.length; i += 1) (columns[i] as unknown[]).push(values[i]);
}

type LongText = [text: string, count: number];

/**
 * Long text columns (records, paragraphs, view bodies), each sent as one text with every element
 * ended by a separator no element holds, and its element count. PostgreSQL reads a text[]
 * parameter a character at a time for quotes and escapes, and pg writes it escaping every
 * element: that was a tenth of the server's time and more of ours, where splitting is a search.
 */
function longTexts(columns: string[][]): { separator: string; columns: LongText[] } {
  let separator = '\u0001\u001f\u0001';
  while (columns.some((texts) => texts.some((t) => t.includes(separator)))) separator += '\u001f\u0001';
  return { separator, columns: columns.map((texts): LongText => [texts.length === 0 ? '' : `${texts.join(separator)}${separator}`, texts.length]) };
}
/** A text[] literal: every element quoted, so no value is read as NULL or as syntax. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}
