// An entity's neighbours as one reader sees them: the entities that take part in the same events
// (actor, item, recipient) or the same cases (subjects, and the parties to the case's events). Every
// node and every edge is built from statements the reader may see: a link through a SECRET event
// does not exist for a CONFIDENTIAL reader, nor does a neighbour known only from SECRET paragraphs.
import type { Reader } from '../access/clearance.js';
import { combine, formatMarking, parseMarking } from '../access/marking.js';
import { DemarcheError } from '../errors.js';
import { buildView, canonicalKey, entityView } from './entity-view.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { Schema, Statement } from './types.js';
import { byEntity, highestMarking, valuesOf, visibleTo } from './visible.js';

export interface GraphNode {
  key: string;
  schema: Schema;
  name: string;
  /** Sanctions links not rejected (suggested or confirmed). */
  sanctions: number;
  centre: boolean;
}

export interface GraphLink {
  kind: 'event' | 'case';
  key: string;
  label: string;
  date: string | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  via: GraphLink[];
}

export interface EntityGraph {
  centre: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Neighbours left out past the limit (the least connected go first). */
  omitted: number;
  /** The highest marking among the statements the graph was built from. */
  marking: string;
}

const ROLES = ['actor', 'item', 'recipient'] as const;

export async function entityGraph(store: KnowledgeStore, reader: Reader, key: string, limit = 40): Promise<EntityGraph> {
  const centre = await entityView(store, reader, key);
  if (!centre) throw new DemarcheError('NOT_FOUND', `no entity ${key}: \`demarche entity list\` or \`demarche entity show NAME\` finds keys`);
  const own = new Set([centre.key, ...centre.merged]);
  const used: Statement[] = [];
  const see = (st: Statement[]) => {
    const v = visibleTo(reader, st);
    used.push(...v);
    return v;
  };
  const roles = see((await Promise.all(ROLES.map((r) => store.statementsWithValue(r, [...own])))).flat());
  const events = new Set(roles.map((s) => s.entity));
  const subjectOf = see(await store.statementsWithValue('subject', [...own]));
  const caseOfEvent = see(await store.statementsWithValue('event', [...events]));
  const cases = new Set([...subjectOf, ...caseOfEvent].map((s) => s.entity));
  const caseStatements = byEntity(see(await store.statementsOf([...cases])));
  const caseEvents = new Set([...caseStatements.values()].flatMap((st) => valuesOf(st, 'event')));
  const eventStatements = byEntity(see(await store.statementsOf([...new Set([...events, ...caseEvents])])));
  const edges = new Map<string, GraphEdge>();
  const link = (other: string, via: GraphLink) => {
    if (own.has(other)) return;
    const edge = edges.get(other) ?? { source: centre.key, target: other, weight: 0, via: [] };
    if (edge.via.some((v) => v.key === via.key)) return;
    edge.via.push(via);
    edge.weight += 1;
    edges.set(other, edge);
  };
  for (const ev of events) {
    const st = eventStatements.get(ev) ?? [];
    for (const other of participants(st)) link(other, eventLink(ev, st));
  }
  for (const [c, st] of caseStatements) {
    const via: GraphLink = { kind: 'case', key: c, label: valuesOf(st, 'name').at(-1) ?? valuesOf(st, 'summary')[0] ?? c, date: null };
    for (const other of valuesOf(st, 'subject')) link(other, via);
    for (const ev of valuesOf(st, 'event')) for (const other of participants(eventStatements.get(ev) ?? [])) link(other, via);
  }
  return finish(store, reader, centre, edges, used, limit);
}

function participants(st: Statement[]): string[] {
  if (!st.some((s) => s.prop === 'kind')) return [];
  return [...new Set(st.filter((s) => (ROLES as readonly string[]).includes(s.prop)).map((s) => s.value))];
}

function eventLink(key: string, st: Statement[]): GraphLink {
  const one = (p: Statement['prop']) => st.find((s) => s.prop === p)?.value ?? null;
  const date = one('date');
  return { kind: 'event', key, label: `${one('kind') ?? 'event'}${date ? ` ${date}` : ''}: ${(one('summary') ?? '').slice(0, 120)}`, date };
}

/** Turns neighbour keys into visible nodes (merged ones folded into what they were merged into). */
async function finish(
  store: KnowledgeStore,
  reader: Reader,
  centre: NonNullable<Awaited<ReturnType<typeof entityView>>>,
  edges: Map<string, GraphEdge>,
  used: Statement[],
  limit: number,
): Promise<EntityGraph> {
  const statements = byEntity(visibleTo(reader, await store.statementsOf([...edges.keys()])));
  const nodes = new Map<string, GraphNode>();
  const merged = new Map<string, GraphEdge>();
  for (const edge of edges.values()) {
    const st = statements.get(edge.target) ?? [];
    const into = st.filter((s) => s.prop === 'mergedInto').at(-1)?.value;
    const key = into ? await canonicalKey(store, reader, into) : edge.target;
    const view = into ? null : buildView(edge.target, st);
    if (!into && !view) continue;
    if (key === centre.key) continue;
    if (view) nodes.set(key, nodeOf(view, false));
    used.push(...st);
    const prev = merged.get(key);
    merged.set(key, prev ? { ...prev, via: [...prev.via, ...edge.via], weight: prev.weight + edge.weight } : { ...edge, target: key });
  }
  // A neighbour reached only through a merge needs its own view; an invisible one is dropped.
  for (const key of merged.keys()) {
    if (nodes.has(key)) continue;
    const view = await entityView(store, reader, key);
    if (view) nodes.set(key, nodeOf(view, false));
    else merged.delete(key);
  }
  const ranked = [...merged.values()].sort((a, b) => b.weight - a.weight || a.target.localeCompare(b.target));
  const kept = ranked.slice(0, limit);
  return {
    centre: centre.key,
    nodes: [nodeOf(centre, true), ...kept.map((e) => nodes.get(e.target)!)],
    edges: kept,
    omitted: ranked.length - kept.length,
    marking: formatMarking(combine(parseMarking(highestMarking(used)), parseMarking(centre.marking))),
  };
}

function nodeOf(view: NonNullable<ReturnType<typeof buildView>>, centre: boolean): GraphNode {
  return { key: view.key, schema: view.schema, name: view.name, sanctions: view.sanctions.filter((s) => s.status !== 'rejected').length, centre };
}
