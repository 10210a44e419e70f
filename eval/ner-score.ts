// Scoring shared by the NER evaluations (eval/ner.ts on HistoryLab, eval/ner-mixed.ts on our own
// labels of mixed-case sample cables): a prediction counts when it has a gold span's type and
// overlaps it (or, exact, has its edges), each gold span matched at most once.
export const TYPES = ['PERSON', 'ORGANIZATION', 'PLACE'] as const;
export type T = (typeof TYPES)[number];
export interface Span {
  type: T;
  start: number;
  end: number;
}
export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export function match(gold: Span[], pred: Span[], exact: boolean): Map<T, Count> {
  const counts = new Map<T, Count>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const used = new Set<number>();
  for (const p of pred) {
    const i = gold.findIndex(
      (g, k) => !used.has(k) && g.type === p.type && (exact ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end),
    );
    if (i >= 0) {
      used.add(i);
      counts.get(p.type)!.tp++;
    } else counts.get(p.type)!.fp++;
  }
  gold.forEach((g, k) => {
    if (!used.has(k)) counts.get(g.type)!.fn++;
  });
  return counts;
}

export const f1 = (c: Count): [number, number, number] => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
};

export function printCounts(s: Map<T, Count>): void {
  for (const t of TYPES) {
    const c = s.get(t)!;
    const [p, r, f] = f1(c);
    console.log(`    ${t.padEnd(13)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
}
