// Statements as one reader may see them: everything read for a reader goes through here.
import { mayRead, type Reader } from '../access/clearance.js';
import { declassificationDate } from '../access/reader-class.js';
import { combine, formatMarking, parseMarking, type Marking, UNCLASSIFIED } from '../access/marking.js';
import type { Statement } from './types.js';

export function visibleTo(reader: Reader, statements: readonly Statement[]): Statement[] {
  return statements.filter((s) => mayRead(reader, parseMarking(s.marking), declassificationDate(s.declassifyOn)));
}

/** The highest marking among statements a reader was shown (for the audit log). */
export function highestMarking(statements: readonly Statement[]): string {
  let m: Marking = UNCLASSIFIED;
  for (const s of statements) m = combine(m, parseMarking(s.marking));
  return formatMarking(m);
}

export function valuesOf(statements: readonly Statement[], prop: Statement['prop']): string[] {
  return [...new Set(statements.filter((s) => s.prop === prop).map((s) => s.value))];
}

/** Groups statements by entity key. */
export function byEntity(statements: readonly Statement[]): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = out.get(s.entity) ?? [];
    list.push(s);
    out.set(s.entity, list);
  }
  return out;
}
