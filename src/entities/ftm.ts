// FollowTheMoney JSON lines: export what one reader may see (entities, sanctions links, mentions,
// events, cases) as FtM entities that @opensanctions/followthemoney validates, and import such
// lines back as statements. demarche's own facts ride in FtM's `notes` as "demarche:" lines (the
// entity's key, schema and marking), so a round trip keeps keys and markings: each imported
// statement carries its entity's marking (the highest of what was exported: never lower).
import { Model, defaultModel } from '@opensanctions/followthemoney';
import type { Reader } from '../access/clearance.js';
import { formatMarking, parseMarking, type Marking } from '../access/marking.js';
import { caseKeys, caseView } from '../cases/case-view.js';
import { DemarcheError } from '../errors.js';
import { entityViews, type EntityView } from './entity-view.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { Schema, StatementInput } from './types.js';

export type FtmEntity = { id: string; schema: string; properties: Record<string, string[]> };

const model = new Model(defaultModel);

const FTM_SCHEMA: Record<Exclude<Schema, 'Event' | 'Case'>, string> = {
  Person: 'Person',
  Organization: 'Organization',
  Place: 'Address',
  Item: 'Asset',
  Resolution: 'Document',
  Regime: 'Organization',
};

const NAMED: Exclude<Schema, 'Event' | 'Case'>[] = ['Person', 'Organization', 'Place', 'Item', 'Resolution', 'Regime'];

/** Validates through the FtM model (unknown schema or property throws) and returns the plain JSON. */
export function validated(e: FtmEntity): FtmEntity {
  try {
    return model.getEntity(e).toJSON() as FtmEntity;
  } catch (err) {
    throw new DemarcheError('BAD_INPUT', `not a valid FollowTheMoney ${e.schema} entity (${e.id}): ${(err as Error).message}`);
  }
}

function notes(key: string, schema: Schema, marking: string, extra: string[] = []): string[] {
  return [`demarche:key=${key}`, `demarche:schema=${schema}`, `demarche:marking=${marking}`, ...extra];
}

export async function* exportFtm(store: KnowledgeStore, reader: Reader): AsyncGenerator<FtmEntity> {
  const keys = (await Promise.all(NAMED.map((s) => store.entitiesOfSchema(s)))).flat().map((e) => e.key);
  const views = await entityViews(store, reader, keys);
  const documents = new Set<string>();
  for (const view of views.values()) {
    yield validated(namedEntity(view));
    for (const link of view.sanctions) {
      yield validated({
        id: `sanction:${view.key}:${link.list}:${link.id}`,
        schema: 'Sanction',
        properties: { entity: [view.key], authority: [link.list], authorityId: [link.id], program: link.programs, status: [link.status], notes: [`demarche:marking=${view.marking}`] },
      });
    }
    for (const [i, m] of view.mentions.entries()) {
      documents.add(m.cable);
      yield validated({
        id: `mention:${view.key}:${i}`,
        schema: 'Mention',
        properties: { name: [m.text], document: [`cable:${m.cable}`], resolved: [view.key], detectedSchema: [FTM_SCHEMA[view.schema as keyof typeof FTM_SCHEMA]] },
      });
    }
  }
  for (const cable of documents) yield validated({ id: `cable:${cable}`, schema: 'Document', properties: { title: [cable] } });
  yield* exportCases(store, reader, views);
}

function namedEntity(view: EntityView): FtmEntity {
  const schema = FTM_SCHEMA[view.schema as keyof typeof FTM_SCHEMA];
  const properties: Record<string, string[]> = { name: view.names, notes: notes(view.key, view.schema, view.marking) };
  if (view.countries.length > 0) properties.country = view.countries.map((c) => c.toLowerCase());
  if (view.schema === 'Person' && view.titles.length > 0) properties.position = view.titles;
  if (view.schema === 'Place') properties.full = [view.name];
  if (view.schema === 'Regime') properties.keywords = ['regime'];
  return { id: view.key, schema, properties };
}

async function* exportCases(store: KnowledgeStore, reader: Reader, views: Map<string, EntityView>): AsyncGenerator<FtmEntity> {
  for (const key of await caseKeys(store)) {
    const c = await caseView(store, reader, key);
    if (!c) continue;
    for (const ev of c.events) {
      const involved = [...ev.actors, ...(ev.recipient ? [ev.recipient] : [])].map((a) => a.entity).filter((k) => views.has(k));
      yield validated({
        id: ev.key,
        schema: 'Event',
        properties: {
          name: [`${ev.kind}${ev.date ? ` ${ev.date}` : ''}`],
          ...(ev.date ? { date: [ev.date] } : {}),
          summary: [ev.summary],
          keywords: [ev.kind],
          involved,
          notes: notes(ev.key, 'Event', c.marking, ev.source.cable ? [`demarche:source=${ev.source.cable}:${ev.source.paragraph}`] : []),
        },
      });
    }
    yield validated({
      id: c.id,
      schema: 'Project',
      properties: {
        name: [c.title],
        status: [c.status],
        notes: notes(c.id, 'Case', c.marking, [...c.subjects.map((s) => `demarche:subject=${s.entity}`), ...c.events.map((e) => `demarche:event=${e.key}`)]),
      },
    });
  }
}

export interface ImportReport {
  entities: number;
  statements: number;
}

/**
 * Reads FtM JSON lines into statements (origin "imported"). Lines without a demarche marking (data
 * from elsewhere, e.g. OpenSanctions) take `defaultMarking`. A malformed line is an error naming it.
 */
export function importFtm(lines: Iterable<string>, author: string, defaultMarking: Marking): { statements: StatementInput[]; report: ImportReport } {
  const statements: StatementInput[] = [];
  let entities = 0;
  let n = 0;
  for (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let raw: FtmEntity;
    try {
      raw = JSON.parse(line) as FtmEntity;
    } catch (e) {
      throw new DemarcheError('BAD_INPUT', `line ${n}: not JSON (${(e as Error).message})`);
    }
    if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string' || typeof raw.schema !== 'string') {
      throw new DemarcheError('BAD_INPUT', `line ${n}: an FtM entity needs an "id" and a "schema"`);
    }
    const e = validated({ ...raw, properties: raw.properties ?? {} });
    const made = toStatements(e, author, defaultMarking);
    if (made.length > 0) entities++;
    statements.push(...made);
  }
  return { statements, report: { entities, statements: statements.length } };
}

function toStatements(e: FtmEntity, author: string, defaultMarking: Marking): StatementInput[] {
  const meta = new Map<string, string[]>();
  for (const note of e.properties.notes ?? []) {
    const m = /^demarche:(\w+)=(.*)$/.exec(note);
    if (m) meta.set(m[1]!, [...(meta.get(m[1]!) ?? []), m[2]!]);
  }
  const marking = formatMarking(meta.has('marking') ? parseMarking(meta.get('marking')![0]!) : defaultMarking);
  const schema = (meta.get('schema')?.[0] ?? ourSchema(e)) as Schema | null;
  if (!schema) return [];
  const key = meta.get('key')?.[0] ?? e.id;
  const make = (prop: StatementInput['prop'], value: string, on = key, sch: Schema = schema): StatementInput => ({
    entity: on, schema: sch, prop, value, cable: null, paragraph: null, marking, declassifyOn: null, origin: 'imported', author,
  });
  const p = (name: string): string[] => e.properties[name] ?? [];
  if (schema === 'Event') {
    return [
      ...p('keywords').slice(0, 1).map((k) => make('kind', k)),
      ...p('date').map((d) => make('date', d)),
      ...p('date').map((d) => make('precision', d.length === 10 ? 'day' : d.length === 7 ? 'month' : 'year')),
      ...p('summary').map((s) => make('summary', s)),
      ...p('involved').map((a) => make('actor', a)),
    ];
  }
  if (schema === 'Case') {
    return [
      ...p('name').map((t) => make('name', t)),
      ...p('status').map((s) => make('status', s)),
      ...(meta.get('subject') ?? []).map((s) => make('subject', s)),
      ...(meta.get('event') ?? []).map((ev) => make('event', ev)),
    ];
  }
  if (e.schema === 'Sanction') return sanctionStatements(e, make);
  return [...p('name').map((v) => make('name', v)), ...p('position').map((v) => make('title', v)), ...p('country').map((v) => make('country', v.toUpperCase()))];
}

function sanctionStatements(e: FtmEntity, make: (prop: StatementInput['prop'], value: string, on?: string, sch?: Schema) => StatementInput): StatementInput[] {
  const entity = e.properties.entity?.[0];
  const list = e.properties.authority?.[0];
  const id = e.properties.authorityId?.[0];
  const status = e.properties.status?.[0];
  if (!entity || !list || !id) return [];
  if (status === 'confirmed' || status === 'rejected') {
    return [make('sanctionsDecision', JSON.stringify({ list, id, status }), entity, 'Organization')];
  }
  const candidate = { list, id, name: id, matchedName: id, score: 0, match: true, programs: e.properties.program ?? [] };
  return [make('sanctionsCandidate', JSON.stringify(candidate), entity, 'Organization')];
}

/** FtM entities from elsewhere: the nearest of our schemata (null for those we do not keep). */
function ourSchema(e: FtmEntity): Schema | null {
  switch (e.schema) {
    case 'Person':
      return 'Person';
    case 'Organization':
    case 'Company':
    case 'LegalEntity':
    case 'PublicBody':
      return 'Organization';
    case 'Address':
      return 'Place';
    case 'Event':
      return 'Event';
    case 'Project':
      return 'Case';
    case 'Sanction':
      return 'Organization';
    default:
      return null;
  }
}
