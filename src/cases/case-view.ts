// Cases as one reader sees them: a case exists for the reader when at least one of its events, its
// subjects or a title a person gave it is visible; everything shown is built from visible
// statements only. Events come in date order; follow-ups are computed in follow-ups.ts.
import type { Reader } from '../access/clearance.js';
import { titlefy } from '../cable/titlefy.js';
import { entityViews, type SanctionsLink } from '../entities/entity-view.js';
import type { KnowledgeStore } from '../entities/knowledge-store.js';
import type { Statement } from '../entities/types.js';
import { byEntity, highestMarking, valuesOf, visibleTo } from '../entities/visible.js';

export interface CaseEvent {
  key: string;
  date: string | null;
  precision: string | null;
  approximate: boolean;
  kind: string;
  summary: string;
  actors: Array<{ entity: string; name: string }>;
  items: Array<{ entity: string; name: string }>;
  recipient: { entity: string; name: string } | null;
  source: { cable: string | null; paragraph: number | null };
  origin: Statement['origin'];
  /** The highest marking among the event's statements the reader sees. */
  marking: string;
}

export interface CaseView {
  id: string;
  title: string;
  status: 'open' | 'closed';
  subjects: Array<{ name: string; entity: string; sanctions: Array<Pick<SanctionsLink, 'list' | 'id' | 'score' | 'status'>> }>;
  events: CaseEvent[];
  /** The highest marking among the statements shown. */
  marking: string;
  /** The highest marking among the case's own statements (title, subjects, status, event links). */
  recordMarking: string;
}

export async function caseKeys(store: KnowledgeStore): Promise<string[]> {
  return (await store.entitiesOfSchema('Case')).map((e) => e.key);
}

export async function caseView(store: KnowledgeStore, reader: Reader, key: string): Promise<CaseView | null> {
  const own = visibleTo(reader, await store.statementsOf([key]));
  const eventKeys = valuesOf(own, 'event');
  const eventStatements = visibleTo(reader, await store.statementsOf(eventKeys));
  const events = byEntity(eventStatements);
  const subjectKeys = valuesOf(own, 'subject');
  const referenced = new Set([...subjectKeys, ...eventStatements.filter((s) => ['actor', 'item', 'recipient'].includes(s.prop)).map((s) => s.value)]);
  const entities = await entityViews(store, reader, [...referenced]);
  const subjects = subjectKeys.flatMap((k) => {
    const e = entities.get(k);
    return e ? [{ name: e.name, entity: k, sanctions: e.sanctions.map(({ list, id, score, status }) => ({ list, id, score, status })) }] : [];
  });
  const caseEvents = [...events.entries()].flatMap(([k, st]) => toEvent(k, st, entities)).sort(byDate);
  const personTitle = own.filter((s) => s.prop === 'name').at(-1)?.value;
  if (caseEvents.length === 0 && subjects.length === 0 && !personTitle) return null;
  const status = own.filter((s) => s.prop === 'status').at(-1)?.value === 'closed' ? 'closed' : 'open';
  return {
    id: key,
    title: personTitle ?? caseTitle(own, subjects),
    status,
    subjects,
    events: caseEvents,
    marking: highestMarking([...own, ...eventStatements]),
    recordMarking: highestMarking(own),
  };
}

/** What a released cable's redactions leave in its subject line: "XXXXXXXXXXXX", "[Source Removed]". */
const REDACTED = /X{4,}|\[[^\]]*\bremoved\]/i;

/**
 * A case's title, unless a person gave one: the cable subject line that named the case's subject, as
 * the cables put it, when it is short and whole (a line with redactions in it names nothing
 * clearly); else the subjects' names.
 */
export function caseTitle(own: Statement[], subjects: CaseView['subjects']): string {
  const summary = own.filter((s) => s.prop === 'summary').map((s) => s.value).find((v) => !REDACTED.test(v));
  if (summary && summary.length <= 80) return titlefy(summary);
  return subjects.length > 0 ? subjects.map((s) => s.name).join(', ') : '(untitled case)';
}

function toEvent(key: string, st: Statement[], entities: Awaited<ReturnType<typeof entityViews>>): CaseEvent[] {
  const one = (prop: Statement['prop']): string | null => st.find((s) => s.prop === prop)?.value ?? null;
  const kind = one('kind');
  if (!kind) return [];
  const named = (k: string): { entity: string; name: string } | null => {
    const e = entities.get(k);
    return e ? { entity: k, name: e.name } : null;
  };
  const refs = (prop: Statement['prop']) => valuesOf(st, prop).flatMap((k) => named(k) ?? []);
  const source = st.find((s) => s.prop === 'kind')!;
  const recipient = one('recipient');
  return [
    {
      key,
      date: one('date'),
      precision: one('precision'),
      approximate: one('approximate') === 'true',
      kind,
      summary: one('summary') ?? '',
      actors: refs('actor'),
      items: refs('item'),
      recipient: recipient ? named(recipient) : null,
      source: { cable: source.cable, paragraph: source.paragraph },
      origin: source.origin,
      marking: highestMarking(st),
    },
  ];
}

function byDate(a: CaseEvent, b: CaseEvent): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key);
}

export interface CaseSummary {
  id: string;
  title: string;
  status: 'open' | 'closed';
  subjects: string[];
  events: number;
}

export async function caseList(store: KnowledgeStore, reader: Reader): Promise<{ cases: CaseSummary[]; views: CaseView[] }> {
  const views: CaseView[] = [];
  for (const key of await caseKeys(store)) {
    const view = await caseView(store, reader, key);
    if (view) views.push(view);
  }
  const cases = views.map((v) => ({ id: v.id, title: v.title, status: v.status, subjects: v.subjects.map((s) => s.name), events: v.events.length }));
  return { cases, views };
}
