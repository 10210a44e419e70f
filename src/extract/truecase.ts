// A cable written in mixed case has ALL-CAPS lines too: its subject, sometimes a heading. Capitals say
// nothing there, but the cable's own paragraphs say how each word is written ("HMIO", "Halvard",
// "dispute"), and the case lexicon says it for the words they do not use. Written that way, such a
// line is read by the mixed-case rules, which know far more than the ALL-CAPS tagger learnt from the
// 1970s cables: "HALVARD MINING COMPANY SETTLES WAGE DISPUTE" becomes "Halvard Mining Company settles
// wage dispute". Only the letters' case changes, so every offset stays the same.
import { isDictionaryWord } from './dictionary.js';
import { demonymCode, isOrgWord, isTitleWord, looksLikeAcronym, placeCode, placeLengthAt } from './gazetteer.js';
import { caseClass } from './lexicon.js';
import { nameRole } from './person-names.js';
import { LANDMARK } from './mixed-case.js';
import { capsStretches } from './names.js';
import { tokenize } from './tokens.js';

export type WrittenAs = 'lower' | 'capital' | 'caps';

/**
 * How the mixed-case texts of a document write each of the `wanted` words (upper-cased keys; all
 * words when none are given), sentence starts left out.
 */
export function writtenForms(texts: string[], wanted?: Set<string>): Map<string, WrittenAs> {
  const counts = new Map<string, [number, number, number]>();
  for (const text of texts) {
    const tokens = tokenize(text);
    let inCaps: Set<number> | null = null;
    tokens.forEach((t, i) => {
      const key = t.text.toUpperCase();
      if ((wanted && !wanted.has(key)) || !/^[A-Za-z][A-Za-z'’-]*$/.test(t.text)) return;
      // The first word of a sentence is capitalised whatever it is.
      if (/^[A-Z]/.test(t.text) && (i === 0 || /^[.!?:"“(]$/.test(tokens[i - 1]!.text))) return;
      const kind = /^[a-z]/.test(t.text) ? 0 : /^[A-Z][A-Z'’-]+$/.test(t.text) ? 2 : 1;
      // A heading or a quoted subject in capitals inside the text says nothing of how words are written.
      inCaps ??= kind === 2 ? new Set(capsStretches(tokens).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k))) : null;
      if (kind === 2 && inCaps?.has(i)) return;
      const c = counts.get(key) ?? [0, 0, 0];
      c[kind]++;
      counts.set(key, c);
    });
  }
  const out = new Map<string, WrittenAs>();
  for (const [key, [l, c, a]] of counts) out.set(key, a > l && a > c ? 'caps' : c > l ? 'capital' : l > 0 ? 'lower' : 'capital');
  return out;
}

/** "HALVARD" as "Halvard": the first letter kept, the rest in lower case. */
const capital = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
/** "policy" as "Policy": the first letter in capitals, the rest kept. */
const upperFirst = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** What stands beside a word, as far as writing it goes. */
interface Beside {
  /** The word before is a title word ("SECRETARY RICE"). */
  afterTitle: boolean;
  /** The word after is a title word ("ENERGY MINISTER"). */
  beforeTitle: boolean;
  /** The word after is "OF" ("GOVERNMENT OF CHAD"). */
  beforeOf: boolean;
  /** The word after, one blank on, reads as a name ("GENERAL HOLGERSEN"). */
  beforeName: boolean;
}

function writeWord(word: string, forms: Map<string, WrittenAs>, { afterTitle, beforeTitle, beforeOf, beforeName }: Beside): string {
  const key = word.toUpperCase();
  const known = forms.get(key);
  const lex = caseClass(key);
  let as: WrittenAs;
  // "US", "UK": a country's short form, though the paragraphs may say "us" ("told us").
  if (key.length <= 3 && placeCode(key) !== null) as = 'caps';
  else if (known === 'caps') as = 'caps';
  // "FOREIGN OFFICE", "DEFENSE MINISTER": a title's words are capitalised where they name the post;
  // one the sample also (or only) writes in lower case only before a name or another title ("GENERAL
  // SMITH", "SECRETARY GENERAL"; not "IN GENERAL", "THE HEAD OF", "OFFICIAL SYRIAN MEDIA").
  else if (isTitleWord(key) && ((lex !== 'm' && lex !== 'l') || beforeName || afterTitle || beforeTitle)) as = 'capital';
  else if (known) as = known;
  else if (lex === 'l') as = 'lower';
  // Prose writes a government in lower case ("the Cuban government"), but in full by its country's
  // name ("the Government of Chad").
  else if ((key === 'GOVERNMENT' || key === 'GOVERNMENTS') && !beforeOf) as = 'lower';
  else if (lex === 'a') as = 'caps';
  // A word the sample writes both ways is a common one in a subject, unless it heads a body's name,
  // is a name after a title ("SECRETARY RICE") or a post's field before one ("ENERGY MINISTER").
  else if (lex === 'm') as = isDictionaryWord(key) && !isOrgWord(key) && !(afterTitle && nameRole(key) !== '') && !beforeTitle ? 'lower' : 'capital';
  else if (lex === 'c') as = 'capital';
  // A given name or surname the sample never shows is a name, not an acronym ("ANA", "LI").
  else if (nameRole(key) !== '' && /[AEIOUY]/.test(key)) as = 'capital';
  // (A dictionary word of four letters or more is a word, though its letters look like an acronym's: "CROWDS".)
  else if (key.length >= 4 && isDictionaryWord(key)) as = 'lower';
  else if (looksLikeAcronym(key) || key.length <= 3) as = 'caps';
  // A word neither the cable nor the sample writes: a dictionary word is a common one ("AFOOT").
  else as = isDictionaryWord(key) ? 'lower' : 'capital';
  if (as === 'caps') return word;
  if (as === 'lower') return word.toLowerCase();
  return capital(word);
}

/** An ALL-CAPS text written as the document's mixed-case texts write its words; same length. */
export function truecase(text: string, forms: Map<string, WrittenAs>): string {
  const tokens = tokenize(text);
  const written: string[] = [];
  const words = new Set(tokens.map((t) => t.text));
  let previous = '';
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.text.toUpperCase() ?? '';
    const nextClass = caseClass(next);
    const beside: Beside = {
      afterTitle: isTitleWord(previous),
      beforeTitle: isTitleWord(next),
      beforeOf: next === 'OF',
      beforeName: /^[A-Z]/.test(next) && tokens[i + 1]!.start - t.end === 1 && (nextClass === 'c' || nextClass === 'a' || (nextClass === '' && !isDictionaryWord(next))) && demonymCode(next) === null,
    };
    previous = t.text;
    // The letters of an office's or a title's symbol stay as written: "A/S", "S/CT"; not a function
    // word's ("AND/OR", "NOT/NOT", the cables' emphasis), written as any other.
    const symbol = /^[A-Z]{1,4}$/.test(t.text) && (text[t.end] === '/' || text[t.start - 1] === '/') && !/^(?:AND|OR|NOT|NOR|IF)$/.test(t.text);
    // "MPS", "BPCS": an acronym's plural, written as prose writes it ("MPs"), when the sample knows the
    // acronym or the text has it alone, and not the word itself.
    const stem = t.text.slice(0, -1);
    if (!symbol && /^[A-Z]{2,6}S$/.test(t.text) && caseClass(t.text) === '' && !isDictionaryWord(t.text) && (caseClass(stem) === 'a' || words.has(stem))) {
      written.push(`${stem}s`);
      return;
    }
    // "A MAJOR PRIORITY": the article, not a letter ("A-4", "A.", "A/S" stay).
    if (t.text === 'A' && !symbol && !/^[.\-’']/.test(text[t.end] ?? '')) {
      written.push('a');
      return;
    }
    // "TOLD US THAT", "WITH US.": the pronoun, not the country ("THE US POSITION", "US FORCES").
    if (t.text === 'US' && US_BEFORE.test(tokens[i - 1]?.text ?? '') && (i + 1 >= tokens.length || !/^[A-Z]/i.test(tokens[i + 1]!.text) || US_AFTER.test(tokens[i + 1]!.text))) {
      written.push('us');
      return;
    }
    // "POST WILL FOLLOW UP", "TOLD POST": a cable's word for its mission, capitalised; not a post
    // held ("HIS POST", "THE POST OF MINISTER").
    if (t.text.toUpperCase() === 'POST' && !forms.has('POST') && !DETERMINER.test(tokens[i - 1]?.text ?? '') && !/^OFFICE/i.test(tokens[i + 1]?.text ?? '')) {
      written.push(capital(t.text));
      return;
    }
    // "QUEEN'S" is tokenised "QUEEN" + "'S"; hyphenated words are written part by part; "U.S." and
    // other dotted abbreviations stay as written.
    written.push(/^['’][sS]$/.test(t.text) ? t.text.toLowerCase() : /[A-Z]/.test(t.text) && !t.text.includes('.') && !symbol ? t.text.split('-').map((p) => (/^[A-Z]/.test(p) ? writeWord(p, forms, beside) : p)).join('-') : t.text);
  });
  placeNames(tokens, written);
  bodyNames(tokens, written, forms);
  let out = '';
  let at = 0;
  tokens.forEach((t, i) => {
    out += text.slice(at, t.start) + written[i];
    at = t.end;
  });
  out += text.slice(at);
  return out.length === text.length ? out : text;
}

/** Words after which "US" is the pronoun when no noun follows it (from the sample's mixed-case text). */
const US_BEFORE =
  /^(?:TOLD|TELL|TELLS|TELLING|INFORMED|INFORM|THANKED|ASSURED|REASSURED|GAVE|GIVE|GIVES|GIVEN|GIVING|PROVIDE|PROVIDED|PROVIDES|ALLOW|ALLOWS|ALLOWED|HELP|HELPED|HELPS|ASKED|ASK|ASKS|LET|LETTING|KEEP|KEPT|JOIN|JOINED|JOINING|WARNED|SHOWED|SHOW|SEND|SENT|URGED|REMINDED|BRIEFED|INVITED|CONTACTED|CALLED|TO|WITH|FOR|OF|FROM|BETWEEN)$/i;
/** Words after which "US" is no adjective: a function word, so no noun follows it. */
const US_AFTER = /^(?:THAT|TO|A|AN|THE|IN|ON|AT|BY|WITH|ABOUT|WHAT|WHO|WHY|HOW|WHETHER|IF|WHEN|WHERE|BUT|AS|IS|WAS|ARE|WERE|THIS|THESE|THOSE|ITS|HIS|HER|THEIR|OUR|ANY|SOME|ALL|BOTH|MORE|NOT|ALSO|AGAIN|ONLY|DURING|AFTER|BEFORE|SINCE|UNTIL|OVER|INTO|FROM|FOR|OF|OFF|UP|OUT|BACK)$/i;
const DETERMINER = /^(?:THE|A|AN|THIS|THAT|HIS|HER|ITS|THEIR|OUR|MY|YOUR|EACH|ANY|NO|EVERY|WHOSE)$/i;

// "CEDAR RAPIDS", "SANTA CRUZ": a place of two words or more that the word lists know is written with
// capitals, though each word alone is a common one.
function placeNames(tokens: { text: string; start: number; end: number }[], written: string[]): void {
  const upper = tokens.map((t) => t.text.toUpperCase());
  for (let i = 0; i < upper.length; i++) {
    const n = /^[A-Z]/.test(upper[i]!) ? placeLengthAt(upper, i) : 0;
    // (Not letters joined across words that open a phrase: "TO GO" is no "Togo".)
    if (n < 2 || BEFORE_NAME.test(upper[i]!) || BEFORE_NAME.test(upper[i + n - 1]!)) continue;
    for (let k = i; k < i + n; k++) {
      if (BEFORE_NAME.test(upper[k]!)) continue;
      if (/^[a-z]/.test(written[k]!)) written[k] = upperFirst(written[k]!);
      // (A word of it kept in capitals as an unknown acronym is a name's word too: "HO CHI MINH CITY".)
      else if (/^[A-Z]{2,}$/.test(written[k]!) && caseClass(upper[k]!) !== 'a' && placeCode(upper[k]!) === null) written[k] = capital(written[k]!);
    }
    i += n - 1;
  }
}

/** Organisation words that take no words before them into a name ("the government", "son asks Embassy"). */
const NOT_HEADS = new Set(['GOVERNMENT', 'INDUSTRIAL', 'TRADING', 'SHIPPING', 'DELEGATION', 'CO', 'SA', 'AG', 'EMBASSY', 'EMBASSIES', 'CONSULATE', 'MISSION', 'AMEMBASSY', 'AMCONSUL']);
/** Head words that end a name only after a name of its own ("HALVARD NUCLEAR POWER PLANT", not "THE POWER PLANT"). */
const WEAK_HEADS = new Set(['SERVICE', 'PROGRAM', 'PROGRAMME', 'PLANT', 'FIRM', 'LINES', 'WORKS', 'FACTORY', 'GROUP', 'BOARD', 'FUND', 'SECTION', 'DIVISION', 'OFFICE', 'UNION', 'FORCE', 'FORCES']);
/**
 * Words that end a place's name after a name of its own ("MANAS AIR BASE", "SHISHOU CITY", "RIFT
 * VALLEY"): the mixed-case rules' landmarks, and bases, ports, cities, streets and provinces.
 */
const PLACE_HEADS = new Set(['BASE', 'AIRPORT', 'AIRFIELD', 'CITY', 'STREET', 'AVENUE', 'ROAD', 'HIGHWAY', 'PROVINCE', 'SQUARE']);
const placeHead = (key: string): boolean => PLACE_HEADS.has(key) || LANDMARK.test(capital(key));
/** Words that end the run of a body's name backwards from its head word. */
const BEFORE_NAME =
  /^(?:THE|A|AN|FORMER|LITTLE|MANY|MORE|MOST|FEW|SEVERAL|VARIOUS|CERTAIN|OF|AND|OR|NOR|BUT|TO|IN|ON|AT|BY|FOR|WITH|FROM|NEAR|OUTSIDE|INSIDE|INTO|ONTO|OVER|UNDER|ACROSS|AROUND|THROUGH|VIA|BETWEEN|AMONG|AGAINST|ALONG|BEYOND|TOWARDS?|WITHIN|WITHOUT|UPON|DURING|AFTER|BEFORE|SINCE|UNTIL|ABOUT|THAN|IF|WHEN|WHERE|WHILE|THIS|THAT|THESE|THOSE|ITS|THEIR|HIS|HER|OUR|MY|YOUR|WHICH|WHO|IS|ARE|WAS|WERE|BE|BEEN|HAS|HAVE|HAD|WILL|WOULD|CAN|COULD|SHOULD|MAY|MIGHT|MUST|SHALL|DO|DOES|DID|SAID|NOT|NO|ALSO|AS|ANY|EACH|EVERY|SOME|ALL|BOTH|OTHER|SUCH|WHOSE)$/;

// "THE POLICY REVIEW COMMITTEE": the words before a body's head word are capitalised in prose,
// though each alone is a common one ("policy", "review"); up to three of them, back to a word that
// opens the phrase ("the", "of", a verb's auxiliary) or a mark.
function bodyNames(tokens: { text: string; start: number; end: number }[], written: string[], forms: Map<string, WrittenAs>): void {
  tokens.forEach((t, i) => {
    const key = t.text.toUpperCase();
    const place = placeHead(key);
    if (!place && (!/^[A-Z]/.test(written[i]!) || !isOrgWord(key) || NOT_HEADS.has(key))) return;
    const run: number[] = [];
    for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
      const w = tokens[j]!.text.toUpperCase();
      // ("KURDISTAN WORKERS' PARTY", "REVOLUTIONARY PEOPLE'S LIBERATION PARTY": a possessive is inside the name.)
      if (/^['’]S?$/.test(w) && tokens[j]!.start === tokens[j - 1]?.end) {
        n--;
        continue;
      }
      if (!/^[A-Z][A-Z'’-]*$/.test(w) || BEFORE_NAME.test(w) || tokens[j + 1]!.start - tokens[j]!.end > 1) break;
      // (Nor another body's head word that the cable's own prose writes in lower case: "THE
      // MALAYSIA-BASED COMPANY ZARVO COMPONENT LIMITED", where the cable writes "company".)
      if (isOrgWord(w) && forms.get(w) === 'lower') break;
      // (Nor the last part of a compound joined by a hyphen: "U.S.-BASED TAMIL FOUNDATION".)
      if (tokens[j - 1]?.text === '-' && tokens[j - 1]!.end === tokens[j]!.start) break;
      // (A verb's -ing form is no part of the name: "ABOLISHING GOVERNMENT MINISTRIES"; "MINING" is.)
      if (/ING$/.test(w) && (caseClass(w) === 'l' || (caseClass(w) === '' && isDictionaryWord(w)))) break;
      // (Nor is "government" before a kind of body: "GOVERNMENT MINISTRIES".)
      if (w === 'GOVERNMENT') break;
      // (Nor a headline's verb between two names: "BROWNFIELD PRESSES COLOMBIAN ARMY", "QUEEN OPENS PARLIAMENT".)
      const before = j > 0 ? written[j - 1]! : '';
      const possessive = /^['’]/.test(tokens[j + 1]!.text);
      if (/[^S]S$/.test(w) && !possessive && caseClass(w) !== 'c' && (caseClass(w) !== '' || isDictionaryWord(w)) && /^[A-Z]/.test(before) && tokens[j]!.start - tokens[j - 1]!.end === 1) break;
      run.push(j);
    }
    if ((place || WEAK_HEADS.has(key)) && !run.some((j) => /^[A-Z]/.test(written[j]!))) return;
    if (place) written[i] = upperFirst(written[i]!);
    for (const j of run) if (/^[a-z]/.test(written[j]!)) written[j] = upperFirst(written[j]!);
  });
}
