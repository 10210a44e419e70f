// FollowTheMoney JSON lines: export what one reader may see (entities, sanctions links, mentions,
// events, cases) as FtM entities that @opensanctions/followthemoney validates, and import such
// lines back as statements. demarche's own facts ride in FtM's `notes` as "demarche:" lines (the
// entity's key, schema and marking), so a round trip keeps keys and markings: each imported
// statement carries its entity's marking (the highest of what was exported: never lower).
import { Model, defaultModel } from '@opensanctions/followthemoney';
import type { Reader } from '../access/clearance.js';
import { formatMarking, parseMarking, type Marking } from '../access/marking.js';
import { levelRank } from '../cable/markings.js';
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
        // Sanction has no notes: the marking, the matcher's score and the listed name ride in its description.
        properties: {
          entity: [view.key],
          authority: [link.list],
          authorityId: [link.id],
          program: link.programs,
          status: [link.status],
          description: [
            `demarche:marking=${view.marking}`,
            `demarche:entitySchema=${view.schema}`,
            `demarche:listedName=${link.name}`,
            ...(link.score === null ? [] : [`demarche:score=${link.score}`]),
          ],
        },
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
      const seen = (refs: Array<{ entity: string }>) => refs.map((a) => a.entity).filter((k) => views.has(k));
      const recipients = seen(ev.recipient ? [ev.recipient] : []);
      const involved = [...seen(ev.actors), ...recipients];
      yield validated({
        id: ev.key,
        schema: 'Event',
        properties: {
          name: [`${ev.kind}${ev.date ? ` ${ev.date}` : ''}`],
          ...(ev.date ? { date: [ev.date] } : {}),
          summary: [ev.summary],
          keywords: [ev.kind],
          involved,
          notes: notes(ev.key, 'Event', ev.marking, [
            ...(ev.source.cable ? [`demarche:source=${ev.source.cable}:${ev.source.paragraph}`] : []),
            ...recipients.map((k) => `demarche:recipient=${k}`),
            ...seen(ev.items).map((k) => `demarche:item=${k}`),
          ]),
        },
      });
    }
    yield validated({
      id: c.id,
      schema: 'Project',
      properties: {
        name: [c.title],
        status: [c.status],
        notes: notes(c.id, 'Case', c.recordMarking, [...c.subjects.map((s) => `demarche:subject=${s.entity}`), ...c.events.map((e) => `demarche:event=${e.key}`)]),
      },
    });
  }
}

export interface ImportReport {
  entities: number;
  statements: number;
  /** Statements left out because the store already holds the same fact at the same or a lower marking. */
  alreadyKnown?: number;
}

/**
 * The statements the store does not hold yet: a fact (entity, property, value) at a marking, or at a
 * lower one, is known whatever its origin, so importing an export into its own store, or one file
 * twice, adds nothing.
 */
export async function newStatements(store: KnowledgeStore, statements: readonly StatementInput[]): Promise<StatementInput[]> {
  const fact = (s: Pick<StatementInput, 'entity' | 'prop' | 'value'>) => JSON.stringify([s.entity, s.prop, factValue(s)]);
  // Each fact with the markings the store holds it at.
  const known = new Map<string, Marking[]>();
  const hold = (s: Pick<StatementInput, 'entity' | 'prop' | 'value' | 'marking'>) => {
    const f = fact(s);
    known.set(f, [...(known.get(f) ?? []), parseMarking(s.marking)]);
  };
  for (const s of await store.statementsOf([...new Set(statements.map((s) => s.entity))])) hold(s);
  const out: StatementInput[] = [];
  for (const s of statements) {
    // A fact held at the same marking or a lower one is known to every reader of this one: an
    // entity's name seen in an (S) and a (U) paragraph is exported at the entity's marking, (S).
    const m = parseMarking(s.marking);
    if ((known.get(fact(s)) ?? []).some((h) => levelRank(h.level) <= levelRank(m.level) && h.caveats.every((c) => m.caveats.includes(c)))) continue;
    hold(s);
    out.push(s);
  }
  return out;
}

/** A sanctions link is the same fact whatever score or alias came with it: its list, id and decision. */
function factValue(s: Pick<StatementInput, 'prop' | 'value'>): string {
  if (s.prop !== 'sanctionsCandidate' && s.prop !== 'sanctionsDecision') return s.value;
  const v = JSON.parse(s.value) as { list: string; id: string; status?: string };
  return [v.list, v.id, v.status ?? ''].join('\u0000');
}

/**
 * Reads FtM JSON lines into statements (origin "imported"). Lines without a demarche marking (data
 * from elsewhere, e.g. OpenSanctions) take `defaultMarking`. A malformed line is an error naming it.
 */
export function importFtm(lines: Iterable<string>, author: string, defaultMarking: Marking): { statements: StatementInput[]; report: ImportReport } {
  const statements: StatementInput[] = [];
  // A case's link to an event carries the event's marking (events are written before their cases).
  const eventMarking = new Map<string, string>();
  let entities = 0;
  let n = 0;
  for (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let raw: FtmEntity;
    try {
      raw = JSON.parse(line) as FtmEntity;
    } catch (e) {
      throw new DemarcheError('BAD_INPUT', `line ${n}: not JSON (${(e as Error).message})`, { details: { line: n } });
    }
    if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string' || typeof raw.schema !== 'string') {
      throw new DemarcheError('BAD_INPUT', `line ${n}: an FtM entity needs an "id" and a "schema"`, { details: { line: n } });
    }
    let made: StatementInput[];
    try {
      made = toStatements(validated({ ...raw, properties: raw.properties ?? {} }), author, defaultMarking, eventMarking);
    } catch (e) {
      // A schema or a marking the entity gets wrong: say on which line, as for the JSON itself.
      if (e instanceof DemarcheError) throw new DemarcheError(e.code, `line ${n}: ${e.message}`, { cause: e, details: { ...e.details, line: n } });
      throw e;
    }
    if (made.length > 0) entities++;
    statements.push(...made);
  }
  return { statements, report: { entities, statements: statements.length } };
}

function toStatements(e: FtmEntity, author: string, defaultMarking: Marking, eventMarking: Map<string, string>): StatementInput[] {
  const meta = new Map<string, string[]>();
  for (const note of [...(e.properties.notes ?? []), ...(e.properties.description ?? [])]) {
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
    eventMarking.set(key, marking);
    return [
      ...p('keywords').slice(0, 1).map((k) => make('kind', k)),
      ...p('date').map((d) => make('date', d)),
      ...p('date').map((d) => make('precision', d.length === 10 ? 'day' : d.length === 7 ? 'month' : 'year')),
      ...p('summary').map((s) => make('summary', s)),
      ...p('involved').filter((a) => !meta.get('recipient')?.includes(a)).map((a) => make('actor', a)),
      ...(meta.get('recipient') ?? []).slice(0, 1).map((a) => make('recipient', a)),
      ...(meta.get('item') ?? []).map((a) => make('item', a)),
    ];
  }
  if (schema === 'Case') {
    return [
      ...p('name').map((t) => make('name', t)),
      ...p('status').map((s) => make('status', s)),
      ...(meta.get('subject') ?? []).map((s) => make('subject', s)),
      ...(meta.get('event') ?? []).map((ev) => ({ ...make('event', ev), marking: eventMarking.get(ev) ?? marking })),
    ];
  }
  if (e.schema === 'Sanction') return sanctionStatements(e, meta, make);
  return [...p('name').map((v) => make('name', v)), ...p('position').map((v) => make('title', v)), ...p('country').map((v) => make('country', v.toUpperCase()))];
}

function sanctionStatements(
  e: FtmEntity,
  meta: Map<string, string[]>,
  make: (prop: StatementInput['prop'], value: string, on?: string, sch?: Schema) => StatementInput,
): StatementInput[] {
  const entity = e.properties.entity?.[0];
  const list = e.properties.authority?.[0];
  const id = e.properties.authorityId?.[0];
  const status = e.properties.status?.[0];
  if (!entity || !list || !id) return [];
  const schema: Schema = meta.get('entitySchema')?.[0] === 'Person' ? 'Person' : 'Organization';
  const name = meta.get('listedName')?.[0] ?? id;
  if (status === 'confirmed' || status === 'rejected') {
    return [make('sanctionsDecision', JSON.stringify({ list, id, status }), entity, schema)];
  }
  const score = Number(meta.get('score')?.[0] ?? 0);
  const candidate = { list, id, name, matchedName: name, score: Number.isFinite(score) ? score : 0, match: true, programs: e.properties.program ?? [] };
  return [make('sanctionsCandidate', JSON.stringify(candidate), entity, schema)];
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
