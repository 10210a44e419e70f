// What one cable tells: its entities (with every name, title and mention, each carrying the marking
// of the paragraph it came from), its events, and the entities it is about (its topics). Keys are
// still the cable's own; the store resolves them against entities other cables already named.
import type { Cable } from '../cable/types.js';
import { formatMarking, paragraphMarking, subjectMarking } from '../access/marking.js';
import type { Extraction, Mention } from '../extract/types.js';
import { SCHEMA_OF, distinctiveKeys, entityKey, eventKey, localKey, postScope } from './keys.js';
import type { Schema } from './types.js';

export interface Sourced {
  paragraph: number;
  marking: string;
}

export interface DocEntity {
  /** The extraction's within-cable key. */
  docKey: string;
  schema: Schema;
  /** The longest name: the one to screen and to display. */
  display: string;
  /** Each distinct name with the least restricted place it occurs (one statement per marking). */
  names: Array<{ text: string } & Sourced>;
  titles: Array<{ text: string } & Sourced>;
  country: string | null;
  mentions: Array<{ text: string; start: number; end: number } & Sourced>;
  /** Keys that join it to the same entity in other cables (distinctive names). */
  lookupKeys: string[];
  /** The (opaque) key a new entity gets when no other cable named it. */
  newKey: string;
}

export interface DocEvent {
  key: string;
  kind: string;
  date: string | null;
  precision: string | null;
  approximate: boolean;
  summary: string;
  actors: string[];
  items: string[];
  recipient: string | null;
  source: Sourced;
}

export interface CableKnowledge {
  cableId: string;
  declassifyOn: string | null;
  subject: string | null;
  entities: DocEntity[];
  events: DocEvent[];
  /** Doc keys of the organisations and people the cable's subject line names. */
  subjectEntities: string[];
}

export function cableKnowledge(cable: Cable, extraction: Extraction): CableKnowledge {
  const cableId = cable.id!;
  const markingOf = (paragraph: number | null): string => {
    if (paragraph === 0 || paragraph === null) return formatMarking(subjectMarking(cable));
    const p = cable.paragraphs.find((x) => x.n === paragraph);
    return formatMarking(p ? paragraphMarking(cable, p) : subjectMarking(cable));
  };
  const entities = docEntities(extraction.mentions, cableId, markingOf, postScope(cable.origin));
  const known = new Set(entities.map((e) => e.docKey));
  const events = extraction.events.map((e, i): DocEvent => ({
    key: eventKey(cableId, e.paragraph, i),
    kind: e.kind,
    date: e.date?.value ?? null,
    precision: e.date?.precision ?? null,
    approximate: e.date?.approximate ?? false,
    summary: e.sentence.replace(/\s+/g, ' ').trim(),
    actors: e.actors.filter((a) => known.has(a)),
    items: e.items.filter((a) => known.has(a)),
    recipient: e.recipient && known.has(e.recipient) ? e.recipient : null,
    source: { paragraph: e.paragraph ?? 0, marking: markingOf(e.paragraph) },
  }));
  const subjectEntities = [
    ...new Set(extraction.mentions.filter((m) => m.paragraph === 0 && (m.type === 'ORGANIZATION' || m.type === 'PERSON')).map((m) => m.entity)),
  ];
  return { cableId, declassifyOn: cable.declassifyOn, subject: cable.subject, entities, events, subjectEntities };
}

function docEntities(mentions: Mention[], cableId: string, markingOf: (p: number | null) => string, scope: string | null): DocEntity[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.type === 'DATE') continue;
    const list = groups.get(m.entity) ?? [];
    list.push(m);
    groups.set(m.entity, list);
  }
  return [...groups.entries()].map(([docKey, ms]) => {
    const schema = SCHEMA_OF[ms[0]!.type as Exclude<Mention['type'], 'DATE'>];
    const display = ms.map((m) => m.normalized).reduce((a, b) => (b.length > a.length ? b : a));
    const sourced = (m: Mention): Sourced => ({ paragraph: m.paragraph ?? 0, marking: markingOf(m.paragraph) });
    const lookupKeys = [...new Set(ms.flatMap((m) => distinctiveKeys(schema, m.normalized, scope)))];
    // Names as written in each paragraph: a normalised name can carry words coreference brought in
    // from another paragraph ("Khan" -> "Riaz Mohammad Khan"), which may be more secret.
    const written = ms.flatMap((m) => {
      const text = writtenName(m);
      return text ? [{ text, ...sourced(m) }] : [];
    });
    return {
      docKey,
      schema,
      display,
      names: leastRestricted(written),
      titles: leastRestricted(ms.filter((m) => m.title).map((m) => ({ text: m.title!, ...sourced(m) }))),
      country: ms.find((m) => m.country)?.country ?? null,
      mentions: ms.map((m) => ({ text: m.text, start: m.start, end: m.end, ...sourced(m) })),
      lookupKeys,
      newKey: entityKey(distinctiveKeys(schema, display, scope)[0] ?? lookupKeys[0] ?? localKey(schema, display, cableId)),
    };
  });
}

/** The name in a mention as written, without the title before it ("Director General Zhang Yan" -> "Zhang Yan"). */
function writtenName(m: Mention): string | null {
  let text = m.text.replace(/\s+/g, ' ').trim();
  if (m.title && text.toLowerCase().startsWith(m.title.toLowerCase())) text = text.slice(m.title.length).trim();
  return text.length > 0 && /[A-Za-z]/.test(text) ? text : null;
}

/** One statement per distinct text and marking: a name seen in an (S) and a (U) paragraph is readable at U. */
function leastRestricted<T extends { text: string } & Sourced>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = `${item.text}\u0000${item.marking}`;
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}
