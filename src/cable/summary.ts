// The summary: from "SUMMARY:" (or a "Summary" heading) to "END SUMMARY", across paragraphs,
// without paragraph numbers and portion marks.
import type { ParagraphsResult } from './paragraphs.js';

const START_RE =
  /^(?:\(\w+(?:\/\/?\w+)?\)\s*)?(?:(?:UPDATED\s+)?SUMMARY(?:\s+AND\s+(?:COMMENT|ACTION\s+REQUEST|INTRODUCTION|TABLE OF CONTENTS))?|SUMMARY\/COMMENT)\s*[:.\-]\s*(?:\(\w+\)\s*)?/i;
const END_RE = /\s*[-(]*\s*\bEND\s+(?:OF\s+)?SUMMARY\b(?:\s*(?:AND|\/)\s*(?:COMMENT|ACTION\s+REQUEST|INTRODUCTION))?\s*[.)\-]*\s*/i;
// END_RE starts with \s*, so it is tried from every blank of a paragraph: it runs only where this,
// the part every match contains, occurs (six times faster on text without an END SUMMARY). The
// test is for /END\s+(?:OF\s+)?SUMMARY/i, read from SUMMARY back: tried from every E (the commonest
// letter), it cost 1.7 times as much.
const END_WORDS = /SUMMARY(?<=END\s+(?:OF\s+)?SUMMARY)/i;

function endOfSummary(text: string): RegExpExecArray | null {
  return END_WORDS.test(text) ? END_RE.exec(text) : null;
}

/** The summary, quoted line by line as the cable writes it (paragraph numbers and marks left out). */
export function parseSummary(result: Pick<ParagraphsResult, 'paragraphs' | 'raw' | 'preamble'>): string | null {
  const fromPreamble = summaryInPreamble(result.preamble);
  if (fromPreamble) return fromPreamble;
  // Arrays filled in loops (map and filter return another elements kind when empty).
  const texts: string[] = [];
  for (const r of result.raw) texts.push(r.trim());
  for (let i = 0; i < Math.min(texts.length, 4); i++) {
    const start = START_RE.exec(texts[i]!);
    const heading = result.paragraphs[i]!.heading;
    if (start || (heading !== undefined && /^summary\b/i.test(heading))) return collect(texts, i, start ? start[0].length : 0);
  }
  // No announcement, but an END SUMMARY early on: the summary runs from the first paragraph to it.
  for (let i = 0; i < Math.min(texts.length, 4); i++) if (endOfSummary(texts[i]!) !== null) return collect(texts, 0, 0);
  return null;
}

function summaryInPreamble(preamble: string): string | null {
  if (!/END\s+SUMMARY/i.test(preamble)) return null;
  const m = /(?:^|\n)\s*(?:SUMMARY|Summary)(?:\/Comment)?\s*:\s*([\s\S]*?)(?:\bEND\s+SUMMARY\b[^\n]*|$)/i.exec(preamble);
  if (!m) return null;
  return tidy(m[1]!);
}

function collect(texts: readonly string[], i: number, offset: number): string | null {
  const parts: string[] = [];
  for (let k = i; k < Math.min(texts.length, i + 8); k++) {
    const text = cutAtRule(k === i ? texts[k]!.slice(offset) : texts[k]!);
    const end = endOfSummary(text);
    if (end) {
      parts.push(text.slice(0, end.index));
      return tidy(parts.join('\n'));
    }
    parts.push(text);
  }
  // No END SUMMARY: the summary is the paragraph that announced it.
  return tidy(parts[0] ?? '');
}

/** A section rule ("-------- Training --------") ends the summary too. */
function cutAtRule(text: string): string {
  // The pattern starts with \s*, so it is tried from every blank: only run it when a rule is there.
  if (!text.includes('----')) return text;
  return text.replace(/\s*-{4,}[^\n]*?-{4,}[\s\S]*$/, '');
}

function tidy(text: string): string | null {
  let t = '';
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (l.length > 0) t = t === '' ? l : `${t}\n${l}`;
  }
  return t.length > 0 ? t : null;
}
