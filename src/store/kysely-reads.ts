// The cable store's small reads, written once in Kysely for every backend (SQLite and PostgreSQL
// share the tables these touch): a record by id, references both ways, paragraph marking counts.
import type { Kysely } from 'kysely';
import type { Cable } from '../cable/types.js';
import { normaliseCableId, type ParagraphMarkingCount, type ReferringCable, type ResolvedReference } from './cable-store.js';
import type { Database } from './sqlite/schema.js';

export async function getCableRecord(db: Kysely<Database>, id: string): Promise<Cable | null> {
  const row = await db
    .selectFrom('cables')
    .innerJoin('cable_records', 'cable_records.cable_pk', 'cables.pk')
    .select('cable_records.record')
    .where('cables.id', '=', normaliseCableId(id))
    .executeTakeFirst();
  return row ? (JSON.parse(row.record) as Cable) : null;
}

export async function referencesOf(db: Kysely<Database>, id: string): Promise<ResolvedReference[]> {
  const rows = await db
    .selectFrom('cables as c')
    .innerJoin('cable_references as r', 'r.cable_pk', 'c.pk')
    .leftJoin('cables as t', (join) => join.onRef('t.id', '=', 'r.ref_id').on('r.kind', '=', 'cable'))
    .select(['r.position', 'r.ref_id', 'r.kind', 'r.label'])
    .select(['t.id as t_id', 't.created', 't.origin', 't.classification', 't.subject'])
    .select(['t.subject_marking', 't.caveats', 't.declassify_on'])
    .where('c.id', '=', normaliseCableId(id))
    .orderBy('r.position')
    .execute();
  return rows.map((r) => ({
    position: r.position,
    id: r.ref_id,
    kind: r.kind as ResolvedReference['kind'],
    label: r.label,
    stored:
      r.t_id === null
        ? null
        : {
            id: r.t_id,
            created: r.created,
            origin: r.origin,
            classification: r.classification,
            subject: r.subject,
            subjectMarking: r.subject_marking,
            caveats: JSON.parse(r.caveats ?? '[]') as string[],
            declassifyOn: r.declassify_on,
          },
  }));
}

export async function referencedBy(db: Kysely<Database>, id: string): Promise<ReferringCable[]> {
  const target = normaliseCableId(id);
  const rows = await db
    .selectFrom('cable_references as r')
    .innerJoin('cables as c', 'c.pk', 'r.cable_pk')
    .select(['c.id', 'c.created', 'c.origin', 'c.classification', 'c.subject', 'r.label'])
    .select(['c.subject_marking', 'c.caveats', 'c.declassify_on'])
    .where('r.ref_id', '=', target)
    .where('r.kind', '=', 'cable')
    .where('c.id', '<>', target)
    // Undated cables first, as SQLite sorts NULL; PostgreSQL would put them last.
    .orderBy('c.created', (ob) => ob.asc().nullsFirst())
    .orderBy('c.id')
    .orderBy('r.position')
    .execute();
  // A cable that names the same id twice in its REF list is one referrer.
  const byId = new Map<string, ReferringCable>();
  for (const { subject_marking, caveats, declassify_on, ...row } of rows) {
    const markings = { subjectMarking: subject_marking, caveats: JSON.parse(caveats) as string[], declassifyOn: declassify_on };
    if (!byId.has(row.id)) byId.set(row.id, { ...row, ...markings });
  }
  return [...byId.values()];
}

export async function paragraphMarkings(db: Kysely<Database>): Promise<ParagraphMarkingCount[]> {
  const rows = await db
    .selectFrom('paragraphs as p')
    .innerJoin('cables as c', 'c.pk', 'p.cable_pk')
    .select(['c.classification', 'c.caveats', 'p.marking', 'c.declassify_on'])
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .groupBy(['c.classification', 'c.caveats', 'p.marking', 'c.declassify_on'])
    .execute();
  return rows.map((r) => ({
    classification: r.classification,
    caveats: JSON.parse(r.caveats) as string[],
    marking: r.marking,
    declassifyOn: r.declassify_on,
    count: Number(r.count),
  }));
}
