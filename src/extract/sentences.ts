// Sentence boundaries with offsets. Cables abbreviate a lot ("U.S.", "a.i.", "Amb.", "No. 5"), so a
// period ends a sentence only when a capital (or a quote or bracket) follows and the word before it
// is not a known abbreviation or a lone initial. A redaction ("xxxxxxxxxxxx then reiterated") stands
// for a name and opens a sentence as one would.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREV = /(?:^|[\s(])(?:U\.S|U\.N|U\.K|a\.i|A\.I|Mr|Mrs|Ms|Dr|Amb|Min|Sec|Pres|Dep|Asst|Cmdr|Capt|Maj|Gen|Col|Lt|Adm|Sen|Rep|Gov|No|Nos|Art|para|Para|Paras|Ref|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Ltd|Corp|Dept|etc|i\.e|e\.g|vs|approx|[A-Z])$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?]+["”')\]]*(?=\s+["“'(\[]?(?:[A-Z0-9]|x{5,}))|[.!?]+["”')\]]*\s*$/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index);
    if (m[0].startsWith('.') && ABBREV.test(before)) continue;
    const end = m.index + m[0].length;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
