// Detects paragraphs cut at the page edge by the archive.org PDF renderings: text is really lost and
// nothing marks it except lines that stop mid-word at one fixed width.
import type { Paragraph } from './types.js';

export function clippedParagraphs(bodyText: string, paragraphs: readonly Paragraph[]): number[] {
  const midWord: string[] = [];
  for (const line of bodyText.split('\n')) {
    // Trimming only shortens a line: a short one is never a candidate.
    if (line.length < 60) continue;
    const l = line.trimEnd();
    if (l.length >= 60 && /[A-Za-z0-9]$/.test(l)) midWord.push(l);
  }
  if (midWord.length < 3) return [];
  const counts = new Map<number, number>();
  for (const l of midWord) counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
  const width = Math.max(...[...counts.entries()].filter(([, c]) => c >= 3).map(([w]) => w));
  if (!Number.isFinite(width)) return [];
  const clipped = new Set(midWord.filter((l) => l.length >= width - 1).map((l) => l.trim()));
  const out: number[] = [];
  for (const p of paragraphs) {
    const tail = p.text.slice(-40);
    for (const line of clipped) {
      if (line.endsWith(tail) || tail.endsWith(line.slice(-40))) {
        out.push(p.n);
        break;
      }
    }
  }
  return out;
}
