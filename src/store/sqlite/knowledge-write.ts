// Writes one cable's knowledge inside the caller's transaction: its extracted statements are
// replaced, its entities resolved against entities other cables named (by distinctive name, or as
// a person split them), its events written, and its topics' cases given its events.
import type Sqlite from 'better-sqlite3';
import { combine, formatMarking, parseMarking } from '../../access/marking.js';
import type { DocEntity } from '../../entities/cable-knowledge.js';
import { caseKey } from '../../entities/keys.js';
import type { AnalysisInput } from '../../entities/knowledge-store.js';
import type { Prop, Schema } from '../../entities/types.js';
import { DemarcheError } from '../../errors.js';

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
  const nameMarking = new Map<string, { paragraph: number; marking: string }>();
  for (const e of k.entities) {
    // A mention that is only a title ("the Charge") names nobody: it makes no entity of its own.
    if (e.names.length === 0) continue;
    const key = resolveEntity(ctx, e);
    resolved.set(e.docKey, key);
    const id = ensureEntity(ctx, key, e.schema);
    writeEntity(ctx, id, e, input.candidates.get(e.docKey) ?? []);
    nameMarking.set(e.docKey, e.names.find((n) => n.text === e.display) ?? e.names[0]!);
  }
  for (const ev of k.events) {
    const id = ensureEntity(ctx, ev.key, 'Event');
    const at = ev.source;
    const put = (prop: Prop, value: string | null): void => {
      if (value !== null) add(ctx, id, prop, value, at.paragraph, at.marking);
    };
    put('kind', ev.kind);
    put('date', ev.date);
    put('precision', ev.precision);
    if (ev.approximate) put('approximate', 'true');
    put('summary', ev.summary);
    for (const a of ev.actors) put('actor', resolved.get(a) ?? null);
    for (const i of ev.items) put('item', resolved.get(i) ?? null);
    put('recipient', ev.recipient ? (resolved.get(ev.recipient) ?? null) : null);
  }
  for (const topic of input.topics) {
    const subject = resolved.get(topic);
    if (!subject) continue;
    const id = ensureEntity(ctx, caseKey(subject), 'Case');
    const named = nameMarking.get(topic)!;
    add(ctx, id, 'subject', subject, named.paragraph, named.marking);
    // A subject line that names the topic ("LIMMT INVESTIGATION") describes the case, at its own marking.
    const inSubject = k.entities.find((e) => e.docKey === topic)?.names.find((n) => n.paragraph === 0);
    if (inSubject && k.subject) add(ctx, id, 'summary', k.subject, 0, inSubject.marking);
    for (const ev of k.events) add(ctx, id, 'event', ev.key, ev.source.paragraph, ev.source.marking);
  }
  db.prepare(
    `INSERT INTO analysed (cable_pk, parse_sha256, version, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (cable_pk) DO UPDATE SET parse_sha256 = excluded.parse_sha256, version = excluded.version, at = excluded.at`,
  ).run(cable.pk, cable.parse_sha256, input.version, ctx.now);
  return ctx.written;
}

function writeEntity(ctx: Ctx, id: number, e: DocEntity, candidates: AnalysisInput['candidates'] extends Map<string, infer V> ? V : never): void {
  for (const n of e.names) add(ctx, id, 'name', n.text, n.paragraph, n.marking);
  for (const t of e.titles) add(ctx, id, 'title', t.text, t.paragraph, t.marking);
  if (e.country) add(ctx, id, 'country', e.country, e.names[0]!.paragraph, e.names[0]!.marking);
  for (const m of e.mentions) add(ctx, id, 'mention', JSON.stringify({ text: m.text, start: m.start, end: m.end }), m.paragraph, m.marking);
  // A suggestion is as secret as the name it was made from: where that name is written, or, when it
  // gathers words from several paragraphs (coreference), the highest of their markings.
  const written = e.names.filter((n) => n.text === e.display);
  const from = written.length > 0 ? leastRestricted(written) : mostRestricted(e.names);
  for (const c of candidates) add(ctx, id, 'sanctionsCandidate', JSON.stringify(c), from.paragraph, from.marking);
}

function leastRestricted(names: DocEntity['names']): { paragraph: number; marking: string } {
  const rank = (m: string): number => {
    const parsed = parseMarking(m);
    return ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'].indexOf(parsed.level) * 10 + parsed.caveats.length;
  };
  return names.reduce((a, b) => (rank(b.marking) < rank(a.marking) ? b : a));
}

function mostRestricted(names: DocEntity['names']): { paragraph: number; marking: string } {
  const marking = formatMarking(names.map((n) => parseMarking(n.marking)).reduce(combine));
  return { paragraph: names.find((n) => n.marking === marking)?.paragraph ?? names[0]!.paragraph, marking };
}

function add(ctx: Ctx, entityId: number, prop: Prop, value: string, paragraph: number, marking: string): void {
  ctx.insert.run(entityId, prop, value, ctx.cablePk, ctx.cableId, paragraph, marking, ctx.declassifyOn, ctx.now);
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
