// Writes one cable into the SQLite tables inside the caller's transaction: decides stored,
// unchanged or replaced by canonical id and sha256, and replaces every row of an old version.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Cable } from '../../cable/types.js';
import type { PutResult } from '../cable-store.js';
import { classificationLevelName, levelOfClassification, levelOfPortionMark, MAX_LEVEL } from '../marking-level.js';
import { buildTextViews } from '../text-views.js';
import type { CablesTable, Database } from './schema.js';
import { textRowid, textRowidRange } from './text-rowid.js';

/** Rows per multi-row INSERT: far below SQLite's bound-parameter limit whatever the column count. */
const CHUNK = 200;

export async function writeCable(trx: Kysely<Database>, cable: Cable, id: string, now: string): Promise<PutResult> {
  const existing = await trx
    .selectFrom('cables')
    .select(['pk', 'sha256'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (existing && existing.sha256 === cable.sha256) return { id, status: 'unchanged' };
  if (existing) await deleteCableRows(trx, existing.pk);
  const { pk } = await trx
    .insertInto('cables')
    .values(cableRow(cable, id, now))
    .returning('pk')
    .executeTakeFirstOrThrow();
  await trx.insertInto('cable_records').values({ cable_pk: pk, record: JSON.stringify({ ...cable, id }) }).execute();
  await insertChildren(trx, pk, cable);
  await insertText(trx, pk, cable);
  return existing ? { id, status: 'replaced', previousSha: existing.sha256 } : { id, status: 'stored' };
}

async function deleteCableRows(trx: Kysely<Database>, pk: number): Promise<void> {
  const [first, last] = textRowidRange(pk);
  // The FTS table has no foreign key: its rows go by rowid range; the others cascade from cables.
  await sql`DELETE FROM cable_text WHERE rowid BETWEEN ${first} AND ${last}`.execute(trx);
  await trx.deleteFrom('cables').where('pk', '=', pk).execute();
}

function cableRow(c: Cable, id: string, now: string): Insertable<CablesTable> {
  return {
    id,
    created: c.created,
    year: c.created && /^\d{4}/.test(c.created) ? Number(c.created.slice(0, 4)) : null,
    origin: c.origin,
    station: c.station,
    from_name: c.from,
    precedence: c.precedence,
    classification: c.classification,
    class_level: classificationLevelName(c.classification),
    banner: c.banner,
    caveats: JSON.stringify(c.caveats ?? []),
    subject: c.subject,
    subject_marking: c.subjectMarking,
    classified_by: c.classifiedBy,
    reasons: JSON.stringify(c.reasons ?? []),
    executive_order: c.executiveOrder,
    declassify_on: c.declassifyOn,
    declassify_instruction: c.declassifyInstruction,
    serial: c.serial,
    summary: c.summary,
    signer: c.signer,
    source: c.source,
    sha256: c.sha256,
    warnings: JSON.stringify(c.warnings ?? []),
    warning_count: c.warnings?.length ?? 0,
    ingested_at: now,
  };
}

async function insertChildren(trx: Kysely<Database>, pk: number, c: Cable): Promise<void> {
  const cableLevel = levelOfClassification(c.classification) ?? MAX_LEVEL;
  const paragraphs = c.paragraphs.map((p, position) => ({
    cable_pk: pk,
    position,
    n: p.n,
    marking: p.marking,
    level: levelOfPortionMark(p.marking) ?? cableLevel,
    heading: p.heading ?? null,
    text: p.text,
  }));
  await insertChunked(paragraphs, (rows) => trx.insertInto('paragraphs').values(rows).execute());
  await insertChunked(tagRows(pk, c.tags), (rows) => trx.insertInto('tags').values(rows).execute());
  const recipients = [
    ...c.to.map((r, position) => ({ cable_pk: pk, list: 'to' as const, position, ...recipient(r) })),
    ...c.info.map((r, position) => ({ cable_pk: pk, list: 'info' as const, position, ...recipient(r) })),
  ];
  await insertChunked(recipients, (rows) => trx.insertInto('recipients').values(rows).execute());
  const refs = c.references.map((r, position) => ({
    cable_pk: pk,
    position,
    ref_id: r.id,
    kind: r.kind,
    label: r.label,
  }));
  await insertChunked(refs, (rows) => trx.insertInto('cable_references').values(rows).execute());
}

/** Tags upper-cased for filtering, each once (a cable can repeat a tag), at its first position. */
function tagRows(pk: number, tags: string[]): Array<{ cable_pk: number; position: number; tag: string }> {
  const seen = new Set<string>();
  const rows = [];
  for (const [position, raw] of tags.entries()) {
    const tag = raw.trim().toUpperCase();
    if (tag.length === 0 || seen.has(tag)) continue;
    seen.add(tag);
    rows.push({ cable_pk: pk, position, tag });
  }
  return rows;
}

function recipient(r: Cable['to'][number]) {
  return { route: r.route, name: r.name, precedence: r.precedence, mcn: r.mcn };
}

async function insertText(trx: Kysely<Database>, pk: number, cable: Cable): Promise<void> {
  for (const view of buildTextViews(cable)) {
    const rowid = textRowid(pk, view.level, view.nextLevel);
    await sql`INSERT INTO cable_text (rowid, subject, body) VALUES (${rowid}, ${view.subject}, ${view.body})`.execute(trx);
  }
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}
