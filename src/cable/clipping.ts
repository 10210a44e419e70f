// Detects paragraphs cut at the page edge by the archive.org PDF renderings: text is really lost and
// nothing marks it except lines that stop mid-word at one fixed width.
import type { Paragraph } from './types.js';

export function clippedParagraphs(bodyText: string, paragraphs: readonly Paragraph[]): number[] {
  // A paragraph is found clipped when its end is a clipped line's, and such a line ends in a word
  // character (an empty text matches any line): when no paragraph ends so, nothing is found and the
  // lines need not be read (two cables in three of the sample).
  if (!paragraphs.some(mayEndClipped)) return [];
  const midWord: string[] = [];
  for (let start = 0; start <= bodyText.length; ) {
    let end = bodyText.indexOf('\n', start);
    if (end < 0) end = bodyText.length;
    // Trimming only shortens a line: a short one is never a candidate, and is not cut out.
    if (end - start >= 60) {
      const l = bodyText.slice(start, end).trimEnd();
      if (l.length >= 60 && isWordChar(l.charCodeAt(l.length - 1))) midWord.push(l);
    }
    start = end + 1;
  }
  if (midWord.length < 3) return [];
  const counts = new Map<number, number>();
  for (const l of midWord) counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
  const width = Math.max(...[...counts.entries()].filter(([, c]) => c >= 3).map(([w]) => w));
  if (!Number.isFinite(width)) return [];
  const clipped = new Set(midWord.filter((l) => l.length >= width - 1).map((l) => l.trim()));
  // With 40 characters of tail and no line shorter than that, a line matches either way exactly
  // when its last 40 characters are the tail: one set lookup instead of a pass over the lines.
  let ends: Set<string> | null = new Set();
  for (const line of clipped) {
    if (line.length < 40) {
      ends = null;
      break;
    }
    ends.add(line.slice(-40));
  }
  const out: number[] = [];
  for (const p of paragraphs) {
    const tail = p.text.slice(-40);
    if (ends !== null && tail.length === 40) {
      if (ends.has(tail)) out.push(p.n);
      continue;
    }
    for (const line of clipped) {
      if (line.endsWith(tail) || tail.endsWith(line.slice(-40))) {
        out.push(p.n);
        break;
      }
    }
  }
  return out;
}

function mayEndClipped(p: Paragraph): boolean {
  return p.text === '' || isWordChar(p.text.charCodeAt(p.text.length - 1));
}

/** [A-Za-z0-9] */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
