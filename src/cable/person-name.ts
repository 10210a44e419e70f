// The person in a classification authority ("Acting Deputy Chief of Mission Marc Wall" -> "Marc
// Wall"; "Rose E. Gottemoeller, Assistant Secretary, ..." -> "Rose E. Gottemoeller"): titles,
// offices and their common misspellings are stripped, names are kept as written.
import { editDistance } from './cable-id.js';
import { cableVocab, vocabCache } from './vocab.js';

const TITLE_WORDS = `
acting deputy chief of mission ambassador amb amb. ambassador-at-large charge charge' d'affaires d'affairs
affaires affairs a.i. a.i ai a.y. de'affairs charges political economic econ pol polmil pol-mil
counselor counsellor counselour counsel councilor couns coun counselor: minister minister-counselor minister-counsellor
mcounselor m/c mc mincouns min officer officers off off. section head chief cief director dir dir. deputy-director
assistant secretary under undersecretary secretary's special envoy representative permanent
principal office consul general consul-general congen conoff econoff poloff polchief ecopol ecmin emin attache
labor defense legal adviser advisor member coordinator team leader unit institutional interagency
provincial governance prt sub-national sub national for the to in at by on with and a/dcm dcm cda com
pdas das a/s u/s isn io af nea eur sca wha ea prm pm inr s/ct usun useu usdel ait chairman dos
classification guide this message classified line added rso arso tdy lt ltc col maj gen mr ms mrs dr public
diplomacy management consular commercial regional environmental science technology health est&h economical
resources ipo dpo po ppo spokesman legatt a/legatt spokesperson delegate delegation arms control
econcouns polcouns polmincons econmincouns pao mgmt ecopolcouns poloffs econoffs
`;

const SUFFIX_RE = /^(?:JR\.?|SR\.?|II|III|IV)$/i;
const PARTICLE_RE = /^(?:de|da|van|von|del|la|le|bin|al|el)$/;
const PREPOSITION_RE = /^(?:for|of|to|in|at|on|and|the|&)$/i;

let titles: Set<string> | null = null;

function titleSet(): Set<string> {
  titles ??= new Set(TITLE_WORDS.split(/\s+/).filter((w) => w.length > 0));
  return titles;
}

let places: { vocab: unknown; set: Set<string> } | null = null;

/** Country and station names ("Sudan", "Kirkuk"): in "Ambassador to Sudan Timothy Carney" they are title. */
function placeSet(): Set<string> {
  const vocab = cableVocab();
  if (places === null || places.vocab !== vocab) {
    const set = new Set([...vocab.stations].map((s) => s.toLowerCase()));
    for (const tag of vocab.tags.values()) {
      if (tag.kind === 'geo' && tag.title) for (const w of tag.title.toLowerCase().split(/\s+/)) if (w.length > 3) set.add(w);
    }
    places = { vocab, set };
  }
  return places.set;
}

const titleCache = vocabCache<boolean>();

function isTitleWord(token: string): boolean {
  return titleCache.get(token, () => computeTitleWord(token));
}

function computeTitleWord(token: string): boolean {
  const t = token.toLowerCase().replace(/[,:;]+$/, '');
  const set = titleSet();
  if (t.length === 0 || set.has(t) || set.has(t.replace(/\.$/, '')) || placeSet().has(t)) return true;
  if (t.includes('/')) return true;
  if (t.length >= 4) {
    for (const w of set) {
      if (w.length < 5) continue;
      const lengthGap = Math.abs(w.length - t.length);
      // Misspelt titles ("Ambassaor", "Counseor", "CIEF"): two edits in long words, one dropped or
      // added letter in short ones, never a changed letter (so "Charles" is not "charges").
      if (t.length >= 8 && lengthGap <= 2 && editDistance(t, w, 2) <= 2) return true;
      if (lengthGap === 1 && editDistance(t, w, 1) === 1) return true;
    }
  }
  return false;
}

function isInitial(token: string): boolean {
  return /^(?:[A-Z0]\.){1,3}$/.test(token) || /^[A-Z]\.[A-Z]\.?$/.test(token);
}

/** A token shaped like part of a personal name in this text ("Marc", "WALL", "McCullough", "O'Donohue"). */
function isNameToken(token: string, mixedCase: boolean): boolean {
  if (isInitial(token) || SUFFIX_RE.test(token)) return true;
  if (/^(?:[A-Z]\.)+[A-Z][a-z]+$/.test(token)) return true; // "T.Monroe"
  if (!/^[A-Z0][A-Za-z0'’-]*$/.test(token)) return false;
  if (!mixedCase) return true;
  // In mixed-case text a name is Capitalised; inner capitals only after Mc/Mac/Le/De/Di/O'.
  return /^[A-Z][a-z'’]*(?:(?:Mc|Mac|Le|De|Di|La|O['’])?[A-Z][a-z'’]+)?(?:-[A-Z][a-z'’]+)?$/.test(token) || /^[A-Z]{2,}$/.test(token) === false && /^[A-Z][a-z]+$/.test(token);
}

/** Names of the persons in an authority phrase, in order; usually one. */
export function personName(phrase: string): string[] {
  const cleaned = phrase.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const mixedCase = /[a-z]{3}/.test(cleaned.replace(/\b(?:for|of|and|the|to|reasons?)\b/gi, ''));
  const segments = cleaned.split(/,(?!\s*(?:JR|SR|II|III|IV)\b)|:(?=\s*[A-Z])/i);
  let out: string[] = [];
  for (let k = 0; k < segments.length; k++) {
    const joined = /\bAND\b|&/i.test(segments[k]!);
    for (const part of joined ? segments[k]!.split(/\s+(?:AND|&)\s+/i) : [segments[k]!]) {
      const name = nameIn(part, mixedCase);
      if (name && (out.length === 0 || joined)) out.push(withSuffix(name, segments[k + 1]));
    }
    if (out.length > 0 && !/\bAND\b|&/i.test(segments[k + 1] ?? '')) break;
  }
  // "Special Representative for Afghanistan and Pakistan Richard C. Holbrooke": a one-word "name"
  // beside a full one is a place or an office.
  if (out.some((n) => n.includes(' '))) out = out.filter((n) => n.includes(' ') || /[a-z]/.test(n) === false && out.length === 1);
  return out;
}

function withSuffix(name: string, next: string | undefined): string {
  const suffix = next?.trim();
  return suffix && SUFFIX_RE.test(suffix) ? `${name}, ${suffix}` : name;
}

function tokensOf(segment: string): string[] {
  // One list filled in a loop, where flatMap, map and filter made three; the patterns run only on
  // the tokens they can match (a slash or colon inside, a stop at the end).
  const out: string[] = [];
  for (const t of segment.trim().split(/\s+/)) {
    if ((t.includes('/') || t.includes(':')) && (/^[A-Z][A-Za-z]*[/:][A-Z][a-z]+$/.test(t) || /^[A-Z]+:[A-Z]+$/i.test(t))) {
      for (const part of t.split(/[/:]/)) pushToken(out, part);
    } else pushToken(out, t);
  }
  return out;
}

/** Adds a token without its trailing , : ; when it holds a letter or digit. */
function pushToken(out: string[], token: string): void {
  const c = token.charCodeAt(token.length - 1);
  const t = c === 44 || c === 58 || c === 59 ? token.replace(/[,:;]+$/, '') : token;
  if (t.length > 0 && /[A-Za-z0-9]/.test(t)) out.push(t);
}

function nameIn(segment: string, mixedCase: boolean): string | null {
  const tokens = tokensOf(segment);
  const fromRight = takeFromRight(tokens, mixedCase);
  if (fromRight.length === 0) return null;
  // Titles fully known to the lexicon leave the whole name, three-word names included.
  let start = 0;
  while (start < tokens.length && (isTitleWord(tokens[start]!) || !isNameToken(tokens[start]!, mixedCase))) start++;
  const fromLeft = tokens.slice(start);
  const name = fromLeft.length <= 3 && fromLeft.length > fromRight.length && fromLeft.every((t) => isNameToken(t, mixedCase) || PARTICLE_RE.test(t))
    ? fromLeft
    : fromRight;
  const text = name.join(' ');
  // "SIMONS, JR.": the comma before a suffix is part of the name.
  const suffix = name.at(-1)!;
  return SUFFIX_RE.test(suffix) && new RegExp(String.raw`,\s*${suffix.replace('.', '\\.')}`).test(segment)
    ? `${name.slice(0, -1).join(' ')}, ${suffix}`
    : text;
}

/** Surname, then one given name (with its initials and particles) read leftwards. */
function takeFromRight(tokens: string[], mixedCase: boolean): string[] {
  let end = tokens.length;
  while (end > 0 && !isNameToken(tokens[end - 1]!, mixedCase)) end--;
  while (end > 0 && isTitleWord(tokens[end - 1]!) && !SUFFIX_RE.test(tokens[end - 1]!)) end--;
  if (end === 0) return [];
  const out: string[] = [];
  let i = end - 1;
  if (SUFFIX_RE.test(tokens[i]!) && i > 0) out.unshift(tokens[i--]!);
  if (i < 0 || !isNameToken(tokens[i]!, mixedCase) || isInitial(tokens[i]!)) return [];
  out.unshift(tokens[i--]!); // surname
  let given = false;
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    if (isInitial(t) || (/^[A-Z]$/.test(t) && i > 0 && !given && isNameToken(tokens[i - 1]!, mixedCase) && !isTitleWord(tokens[i - 1]!))) out.unshift(t);
    else if (PARTICLE_RE.test(t) && !given) out.unshift(t);
    else if (!given && isNameToken(t, mixedCase) && !isTitleWord(t) && !PREPOSITION_RE.test(tokens[i - 1] ?? '')) {
      out.unshift(t);
      given = true;
    } else break;
  }
  return out;
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
