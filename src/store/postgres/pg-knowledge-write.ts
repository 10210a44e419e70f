// Writes one cable's knowledge on PostgreSQL inside the caller's transaction, statement for statement
// as sqlite/knowledge-write.ts does on SQLite (both write what knowledge-plan.ts decides; a test
// compares the two on one analysis): extracted statements replaced, entities resolved against those other cables named,
// events written, topics' cases given the cable's events. Statements are gathered and inserted in
// one statement at the end, in the order SQLite inserts them one by one, so ids follow the same order.
import type pg from 'pg';
import type { DocEntity } from '../../entities/cable-knowledge.js';
import { caseKey } from '../../entities/keys.js';
import type { AnalysisInput } from '../../entities/knowledge-store.js';
import type { Schema } from '../../entities/types.js';
import { DemarcheError } from '../../errors.js';
import { entityStatements, eventStatements, namesSomeone, type PlannedStatement, topicStatements } from '../knowledge-plan.js';

interface Ctx {
  client: pg.PoolClient;
  cableId: string;
  rows: { entity: number[]; prop: string[]; value: string[]; paragraph: number[]; marking: string[] };
}

export async function writeCableKnowledgePg(client: pg.PoolClient, input: AnalysisInput): Promise<number> {
  const k = input.knowledge;
  const found = await client.query<{ pk: number; parse_sha256: string | null }>('SELECT pk, parse_sha256 FROM cables WHERE id = $1 FOR SHARE', [k.cableId]);
  const cable = found.rows[0];
  if (!cable) throw new DemarcheError('NOT_FOUND', `cannot analyse ${k.cableId}: it is not in the archive`);
  await client.query("DELETE FROM statements WHERE cable_pk = $1 AND origin = 'extracted'", [cable.pk]);
  const ctx: Ctx = { client, cableId: k.cableId, rows: { entity: [], prop: [], value: [], paragraph: [], marking: [] } };
  const resolved = new Map<string, string>();
  for (const e of k.entities) {
    if (!namesSomeone(e)) continue;
    const key = await resolveEntity(ctx, e);
    resolved.set(e.docKey, key);
    const id = await ensureEntity(client, key, e.schema);
    for (const st of entityStatements(e, input.candidates.get(e.docKey) ?? [])) add(ctx, id, st);
  }
  for (const ev of k.events) {
    const id = await ensureEntity(client, ev.key, 'Event');
    for (const st of eventStatements(ev, resolved)) add(ctx, id, st);
  }
  for (const topic of input.topics) {
    const subject = resolved.get(topic);
    if (!subject) continue;
    const id = await ensureEntity(client, caseKey(subject), 'Case');
    for (const st of topicStatements(k, topic, subject)) add(ctx, id, st);
  }
  const now = new Date().toISOString();
  const r = ctx.rows;
  await client.query(
    `INSERT INTO statements (entity_id, prop, value, cable_pk, cable_id, paragraph, marking, declassify_on, origin, author, created_at)
     SELECT u.entity, u.prop, u.value, $6, $7, u.paragraph, u.marking, $8, 'extracted', NULL, $9
     FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS u (entity, prop, value, paragraph, marking, i)
     ORDER BY u.i`,
    [r.entity, r.prop, r.value, r.paragraph, r.marking, cable.pk, k.cableId, k.declassifyOn, now],
  );
  await client.query(
    `INSERT INTO analysed (cable_pk, parse_sha256, version, at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (cable_pk) DO UPDATE SET parse_sha256 = excluded.parse_sha256, version = excluded.version, at = excluded.at`,
    [cable.pk, cable.parse_sha256, input.version, now],
  );
  return r.entity.length;
}

function add(ctx: Ctx, entityId: number, s: PlannedStatement): void {
  const r = ctx.rows;
  r.entity.push(entityId);
  r.prop.push(s.prop);
  r.value.push(s.value);
  r.paragraph.push(s.paragraph);
  r.marking.push(s.marking);
}

/** The entity's id, created when missing; one round trip either way. */
export async function ensureEntity(client: pg.PoolClient, key: string, schema: Schema): Promise<number> {
  const rows = await client.query<{ id: number }>(
    `WITH i AS (INSERT INTO entities (key, schema, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING id)
     SELECT id FROM i UNION ALL SELECT id FROM entities WHERE key = $1 LIMIT 1`,
    [key, schema, new Date().toISOString()],
  );
  return rows.rows[0]!.id;
}

/** The key of the entity a cable's entity joins: one other cables named, else a new one. */
async function resolveEntity(ctx: Ctx, e: DocEntity): Promise<string> {
  let key = e.newKey;
  if (e.lookupKeys.length > 0) {
    const found = await ctx.client.query<{ key: string }>(
      `SELECT e.key FROM entity_keys k JOIN entities e ON e.id = k.entity_id
       WHERE k.key = ANY($1::text[]) AND e.schema = $2 GROUP BY e.id, e.key ORDER BY count(*) DESC, e.id LIMIT 1`,
      [e.lookupKeys, e.schema],
    );
    if (found.rows[0]) key = found.rows[0].key;
  }
  key = (await splitTarget(ctx, key)) ?? key;
  const id = await ensureEntity(ctx.client, key, e.schema);
  await ctx.client.query(
    'INSERT INTO entity_keys (key, entity_id) SELECT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT (key) DO NOTHING',
    [e.lookupKeys, id],
  );
  return key;
}

/** A person split this cable's mentions off the entity: they go to the entity split off. */
async function splitTarget(ctx: Ctx, key: string): Promise<string | null> {
  const rows = await ctx.client.query<{ value: string }>(
    "SELECT s.value FROM statements s JOIN entities e ON e.id = s.entity_id WHERE e.key = $1 AND s.prop = 'splitOff' ORDER BY s.id",
    [key],
  );
  for (const r of rows.rows) {
    const rule = JSON.parse(r.value) as { cable: string; into: string };
    if (rule.cable === ctx.cableId) return rule.into;
  }
  return null;
}
