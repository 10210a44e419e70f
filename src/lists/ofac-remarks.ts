// Pulls the structured facts OFAC writes into an entry's free-text remarks: weak a.k.a.s
// (`a.k.a. 'X'`, which alt.csv does not carry), dates of birth and nationalities.
import type { BirthDate, ListName } from './types.js';

export interface RemarkFacts {
  weakAliases: ListName[];
  birthDates: BirthDate[];
  countries: string[];
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

// One date as OFAC writes it: "18 Sep 1972", "Sep 1972", "1972".
const ONE_DATE = String.raw`(?:(\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\d{4})`;
const DOB_RE = new RegExp(String.raw`^(?:alt\. )?DOB (circa )?${ONE_DATE}(?: to ${ONE_DATE})?\.?$`);
const WEAK_AKA_RE = /^([afn])\.k\.a\.,?\s*'(.+)'\.?$/;
const COUNTRY_RE = /^(?:alt\. )?(?:nationality|citizen) (.+?)\.?$/;

export function parseRemarks(remarks: string | null | undefined): RemarkFacts {
  const facts: RemarkFacts = { weakAliases: [], birthDates: [], countries: [] };
  if (!remarks) return facts;
  // Remarks are clauses separated by "; "; a weak a.k.a. may itself contain apostrophes
  // ("a.k.a. 'ABU-'UMAR'"), so each clause is matched whole rather than scanned for quotes.
  for (const raw of remarks.split(/;\s+/)) {
    const clause = raw.trim();
    const aka = WEAK_AKA_RE.exec(clause);
    if (aka) {
      facts.weakAliases.push({ name: aka[2]!.trim(), strength: 'weak', kind: `${aka[1]}ka` });
      continue;
    }
    const dob = DOB_RE.exec(clause);
    if (dob) {
      const birth = toBirthDate(clause.replace(/^(?:alt\. )?DOB /, '').replace(/\.$/, ''), dob);
      if (birth) facts.birthDates.push(birth);
      continue;
    }
    const country = COUNTRY_RE.exec(clause);
    if (country) facts.countries.push(country[1]!.trim());
  }
  return facts;
}

function toBirthDate(text: string, m: RegExpExecArray): BirthDate | null {
  const circa = m[1] !== undefined;
  const year = Number(m[4]);
  const toYear = m[7] !== undefined ? Number(m[7]) : year;
  if (!Number.isFinite(year) || year < 1800) return null;
  const birth: BirthDate = { text, from: circa ? year - 1 : year, to: circa ? year + 1 : toYear };
  const month = m[3] ? MONTHS[m[3].toLowerCase()] : undefined;
  if (!circa && m[7] === undefined && m[2] && month) {
    birth.date = `${year}-${month}-${m[2].padStart(2, '0')}`;
  }
  return birth;
}
