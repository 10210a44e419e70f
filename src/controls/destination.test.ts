import { describe, expect, it } from 'vitest';
import { DemarcheError } from '../errors.js';
import { MEASURES, inForce, requireDate, screenDestination } from './destination.js';

const dayBefore = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const ids = (cc: string, date: string): string[] => screenDestination(cc, date).measures.map((m) => m.id);

describe('date edges of every measure', () => {
  it.each(MEASURES.map((m) => [m.id, m] as const))('%s is in force from its first day and not the day before', (_id, m) => {
    expect(inForce(m, dayBefore(m.from))).toBe(false);
    expect(inForce(m, m.from)).toBe(true);
    if (m.until) {
      expect(inForce(m, dayBefore(m.until))).toBe(true);
      expect(inForce(m, m.until)).toBe(false);
    } else {
      expect(inForce(m, '2099-12-31')).toBe(true);
    }
  });

  it('every measure has a citation and a known country', () => {
    for (const m of MEASURES) {
      expect(m.citation.quote.length).toBeGreaterThan(10);
      expect(m.citation.source.length).toBeGreaterThan(5);
      expect(['IR', 'KP', 'LY', 'SS']).toContain(m.country);
    }
  });
});

describe('Iran by date', () => {
  it('1737 from 23 Dec 2006 to Implementation Day (16 Jan 2016)', () => {
    expect(ids('IR', '2006-12-22')).toEqual([]);
    expect(ids('IR', '2006-12-23')).toContain('IR-1737-3');
    expect(ids('IR', '2016-01-15')).toContain('IR-1737-3');
    expect(ids('IR', '2016-01-16')).not.toContain('IR-1737-3');
  });

  it('2231 Annex B: arms to 18 Oct 2020, missile items to 18 Oct 2023, nuclear items to 18 Oct 2025', () => {
    expect(ids('IR', '2016-01-16')).toEqual(expect.arrayContaining(['IR-2231-B2', 'IR-2231-B4', 'IR-2231-B5']));
    expect(ids('IR', '2020-10-17')).toContain('IR-2231-B5');
    expect(ids('IR', '2020-10-18')).not.toContain('IR-2231-B5');
    expect(ids('IR', '2023-10-17')).toContain('IR-2231-B4');
    expect(ids('IR', '2023-10-18')).not.toContain('IR-2231-B4');
    expect(ids('IR', '2025-10-17')).toContain('IR-2231-B2');
    expect(ids('IR', '2025-10-18')).not.toContain('IR-2231-B2');
  });

  it('the September 2025 re-application starts at 00:00 GMT on 28 Sep and is marked contested', () => {
    expect(ids('IR', '2025-09-27')).not.toContain('IR-1737-3-2025');
    const after = screenDestination('IR', '2025-09-28').measures.find((m) => m.id === 'IR-1737-3-2025');
    expect(after?.contested).toMatch(/Russia, China and Iran/);
  });

  it('1747 bans arms from Iran but only calls for restraint on arms to Iran', () => {
    const m = screenDestination('IR', '2007-08-02').measures;
    expect(m.find((x) => x.id === 'IR-1747-5')).toMatchObject({ kind: 'prohibition', direction: 'from' });
    expect(m.find((x) => x.id === 'IR-1747-6')).toMatchObject({ kind: 'vigilance', direction: 'to' });
  });
});

describe('DPRK, Libya, South Sudan', () => {
  it('DPRK: 1718 from 14 Oct 2006, the SALW notice until 2270 on 2 Mar 2016', () => {
    expect(ids('KP', '2006-10-13')).toEqual([]);
    expect(ids('KP', '2006-10-14')).toContain('KP-1718-8a');
    expect(ids('KP', '2016-03-01')).toContain('KP-1874-10-salw');
    expect(ids('KP', '2016-03-02')).toEqual(expect.arrayContaining(['KP-2270-6', 'KP-1718-8a']));
    expect(ids('KP', '2016-03-02')).not.toContain('KP-1874-10-salw');
  });

  it('South Sudan as quoted ends after 31 May 2019 and says renewals are not encoded', () => {
    expect(ids('SS', '2019-05-31')).toEqual(['SS-2428-4']);
    const later = screenDestination('ss', '2020-01-01');
    expect(later.measures).toEqual([]);
    expect(later.notes[0]).toMatch(/renewed annually/i);
  });

  it('a country with no encoded measure has none, and says which are covered', () => {
    const fr = screenDestination('FR', '2020-01-01');
    expect(fr.measures).toEqual([]);
    expect(fr.covered).toEqual(expect.arrayContaining(['IR', 'KP', 'LY', 'SS']));
  });
});

describe('bad input', () => {
  it('rejects impossible dates and non-codes with BAD_INPUT naming the field', () => {
    expect(() => requireDate('2007-02-30')).toThrow(/date: expected a calendar date/);
    expect(() => screenDestination('Iran', '2007-01-01')).toThrow(DemarcheError);
    try {
      screenDestination('IR', '07/08/2007');
    } catch (e) {
      expect((e as DemarcheError).code).toBe('BAD_INPUT');
      expect((e as DemarcheError).details).toEqual({ field: 'date' });
    }
  });
});
