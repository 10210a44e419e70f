// Events in a paragraph, for case timelines: information shared, demarches, requests, responses and
// non-responses, meetings, shipments and designations. A sentence can hold several; see
// event-dates.ts for which date each takes and event-triggers.ts for the vocabulary. The rules read
// the words, not any one cable.
import { type Ymd, formatAt } from './calendar.js';
import { type Hit, datesFor, isDeadline } from './event-dates.js';
import { BLOCKED, IRREALIS, OWN_SIDE, TRIGGERS, UNREAL_CLAUSE } from './event-triggers.js';
import { splitSentences } from './sentences.js';
import type { DateValue, ExtractedEvent, Mention } from './types.js';

interface SentenceState {
  text: string;
  dates: Mention[];
  /** A demarche or request came earlier in the paragraph. */
  asked: boolean;
  items: Mention[];
}

function unreal(kind: Hit['kind'], text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  // "met with him to urge": the purpose of a meeting that took place happened too.
  const purpose = /\bto\s+$/i.test(before) && /\b(?:met|called on|meeting)\b/i.test(text.slice(0, at));
  // ("we continue to underscore the need to ...": ongoing, not a plan.)
  // (Nor is "in response to reftel request".)
  const ongoing = /\bcontinu(?:e|es|ed|ing)\s+to\s+$|\bin\s+response\s+to\s+(?:[\w.'’-]+\s+){0,4}$/i.test(before);
  if (kind !== 'non-response' && !purpose && !ongoing && IRREALIS.test(before)) return true;
  // "before supplying the boats", "without informing us": a gerund after before/without did not happen (yet).
  if (/\b(?:before|without)\s+$/i.test(before) && /^\w+ing\b/i.test(text.slice(at))) return true;
  // "prohibited the sale of equipment": a sale stopped is no shipment.
  if (kind === 'shipment' && BLOCKED.test(text.slice(Math.max(0, at - 40), at))) return true;
  if (kind === 'meeting' && plannedMeeting(text, at)) return true;
  if (kind !== 'designation' && kind !== 'shipment' && kind !== 'meeting') return false;
  const clause = text.slice(0, at).split(/[,;:]/).pop() ?? '';
  return UNREAL_CLAUSE.test(clause);
}

// "Meetings scheduled to take place on September 10", "a meeting with the council would be helpful":
// a meeting named as a plan or a wish; "requested a meeting with the Secretary": one asked for;
// "the ICRC's regular meetings with commanders": a habit, none in particular.
function plannedMeeting(text: string, at: number): boolean {
  const noun = /^(?:meetings?|talks|sessions?|consultations|visits?)\b/i.exec(text.slice(at));
  if (!noun) return false;
  const rest = text.slice(at + noun[0].length, at + noun[0].length + 70).split(/[,;.:(]/)[0]!;
  if (/\b(?:(?:is|are|was|were)\s+)?(?:scheduled|planned|slated|set|due)\s+(?:to|for)\b|\b(?:would|will|could|should|might)\b/i.test(rest)) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  // ("held one of his regular meetings with the minister": one of them, held.)
  return /\b(?:requested|request|asked\s+for|sought|seek|proposed|propose|suggested|suggest|offered|(?<!one\s+of\s+(?:(?:his|her|their|our|the)\s+)?)(?:regular|routine|periodic|weekly|monthly|frequent))\s+(?:(?:a|an|the|his|her|their|our)\s+)?(?:[\w-]+\s+)?$/i.test(before);
}

// Who speaks a reply: the clause before its verb, without parentheses and who/which clauses about
// the speaker ("Crocker, who briefs the Department regularly, stressed"), and not an earlier clause
// ("We reminded Quesada ...; he acknowledged this").
function speaker(before: string): string {
  // ("The Ambassador noted the need to act and the Minister said ...": "and" and a new subject.)
  return before.replace(/\([^)]*\)|,\s*(?:who|which|whose)\b[^,]*,/gi, ' ').split(/[;:]|,\s+(?:and|but)\s+|\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z]|(?:he|she|they)\b)/).pop() ?? '';
}

function asked(s: SentenceState, hits: Hit[], at: number): boolean {
  return s.asked || hits.some((h) => (h.kind === 'demarche' || h.kind === 'request') && h.end <= at);
}

function triggers(s: SentenceState): Hit[] {
  const hits: Hit[] = [];
  for (const t of TRIGGERS) {
    if (t.needsDate && s.dates.length === 0) continue;
    if (t.needsItem && s.items.length === 0) continue;
    t.re.lastIndex = 0;
    for (let m = t.re.exec(s.text); m; m = t.re.exec(s.text)) {
      if (unreal(t.kind, s.text, m.index)) continue;
      // (An ask earlier in the paragraph, or earlier in this sentence: "We reminded him ...; he acknowledged this".)
      if (t.needsAsk && (!asked(s, hits, m.index) || OWN_SIDE.test(speaker(s.text.slice(0, m.index))))) continue;
      if (t.needsItem && !s.items.some((i) => i.start >= m!.index && i.start - m!.index < 80)) continue;
      hits.push({ kind: t.kind, start: m.index, end: m.index + m[0].length, ...(t.conversation ? { conversation: true } : {}) });
    }
  }
  // A non-response ("have not received") is not also a shipment or information shared, and the
  // verb of a demarche or of information given ("delivered the demarche") is not a shipment.
  const wins = (o: Hit, h: Hit): boolean =>
    (o.kind === 'non-response' && h.kind !== 'non-response') || ((o.kind === 'demarche' || o.kind === 'info-shared') && h.kind === 'shipment');
  const kept = hits.filter((h) => !hits.some((o) => o !== h && wins(o, h) && h.start < o.end && o.start < h.end));
  return kept.sort((a, b) => a.start - b.start).filter((h, i, all) => !all.slice(0, i).some((o) => o.kind === h.kind && h.start < o.end + 1));
}

// Parties written back to back ("MFA Department ... Director General Zhang Yan") form one chain; a
// chain that follows "with", "to" or "for" is an object, not the one who acted.
function isObject(m: Mention, parties: Mention[], sentence: string): boolean {
  let first = m;
  for (;;) {
    const prev = parties.filter((p) => p.end <= first.start && /^(?:['’]s)?\s*$/.test(sentence.slice(p.end, first.start))).pop();
    if (!prev) break;
    first = prev;
  }
  return /\b(?:with|to|for|from|of|on|at|into|about|against)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, first.start - 12), first.start));
}

function actorsFor(hit: Hit, mentions: Mention[], sentence: string): { actors: string[]; recipient?: string } {
  const parties = mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORGANIZATION' || m.type === 'PLACE');
  const before = parties.filter((m) => m.end <= hit.start).reverse();
  const after = parties.filter((m) => m.start >= hit.end);
  // A shipment's agent is the supplier, an organisation named just before ("LIMMT shipped"), not
  // whoever the sentence mentions first.
  const agent =
    hit.kind === 'shipment'
      ? before.find((m) => m.type === 'ORGANIZATION' && hit.start - m.end < 40)
      : (before.find((m) => m.type !== 'PLACE' && !isObject(m, parties, sentence)) ?? before[0]);
  const ordered = [...(agent ? [agent] : []), ...parties.filter((m) => m !== agent)];
  const actors = [...new Set(ordered.map((m) => m.entity))];
  // The recipient: for a shipment the last party named after the trigger; otherwise the first.
  const recipient = hit.kind === 'shipment' ? after.filter((m) => m.type !== 'PERSON').pop() : after[0];
  return recipient ? { actors, recipient: recipient.entity } : { actors };
}

// "asked Zhang for an update on the LIMMT investigation in May 2007": what follows "for", "to" or
// "that" up to the end of the clause, without a trailing date.
function whatAsked(sentence: string, hit: Hit, dates: Mention[]): string | undefined {
  const rest = sentence.slice(hit.end);
  const m = /\b(?:for|to|that|about)\s+((?:[^,;.]|(?<=\b[A-Z])\.)+)/i.exec(rest);
  if (!m) return undefined;
  let what = m[1]!;
  const from = hit.end + m.index + m[0].length - m[1]!.length;
  const date = dates.find((d) => d.start >= from && d.start < from + what.length);
  if (date) what = sentence.slice(from, date.start).replace(/\s+(?:in|on|by|since|during)\s*$/i, '');
  return what.trim() || undefined;
}

// "we have still not received any information": the party that has not answered is the one asked.
function linkNonResponses(events: ExtractedEvent[]): void {
  for (const [i, e] of events.entries()) {
    if (e.kind !== 'non-response') continue;
    const request = events.slice(0, i).reverse().find((r) => r.kind === 'request' || r.kind === 'demarche');
    if (!request) continue;
    if (request.recipient) e.recipient = request.recipient;
    e.actors = [...new Set([...(request.recipient ? [request.recipient] : []), ...request.actors, ...e.actors])];
  }
}

// "(which the minister had raised with the Ambassador on November 27)", "Since the Secretary's
// meetings on March 16, ...": an earlier event recalled in passing, in parentheses, the pluperfect
// or a since-clause, is not the conversation the paragraph goes on to tell.
function recalled(text: string, at: number): boolean {
  return aside(text, at) || /\bhad\s+(?:\w+\s+)?$|\bsince\b[^,;]*$/i.test(text.slice(0, at));
}

/** The position is inside parentheses. */
function aside(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
}

const CONVERSATION = new Set(['request', 'response', 'non-response', 'demarche', 'info-shared']);

/** The events of one paragraph; `mentions` are that paragraph's, with entity keys filled. */
export function findEvents(text: string, paragraph: number | null, mentions: Mention[], anchor: Ymd): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  // "On March 19 we met X. ... He asked ...": what follows a dated meeting or demarche in the same
  // paragraph happened at it.
  let narrative: DateValue | null = null;
  const past = new Set<ExtractedEvent>();
  for (const s of splitSentences(text)) {
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
    const items = inside.filter((m) => m.type === 'ITEM');
    const asked = events.some((e) => e.kind === 'demarche' || e.kind === 'request');
    const state: SentenceState = { text: s.text, dates: inside.filter((m) => m.type === 'DATE'), asked, items };
    const hits = triggers(state);
    const sentenceFrom = events.length;
    for (const hit of hits) {
      let when: Array<DateValue | null> = datesFor(hit, hits, state.dates, s.text, anchor);
      // "We have still not received a reply" stands as of the cable, not of the meeting before it.
      const perfect = hit.kind === 'non-response' && /\b(?:has|have)\b/i.test(s.text.slice(hit.start, hit.end));
      // (Not what is recalled from before it: "Smits reiterated what he had told us before".)
      if (when.length === 0 && narrative && (CONVERSATION.has(hit.kind) || hit.conversation) && !perfect && !recalled(s.text, hit.start)) when = [narrative];
      // "we have still not received": a non-response stands as of the cable's own date.
      if (when.length === 0 && hit.kind === 'non-response') when = [{ value: formatAt(anchor, 'day'), precision: 'day', approximate: true }];
      if (when.length === 0) when = [null];
      const what = hit.kind === 'request' || hit.kind === 'demarche' ? whatAsked(s.text, hit, state.dates) : undefined;
      const due = hit.kind === 'request' ? state.dates.find((d) => d.start > hit.end && d.date && isDeadline(d, s.text))?.date : undefined;
      const extra = { ...(what ? { what } : {}), ...(due ? { due } : {}) };
      const base = { kind: hit.kind, ...actorsFor(hit, inside, s.text), items: [...new Set(items.map((m) => m.entity))], ...extra, sentence: s.text, paragraph, start: s.start, end: s.end };
      for (const date of when) {
        const event = { ...base, date };
        if (date && aside(s.text, hit.start)) past.add(event);
        events.push(event);
      }
      const dated = when[0];
      if (!narrative && dated && dated.precision === 'day' && (hit.kind === 'meeting' || hit.kind === 'demarche') && !recalled(s.text, hit.start)) narrative = dated;
    }
    // "In a meeting January 8, the minister discussed ...": one sentence's second word for an event
    // it has dated is the same event, not another undated one (unless the dated one is an aside:
    // "reiterated a complaint (which he had raised on May 3)" is two).
    const mine = events.splice(sentenceFrom);
    // ("met him during his March 2-4 visit": two words for one meeting on one day are one event.)
    const kept = mine.filter((e) => e.date !== null || !mine.some((o) => o.kind === e.kind && o.date !== null && !past.has(o)));
    events.push(...kept.filter((e, i) => !kept.slice(0, i).some((o) => o.kind === e.kind && o.date !== null && e.date !== null && o.date.value === e.date.value)));
  }
  linkNonResponses(events);
  return events;
}
