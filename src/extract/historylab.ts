// Reads the HistoryLab NER ground truth (a numbered entity list, "@@@", then cable text with
// possibly nested "[[mention || entity#]]" markup) into plain text with typed gold spans. Used to
// train the ALL-CAPS tagger and by `npm run eval:ner`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The gold coarse types: PER.* → PERSON, ORG.* → ORGANIZATION, GPE.* and LOC* → PLACE. */
export type GoldType = 'PERSON' | 'ORGANIZATION' | 'PLACE';

export interface GoldSpan {
  start: number;
  end: number;
  type: GoldType | null;
  /** The fine label from the entity list ("PER.IND", "GPE.NATION"). */
  label: string;
  entity: number;
  /** Nesting depth: 0 for an outermost span. */
  depth: number;
}

export interface GoldDoc {
  name: string;
  text: string;
  spans: GoldSpan[];
  /** Markup the reader could not make sense of (unclosed brackets, unknown entity numbers). */
  problems: string[];
}

export function coarseType(label: string): GoldType | null {
  const l = label.toUpperCase();
  if (l.startsWith('PER')) return 'PERSON';
  if (l.startsWith('ORG')) return 'ORGANIZATION';
  if (l.startsWith('GPE') || l.startsWith('LOC')) return 'PLACE';
  return null;
}

function readEntityList(head: string): Map<number, string> {
  const labels = new Map<number, string>();
  for (const line of head.split(/\r?\n/)) {
    const m = /^\s*(\d+)\s*\.?\s*(.*?)\s+((?:PER|ORG|GPE|LOC|FAC|NORP)[A-Z.]*)\s*$/i.exec(line.replace(/\uFEFF/g, ''));
    if (m) labels.set(Number(m[1]), m[3]!.toUpperCase());
  }
  return labels;
}

interface Open {
  start: number;
  depth: number;
}

/** Parses one annotated document; spans are trimmed of surrounding blanks. */
export function parseHistoryLab(raw: string, name = 'doc'): GoldDoc {
  const src = raw.replace(/\uFEFF/g, '');
  const split = src.indexOf('@@@');
  const labels = readEntityList(split < 0 ? '' : src.slice(0, split));
  const body = split < 0 ? src : src.slice(split + 3);
  let text = '';
  const spans: GoldSpan[] = [];
  const problems: string[] = [];
  const stack: Open[] = [];
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('[[', i)) {
      stack.push({ start: text.length, depth: stack.length });
      i += 2;
    } else if (body.startsWith('||', i) && stack.length > 0) {
      const close = body.indexOf(']]', i);
      const open = stack.pop()!;
      const id = Number(/\d+/.exec(body.slice(i + 2, close < 0 ? i + 12 : close))?.[0] ?? NaN);
      i = close < 0 ? body.length : close + 2;
      const label = labels.get(id);
      if (label === undefined) problems.push(`unknown entity ${id} at ${open.start}`);
      const [s, e] = trimSpan(text, open.start, text.length);
      if (e > s) spans.push({ start: s, end: e, type: label ? coarseType(label) : null, label: label ?? '?', entity: id, depth: open.depth });
    } else {
      text += body[i];
      i++;
    }
  }
  if (stack.length > 0) problems.push(`${stack.length} unclosed [[`);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { name, text, spans, problems };
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s"“”]/.test(text[s]!)) s++;
  while (e > s && /[\s"“”]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** The annotated documents of one split ("train", "dev", "test"); the ToBeFixed subfolders are left out. */
export function readHistoryLabSplit(root: string, split: string): GoldDoc[] {
  const dir = path.join(root, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseHistoryLab(readFileSync(path.join(dir, f), 'utf8'), f.replace(/\.txt$/, '')));
}
