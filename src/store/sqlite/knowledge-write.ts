// Writes one cable's knowledge inside the caller's transaction (what is written is decided in
// knowledge-plan.ts, shared with PostgreSQL): its extracted statements are replaced, its entities resolved against entities other cables named (by distinctive name, or as
// a person split them), its events written, and its topics' cases given its events.
import type Sqlite from 'better-sqlite3';
import type { DocEntity } from '../../entities/cable-knowledge.js';
import { caseKey } from '../../entities/keys.js';
import type { AnalysisInput } from '../../entities/knowledge-store.js';
import type { Schema } from '../../entities/types.js';
import { DemarcheError } from '../../errors.js';
import { entityStatements, eventStatements, namesSomeone, type PlannedStatement, topicStatements } from '../knowledge-plan.js';

interface Ctx {
  db: Sqlite.Database;
  cablePk: number;
  cableId: string;
  declassifyOn: string | null;
  now: string;
  written: number;
  insert: Sqlite.Statement;
}

export function writeCableKnowledge(db: Sqlite.Database, input: AnalysisInput): number {
  const k = input.knowledge;
  const cable = db.prepare('SELECT pk, parse_sha256 FROM cables WHERE id = ?').get(k.cableId) as
    | { pk: number; parse_sha256: string | null }
    | undefined;
  if (!cable) throw new DemarcheError('NOT_FOUND', `cannot analyse ${k.cableId}: it is not in the archive`);
  db.prepare("DELETE FROM statements WHERE cable_pk = ? AND origin = 'extracted'").run(cable.pk);
  const ctx: Ctx = {
    db,
    cablePk: cable.pk,
    cableId: k.cableId,
    declassifyOn: k.declassifyOn,
    now: new Date().toISOString(),
    written: 0,
    insert: db.prepare(
      `INSERT INTO statements (entity_id, prop, value, cable_pk, cable_id, paragraph, marking, declassify_on, origin, author, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'extracted', NULL, ?)`,
    ),
  };
  const resolved = new Map<string, string>();
  for (const e of k.entities) {
    if (!namesSomeone(e)) continue;
    const key = resolveEntity(ctx, e);
    resolved.set(e.docKey, key);
    const id = ensureEntity(ctx, key, e.schema);
    for (const st of entityStatements(e, input.candidates.get(e.docKey) ?? [])) add(ctx, id, st);
  }
  for (const ev of k.events) {
    const id = ensureEntity(ctx, ev.key, 'Event');
    for (const st of eventStatements(ev, resolved)) add(ctx, id, st);
  }
  for (const topic of input.topics) {
    const subject = resolved.get(topic);
    if (!subject) continue;
    const id = ensureEntity(ctx, caseKey(subject), 'Case');
    for (const st of topicStatements(k, topic, subject)) add(ctx, id, st);
  }
  db.prepare(
    `INSERT INTO analysed (cable_pk, parse_sha256, version, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (cable_pk) DO UPDATE SET parse_sha256 = excluded.parse_sha256, version = excluded.version, at = excluded.at`,
  ).run(cable.pk, cable.parse_sha256, input.version, ctx.now);
  return ctx.written;
}

function add(ctx: Ctx, entityId: number, s: PlannedStatement): void {
  ctx.insert.run(entityId, s.prop, s.value, ctx.cablePk, ctx.cableId, s.paragraph, s.marking, ctx.declassifyOn, ctx.now);
  ctx.written++;
}

function ensureEntity(ctx: Ctx, key: string, schema: Schema): number {
  ctx.db.prepare('INSERT INTO entities (key, schema, created_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING').run(key, schema, ctx.now);
  return (ctx.db.prepare('SELECT id FROM entities WHERE key = ?').get(key) as { id: number }).id;
}

/** The key of the entity a cable's entity joins: one other cables named, else a new one. */
function resolveEntity(ctx: Ctx, e: DocEntity): string {
  let key = e.newKey;
  if (e.lookupKeys.length > 0) {
    const found = ctx.db
      .prepare(
        `SELECT e.key, count(*) AS n FROM entity_keys k JOIN entities e ON e.id = k.entity_id
         WHERE k.key IN (SELECT value FROM json_each(?)) AND e.schema = ? GROUP BY e.id ORDER BY n DESC, e.id LIMIT 1`,
      )
      .get(JSON.stringify(e.lookupKeys), e.schema) as { key: string } | undefined;
    if (found) key = found.key;
  }
  key = splitTarget(ctx, key) ?? key;
  const id = ensureEntity(ctx, key, e.schema);
  const index = ctx.db.prepare('INSERT INTO entity_keys (key, entity_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  for (const k of e.lookupKeys) index.run(k, id);
  return key;
}

/** A person split this cable's mentions off the entity: they go to the entity split off. */
function splitTarget(ctx: Ctx, key: string): string | null {
  const rows = ctx.db
    .prepare("SELECT s.value FROM statements s JOIN entities e ON e.id = s.entity_id WHERE e.key = ? AND s.prop = 'splitOff'")
    .all(key) as Array<{ value: string }>;
  for (const r of rows) {
    const rule = JSON.parse(r.value) as { cable: string; into: string };
    if (rule.cable === ctx.cableId) return rule.into;
  }
  return null;
}
