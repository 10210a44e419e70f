import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseView } from './case-view.js';
import { addDays, followUps, periodEnd, periodStart } from './follow-ups.js';

const event = (date: string, kind: string, extra: Partial<CaseEvent> = {}): CaseEvent => ({
  key: `e:${date}:${kind}`,
  date,
  precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  approximate: false,
  kind,
  summary: `${kind} on ${date}`,
  actors: [],
  items: [],
  recipient: null,
  source: { cable: '07X1', paragraph: 1 },
  origin: 'extracted',
  marking: 'CONFIDENTIAL',
  ...extra,
});

const caseOf = (events: CaseEvent[]): CaseView => ({ id: 'case:1', title: 'T', status: 'open', subjects: [], events, marking: 'SECRET', recordMarking: 'UNCLASSIFIED' });

describe('periods', () => {
  it('knows where a month or a year begins and ends', () => {
    expect([periodStart('2007-05'), periodEnd('2007-05')]).toEqual(['2007-05-01', '2007-05-31']);
    expect([periodStart('2008-02'), periodEnd('2008-02')]).toEqual(['2008-02-01', '2008-02-29']);
    expect([periodStart('2007'), periodEnd('2007')]).toEqual(['2007-01-01', '2007-12-31']);
    expect(periodEnd('2007-07-25')).toBe('2007-07-25');
    expect(addDays('2007-12-20', 30)).toBe('2008-01-19');
  });
});

describe('followUps', () => {
  const zhang = { entity: 'person:1', name: 'Zhang' };
  it('is due 30 days after the end of the month asked, overdue only after that', () => {
    const c = caseOf([event('2007-05', 'request', { recipient: zhang })]);
    expect(followUps([c], '2007-06-30')[0]).toMatchObject({ dueOn: '2007-06-30', overdue: false, daysOpen: 60 });
    expect(followUps([c], '2007-07-01')[0]).toMatchObject({ overdue: true, askedOf: 'Zhang' });
    expect(followUps([c], '2007-08-02', 90)[0]!.overdue).toBe(false);
  });
  it('is answered by a later response from the party asked, not by a non-response or another party', () => {
    const other = { entity: 'person:2', name: 'Li' };
    const asked = event('2007-05', 'request', { recipient: zhang });
    expect(followUps([caseOf([asked, event('2007-08-02', 'non-response')])], '2007-09-01')[0]!.answeredOn).toBeNull();
    expect(followUps([caseOf([asked, event('2007-06-10', 'response', { actors: [other] })])], '2007-09-01')[0]!.answeredOn).toBeNull();
    const answered = followUps([caseOf([asked, event('2007-06-10', 'response', { actors: [zhang] })])], '2007-09-01')[0]!;
    expect(answered).toMatchObject({ answeredOn: '2007-06-10', overdue: false, daysOpen: 40 });
  });
  it('ignores a response from before the request', () => {
    const c = caseOf([event('2007-01-10', 'response', { actors: [zhang] }), event('2007-05', 'request', { recipient: zhang })]);
    expect(followUps([c], '2007-09-01')[0]!.answeredOn).toBeNull();
  });
  it('as of a day, knows only what had happened by then', () => {
    const c = caseOf([event('2007-05', 'request', { recipient: zhang }), event('2007-09-20', 'response', { actors: [zhang] })]);
    expect(followUps([c], '2007-04-30')).toEqual([]);
    expect(followUps([c], '2007-05-15')[0]).toMatchObject({ askedOn: '2007-05', overdue: false, answeredOn: null });
    expect(followUps([c], '2007-08-02')[0]).toMatchObject({ overdue: true, answeredOn: null, daysOpen: 93 });
    expect(followUps([c], '2007-10-01')[0]).toMatchObject({ overdue: false, answeredOn: '2007-09-20', daysOpen: 142 });
  });
});
