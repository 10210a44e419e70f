import { describe, expect, it } from 'vitest';
import { parseRemarks } from './ofac-remarks.js';

describe('parseRemarks', () => {
  it('finds weak a.k.a.s, even with apostrophes inside the quotes', () => {
    const facts = parseRemarks("Website x.invalid; a.k.a. 'ABU-'ISA'; f.k.a. 'OLD NAME'.");
    expect(facts.weakAliases).toEqual([
      { name: "ABU-'ISA", strength: 'weak', kind: 'aka' },
      { name: 'OLD NAME', strength: 'weak', kind: 'fka' },
    ]);
  });

  it('reads dates of birth as dates, years, circa years and ranges', () => {
    const facts = parseRemarks('DOB 18 Sep 1972; alt. DOB 1962; alt. DOB circa 1955; DOB 1970 to 1972; DOB Sep 1980');
    expect(facts.birthDates).toEqual([
      { text: '18 Sep 1972', from: 1972, to: 1972, date: '1972-09-18' },
      { text: '1962', from: 1962, to: 1962 },
      { text: 'circa 1955', from: 1954, to: 1956 },
      { text: '1970 to 1972', from: 1970, to: 1972 },
      { text: 'Sep 1980', from: 1980, to: 1980 },
    ]);
  });

  it('reads nationality and citizenship', () => {
    expect(parseRemarks('nationality Korea, North; citizen China; Gender Male').countries).toEqual(['Korea, North', 'China']);
  });

  it('finds nothing in empty remarks', () => {
    expect(parseRemarks(null)).toEqual({ weakAliases: [], birthDates: [], countries: [] });
  });
});
