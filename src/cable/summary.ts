// The summary: from "SUMMARY:" (or a "Summary" heading) to "END SUMMARY", across paragraphs,
// without paragraph numbers and portion marks.
import type { Paragraph } from './types.js';

const START_RE =
  /^(?:\(\w+(?:\/\/?\w+)?\)\s*)?(?:(?:UPDATED\s+)?SUMMARY(?:\s+AND\s+(?:COMMENT|ACTION\s+REQUEST|INTRODUCTION|TABLE OF CONTENTS))?|SUMMARY\/COMMENT)\s*[:.\-]\s*(?:\(\w+\)\s*)?/i;
const END_RE = /\s*[-(]*\s*\bEND\s+(?:OF\s+)?SUMMARY\b(?:\s*(?:AND|\/)\s*(?:COMMENT|ACTION\s+REQUEST|INTRODUCTION))?\s*[.)\-]*\s*/i;

export function parseSummary(paragraphs: readonly Paragraph[], preamble: string): string | null {
  const fromPreamble = summaryInPreamble(preamble);
  if (fromPreamble) return fromPreamble;
  for (let i = 0; i < Math.min(paragraphs.length, 4); i++) {
    const p = paragraphs[i]!;
    const start = START_RE.exec(p.text);
    const headed = p.heading !== undefined && /^summary\b/i.test(p.heading);
    if (!start && !headed) continue;
    return collect(paragraphs, i, start ? start[0].length : 0);
  }
  return null;
}

function summaryInPreamble(preamble: string): string | null {
  const m = /(?:^|\n)\s*(?:SUMMARY|Summary)(?:\/Comment)?\s*:\s*([\s\S]*?)(?:\bEND\s+SUMMARY\b[^\n]*|$)/i.exec(preamble);
  if (!m || !/END\s+SUMMARY/i.test(preamble)) return null;
  return tidy(m[1]!);
}

function collect(paragraphs: readonly Paragraph[], i: number, offset: number): string | null {
  const parts: string[] = [];
  for (let k = i; k < Math.min(paragraphs.length, i + 8); k++) {
    const text = k === i ? paragraphs[k]!.text.slice(offset) : paragraphs[k]!.text;
    const end = END_RE.exec(text);
    if (end) {
      parts.push(text.slice(0, end.index));
      return tidy(parts.join('\n'));
    }
    parts.push(text);
  }
  // No END SUMMARY: the summary is the paragraph that announced it.
  return tidy(parts[0] ?? '');
}

function tidy(text: string): string | null {
  const t = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n')
    .trim();
  return t.length > 0 ? t : null;
}
