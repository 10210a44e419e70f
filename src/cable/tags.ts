// TAGS: finding the field among the header lines (TAGS:, TAGS without colon, misspelt labels,
// continuation lines) and reading it into tags in cable order, with cablemap's typo fixes, person
// tags kept whole ("STEINBERG, JAMES B."), merged codes split (PHUMBA -> PHUM, BA) and duplicates
// dropped. Unknown codes are kept, never dropped.
import { cableVocab } from './vocab.js';

const LABEL_RE = /(?:^|[ \t])(TAGS?|TAS|TABS|TGS|TAGES|AGS)(?:[ \t]*[:;,][ \t]*|[ \t]+)(?=\S)/gim;
const FIELD_START_RE = /^[ \t]*(?:SUBJ(?:ECT)?\b|UBJECT\b|E\.?\s?O\.?[ \t]*\d|EO[ \t]+\d|REFS?\b|REF\(S\)|CLASSIFIED[ \t]+BY|¶|\(?[A-Z]\)|\d{1,2}\.[ \t]|[A-Z][a-z]+,[ \t]+\d)/i;
const SUBJECT_LINE_RE = /^[ \t]*U?SUBJ(?:ECT)?\b/i;
const INLINE_STOP_RE = /\b(?:SUBJ(?:ECT)?|UBJECT)\b[ \t]*:?|\bREF(?:S|\(S\))?:|\bCLASSIFIED BY\b/i;

/** The raw TAGS field text, or null when the cable has none. */
export function findTagsField(lines: readonly string[], from: number, to: number): string | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i]!;
    LABEL_RE.lastIndex = 0;
    const m = LABEL_RE.exec(line);
    if (!m) continue;
    const atLineStart = line.slice(0, m.index).trim() === '';
    if (!atLineStart && !/[:;]/.test(m[0]) && !/DECL|N\/A|12958|12356|13526/i.test(line.slice(0, m.index))) continue;
    return collect(lines, i, m.index + m[0].length, to);
  }
  return unlabelledTagsLine(lines, from, Math.min(to, lines.length));
}

const EO_LINE_RE = /^[ \t]*(?:E\.?[ \t]?O\.?|EO)[ \t]*1\d{3,4}\b/i;

/**
 * A TAGS line that lost its label ("E.O. 12958: N/A" / "EFIN, ECON, PGOV, CH" / "SUBJECT: ..."):
 * the one line between the E.O. line and the subject, when every word on it is a tag code and
 * most are known ones.
 */
function unlabelledTagsLine(lines: readonly string[], from: number, to: number): string | null {
  for (let i = from + 1; i < to - 1; i++) {
    if (!EO_LINE_RE.test(lines[i - 1]!) || !SUBJECT_LINE_RE.test(lines[i + 1]!)) continue;
    const words = lines[i]!.trim().split(/[\s,]+/).filter((w) => w !== '');
    const known = words.filter((w) => cableVocab().tags.get(w)?.kind !== undefined && cableVocab().tags.get(w)?.kind !== 'unknown');
    if (words.length >= 2 && words.every((w) => /^[A-Z]{2,4}$/.test(w) && isCode(w)) && known.length * 2 > words.length) return lines[i]!.trim();
  }
  return null;
}

function collect(lines: readonly string[], i: number, offset: number, to: number): string {
  const parts = [lines[i]!.slice(offset)];
  for (let j = i + 1; j < Math.min(to, lines.length, i + 6); j++) {
    const line = lines[j]!;
    if (line.trim() === '' || FIELD_START_RE.test(line)) break;
    if (INLINE_STOP_RE.test(parts[parts.length - 1]!)) break;
    const prevEndsWithComma = /,\s*$/.test(parts[parts.length - 1]!);
    const subjectOnLine = /\bSUBJ(?:ECT)?\b[ \t]*:/i.test(line);
    if (!prevEndsWithComma && !subjectOnLine && !subjectFollows(lines, j, to)) break;
    parts.push(line);
    if (subjectOnLine) break;
  }
  const joined = parts.join('\n');
  const stop = INLINE_STOP_RE.exec(joined);
  return stop ? joined.slice(0, stop.index) : joined;
}

function subjectFollows(lines: readonly string[], j: number, to: number): boolean {
  for (let k = j + 1; k < Math.min(to, lines.length, j + 4); k++) {
    if (SUBJECT_LINE_RE.test(lines[k]!)) return true;
    if (lines[k]!.trim() === '') return false;
  }
  return false;
}

/** Reads a TAGS field into tags, in cable order; `fixes: false` keeps codes as written (no typo fixes). */
export function parseTags(field: string, options: { fixes?: boolean } = {}): string[] {
  const fixes = options.fixes ?? true;
  const vocab = cableVocab();
  let text = field.toUpperCase().replace(/\s+/g, ' ').trim();
  const persons: string[] = [];
  text = text.replace(/\(([^()]*,[^()]*)\)/g, (_m, p: string) => {
    persons.push(p.trim().replace(/\s+/g, ' '));
    return `, \u0000${persons.length - 1}, `;
  });
  for (const [re, to, from] of fixes ? phraseFixes() : []) {
    // Each pattern holds its phrase as written: most fields have none of them.
    if (!text.includes(from)) continue;
    text = text.replace(re, (_m, pre: string) => {
      persons.push(...to);
      const marks = to.map((_t, k) => `\u0000${persons.length - to.length + k}`).join(', ');
      return `${pre}, ${marks}, `;
    });
  }
  const tags: string[] = [];
  text = text.replace(/(?<=[A-Z]):(?=\s|$)/g, '');
  for (const item of text.split(',')) readItem(item.trim(), persons, tags);
  // One array literal filled in loops: map, filter and an early [] return arrays of another
  // elements kind when empty, and the code optimised for one kind was deoptimised by the other.
  const out: string[] = [];
  for (const tag of tags) {
    if (fixes) {
      for (const fixed of fixTag(tag)) if (!out.includes(fixed)) out.push(fixed);
    } else if (!out.includes(tag)) out.push(tag);
  }
  const kept: string[] = [];
  for (const t of out) if (t !== '' && t !== 'SIPDIS' && !/^X{4,}$/.test(t) && !/^\d+$/.test(t)) kept.push(t);
  return kept;
}

let compiledFixes: { vocab: unknown; list: [RegExp, string[], string][] } | null = null;

/** cablemap's fixes for codes written as several words ("CLINTON HILLARY"), compiled once, with the phrase. */
function phraseFixes(): [RegExp, string[], string][] {
  const vocab = cableVocab();
  if (compiledFixes === null || compiledFixes.vocab !== vocab) {
    const list: [RegExp, string[], string][] = [];
    for (const [from, to] of vocab.tagFixes) {
      if (from.includes(' ')) list.push([new RegExp(String.raw`(^|[ ,])${escapeRe(from)}(?=$|[ ,])`, 'g'), to, from]);
    }
    compiledFixes = { vocab, list };
  }
  return compiledFixes.list;
}

/** Adds an item's tags to `out`: persons, codes, and the runs of other words between them as phrases. */
function readItem(item: string, persons: string[], out: string[]): void {
  if (item === '') return;
  const words: string[] = [];
  for (const w of item.split(' ')) if (w !== '') words.push(w);
  // The phrase is the words from `phraseStart` up to the current one.
  let phraseStart = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.startsWith('\u0000')) {
      flushPhrase(words, phraseStart, k, out);
      out.push(persons[Number(word.slice(1))]!);
      phraseStart = k + 1;
    } else if (isCode(word) && !(k > phraseStart && isPhraseWord(words[k + 1]) && word.length <= 3)) {
      flushPhrase(words, phraseStart, k, out);
      out.push(word);
      phraseStart = k + 1;
    }
  }
  flushPhrase(words, phraseStart, words.length, out);
}

function flushPhrase(words: readonly string[], from: number, to: number, out: string[]): void {
  if (to <= from) return;
  let phrase = words[from]!;
  for (let k = from + 1; k < to; k++) phrase += ` ${words[k]}`;
  out.push(phrase);
}

function isPhraseWord(word: string | undefined): boolean {
  return word !== undefined && !word.startsWith('\u0000') && !isCode(word);
}

/** A word that reads as a tag code on its own (known code, or the shape of one) rather than prose. */
function isCode(word: string): boolean {
  const vocab = cableVocab();
  const known = vocab.tags.get(word);
  // The vocabulary's "unknown" entries are words WikiLeaks split off phrases (HUMAN, RIGHTS).
  if ((known && known.kind !== 'unknown') || vocab.tagFixes.has(word)) return true;
  if (/^[A-Z]{2}$/.test(word) || /^[A-Z]{2,6}\/[A-Z0-9-]+$/.test(word)) return true;
  if (/^[AEMPKSTCOB][A-Z]{3}$/.test(word)) return true;
  return vocab.tags.size > 0 && splitMerged(word) !== null;
}

function fixTag(tag: string): string[] {
  const vocab = cableVocab();
  const fixed = vocab.tagFixes.get(tag);
  if (fixed) return fixed.flatMap((t) => (t === tag ? [t] : fixTag(t)));
  if (vocab.tags.has(tag)) return [tag];
  return splitMerged(tag) ?? [tag];
}

/**
 * Splits a run of merged codes ("ETRDEINVECINPGOVCS", "VEPREL") into known codes; null when it is
 * not one. Only four-letter codes, with at most one country code before or after, so that words
 * ("RIGHTS") are never mistaken for strings of country codes.
 */
function splitMerged(token: string): string[] | null {
  const tags = cableVocab().tags;
  if (token.length < 6 || !/^[A-Z]+$/.test(token) || tags.has(token)) return null;
  for (const lead of [0, 2]) {
    for (const trail of [0, 2]) {
      const core = token.slice(lead, token.length - trail);
      if (core.length === 0 || core.length % 4 !== 0) continue;
      const parts = [
        ...(lead ? [token.slice(0, 2)] : []),
        ...(core.match(/.{4}/g) ?? []),
        ...(trail ? [token.slice(-2)] : []),
      ];
      if (parts.length >= 2 && parts.every((p) => tags.has(p))) return parts;
    }
  }
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type TagKind = 'geo' | 'subject' | 'program' | 'organization' | 'person' | 'unknown';

/** The kind of a TAGS code: country, subject, program (K-tags), organisation or person. */
export function tagKind(tag: string): TagKind {
  const code = tag.toUpperCase();
  if (code.includes(',')) return 'person';
  const known = cableVocab().tags.get(code);
  if (known && known.kind !== 'unknown') return known.kind as TagKind;
  if (/^K[A-Z]{3}$/.test(code)) return 'program';
  if (/^[A-Z]{2}$/.test(code)) return 'geo';
  if (/^[AEMPSTCOB][A-Z]{3}$/.test(code) && known) return 'subject';
  return 'unknown';
}
