// Follow-ups: a request in a case with no later response. Due a number of days after it was made
// (counted from the end of the month or year when only those are known); overdue is computed as of
// a day, never stored. As of a day, only what had happened by then counts: a request made later
// is not listed, and a response given later does not yet answer.
import type { FollowUp } from '../wire/views.js';
import type { CaseEvent, CaseView } from './case-view.js';

export const DEFAULT_DUE_DAYS = 30;

export type { FollowUp } from '../wire/views.js';

export function followUps(cases: readonly CaseView[], asOf: string, dueDays = DEFAULT_DUE_DAYS): FollowUp[] {
  const out: FollowUp[] = [];
  for (const c of cases) {
    for (const request of c.events.filter((e) => e.kind === 'request' && e.date !== null && periodStart(e.date) <= asOf)) {
      const answer = c.events.find(
        (e) =>
          e.kind === 'response' &&
          e.date !== null &&
          periodEnd(e.date) >= periodStart(request.date!) &&
          periodStart(e.date) <= asOf &&
          sameCounterpart(request, e),
      );
      const dueOn = addDays(periodEnd(request.date!), dueDays);
      const answeredOn = answer?.date ?? null;
      const open = answeredOn === null;
      out.push({
        case: c.id,
        caseTitle: c.title,
        askedOn: request.date!,
        askedOf: request.recipient?.name ?? null,
        what: request.summary,
        dueOn,
        answeredOn,
        overdue: open && asOf > dueOn,
        daysOpen: Math.max(0, daysBetween(periodStart(request.date!), open ? asOf : periodStart(answeredOn))),
        source: request.source,
      });
    }
  }
  return out.sort((a, b) => a.askedOn.localeCompare(b.askedOn));
}

/** A response answers a request when it comes from the party asked (or either side is unknown). */
function sameCounterpart(request: CaseEvent, response: CaseEvent): boolean {
  const asked = request.recipient?.entity;
  if (!asked) return true;
  return response.actors.some((a) => a.entity === asked) || response.recipient?.entity === asked || response.actors.length === 0;
}

/** "2007-05" starts on 2007-05-01; "2007" on 2007-01-01. */
export function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

/** "2007-05" ends on 2007-05-31; "2007" on 2007-12-31. */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return date.slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
