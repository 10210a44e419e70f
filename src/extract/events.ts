// Events in a paragraph, for case timelines: information shared, demarches, requests, responses and
// non-responses, meetings, shipments and designations. A sentence can hold several; each takes the
// dates written after its trigger (one event per date of a list: "in February 06, March 06 ..."),
// else a date that opens the sentence ("On July 25, ... met"). The rules read the words, not any one
// cable: see event-triggers.ts for the vocabulary.
import { type Ymd, addMonths, formatAt } from './calendar.js';
import { IRREALIS, TRIGGERS } from './event-triggers.js';
import { splitSentences } from './sentences.js';
import type { DateValue, EventKind, ExtractedEvent, Mention } from './types.js';

interface Hit {
  kind: EventKind;
  start: number;
  end: number;
}

function triggers(sentence: string): Hit[] {
  const hits: Hit[] = [];
  for (const t of TRIGGERS) {
    t.re.lastIndex = 0;
    for (let m = t.re.exec(sentence); m; m = t.re.exec(sentence)) {
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      // "met with him to urge": the purpose of a meeting that took place is itself a demarche.
      const purpose = t.kind === 'demarche' && /\bto\s+$/i.test(before) && /\b(?:met|called on)\b/i.test(sentence.slice(0, m.index));
      if (t.kind !== 'non-response' && !purpose && IRREALIS.test(before)) continue;
      hits.push({ kind: t.kind, start: m.index, end: m.index + m[0].length });
    }
  }
  // A non-response ("have not received") is not also a shipment or information shared.
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.kind === 'non-response' && h.kind !== 'non-response' && h.start < o.end && o.start < h.end));
  // One event per kind per sentence position: overlapping hits of one kind collapse.
  return kept
    .sort((a, b) => a.start - b.start)
    .filter((h, i, all) => !all.slice(0, i).some((o) => o.kind === h.kind && h.start < o.end + 1));
}

// "has been providing information ... for over a year and a half": the event started that long
// before the cable.
function fromDuration(m: Mention, anchor: Ymd): DateValue | null {
  const d = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(m.duration!.duration);
  if (!d) return null;
  const months = Number(d[1] ?? 0) * 12 + Number(d[2] ?? 0);
  return { value: formatAt(addMonths(anchor, -months), 'month'), precision: 'month', approximate: true };
}

function datesFor(hit: Hit, hits: Hit[], dates: Mention[], anchor: Ymd): DateValue[] {
  const next = hits.find((h) => h.start > hit.start && h.kind !== hit.kind);
  const own = dates.filter((d) => d.start >= hit.end && (!next || d.start < next.start));
  const opening = dates.filter((d) => d.end <= (hits[0]?.start ?? 0));
  const chosen = own.length ? own : opening;
  return chosen.map((d) => d.date ?? fromDuration(d, anchor)).filter((d): d is DateValue => d !== null);
}

function actorsFor(hit: Hit, mentions: Mention[]): { actors: string[]; recipient?: string } {
  const parties = mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORGANIZATION' || m.type === 'PLACE');
  const before = parties.filter((m) => m.end <= hit.start).reverse();
  const after = parties.filter((m) => m.start >= hit.end);
  // A shipment's agent is the supplier, an organisation named just before ("LIMMT shipped"), not
  // whoever the sentence mentions first.
  const agent = hit.kind === 'shipment' ? before.find((m) => m.type === 'ORGANIZATION' && hit.start - m.end < 40) : (before.find((m) => m.type !== 'PLACE') ?? before[0]);
  const ordered = [...(agent ? [agent] : []), ...parties.filter((m) => m !== agent)];
  const actors = [...new Set(ordered.map((m) => m.entity))];
  // The recipient: for a shipment the last party named after "to"; otherwise the first party after the trigger.
  const recipient = hit.kind === 'shipment' ? after.filter((m) => m.type !== 'PERSON').pop() : after[0];
  return recipient ? { actors, recipient: recipient.entity } : { actors };
}

function wanted(hit: Hit, items: Mention[], mentions: Mention[]): boolean {
  // A shipment names goods or someone it went to; "sales" alone in a trade statistic is not one.
  if (hit.kind !== 'shipment') return true;
  return items.length > 0 || mentions.some((m) => (m.type === 'ORGANIZATION' || m.type === 'PLACE') && m.start > hit.end);
}

/** The events of one paragraph; `mentions` are that paragraph's, with entity keys filled. */
export function findEvents(text: string, paragraph: number | null, mentions: Mention[], anchor: Ymd): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  for (const s of splitSentences(text)) {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
    const dates = inside.filter((m) => m.type === 'DATE');
    const items = inside.filter((m) => m.type === 'ITEM');
    const hits = triggers(s.text);
    for (const hit of hits) {
      if (!wanted(hit, items, inside)) continue;
      let when: Array<DateValue | null> = datesFor(hit, hits, dates, anchor);
      // "we have still not received": a non-response stands as of the cable's own date.
      if (when.length === 0 && hit.kind === 'non-response') when = [{ value: formatAt(anchor, 'day'), precision: 'day', approximate: true }];
      if (when.length === 0) when = [null];
      const base = { kind: hit.kind, ...actorsFor(hit, inside), items: [...new Set(items.map((m) => m.entity))], sentence: s.text, paragraph, start: s.start, end: s.end };
      for (const date of when) events.push({ ...base, date });
    }
  }
  return events;
}
