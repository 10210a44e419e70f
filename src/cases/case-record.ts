// A case as `case show --json` and GET /api/cases/:id print it (the contract form: entity names
// rather than references), and the highest marking among cases shown, for the audit log.
import { combine, formatMarking, parseMarking, UNCLASSIFIED } from '../access/marking.js';
import type { CaseView } from './case-view.js';

export function caseRecord(v: CaseView) {
  return {
    id: v.id,
    title: v.title,
    status: v.status,
    subjects: v.subjects,
    events: v.events.map((e) => ({
      date: e.date,
      precision: e.precision,
      kind: e.kind,
      summary: e.summary,
      actors: e.actors.map((a) => a.name),
      items: e.items.map((i) => i.name),
      recipient: e.recipient?.name ?? null,
      source: e.source,
      origin: e.origin,
    })),
    marking: v.marking,
  };
}

export type CaseRecord = ReturnType<typeof caseRecord>;

export function highestCaseMarking(views: readonly CaseView[]): string {
  return formatMarking(views.map((v) => parseMarking(v.marking)).reduce(combine, UNCLASSIFIED));
}
