// Finds dates and durations in text and resolves partial and relative ones against an anchor (the
// cable's DTG day): "July 25" → 2007-07-25, "February 06" → 2006-02, "last week", "on Monday",
// "for over a year and a half" → P1Y6M. A date never lands after the anchor unless its sentence
// speaks of the future ("will", "next"): cables report what happened.
import {
  MONTH_SRC,
  WEEKDAYS,
  type Ymd,
  compareAt,
  expandYear,
  formatAt,
  isValidDay,
  monthNumber,
} from './calendar.js';
import { relativeRules } from './dates-relative.js';
import type { DatePrecision, DateValue, DurationValue } from './types.js';

export interface DateHit {
  start: number;
  end: number;
  text: string;
  date?: DateValue;
  duration?: DurationValue;
}

export interface DateContext {
  anchor: Ymd;
  text: string;
  /** Offset of the match, for looking at its sentence. */
  at: number;
  end: number;
}

export interface DateRule {
  re: RegExp;
  resolve(m: RegExpExecArray, ctx: DateContext): Omit<DateHit, 'start' | 'end' | 'text'> | null;
}

const M = `(${MONTH_SRC})\\.?`;
/** Nouns that name an event: a date or a month written before one is that event's ("the May 3 visit"). */
export const EVENT_NOUN = '(?:requests?|meetings?|visits?|letters?|d[eé]marches?|talks|calls?|trips?|tours?|sessions?|conferences?|reports?|decisions?|agreements?|summits?|rounds?|shipments?|designations?|responses?|replies)\\b';
const HEDGE = /\b(?:around|about|approximately|circa|roughly|some ?time in|early|late|mid|end of|beginning of|or so)[\s-]*(?:in\s+)?$/i;
const FUTURE = /\b(?:will|shall|next|upcoming|forthcoming|scheduled|plans? to|planning to|intends? to|expects? to|expected to|is to|are to|is due)\b/i;

/** The sentence around [at, end): from the last sentence break before to the next one after. */
export function sentenceAround(text: string, at: number, end: number): string {
  const before = text.slice(0, at);
  const breaks = [...before.matchAll(/[.!?;]\s+(?=["(]?[A-Z0-9])/g)];
  const from = breaks.length ? breaks[breaks.length - 1]!.index! + 1 : 0;
  const after = text.slice(end).search(/[.!?;](?:\s|$)/);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/**
 * True when the clause holding the date speaks of the future: from the last clause break before it
 * to a few words after it ("The Ambassador met September 14 ... to discuss the upcoming forum" is past).
 */
export function isFuture(ctx: DateContext): boolean {
  const sentence = sentenceAround(ctx.text, ctx.at, ctx.end);
  const from = ctx.text.lastIndexOf(sentence, ctx.at);
  const before = ctx.text.slice(from < 0 ? 0 : from, ctx.at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const after = ctx.text.slice(ctx.end, Math.min(ctx.end + 30, (from < 0 ? 0 : from) + sentence.length));
  return FUTURE.test(`${clause} ${after.split(/[,;]/)[0]}`);
}

function hedged(ctx: DateContext): boolean {
  return HEDGE.test(ctx.text.slice(Math.max(0, ctx.at - 25), ctx.at));
}

const upper = (s: string | undefined): boolean => s !== undefined && /^[A-Z]/.test(s);

function value(v: Ymd, precision: DatePrecision, approximate: boolean): { date: DateValue } {
  return { date: { value: formatAt(v, precision), precision, approximate } };
}

/**
 * Places a month (and day) without a year in the year that keeps it on or before the anchor, or,
 * when the sentence is about the future, on or after it.
 */
export function inferYear(m: number, d: number, precision: DatePrecision, ctx: DateContext): Ymd | null {
  const future = isFuture(ctx);
  const years = future ? [ctx.anchor.y, ctx.anchor.y + 1] : [ctx.anchor.y, ctx.anchor.y - 1];
  for (const y of years) {
    if (precision === 'day' && !isValidDay(y, m, d)) continue;
    const c = compareAt({ y, m, d }, ctx.anchor, precision);
    if (future ? c >= 0 : c <= 0) return { y, m, d };
  }
  return null;
}

function year(text: string, anchorYear: number): number {
  return text.length === 4 ? Number(text) : expandYear(Number(text), anchorYear);
}

function fullDate(y: number, mo: number | null, d: number, ctx: DateContext) {
  if (mo === null || !isValidDay(y, mo, d)) return null;
  return value({ y, m: mo, d }, 'day', hedged(ctx));
}

const ABSOLUTE: DateRule[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m, c) => fullDate(Number(m[1]), Number(m[2]), Number(m[3]), c) },
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g,
    resolve: (m, c) => fullDate(year(m[3]!, c.anchor.y), Number(m[1]), Number(m[2]), c),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M},?\\s+(\\d{4}|'?\\d{2})\\b`, 'gi'),
    resolve: (m, c) => (upper(m[2]) ? fullDate(year(m[3]!.replace("'", ''), c.anchor.y), monthNumber(m[2]!), Number(m[1]), c) : null),
  },
  {
    re: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m, c) => (upper(m[1]) ? fullDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]), c) : null),
  },
  {
    re: new RegExp(`\\b${M},?\\s+(\\d{4}|'\\d{2})\\b`, 'gi'),
    resolve: (m, c) => {
      const mo = monthNumber(m[1]!);
      if (!upper(m[1]) || mo === null) return null;
      return value({ y: year(m[2]!.replace("'", ''), c.anchor.y), m: mo, d: 1 }, 'month', hedged(c));
    },
  },
  { re: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*-\\s*\\d{1,2})?\\b`, 'gi'), resolve: monthAndNumber },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:\\s*-\\s*\\d{1,2})?(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?![A-Za-z])`, 'gi'),
    resolve: (m, c) => dayInferred(monthNumber(m[2]!), Number(m[1]), upper(m[2]), c),
  },
  {
    re: new RegExp(`\\b(in|since|during|until|till|by|from|through|before|after|early|late|mid|of|between|and|or|to|last|next|this|past)[\\s-]+${M}(?![A-Za-z])`, 'gi'),
    resolve: monthAlone,
  },
  // "during the week of November 10": no day, and a week is finer than anything but a day; the month.
  {
    re: new RegExp(`\\bweek\\s+of\\s+${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi'),
    resolve: (m, c) => {
      const mo = monthNumber(m[1]!);
      const v = mo === null || !upper(m[1]) ? null : inferYear(mo, Number(m[2]), 'day', c);
      return v ? value(v, 'month', true) : null;
    },
  },
  // "SOCA's September request", "the October visit": a month naming an event, after a determiner.
  {
    re: new RegExp(`\\b(the|his|her|its|their|our|[A-Za-z]+['’]s|\\))\\s+${M}(?=\\s+${EVENT_NOUN})`, 'gi'),
    resolve: monthAlone,
  },
  {
    re: /\b(?:in|since|during|until|till|by|from|through|before|after|early|late|mid|of|between|and|to|calendar|fiscal|FY)[\s-]+((?:19|20)\d{2})\b(?![-/]\d)/gi,
    resolve: (m, c) => {
      const skip = m[0].length - m[1]!.length;
      return { ...value({ y: Number(m[1]), m: 1, d: 1 }, 'year', hedged({ ...c, at: c.at + skip })), skip };
    },
  },
];

// "February 06" (a year: zero-padded) against "July 25" (a day): cables write years as two digits
// after a month, and days without a leading zero. "on July 05" is a day all the same.
function monthAndNumber(m: RegExpExecArray, c: DateContext) {
  const mo = monthNumber(m[1]!);
  if (!upper(m[1]) || mo === null) return null;
  const n = m[2]!;
  const on = /\bon\s+$/i.test(c.text.slice(Math.max(0, c.at - 4), c.at));
  const asYear = (n.length === 2 && n.startsWith('0') && !on) || Number(n) > 31;
  if (asYear) return value({ y: expandYear(Number(n), c.anchor.y), m: mo, d: 1 }, 'month', hedged(c));
  return dayInferred(mo, Number(n), true, c);
}

function dayInferred(mo: number | null, d: number, ok: boolean, c: DateContext) {
  if (!ok || mo === null) return null;
  const v = inferYear(mo, d, 'day', c);
  return v ? value(v, 'day', hedged(c)) : null;
}

function monthAlone(m: RegExpExecArray, c: DateContext) {
  const mo = monthNumber(m[2]!);
  if (!upper(m[2]) || mo === null) return null;
  // "MAY" in capitals after "and"/"or"/"to" is more often the verb than the month.
  if (/^(?:and|or|to)$/i.test(m[1]!) && /^MAY$/.test(m[2]!)) return null;
  const word = m[1]!.toLowerCase();
  let v: Ymd | null;
  if (word === 'last' || word === 'past') v = inferYear(mo, 1, 'month', { ...c, text: '' });
  else if (word === 'next') v = { y: mo > c.anchor.m ? c.anchor.y : c.anchor.y + 1, m: mo, d: 1 };
  else if (word === 'this') v = { y: c.anchor.y, m: mo, d: 1 };
  else v = inferYear(mo, 1, 'month', c);
  if (!v) return null;
  const start = m[0].length - m[2]!.length - (m[0].endsWith('.') ? 1 : 0);
  return { ...value(v, 'month', hedged({ ...c, at: c.at + start }) || /^(?:early|late|mid)$/i.test(word)), skip: start };
}

const RULES: DateRule[] = [...ABSOLUTE, ...relativeRules()];

const WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAYS.join('|')})$`, 'i');

/** All dates and durations in a text, resolved against the anchor day; non-overlapping, in order. */
export function findDates(text: string, anchor: Ymd): DateHit[] {
  const raw: Array<DateHit & { rank: number }> = [];
  RULES.forEach((rule, rank) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const ctx: DateContext = { anchor, text, at: m.index, end: m.index + m[0].length };
      const got = rule.resolve(m, ctx) as (Omit<DateHit, 'start' | 'end' | 'text'> & { skip?: number }) | null;
      if (!got) continue;
      const start = m.index + (got.skip ?? 0);
      // A full month name takes no abbreviation dot: "in January." ends the sentence.
      const end = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\.$/i.test(m[0]) ? ctx.end - 1 : ctx.end;
      const { skip: _skip, ...rest } = got;
      raw.push({ ...rest, start, end, text: text.slice(start, end), rank });
    }
  });
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const kept: DateHit[] = [];
  for (const { rank: _r, ...h } of raw) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
  kept.sort((a, b) => a.start - b.start);
  // "On Monday May 25": the weekday names the day the date gives, not the last Monday.
  return kept.filter((h, i) => {
    const next = kept[i + 1];
    return !(WEEKDAY.test(h.text) && next?.date?.precision === 'day' && !next.date.approximate && /^,?\s*(?:the\s+)?$/i.test(text.slice(h.end, next.start)));
  });
}
