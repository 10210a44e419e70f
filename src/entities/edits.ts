// What analysts do to entities: confirm or reject a sanctions link, merge two entities, split one
// cable's mentions off an entity. Each is a statement a person makes, kept apart from machine
// suggestions; it carries the marking of the facts it rests on, so nobody learns through it what
// they could not read.
import { mayRead, type Reader } from '../access/clearance.js';
import { combine, formatMarking, parseMarking, type Marking } from '../access/marking.js';
import { DemarcheError } from '../errors.js';
import { canonicalKey } from './entity-view.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { SanctionsCandidate, SanctionsDecision, Statement, StatementInput } from './types.js';
import { visibleTo } from './visible.js';

export interface Actor {
  name: string;
  reader: Reader;
}

/** The entity's visible statements; NOT_FOUND (not "forbidden") when the reader cannot see it at all. */
export async function visibleEntity(store: KnowledgeStore, reader: Reader, key: string): Promise<{ key: string; statements: Statement[] }> {
  const target = await canonicalKey(store, reader, key);
  const statements = visibleTo(reader, await store.statementsOf([target]));
  if (!statements.some((s) => s.prop === 'name')) {
    throw new DemarcheError('NOT_FOUND', `no entity ${key}: \`demarche entity list\` or \`demarche entity show NAME\` finds keys`);
  }
  return { key: target, statements };
}

/** The least restricted marking under which the reader knows the entity by name. */
function nameMarking(statements: Statement[]): Marking {
  const names = statements.filter((s) => s.prop === 'name').map((s) => parseMarking(s.marking));
  return names.reduce((a, b) => (rank(b) < rank(a) ? b : a));
}

function rank(m: Marking): number {
  return ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'].indexOf(m.level) * 10 + m.caveats.length;
}

export async function decideLink(
  store: KnowledgeStore,
  actor: Actor,
  key: string,
  decision: SanctionsDecision,
): Promise<StatementInput> {
  const { key: target, statements } = await visibleEntity(store, actor.reader, key);
  const candidate = statements.find((s) => {
    if (s.prop !== 'sanctionsCandidate') return false;
    const c = JSON.parse(s.value) as SanctionsCandidate;
    return c.list === decision.list && c.id === decision.id;
  });
  // A decision is as secret as the suggestion it answers, or as the name when there was none.
  const marking = candidate ? parseMarking(candidate.marking) : nameMarking(statements);
  const name = candidate ? (JSON.parse(candidate.value) as SanctionsCandidate).name : undefined;
  const input = personStatement(actor, target, statements[0]!.schema, 'sanctionsDecision', JSON.stringify({ ...decision, ...(name ? { name } : {}) }), marking);
  await store.addStatements([input]);
  return input;
}

export async function mergeEntities(store: KnowledgeStore, actor: Actor, from: string, into: string): Promise<StatementInput> {
  const a = await visibleEntity(store, actor.reader, from);
  const b = await visibleEntity(store, actor.reader, into);
  if (a.key === b.key) throw new DemarcheError('BAD_INPUT', `${from} and ${into} are already the same entity`);
  if (a.statements[0]!.schema !== b.statements[0]!.schema) {
    throw new DemarcheError('BAD_INPUT', `cannot merge a ${a.statements[0]!.schema} into a ${b.statements[0]!.schema}`);
  }
  // Whoever sees the merge learns both names: it carries both markings.
  const marking = combine(nameMarking(a.statements), nameMarking(b.statements));
  const input = personStatement(actor, a.key, a.statements[0]!.schema, 'mergedInto', b.key, marking);
  await store.addStatements([input]);
  return input;
}

export async function splitEntity(store: KnowledgeStore, actor: Actor, key: string, cable: string): Promise<StatementInput> {
  const { key: target, statements } = await visibleEntity(store, actor.reader, key);
  const fromCable = statements.filter((s) => s.cable === cable && s.prop === 'name');
  if (fromCable.length === 0) throw new DemarcheError('BAD_INPUT', `${key} has no name from cable ${cable} that you may see: nothing to split off`);
  const into = `${target}@split-${cable.toLowerCase()}`;
  const marking = nameMarking(fromCable);
  const input = personStatement(actor, target, statements[0]!.schema, 'splitOff', JSON.stringify({ cable, into }), marking);
  await store.addStatements([input]);
  return input;
}

/** A person's marking choice must be one they may read: nobody writes above their clearance. */
export function requireWritable(reader: Reader, marking: Marking): void {
  if (!mayRead(reader, marking)) {
    throw new DemarcheError('FORBIDDEN', `${reader.name} may not write at ${formatMarking(marking)}: that is above their clearance or caveats`);
  }
}

export function personStatement(actor: Actor, entity: string, schema: Statement['schema'], prop: Statement['prop'], value: string, marking: Marking): StatementInput {
  requireWritable(actor.reader, marking);
  return { entity, schema, prop, value, cable: null, paragraph: null, marking: formatMarking(marking), declassifyOn: null, origin: 'person', author: actor.name };
}
