// Optional context that raises or lowers a name score: the kind of party, its country and its
// date or year of birth, compared with what the entry lists. Each factor multiplies the score
// and is reported in the explanation; a listing that says nothing about a fact leaves it alone.
import { countryCode } from '../lists/countries.js';
import type { ListEntry } from '../lists/types.js';

export interface PartyContext {
  type?: 'person' | 'organization' | undefined;
  /** ISO 3166 alpha-2 code. */
  country?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  dob?: string | undefined;
}

export interface ContextFactor {
  fact: 'type' | 'country' | 'dob';
  factor: number;
  text: string;
}

/** The multipliers; documented in the README's "Party screening" section. */
export const CONTEXT_FACTORS = {
  typeMismatch: 0.85,
  countryMatch: 1.03,
  countryMismatch: 0.95,
  dobMatch: 1.05,
  dobMismatch: 0.85,
};

export function contextFactors(entry: ListEntry, ctx: PartyContext): ContextFactor[] {
  const out: ContextFactor[] = [];
  if (ctx.type) {
    const listed = entry.type === 'person' ? 'person' : 'organization';
    if (listed !== ctx.type) {
      out.push({ fact: 'type', factor: CONTEXT_FACTORS.typeMismatch, text: `query is a ${ctx.type}, the entry a ${entry.type}` });
    }
  }
  if (ctx.country) {
    const f = countryFactor(entry, ctx.country);
    if (f) out.push(f);
  }
  if (ctx.dob && entry.birthDates.length > 0) out.push(dobFactor(entry, ctx.dob));
  return out;
}

/** An entry's countries (nationality, citizenship, addresses) as ISO 3166 alpha-2 codes, each once. */
export function entryCountries(entry: ListEntry): string[] {
  return [...new Set(entry.countries.map(countryCode).filter((c): c is string => c !== null))];
}

function countryFactor(entry: ListEntry, country: string): ContextFactor | null {
  const codes = new Set(entryCountries(entry));
  if (codes.size === 0) return null;
  if (codes.has(country)) return { fact: 'country', factor: CONTEXT_FACTORS.countryMatch, text: `country ${country} is listed for the entry` };
  return {
    fact: 'country',
    factor: CONTEXT_FACTORS.countryMismatch,
    text: `country ${country} is not among the entry's countries (${[...codes].join(', ')})`,
  };
}

function dobFactor(entry: ListEntry, dob: string): ContextFactor {
  const year = Number(dob.slice(0, 4));
  const listed = entry.birthDates.map((b) => b.text).join('; ');
  const exact = dob.length === 10 && entry.birthDates.some((b) => b.date === dob);
  const inRange = entry.birthDates.some((b) => year >= b.from && year <= b.to);
  if (exact || inRange) {
    return { fact: 'dob', factor: CONTEXT_FACTORS.dobMatch, text: `born ${dob}; listed ${listed}` };
  }
  // A year off by one is a common recording difference, neither for nor against.
  const near = entry.birthDates.some((b) => year >= b.from - 1 && year <= b.to + 1);
  if (near) return { fact: 'dob', factor: 1, text: `born ${dob}; listed ${listed} (one year apart)` };
  return { fact: 'dob', factor: CONTEXT_FACTORS.dobMismatch, text: `born ${dob}; listed ${listed}` };
}

// Sanctions programmes named for a country or a region, and the countries they concern (with the
// codes of countries since split, which place names still give: Serbia as YU): OFAC's
// program tags ("IRAN-EO13846", "BALKANS") and the UN list types ("DPRK", "Taliban"). Programmes
// about a kind of conduct (SDGT, NPWMD, Al-Qaida, CYBER2 ...) name none.
const PROGRAM_COUNTRIES: Array<[RegExp, string[]]> = [
  [/^(?:IRAN\b|IFSR$|IRGC$|IFCA$|HRIT-IR$|CAATSA - IRAN$)/i, ['IR']],
  [/^(?:SYRIA\b|HRIT-SY$)/i, ['SY']],
  [/^CUBA\b/i, ['CU']],
  [/^(?:DPRK|NKSPEA)/i, ['KP']],
  [/^BALKANS\b/i, ['AL', 'BA', 'HR', 'XK', 'ME', 'MK', 'RS', 'YU', 'CS']],
  [/^BELARUS\b/i, ['BY']],
  [/^BURMA\b/i, ['MM']],
  [/^(?:RUSSIA\b|BPI-RUSSIA|CAATSA - RUSSIA$)/i, ['RU']],
  [/^UKRAINE\b/i, ['UA', 'RU']],
  [/^VENEZUELA\b/i, ['VE']],
  [/^LIBYA/i, ['LY']],
  [/^IRAQ/i, ['IQ']],
  [/^LEBANON\b/i, ['LB']],
  [/^SOMALIA\b/i, ['SO']],
  [/^(?:SUDAN\b|DARFUR$)/i, ['SD']],
  [/^SOUTH ?SUDAN$/i, ['SS']],
  [/^CAR$/i, ['CF']],
  [/^(?:DRCONGO|DRC)$/i, ['CD']],
  [/^NICARAGUA\b/i, ['NI']],
  [/^YEMEN$/i, ['YE']],
  [/^MALI\b/i, ['ML']],
  [/^ETHIOPIA\b/i, ['ET']],
  [/^ZIMBABWE$/i, ['ZW']],
  [/^HONGKONG\b/i, ['HK', 'CN']],
  [/^Taliban$/i, ['AF']],
  [/^Haiti$/i, ['HT']],
  [/^GB$/, ['GW']],
];

/** The countries an entry's programmes concern, for an entry that lists none of its own. */
export function programCountries(programs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of programs) for (const [re, codes] of PROGRAM_COUNTRIES) if (re.test(p.trim())) for (const c of codes) out.add(c);
  return [...out];
}
