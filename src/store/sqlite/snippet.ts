// Snippet highlighting: FTS5 wraps matched terms in marker characters (which indexed text never
// contains, see text-views.ts); this turns them into plain text plus [start, end) offsets.

export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';

export function highlightMarked(marked: string): { text: string; highlights: Array<[number, number]> } {
  let text = '';
  const highlights: Array<[number, number]> = [];
  let start = -1;
  let from = 0;
  for (let i = 0; i < marked.length; i += 1) {
    const ch = marked[i];
    if (ch !== MARK_OPEN && ch !== MARK_CLOSE) continue;
    text += marked.slice(from, i);
    from = i + 1;
    if (ch === MARK_OPEN) start = text.length;
    else if (start >= 0) {
      highlights.push([start, text.length]);
      start = -1;
    }
  }
  text += marked.slice(from);
  return { text, highlights };
}
