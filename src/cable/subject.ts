// SUBJECT: one or more lines up to the next field, a blank line or the first paragraph; its portion
// mark ("(S) LIMMT INVESTIGATION") is taken apart from the text.
import { PORTION_MARK_SOURCE, canonicalMark } from './markings.js';

export interface Subject {
  text: string;
  marking: string | null;
}

const LABEL_RE = /(?:^|[ \t])(?:U?SUBJ(?:ECT)?|UBJECT)\b[ \t]*:?[ \t]*/im;
const NEXT_FIELD_RE =
  /^[ \t]*(?:REF(?:S|TELS?|\(S\))?\b|CLASSIFIED[ \t]+BY|E\.?[ \t]?O\.?[ \t]*1|TAGS\b|¶|\d{1,2}[ \t]?\.[ \t]*(?:\(|[A-Z])|[-=_]{3,}|(?:SECRET|CONFIDENTIAL|UNCLAS(?:SIFIED)?)\b|SUMMARY\b|Summary\b|SIPDIS\b|\(?[A-Z]{1,3}(?:\/\/?[A-Z]+)?\)[ \t])/i;
// Fields that follow on the same line in copies without line breaks, glued or not ("EGYPTREF:").
const INLINE_STOP_RE =
  /(?:\b(?:REF(?:S|TELS?|\(S\))?|Ref(?:s|tels?|\(s\))?)[ \t]*:|(?<=[A-Za-z0-9\u2019'])REFS?:|Classified By:|CLASSIFIED BY:|\bSensitive [Bb]ut\b|\bSENSITIVE BUT\b|\bREF[ \t]+[A-Z]\)|\s¶\d|\s1\.[ \t]*\()/;
const MARK_RE = new RegExp(String.raw`^\(\s*(${PORTION_MARK_SOURCE})\s*\)\s*`, 'i');

export function parseSubject(lines: readonly string[], from: number, to: number): Subject | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const m = LABEL_RE.exec(lines[i]!);
    if (!m) continue;
    if (m.index > 0 && !/[:]/.test(m[0]) && !/\b(?:N\/A|[A-Z]{2,4})[ \t]*$/.test(lines[i]!.slice(0, m.index))) continue;
    return readSubject(lines, i, m.index + m[0].length, to);
  }
  return null;
}

function readSubject(lines: readonly string[], i: number, offset: number, to: number): Subject {
  let first = lines[i]!.slice(offset);
  let j = i + 1;
  if (first.trim() === '') {
    while (j < to && j < lines.length && lines[j]!.trim() === '') j++;
    first = lines[j] ?? '';
    j++;
  }
  const parts = [first];
  const allCaps = !/[a-z]/.test(first);
  for (; j < Math.min(to, lines.length, i + 8); j++) {
    const line = lines[j]!;
    if (line.trim() === '' || NEXT_FIELD_RE.test(line) || INLINE_STOP_RE.test(parts.join(' '))) break;
    if (allCaps && /[a-z]{3}/.test(line)) break;
    parts.push(line);
  }
  // A line that ends in a hyphenated compound continues it without a space ("US- / LATIN").
  let text = parts.map((p) => p.trimEnd()).join('\n').replace(/(?<=[A-Za-z])-\n(?=[A-Za-z])/g, '-').replace(/\n/g, ' ');
  const stop = INLINE_STOP_RE.exec(text);
  if (stop) text = text.slice(0, stop.index);
  // A label written twice ("SUBJECT: SUBJECT: ...") is a drafting slip, not part of the subject.
  text = text.replace(/\s+/g, ' ').trim().replace(/^(?:SUBJ(?:ECT)?[ \t]*:[ \t]*)+/i, '');
  const mark = MARK_RE.exec(text);
  if (mark) text = text.slice(mark[0].length).trim();
  return { text, marking: mark ? canonicalMark(mark[1]!) : null };
}
