// Search filters as users type them: dates by year, month or day, classification forms, limits.
import { describe, expect, it } from 'vitest';
import { parseSearchRequest } from './search-request.js';

describe('parseSearchRequest', () => {
  it('turns YYYY, YYYY-MM and YYYY-MM-DD into an inclusive start and an exclusive end', () => {
    expect(parseSearchRequest({ query: 'x', from: '2007', to: '2007' })).toMatchObject({
      createdFrom: '2007-01-01',
      createdBefore: '2008-01-01',
    });
    expect(parseSearchRequest({ query: 'x', from: '2007-12', to: '2007-12' })).toMatchObject({
      createdFrom: '2007-12-01',
      createdBefore: '2008-01-01',
    });
    expect(parseSearchRequest({ query: 'x', from: '2008-02-28', to: '2008-02-29' })).toMatchObject({
      createdFrom: '2008-02-28',
      createdBefore: '2008-03-01',
    });
  });

  it.each([
    [{ query: 'x', from: '2007-13' }, /--from: no such date/],
    [{ query: 'x', to: '2007-02-30' }, /--to: no such date/],
    [{ query: 'x', from: '07/08/2007' }, /--from: use YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ query: 'x', from: '2008', to: '2007' }, /--from 2008 is after --to 2007/],
    [{ query: 'x', limit: '0' }, /--limit/],
    [{ query: 'x', limit: 'ten' }, /--limit/],
    [{ query: 'x', limit: '2.5' }, /--limit: must be a whole number/],
    [{ query: '' }, /empty search/],
    [{}, /empty search/],
    [{ query: 'x', tag: [''] }, /--tag: empty tag/],
  ])('rejects %j', (input, message) => {
    expect(() => parseSearchRequest(input)).toThrow(message);
  });

  it('reads a bare classification as a banner level and a full form exactly', () => {
    expect(parseSearchRequest({ classification: 'secret' }).classification).toEqual({ level: 'SECRET' });
    expect(parseSearchRequest({ classification: 'S' }).classification).toEqual({ level: 'SECRET' });
    expect(parseSearchRequest({ classification: 'unclas' }).classification).toEqual({ level: 'UNCLASSIFIED' });
    expect(parseSearchRequest({ classification: 'secret//noforn' }).classification).toEqual({ exact: 'SECRET//NOFORN' });
  });

  it('allows a browse with filters only, upper-cases and dedupes tags, and defaults the limit', () => {
    const r = parseSearchRequest({ tag: ['mtcr', 'MTCR', 'ir'], limit: '5' });
    expect(r).toMatchObject({ query: null, tags: ['MTCR', 'IR'], limit: 5 });
    expect(parseSearchRequest({ query: 'x' }).limit).toBe(10);
  });
});
