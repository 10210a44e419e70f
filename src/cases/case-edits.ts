// What analysts do to cases: create one, add an event (with a source cable paragraph or a marking
// of their choosing), close it. Every change is a statement a person makes.
import { randomBytes } from 'node:crypto';
import { parseMarking, type Marking, UNCLASSIFIED } from '../access/marking.js';
import { DemarcheError } from '../errors.js';
import { type Actor, personStatement, visibleEntity } from '../entities/edits.js';
import type { KnowledgeStore } from '../entities/knowledge-store.js';
import type { StatementInput } from '../entities/types.js';
import { visibleTo } from '../entities/visible.js';
import { EVENT_KINDS } from '../extract/types.js';
import { caseView } from './case-view.js';

export async function createCase(store: KnowledgeStore, actor: Actor, title: string, subjects: string[], marking: Marking = UNCLASSIFIED): Promise<string> {
  if (title.trim().length === 0) throw new DemarcheError('BAD_INPUT', 'a case needs a title (--title)');
  const key = `case:manual-${Date.now().toString(36)}`;
  const inputs: StatementInput[] = [personStatement(actor, key, 'Case', 'name', title.trim(), marking), personStatement(actor, key, 'Case', 'status', 'open', marking)];
  for (const s of subjects) {
    const e = await visibleEntity(store, actor.reader, s);
    inputs.push(personStatement(actor, key, 'Case', 'subject', e.key, marking));
  }
  await store.addStatements(inputs);
  return key;
}

export interface NewEvent {
  date: string;
  kind: string;
  summary: string;
  actors: string[];
  /** "07BEIJING5039:2": the event then carries that paragraph's marking. */
  source?: { cable: string; paragraph: number; marking: string; declassifyOn: string | null } | undefined;
  marking?: Marking | undefined;
}

export async function addEvent(store: KnowledgeStore, actor: Actor, caseKey: string, ev: NewEvent): Promise<string> {
  await requireCase(store, actor, caseKey);
  if (!(EVENT_KINDS as readonly string[]).includes(ev.kind)) {
    throw new DemarcheError('BAD_INPUT', `unknown event kind "${ev.kind}": use one of ${EVENT_KINDS.join(', ')}`);
  }
  const precision = /^\d{4}-\d{2}-\d{2}$/.test(ev.date) ? 'day' : /^\d{4}-\d{2}$/.test(ev.date) ? 'month' : /^\d{4}$/.test(ev.date) ? 'year' : null;
  if (!precision) throw new DemarcheError('BAD_INPUT', `--date ${ev.date}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const marking = ev.source ? parseMarking(ev.source.marking) : (ev.marking ?? UNCLASSIFIED);
  const key = `event:manual-${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const stmt = (prop: StatementInput['prop'], value: string): StatementInput => ({
    ...personStatement(actor, key, 'Event', prop, value, marking),
    ...(ev.source ? { cable: ev.source.cable, paragraph: ev.source.paragraph, declassifyOn: ev.source.declassifyOn } : {}),
  });
  const inputs = [stmt('kind', ev.kind), stmt('date', ev.date), stmt('precision', precision), stmt('summary', ev.summary)];
  for (const a of ev.actors) inputs.push(stmt('actor', (await visibleEntity(store, actor.reader, a)).key));
  inputs.push({ ...stmt('event', key), entity: caseKey, schema: 'Case' });
  await store.addStatements(inputs);
  return key;
}

export async function closeCase(store: KnowledgeStore, actor: Actor, caseKey: string): Promise<void> {
  const view = await requireCase(store, actor, caseKey);
  // At the case record's own marking, not its most restricted event's: whoever sees the case sees it closed.
  await store.addStatements([personStatement(actor, caseKey, 'Case', 'status', 'closed', parseMarking(view.recordMarking))]);
}

async function requireCase(store: KnowledgeStore, actor: Actor, caseKey: string) {
  const view = await caseView(store, actor.reader, caseKey);
  if (!view) throw new DemarcheError('NOT_FOUND', `no case ${caseKey}: \`demarche case list\` shows the cases you may see`);
  // The lowest marking the reader sees the case under is enough to record a change of status.
  const own = visibleTo(actor.reader, await store.statementsOf([caseKey]));
  return { ...view, marking: own.length > 0 ? own[0]!.marking : view.marking };
}
