// Relative dates ("yesterday", "last week", "on Monday", "three months ago") and durations ("for
// over a year and a half"). Relative dates are marked approximate: the anchor is the day the cable
// was sent, which is not always the day it was written.
import { WEEKDAYS, type Ymd, addDays, addMonths, formatAt, weekday } from './calendar.js';
import type { DateContext, DateRule } from './dates.js';
import { isFuture } from './dates.js';
import type { DatePrecision } from './types.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, 'a few': 3, 'a couple of': 2, 'couple of': 2,
};
const NUM = '(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:a )?few|(?:a )?couple of)';
const UNIT = '(day|week|month|year)s?';

function count(word: string): number {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? 1);
}

function approx(v: Ymd, precision: DatePrecision) {
  return { date: { value: formatAt(v, precision), precision, approximate: true } };
}

function shift(a: Ymd, unit: string, n: number): { v: Ymd; precision: DatePrecision } {
  const u = unit.toLowerCase();
  if (u === 'day') return { v: addDays(a, n), precision: 'day' };
  if (u === 'week') return { v: addDays(a, 7 * n), precision: 'day' };
  if (u === 'month') return { v: addMonths(a, n), precision: 'month' };
  return { v: { ...a, y: a.y + n }, precision: 'year' };
}

function lastNextThis(m: RegExpExecArray, c: DateContext) {
  const which = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const unit = m[2]!.toLowerCase();
  const step = /^(?:last|past)$/.test(which) ? -1 : which === 'next' ? 1 : 0;
  const { v, precision } = shift(c.anchor, unit, step);
  return approx(v, precision);
}

// "on Monday": the latest such day on or before the DTG; "next Monday" or a sentence about the
// future: the first one after it.
function weekdayDate(m: RegExpExecArray, c: DateContext) {
  if (!/^[A-Z]/.test(m[2]!)) return null;
  const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
  const which = (m[1] ?? '').trim().toLowerCase();
  const today = weekday(c.anchor);
  const forward = which === 'next' || (which !== 'last' && which !== 'this past' && isFuture(c));
  let delta = forward ? (target - today + 7) % 7 || 7 : -((today - target + 7) % 7);
  if (which === 'last' && delta === 0) delta = -7;
  // "on" is not part of the date; "last Monday" is.
  const skip = which === 'on' ? m[0].length - m[2]!.length : 0;
  return { ...approx(addDays(c.anchor, delta), 'day'), skip };
}

const TENS: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y' };

// "for over a year and a half" → P1Y6M; "for the past three years" → P3Y.
function duration(m: RegExpExecArray) {
  const hedge = m[1] ?? '';
  const n = count(m[2]!);
  const unit = m[3]!.toLowerCase();
  const half = Boolean(m[4]);
  let iso = `P${n}${TENS[unit]}`;
  if (half && unit === 'year') iso = `P${n}Y6M`;
  else if (half && unit === 'month') iso = `P${n}M15D`;
  else if (half && unit === 'week') iso = `P${n * 7 + 3}D`;
  else if (half) iso = `P${n}DT12H`;
  const approximate = /over|more|nearly|almost|about|around|some|roughly|approximately|at least|close to/i.test(hedge) || /several|few|couple/i.test(m[2]!);
  return { duration: { duration: iso, approximate } };
}

export function relativeRules(): DateRule[] {
  return [
    { re: /\b(?:the day before yesterday)\b/gi, resolve: (_m, c) => approx(addDays(c.anchor, -2), 'day') },
    { re: /\b(?:yesterday|last night)\b/gi, resolve: (_m, c) => approx(addDays(c.anchor, -1), 'day') },
    { re: /\b(?:today|tonight|this morning|this afternoon|earlier today)\b/gi, resolve: (_m, c) => approx(c.anchor, 'day') },
    { re: /\btomorrow\b/gi, resolve: (_m, c) => approx(addDays(c.anchor, 1), 'day') },
    { re: /\b(last|past|next|this|earlier this|later this)\s+(week|month|year)\b/gi, resolve: lastNextThis },
    {
      re: new RegExp(`\\b${NUM}\\s+${UNIT}\\s+(ago|earlier|before)\\b`, 'gi'),
      resolve: (m, c) => {
        if (!/ago/i.test(m[3]!)) return null;
        const { v, precision } = shift(c.anchor, m[2]!, -count(m[1]!));
        return approx(v, precision);
      },
    },
    {
      re: /\b(?:(last|next|this past|this|on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY)\b/g,
      resolve: weekdayDate,
    },
    {
      re: new RegExp(
        `\\b(?:for|over|during|in)\\s+(?:the\\s+(?:past|last|next)\\s+)?(?:(over|more than|nearly|almost|about|around|some|roughly|approximately|at least|close to)\\s+)?${NUM}\\s+${UNIT}(\\s+and\\s+a\\s+half)?\\b`,
        'gi',
      ),
      resolve: (m, c) => (/^(?:in|during|over)$/i.test(c.text.slice(c.at).split(/\s/)[0]!) && !/the\s+(?:past|last|next)/i.test(m[0]) ? null : duration(m)),
    },
  ];
}
