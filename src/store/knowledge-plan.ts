// What one cable's knowledge writes, statement by statement, decided once for every store: the
// statements of an entity, of an event and of a topic's case, each with the paragraph and marking it
// carries. The stores (sqlite/knowledge-write.ts, postgres/pg-knowledge-write.ts) only resolve
// entity keys against what other cables named and write these rows.
import { combine, formatMarking, parseMarking } from '../access/marking.js';
import type { CableKnowledge, DocEntity, DocEvent } from '../entities/cable-knowledge.js';
import type { Prop, SanctionsCandidate } from '../entities/types.js';

export interface PlannedStatement {
  prop: Prop;
  value: string;
  paragraph: number;
  marking: string;
}

/** A mention that is only a title ("the Charge") names nobody: it makes no entity of its own. */
export function namesSomeone(e: DocEntity): boolean {
  return e.names.length > 0;
}

export function entityStatements(e: DocEntity, candidates: SanctionsCandidate[]): PlannedStatement[] {
  const out: PlannedStatement[] = [];
  const put = (prop: Prop, value: string, at: { paragraph: number; marking: string }) => out.push({ prop, value, paragraph: at.paragraph, marking: at.marking });
  for (const n of e.names) put('name', n.text, n);
  for (const t of e.titles) put('title', t.text, t);
  if (e.country) put('country', e.country, e.names[0]!);
  for (const m of e.mentions) put('mention', JSON.stringify({ text: m.text, start: m.start, end: m.end }), m);
  // A suggestion is as secret as the name it was made from: where that name is written, or, when it
  // gathers words from several paragraphs (coreference), the highest of their markings.
  const written = e.names.filter((n) => n.text === e.display);
  const from = written.length > 0 ? leastRestricted(written) : mostRestricted(e.names);
  for (const c of candidates) put('sanctionsCandidate', JSON.stringify(c), from);
  return out;
}

/** An event's statements; actors, items and the recipient as the entity keys they resolved to. */
export function eventStatements(ev: DocEvent, resolved: ReadonlyMap<string, string>): PlannedStatement[] {
  const out: PlannedStatement[] = [];
  const put = (prop: Prop, value: string | null): void => {
    if (value !== null) out.push({ prop, value, paragraph: ev.source.paragraph, marking: ev.source.marking });
  };
  put('kind', ev.kind);
  put('date', ev.date);
  put('precision', ev.precision);
  if (ev.approximate) put('approximate', 'true');
  put('summary', ev.summary);
  for (const a of ev.actors) put('actor', resolved.get(a) ?? null);
  for (const i of ev.items) put('item', resolved.get(i) ?? null);
  put('recipient', ev.recipient ? (resolved.get(ev.recipient) ?? null) : null);
  return out;
}

/** The case of a topic (an entity the cable is about, resolved to `subject`): its subject, summary and events. */
export function topicStatements(k: CableKnowledge, topic: string, subject: string): PlannedStatement[] {
  const entity = k.entities.find((e) => e.docKey === topic)!;
  const named = entity.names.find((n) => n.text === entity.display) ?? entity.names[0]!;
  const out: PlannedStatement[] = [{ prop: 'subject', value: subject, paragraph: named.paragraph, marking: named.marking }];
  // A subject line that names the topic ("LIMMT INVESTIGATION") describes the case, at its own marking.
  const inSubject = entity.names.find((n) => n.paragraph === 0);
  if (inSubject && k.subject) out.push({ prop: 'summary', value: k.subject, paragraph: 0, marking: inSubject.marking });
  for (const ev of k.events) out.push({ prop: 'event', value: ev.key, paragraph: ev.source.paragraph, marking: ev.source.marking });
  return out;
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
