// Which dates of a sentence belong to which event trigger. A date written right before the trigger
// ("a February 2 meeting") or the first one after it belongs to it, and so do the dates listed with
// that one ("in February 06, March 06 ... and March 07": one event each); a date that opens the
// sentence ("On July 25, ... met") belongs to its first trigger and to every other without one of
// its own.
import { type Ymd, addMonths, formatAt } from './calendar.js';
import { EVENT_NOUN } from './dates.js';
import type { DateValue, EventKind, Mention } from './types.js';

export interface Hit {
  kind: EventKind;
  start: number;
  end: number;
  /** Said of the conversation a dated meeting earlier in the paragraph was (see Trigger). */
  conversation?: boolean;
}

// "has been providing information ... for over a year and a half": the event started that long
// before the cable.
function fromDuration(m: Mention, anchor: Ymd): DateValue | null {
  // "her priorities for the next two years": a span ahead says nothing of when anything began.
  if (/\bnext\b/i.test(m.text)) return null;
  const d = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(m.duration!.duration);
  if (!d || (!d[1] && !d[2])) return null;
  const months = Number(d[1] ?? 0) * 12 + Number(d[2] ?? 0);
  return { value: formatAt(addMonths(anchor, -months), 'month'), precision: 'month', approximate: true };
}

/** The first date and the dates listed after it ("X, Y, and Z"). */
function withList(first: Mention, dates: Mention[], text: string): Mention[] {
  const out = [first];
  for (const d of dates.filter((x) => x.start > first.start)) {
    const prev = out[out.length - 1]!;
    if (!/^[\s,]*(?:and|or)?[\s,]*$/i.test(text.slice(prev.end, d.start))) break;
    out.push(d);
  }
  return out;
}

/** "by June 20", "no later than May 1": a deadline, not when the event happened. */
export function isDeadline(d: Mention, text: string): boolean {
  return /\b(?:by|before|until|till|no later than|not later than)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 20), d.start));
}

// What follows a date that names something other than an event: a noun, not an event's or a
// preposition ("the June 28 removal", not "the week of November 10," nor "his April 21-24 visit").
const NAMES_OTHER = new RegExp(`^\\s+(?!(?:and|or|but|to|in|at|on|of|for|with|by|from|when|while|that|which)\\b|${EVENT_NOUN})[A-Za-z]`, 'i');

const OTHER_EVENT = /^\s+(?:[A-Z][\w.-]*\s+)?(?:meeting|visit|talks|call|conversation|session|summit|conference|elections?|attacks?|bombings?)\b/i;
// (What someone said in public: no meeting's day either.)
const SPEECH = /^\s+(?:[A-Z][\w.-]*\s+)?(?:speech|remarks|address|statement|announcement|testimony|interview|press\s+conference)\b/i;

function chosen(hit: Hit, hits: Hit[], all: Mention[], text: string): Mention[] {
  // ("have fallen sharply since last October": when a state of things began, no event's day.)
  const dates = all.filter((d) => !isDeadline(d, text) && !/\bsince\s+(?:(?:last|early|late|mid|the)\s+)?$/i.test(text.slice(Math.max(0, d.start - 14), d.start)));
  // ("the October 14 afternoon MFA press briefing": up to three words may stand between, not a
  // conjunction, a pronoun or a verb's auxiliary: "in January 09 and asked for ..." is another event.)
  const before = (d: Mention, h: Hit): boolean => d.end <= h.start && /^\s*(?:of\s+)?(?:(?!(?:and|or|but|then|that|which|who|when|while|to|was|were|is|are|had|has|have|he|she|they|we)\b)[\w.'’-]+\s+){0,3}$/i.test(text.slice(d.end, h.start));
  const adjacent = dates.find((d) => before(d, hit));
  // ("the June 28 removal of Zelaya", "the September 24 IAEA presentation": a date between a
  // determiner and a noun that is no event's names that other thing.)
  const namesOther = (d: Mention): boolean =>
    /\b(?:the|a|an|his|her|its|their|our)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)) &&
    NAMES_OTHER.test(text.slice(d.end, d.end + 20)) &&
    !hits.some((h) => before(d, h));
  if (adjacent) return [adjacent];
  // "On September 24 the envoy called on the Ambassador to brief him on talks held September 22-23":
  // a date that opens the sentence is its first event's, whatever dates follow.
  const opening = dates.find((d) => d.end <= hit.start && /^\W*(?:on|in|at|during)?\s*$/i.test(text.slice(0, d.start)));
  if (opening && hits[0] === hit) return withList(opening, dates, text);
  const next = hits.find((h) => h.start > hit.start && h.kind !== hit.kind);
  // "shared his readout of the minister's March 2 meeting", "briefed him on the Secretary's May 3
  // speech": a date that names another event in what was said is that event's, not the saying's;
  // "raised it during a May 3 meeting" keeps it, and so does a meeting ("met at the May 3 summit"),
  // but not at a speech.
  const ofAnother = (d: Mention): boolean =>
    ((hit.kind !== 'meeting' && OTHER_EVENT.test(text.slice(d.end, d.end + 40))) || SPEECH.test(text.slice(d.end, d.end + 40))) &&
    /(?:\bof\s+(?:the\s+|an?\s+)?|['’]s\s+)$/i.test(text.slice(Math.max(0, d.start - 30), d.start));
  // "heard from him that the decision would come in May", "responded that the envoys meet on April 7",
  // "requested a meeting when he visits Washington in February",
  // "described how SOUTHCOM had transformed over the past two years": a date in what was said
  // belongs to what was said.
  // ("raised that issue on May 3": a demonstrative is no report.)
  const reported = (d: Mention): boolean =>
    /\bthat\b(?!\s+(?:day|week|month|year|time|issue|matter|case|meeting|point|morning|afternoon|evening|night|request|demarche)\b)|\b(?:how|whether|why)\b|\b(?:when|once|if|unless|before|after|until)\s+(?:he|she|they|we|it|the\s+\w+|[A-Z]\w+)\s+\w+/i.test(text.slice(hit.end, d.start));
  // "has not heard a response to SOCA's September request": a date written right before another
  // trigger is that one's (not a meeting's: "raised it during a May 3 meeting" is the meeting's day).
  const othersOwn = (d: Mention): boolean =>
    hits.some((h) => h !== hit && h.kind !== 'meeting' && h.start >= d.end && /^\s*(?:of\s+)?$/.test(text.slice(d.end, h.start)));
  const after = dates.find((d) => d.start >= hit.end && (!next || d.start < next.start) && !ofAnother(d) && !reported(d) && !othersOwn(d) && !namesOther(d));
  if (after) return withList(after, dates, text);
  // "On June 14 the Ambassador delivered a demarche on the shipment": the opening date is the
  // demarche's; a shipment or designation named after another event is only its topic.
  const topic = (hit.kind === 'shipment' || hit.kind === 'designation') && hits.some((h) => h.start < hit.start && h.kind !== hit.kind);
  if (topic) return [];
  const firstTrigger = hits[0]?.start ?? 0;
  // ("Pires, who had a chance to review the September 24 IAEA presentation talking points ...
  // before the meeting": nor is such a date an opening date.)
  return dates.filter((d) => d.end <= firstTrigger && !namesOther(d)).slice(0, 1);
}

// An event the text reports happened by the time of writing: "would have one next week" dates a
// plan, not the non-response.
function notAfter(d: DateValue, anchor: Ymd): boolean {
  return d.value <= formatAt(anchor, d.precision);
}

export function datesFor(hit: Hit, hits: Hit[], dates: Mention[], text: string, anchor: Ymd): DateValue[] {
  return chosen(hit, hits, dates, text)
    .map((d) => d.date ?? fromDuration(d, anchor))
    .filter((d): d is DateValue => d !== null && notAfter(d, anchor));
}
