// Writes one cable into the PostgreSQL tables in one transaction: decides stored, unchanged or
// replaced by canonical id and sha256 (as sqlite/write-cable.ts does), removes every row of an old
// version, and inserts the new one with a single statement: the child rows go in as arrays
// (unnest), so a cable costs four round trips whatever its size instead of one per row. Each
// paragraph is parsed into a tsvector once; a view's vector joins those of its paragraphs (a cable
// has about two views, so parsing each view's text whole parsed most paragraphs twice).
import type pg from 'pg';
import { declassifyDay } from '../../access/reader-class.js';
import type { Cable } from '../../cable/types.js';
import { CABLE_COLUMNS, cableRow, paragraphLevel, parseHash, uniqueTags } from '../cable-rows.js';
import type { PutResult } from '../cable-store.js';
import { buildTextIndex } from '../text-views.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { indexText } from './pg-text.js';

const COLUMN_LIST = CABLE_COLUMNS.join(', ');
const VALUES = CABLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
const at = (n: number): string => `$${CABLE_COLUMNS.length + n}`;

const INSERT = `WITH gen AS (UPDATE store_generation SET n = n + 1 RETURNING n),
c AS (INSERT INTO cables (${COLUMN_LIST}) VALUES (${VALUES}) RETURNING pk),
rec AS (INSERT INTO cable_records (cable_pk, record) SELECT pk, ${at(1)} FROM c),
par AS (INSERT INTO paragraphs (cable_pk, position, n, marking, level, heading, text)
  SELECT c.pk, u.* FROM c, unnest(${at(2)}::int[], ${at(3)}::int[], ${at(4)}::text[], ${at(5)}::int[], ${at(6)}::text[], ${at(7)}::text[]) u),
tg AS (INSERT INTO tags (cable_pk, position, tag) SELECT c.pk, u.* FROM c, unnest(${at(8)}::int[], ${at(9)}::text[]) u),
rc AS (INSERT INTO recipients (cable_pk, list, position, route, name, precedence, mcn)
  SELECT c.pk, u.* FROM c, unnest(${at(10)}::text[], ${at(11)}::int[], ${at(12)}::text[], ${at(13)}::text[], ${at(14)}::text[], ${at(15)}::text[]) u),
rf AS (INSERT INTO cable_references (cable_pk, position, ref_id, kind, label)
  SELECT c.pk, u.* FROM c, unnest(${at(16)}::int[], ${at(17)}::text[], ${at(18)}::text[], ${at(19)}::text[]) u),
pt AS (SELECT u.i - 1 AS i, to_tsvector('${TEXT_CONFIG}', u.t) AS v FROM unnest(${at(27)}::text[]) WITH ORDINALITY AS u (t, i)),
tx AS (INSERT INTO cable_text (cable_pk, day, mask, subject, body)
  SELECT c.pk, u.day, u.mask, u.subject, u.body FROM c, unnest(${at(20)}::int[], ${at(21)}::int[], ${at(22)}::text[], ${at(23)}::text[])
    AS u (day, mask, subject, body)),
ts AS (INSERT INTO cable_search (cable_pk, day, mask, tsv)
  SELECT c.pk, u.day, u.mask,
    setweight(to_tsvector('${TEXT_CONFIG}', u.ns), 'A') || setweight(coalesce(
      (SELECT tsvector_agg(pt.v ORDER BY pt.i) FROM pt WHERE pt.i = ANY (string_to_array(u.parts, ',')::int[])), ''), 'B')
  FROM c, unnest(${at(20)}::int[], ${at(21)}::int[], ${at(24)}::text[], ${at(25)}::text[]) AS u (day, mask, ns, parts)),
f AS (INSERT INTO facet_rows (pk, created, origin, year, classification, tags, views, present, version)
  SELECT c.pk, $2, $4, $3, $8, ${at(9)}::text[], ${at(26)}::int[], true, gen.n FROM c, gen)
SELECT pk FROM c`;

interface Existing {
  pk: number;
  sha256: string;
  parse_sha256: string | null;
}

/** Stores one cable on a client already inside a transaction. */
export async function writeCable(client: pg.PoolClient, cable: Cable, id: string, now: string): Promise<PutResult> {
  const found = await client.query<Existing>('SELECT pk, sha256, parse_sha256 FROM cables WHERE id = $1 FOR UPDATE', [id]);
  const existing = found.rows[0];
  const parseSha = parseHash(cable, id);
  if (existing && existing.sha256 === cable.sha256 && existing.parse_sha256 === parseSha) return { id, status: 'unchanged' };
  if (existing) await removeCable(client, existing.pk);
  await client.query(INSERT, insertParams(cable, id, now, parseSha));
  return existing ? { id, status: 'replaced', previousSha: existing.sha256 } : { id, status: 'stored' };
}

/** Deletes a cable (its children cascade) and marks its facet row absent for readers' caches. */
async function removeCable(client: pg.PoolClient, pk: number): Promise<void> {
  await client.query(
    `WITH gen AS (UPDATE store_generation SET n = n + 1 RETURNING n)
     UPDATE facet_rows SET present = false, version = gen.n FROM gen WHERE pk = $1`,
    [pk],
  );
  await client.query('DELETE FROM cables WHERE pk = $1', [pk]);
}

function insertParams(cable: Cable, id: string, now: string, parseSha: string): unknown[] {
  const row: Record<string, unknown> = { ...cableRow(cable, id, now), parse_sha256: parseSha };
  const p = cable.paragraphs;
  const tags = uniqueTags(cable.tags);
  const recipients = (['to', 'info'] as const).flatMap((list) => cable[list].map((r, position) => ({ list, position, ...r })));
  const refs = cable.references;
  const day = declassifyDay(cable.declassifyOn);
  const { parts, views } = buildTextIndex(cable);
  return [
    ...CABLE_COLUMNS.map((c) => row[c]),
    JSON.stringify({ ...cable, id }),
    p.map((_, i) => i),
    p.map((x) => x.n),
    p.map((x) => x.marking),
    p.map((x) => paragraphLevel(cable, x)),
    p.map((x) => x.heading ?? null),
    p.map((x) => x.text),
    tags.map((t) => t.position),
    tags.map((t) => t.tag),
    recipients.map((r) => r.list),
    recipients.map((r) => r.position),
    recipients.map((r) => r.route),
    recipients.map((r) => r.name),
    recipients.map((r) => r.precedence),
    recipients.map((r) => r.mcn),
    refs.map((_, i) => i),
    refs.map((r) => r.id),
    refs.map((r) => r.kind),
    refs.map((r) => r.label),
    views.map(() => day),
    views.map((v) => v.mask),
    views.map((v) => v.subject),
    views.map((v) => v.body),
    views.map((v) => indexText(v.subject)),
    views.map((v) => v.parts.join(',')),
    views.flatMap((v) => [day, v.mask]),
    parts.map(indexText),
  ];
}
