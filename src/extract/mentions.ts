// All mentions in one stretch of text (a paragraph, the subject line or a plain text): dates first,
// then resolutions, regimes and items by pattern, then names; a later kind never overlaps an
// earlier one. Entity keys are left empty here: coreference fills them for the whole document.
import type { Ymd } from './calendar.js';
import { findDates } from './dates.js';
import { placeCode } from './gazetteer.js';
import { demonymCode } from './gazetteer.js';
import { nameMentions } from './names.js';
import { patternMentions } from './patterns.js';
import { splitTitle } from './titles.js';
import { isMixedCase, tokenize } from './tokens.js';
import type { Mention } from './types.js';

const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
// States that no longer exist keep their own names (ICU names SU "Russia").
const OLD_STATES: Record<string, string> = { SU: 'Soviet Union', DD: 'East Germany', YU: 'Yugoslavia', CS: 'Czechoslovakia' };

/** "ZHANG YAN" → "Zhang Yan"; mixed-case text is kept as written. */
export function tidy(text: string, mixed: boolean): string {
  const t = text.replace(/\s+/g, ' ').replace(/^(?:the|The|THE)\s+/, '').trim();
  if (mixed) return t;
  return t.toLowerCase().replace(/(^|[\s(/-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

function placeMention(base: Omit<Mention, 'normalized'>, mixed: boolean): Mention {
  const written = base.text.replace(/^(?:the|The|THE)\s+/, '');
  const code = placeCode(written) ?? demonymCode(written);
  let normalized = tidy(written, mixed);
  if (code && OLD_STATES[code]) normalized = OLD_STATES[code]!;
  else if (code && code.length === 2) {
    try {
      normalized = regionName.of(code) ?? normalized;
    } catch {
      // An old code ICU does not name (SU, DD): keep the written name.
    }
  }
  return { ...base, normalized, ...(code ? { country: code } : {}) };
}

function personMention(base: Omit<Mention, 'normalized'>, mixed: boolean): Mention {
  const tokens = tokenize(base.text).filter((t) => !/^['’]s$/i.test(t.text));
  const { title, name } = splitTitle(tokens.map((t) => t.text));
  // (The name is the last tokens; the title what stands before them, an article in it included.)
  const at = tokens.length - name.length;
  const titleText = title.length ? base.text.slice(tokens[0]!.start, tokens[at - 1]!.end) : '';
  const nameText = name.length ? base.text.slice(tokens[at]!.start, tokens[tokens.length - 1]!.end) : '';
  return {
    ...base,
    normalized: nameText ? tidy(nameText, mixed) : tidy(titleText, mixed),
    ...(titleText ? { title: tidy(titleText, mixed) } : {}),
  };
}

const overlaps = (a: { start: number; end: number }, list: Array<{ start: number; end: number }>): boolean =>
  list.some((b) => a.start < b.end && b.start < a.end);

/** The same span as another type, with the normalised form that type takes. */
export function rebuild(m: Mention, type: Mention['type'], mixed: boolean): Mention {
  const { title: _t, country: _c, ...rest } = m;
  const b = { ...rest, type };
  if (type === 'PLACE') return placeMention(b, mixed);
  if (type === 'PERSON') return personMention(b, mixed);
  // A one-word organisation in capitals is an acronym ("LIMMT", "IAEA"): keep it as written.
  return { ...b, normalized: /^[A-Z0-9&-]+$/.test(b.text) ? b.text : tidy(b.text, mixed) };
}

/**
 * `written`: for an ALL-CAPS line of a mixed-case document, the same line as the document writes its
 * words (truecase.ts): names are read from it, with the same offsets.
 */
export function textMentions(text: string, paragraph: number | null, anchor: Ymd, written?: string): Mention[] {
  const mixed = isMixedCase(text);
  const out: Mention[] = [];
  const base = (type: Mention['type'], start: number, end: number) => ({ type, text: text.slice(start, end), start, end, paragraph, entity: '' });
  for (const d of findDates(text, anchor)) {
    const normalized = d.date?.value ?? d.duration!.duration;
    out.push({ ...base('DATE', d.start, d.end), normalized, ...(d.date ? { date: d.date } : {}), ...(d.duration ? { duration: d.duration } : {}) });
  }
  for (const p of patternMentions(text)) {
    if (overlaps(p, out)) continue;
    out.push({ ...base(p.type, p.start, p.end), normalized: p.normalized, ...(p.concepts ? { concepts: p.concepts } : {}) });
  }
  const taken = [...out];
  for (const n of nameMentions(written ?? text)) {
    if (overlaps(n, taken)) continue;
    out.push(rebuild({ ...base(n.type, n.start, n.end), normalized: '' }, n.type, mixed));
  }
  return out.sort((a, b) => a.start - b.start);
}
