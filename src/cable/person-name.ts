// The person in a classification authority ("Acting Deputy Chief of Mission Marc Wall" -> "Marc
// Wall"; "Rose E. Gottemoeller, Assistant Secretary, ..." -> "Rose E. Gottemoeller"): titles,
// offices and their common misspellings are stripped, names are kept as written.
import { editDistance } from './cable-id.js';

const TITLE_WORDS = `
acting deputy chief of mission ambassador amb amb. ambassador-at-large charge charge' d'affaires d'affairs
affaires affairs affaires, a.i. a.i ai a.y. de de'affairs d charges political economic econ pol polmil pol-mil
counselor counsellor counselour counsel councilor couns counselor: minister minister-counselor minister-counsellor
mcounselor m/c mc mincouns min officer officers off off. section head chief director dir dir. deputy-director
assistant secretary under undersecretary secretary's special envoy representative represenative permanent
principal office consul general consul-general congen conoff econoff poloff polchief ecopol ecmin emin attache
labor defense legal adviser advisor member coordinator team leader unit institutional affairs interagency
provincial governance prt and sub-national sub national for the to in at by on with a/dcm dcm cda com amb:
pdas das a/s u/s t iso isn io af nea eur sca wha ea prm pm inr s/ct usun useu usdel uk ait chairman dos
classification guide this message classified rso arso tdy lt ltc col maj gen mr ms mrs dr head public diplomacy
management consular commercial regional environmental science technology health est&h economical resources
esth ipo dpo po ppo spokesman adviser legatt a/legatt spokesperson delegate delegation arms control
`;

const SUFFIXES = /^(?:JR\.?|SR\.?|II|III|IV)$/i;

let titles: Set<string> | null = null;

function titleSet(): Set<string> {
  titles ??= new Set(TITLE_WORDS.split(/\s+/).filter((w) => w.length > 0));
  return titles;
}

function isTitleWord(token: string): boolean {
  const t = token.toLowerCase().replace(/[,:;]+$/, '');
  if (t.length === 0) return true;
  const set = titleSet();
  if (set.has(t) || set.has(t.replace(/\.$/, ''))) return true;
  if (t.includes('/') || /^\(.*\)$/.test(t) || /^[a-z]+['’]?$/.test(token) && token.length > 0 && token[0] === token[0]!.toLowerCase() && !/^(?:de|da|van|von|del|la|le)$/.test(t)) {
    return true;
  }
  if (t.length >= 6) {
    const limit = t.length >= 8 ? 2 : 1;
    for (const w of set) if (w.length >= 6 && Math.abs(w.length - t.length) <= limit && editDistance(t, w, limit) <= limit) return true;
  }
  return false;
}

/** An acronym (DCM, PRT, ISN/MTR) in mixed-case text is an office, not a name. */
function isOfficeAcronym(token: string, mixedCase: boolean): boolean {
  return mixedCase && /^[A-Z][A-Z/&.-]{1,}$/.test(token.replace(/[,:;]+$/, '')) && !/^[A-Z]\.$/.test(token);
}

/** Names of the persons in an authority phrase, in order; usually one. */
export function personName(phrase: string): string[] {
  const cleaned = phrase.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const mixedCase = /[a-z]/.test(cleaned);
  const segments = cleaned.split(/,(?!\s*(?:JR|SR|II|III|IV)\b)|:(?=\s*[A-Z])/i);
  const out: string[] = [];
  for (let k = 0; k < segments.length; k++) {
    for (const part of segments[k]!.split(/\s+(?:AND|&)\s+(?=.*\b[A-Z])/)) {
      const name = nameIn(part, mixedCase);
      if (name && (out.length === 0 || /\bAND\b|&/i.test(segments[k]!))) {
        out.push(withSuffix(name, segments[k + 1]));
      }
    }
    if (out.length > 0 && !/\bAND\b|&/i.test(segments[k + 1] ?? '')) break;
  }
  return out;
}

function withSuffix(name: string, next: string | undefined): string {
  const suffix = next?.trim();
  return suffix && SUFFIXES.test(suffix) ? `${name}, ${suffix}` : name;
}

function nameIn(segment: string, mixedCase: boolean): string | null {
  let tokens = segment
    .trim()
    .split(/\s+/)
    .flatMap((t) => (/^[A-Z]+\/[A-Z][a-z]+$/.test(t) || /^[A-Z]+:[A-Z]+$/i.test(t) ? t.split(/[/:]/) : [t]))
    .filter((t) => t.length > 0);
  let start = 0;
  while (start < tokens.length && (isTitleWord(tokens[start]!) || isOfficeAcronym(tokens[start]!, mixedCase))) start++;
  tokens = tokens.slice(start);
  while (tokens.length > 0 && isTitleWord(tokens[tokens.length - 1]!) && !SUFFIXES.test(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length === 0) return null;
  const name = tokens.join(' ').replace(/[,:;-]+$/, '');
  return /[A-Za-z]{2}/.test(name) ? name : null;
}

/** A name as a reader expects it: title case for all-caps names, OCR'd zeros read as O ("LEE 0. COLDREN" -> "Lee O. Coldren"). */
export function displayName(name: string): string {
  const fixed = name.replace(/(?<=[A-Za-z])0|0(?=[A-Za-z.])/g, 'O');
  if (/[a-z]/.test(fixed)) return fixed;
  return fixed
    .toLowerCase()
    .replace(/(^|[\s'’.\-])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/\b(Ii|Iii|Iv)\b/g, (s) => s.toUpperCase())
    .replace(/\bMc([a-z])/g, (_m, c: string) => `Mc${c.toUpperCase()}`);
}
