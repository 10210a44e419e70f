import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';

const DTG = { y: 2007, m: 8, d: 2 };
const one = (text: string, anchor = DTG) => {
  const hits = findDates(text, anchor);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe('findDates', () => {
  it('resolves a month and day against the DTG year', () => {
    expect(one('On July 25, Piccuta met Zhang').date).toEqual({ value: '2007-07-25', precision: 'day', approximate: false });
  });

  it('reads a zero-padded number after a month as a two-digit year', () => {
    const hits = findDates('shared in February 06, March 06, July 06, October 06, and March 07 (reftel)', DTG);
    expect(hits.map((h) => h.date?.value)).toEqual(['2006-02', '2006-03', '2006-07', '2006-10', '2007-03']);
    expect(hits.every((h) => h.date?.precision === 'month')).toBe(true);
  });

  it('reads "on July 05" as a day', () => {
    expect(one('They met on July 05 in Beijing').date?.value).toBe('2007-07-05');
  });

  it('puts two-digit years in the century nearest the DTG', () => {
    expect(one('ON 25 JUL 74 THE MINISTER', { y: 1975, m: 3, d: 1 }).date?.value).toBe('1974-07-25');
    expect(one('in March 99', { y: 2001, m: 1, d: 1 }).date?.value).toBe('1999-03');
  });

  it('never resolves past the DTG without a future marker, across the year boundary', () => {
    const jan = { y: 2007, m: 1, d: 5 };
    expect(one('The group met on December 28', jan).date?.value).toBe('2006-12-28');
    expect(one('In December the group met', jan).date?.value).toBe('2006-12');
    expect(one('The group met on January 5', jan).date?.value).toBe('2007-01-05');
    expect(one('The group met on January 6', jan).date?.value).toBe('2006-01-06');
  });

  it('lets a sentence about the future go past the DTG', () => {
    expect(one('The group will meet on January 6', { y: 2007, m: 12, d: 20 }).date?.value).toBe('2008-01-06');
    expect(one('They will meet in January.').date).toMatchObject({ value: '2008-01', precision: 'month' });
  });

  it('keeps months with a four-digit year and years after a preposition', () => {
    expect(one('asked for an update in May 2007, we').date).toMatchObject({ value: '2007-05', precision: 'month' });
    expect(one('since 2005 the company').date).toMatchObject({ value: '2005', precision: 'year' });
    expect(findDates('UNSCR 1747 and Resolution 1929', DTG)).toEqual([]);
  });

  it('resolves relative dates as approximate', () => {
    expect(one('He said yesterday that').date).toEqual({ value: '2007-08-01', precision: 'day', approximate: true });
    expect(one('last week the minister said').date).toMatchObject({ value: '2007-07-26', approximate: true });
    expect(one('last month the minister said').date).toMatchObject({ value: '2007-07', precision: 'month' });
    // 2007-08-02 was a Thursday.
    expect(one('On Monday the minister met').date?.value).toBe('2007-07-30');
    expect(one('On Monday the minister will travel').date?.value).toBe('2007-08-06');
    expect(one('three weeks ago').date?.value).toBe('2007-07-12');
  });

  it('keeps durations as ISO durations', () => {
    expect(one('information for over a year and a half, and').duration).toEqual({ duration: 'P1Y6M', approximate: true });
    expect(one('for the past three years').duration).toEqual({ duration: 'P3Y', approximate: false });
    expect(one('for two months').duration).toEqual({ duration: 'P2M', approximate: false });
  });

  it('does not take the verb "may" or "march" for a month', () => {
    expect(findDates('It may be that they march', DTG)).toEqual([]);
    expect(findDates('THE MINISTER MAY SAY', DTG)).toEqual([]);
  });

  it('reads a month naming an event after a determiner or a possessive', () => {
    expect(one("SOCA's September request went unanswered").date).toEqual({ value: '2006-09', precision: 'month', approximate: false });
    expect(one('since his March visit').date?.value).toBe('2007-03');
    expect(findDates('The May team will march', DTG)).toEqual([]);
  });

  it('reads the week of a day as that month, approximately', () => {
    expect(one('during the week of July 10 he called').date).toEqual({ value: '2007-07', precision: 'month', approximate: true });
  });

  it('reads a weekday before the date it names as that date, not as the last such weekday', () => {
    expect(findDates('On Monday, July 23, the Ambassador met him', DTG).map((h) => h.date?.value)).toEqual(['2007-07-23']);
    expect(one('On Monday the Ambassador met him').date?.value).toBe('2007-07-30');
  });
});

