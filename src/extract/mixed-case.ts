// Names in mixed-case text, where capitals mark them: runs of capitalised words (with "of", "and",
// "d'Affaires" and a parenthesised part inside) are cut where a title starts a person's name and
// typed by their words, falling back on the tagger's guess for words the lists do not know.
import { COMPASS_WORD, GOVERNMENT_ACRONYM, demonymCode, isOrgAcronym, isOrgWord, isPersonNamedCity, isTitleWord, placeCode } from './gazetteer.js';
import { isDictionaryWord } from './dictionary.js';
import { caseClass } from './lexicon.js';
import { nameRole, personNames } from './person-names.js';
import type { NameSpan, NameType } from './tagger.js';
import { isNameWord, isPersonWord, splitTitle } from './titles.js';
import type { Token } from './tokens.js';

const INNER = /^(?:of|for|and|the|de|du|da|do|dos|das|del|la|al|el|bin|van|von|der|d'Affaires|a\.i\.|&)$/;
/** A particle joining the words of a foreign name ("Banque de Zarvo", "Joao dos Santos", "Ana van Holt"). */
export const NAME_PARTICLE = /^(?:de|du|des|da|do|dos|das|del|la|di|der|van|von|bin)$/;
const NOT_NAMES = /^(?:I|A|An|The|This|That|These|Those|It|He|She|We|They|His|Her|Its|Our|Their|In|On|At|As|If|But|And|Or|For|Of|To|By|With|From|After|Before|When|While|Although|Since|Per|Ref|Reftel|Septel|Comment|End|Summary|Note|Action|Begin|Text|Para|Paras|Subject|Classified|Reason|Reasons|Mr|Mrs|Ms|Dr|Maybe|There|Here|What|Who|Why|How|Also|However|Further|Furthermore|Moreover|Both|All|Some|Any|Each|According|Post|Embassy|Department|Ministry|Government|Mission|Office)$/;

// Capitalised words that are never names: cable jargon and markings.
// Treaties by their acronyms are documents, not bodies ("FMCT", "CTBT").
const JARGON = /^(?:UNSCRs?|NPT|CTBT|FMCT|CFE|START|SALT|ABM|INF|CWC|BWC|NAFTA|CAFTA|FTAA|REF|WMD|CBW|NBC|CBRNE?|RMB|USD|EUR|JPY|GBP|CNY|DOLS|SBU|NOFORN|SIPDIS|EO|FYI|REFTEL|SEPTEL|DTG|ASAP|OK|TV|GDP|NB|PDF|URL|QUOTE|UNQUOTE|END|TEXT|EOD|IEDD?|OEF|OIF|UAVs?|NFI|IPR|MOU|MoU|MOA|MoA|SOFA|NOTE|COMMENT|SUMMARY|VIP|POC|TDY|FY|SWAT|Website|Scenesetter|SCENESETTER)$/;

const knowsNames = (): boolean => personNames().size > 0;

// Months and weekdays start dates, never names ("visited Nairobi March 3-4" is a place and a date).
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const capital = (w: string): boolean =>
  !JARGON.test(w) &&
  !CALENDAR.test(w) &&
  // "XXXXXXXXXXXX": what a release's redaction left, no part of any name.
  !/^X{4,}$/.test(w) &&
  // "Muammar al-Qadhafi", "Omar el-Bashir": an Arabic article joined to a name is part of it.
  (/^[A-Z\u00C0-\u00DE]/.test(w) || /^(?:[A-Z]\.){2,}$/.test(w) || /^(?:al|el|ul|bin|ibn|abu|ould)-[A-Z]/.test(w));

/** Token j closes an acronym in parentheses: "(HSL)". */
function acronymGiven(tokens: Token[], j: number): boolean {
  return tokens[j]!.text === ')' && tokens[j - 2]?.text === '(' && /^[A-Z][A-Z0-9-]{1,9}$/.test(tokens[j - 1]!.text);
}

/**
 * A word standing alone at a sentence's start that the sample writes in lower case as often as not,
 * and the dictionary knows ("Labor union sources said", "Farm groups"): capitalised only by its place.
 */
function commonAlone(word: string): boolean {
  const cls = caseClass(word);
  return (cls === 'm' || cls === '') && isDictionaryWord(word) && nameRole(word) === '' && !isOrgWord(word) && !isTitleWord(word) && placeCode(word) === null && demonymCode(word) === null;
}

/** The capitalised words from token k on end in a document's word ("Additional Protocol"). */
function documentFollows(tokens: Token[], k: number): boolean {
  let last = -1;
  for (let i = k; i < tokens.length && capital(tokens[i]!.text); i++) last = i;
  return last >= 0 && DOCUMENT.test(tokens[last]!.text);
}

const SPELLING_SKIPS = /^(?:of|for|and|the|in|on|de|du|des|la|le)$/;

/**
 * The capitalised words from token i, through "in" (and "the") at k, up to an acronym in
 * parentheses, are spelt by that acronym: each word gives its initial, each part of a hyphened word
 * too ("al-Qaida" gives AQ).
 */
function spelledThrough(tokens: Token[], i: number, k: number): boolean {
  let e = k + 1;
  if (tokens[e]?.text === 'the') e++;
  if (!tokens[e] || !capital(tokens[e]!.text)) return false;
  while (tokens[e] && tokens[e]!.text !== '(' && (capital(tokens[e]!.text) || SPELLING_SKIPS.test(tokens[e]!.text)) && e - i < 12) e++;
  if (tokens[e]?.text !== '(' || tokens[e + 2]?.text !== ')' || !/^[A-Z]{3,8}$/.test(tokens[e + 1]?.text ?? '')) return false;
  const initials = tokens
    .slice(i, e)
    .filter((t, n) => !SPELLING_SKIPS.test(t.text) && !(n === 0 && /^(?:The|This)$/.test(t.text)))
    .flatMap((t) => t.text.split('-').filter(Boolean).map((part) => part[0]!.toUpperCase()))
    .join('');
  return initials === tokens[e + 1]!.text;
}

/** Runs of capitalised tokens, as [first, last] token indexes. */
function runs(tokens: Token[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capital(tokens[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (next && /^(?:d'Affaires|a\.i\.|[dl]['’][A-Z][a-z]+)$/.test(next.text)) j++;
      // "the United People's Democratic Front": a people's possessive inside a name.
      else if (next && /^People$/.test(tokens[j]!.text) && /^['’]s$/.test(next.text) && next.start === tokens[j]!.end && tokens[j + 2] && capital(tokens[j + 2]!.text)) j += 2;
      // "the Workers' Party", "the Farmers' Union": a plural possessive before a body's word is in its name.
      else if (next && /[a-z]s$/.test(tokens[j]!.text) && /^['’]$/.test(next.text) && next.start === tokens[j]!.end && tokens[j + 2] && capital(tokens[j + 2]!.text) && isOrgWord(tokens[j + 2]!.text)) j += 2;
      // Cables break lines at a fixed width: a name goes on across one line break ("at Royal\nDutch Shell"),
      // but not past the acronym it was given ("Halvard Shipping Lines (HSL) Zarvo-flagged vessels"),
      // unless a document's name goes on ("the Halvard Energy Agency (HEA) Safeguards Agreement"). (A
      // parenthesis inside a name goes on: "Halvard (Nord) Economic and Trade Organization".)
      else if (next && capital(next.text) && !(acronymGiven(tokens, j) && !documentFollows(tokens, j + 1)) && /^[ \t]*(?:\r?\n[ \t]*)?$/.test(text.slice(tokens[j]!.end, next.start))) j++;
      // (Not after a closing parenthesis: "Climate Change (UNFCCC) of Chile's" is two names; nor
      // through a lone "the": "told Senator Smith the GOP will act" is two.)
      // ("a visit to Brazil of the IAEA Director", "criticism by HAMAS of Egypt's border policy",
      // "the arrival in Lima of Zarvonian Minister X": a country, a city or an acronym alone is not
      // the head of an "of" name.)
      // ("thanking the GoNZ for Prime Minister Clark's response": nor "for" after a lone acronym,
      // in capitals or not.)
      else if (next && (INNER.test(next.text) || next.text === '(') && next.text !== 'the' && tokens[j]!.text !== ')' && tokens[j + 2] && capital(tokens[j + 2]!.text) && !(/^(?:of|for)$/.test(next.text) && i === j && ((placeCode(tokens[j]!.text) !== null && !PLACE_KIND.test(tokens[j]!.text)) || /^(?:[A-Z][a-z]?){2,}$/.test(tokens[j]!.text)))) j += 2;
      // "Juan de la Cruz", "Banco de la Nacion": a foreign particle and its article.
      else if (next && /^(?:de|da|do)$/.test(next.text) && /^(?:la|las|los|le)$/.test(tokens[j + 2]?.text ?? '') && tokens[j + 3] && capital(tokens[j + 3]!.text)) j += 3;
      // "Ministry of the Interior", "Bank of the Philippines".
      else if (next && /^(?:of|for)$/.test(next.text) && tokens[j + 2]?.text === 'the' && tokens[j + 3] && capital(tokens[j + 3]!.text)) j += 3;
      else if (next && next.text === ')' && text.slice(tokens[i]!.start, next.start).includes('(')) j++;
      // "the Organization for Security and Cooperation in Europe (OSCE)", "al-Qaida in the Arabian
      // Peninsula (AQAP)": "in" goes on inside a name that the acronym after it spells.
      else if (next && next.text === 'in' && spelledThrough(tokens, i, j + 1)) j += tokens[j + 2]?.text === 'the' ? 3 : 2;
      // "George W. Bush", "Anna K. Holgersen": a middle initial and its full stop stay in the name.
      else if (next && next.text === '.' && j > i && /^[A-Z]$/.test(tokens[j]!.text) && next.start === tokens[j]!.end && tokens[j + 2] && capital(tokens[j + 2]!.text) && /^[ \t]+$/.test(text.slice(next.end, tokens[j + 2]!.start))) j += 2;
      // "Dr. Ali", "Mr. Smith": a title's abbreviation and its full stop stay in the name.
      else if (next && next.text === '.' && /^(?:Mr|Mrs|Ms|Dr|Prof|Amb|Gen|Col|Adm|Capt|Lt|Maj|Brig|Cdr|Cmdr|Sgt|Sen|Rep|Gov)$/.test(tokens[j]!.text) && next.start === tokens[j]!.end && tokens[j + 2] && capital(tokens[j + 2]!.text)) j += 2;
      // "P/E Chief", "A/S Brenner": initials joined by a slash are one title.
      else if (next && next.text === '/' && next.start === tokens[j]!.end && /^[A-Z]{1,4}$/.test(tokens[j]!.text) && tokens[j + 2]?.start === next.end && /^[A-Z]{1,4}$/.test(tokens[j + 2]!.text)) j += 2;
      // "Pol/Mil Counselor", "Pol/Econ Section": a section's short words joined by a slash, before a title or a body's word.
      else if (next && next.text === '/' && next.start === tokens[j]!.end && tokens[j + 2]?.start === next.end && MISSION_SECTION.test(`${tokens[j]!.text}/${tokens[j + 2]!.text}`) && tokens[j + 3] && (isTitleWord(tokens[j + 3]!.text) || isOrgWord(tokens[j + 3]!.text))) j += 2;
      else break;
    }
    // A run does not end on an opening parenthesis part left unclosed ("Agreement (MTA, ref B)").
    let open = -1;
    for (let k = i; k <= j; k++) {
      if (tokens[k]!.text === '(') open = k;
      else if (tokens[k]!.text === ')') open = -1;
    }
    if (open > i) {
      out.push([i, open - 1]);
      i = open + 1;
      continue;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

function isSentenceStart(tokens: Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  return /[.!?:"“(]\s*$/.test(text.slice(0, tokens[i]!.start));
}

// Bodies whose head a title after them names ("Port Division Chief", "Customs Service Director").
const HEADED_BODY = /^(?:Division|Section|Department|Ministry|Office|Bureau|Agency|Directorate|Unit|Branch|Service|Police|Army|Navy|Force|Guard|Council|Committee|Commission|Company|Corporation|Bank)$/;

/** "General Intelligence Service Chief": a title word that starts a body's name, its head word ahead before any title. */
function orgAhead(words: string[], k: number): boolean {
  for (let j = k + 1; j < words.length; j++) {
    if (isTitleWord(words[j]!) || INNER.test(words[j]!)) return false;
    if (isOrgWord(words[j]!)) return true;
    if (caseClass(words[j]!) === 'c' || nameRole(words[j]!) !== '') return false;
  }
  return false;
}

/** A common noun that can name a post's field ("Agriculture", "Environment"), written capitalised or not. */
function fieldWord(w: string): boolean {
  const c = caseClass(w);
  return (c === 'l' || c === 'm') && isDictionaryWord(w) && !isOrgWord(w) && !isTitleWord(w) && !INNER.test(w) && placeCode(w) === null && demonymCode(w) === null;
}

/** A mission section's name written with a slash ("P/E", "Pol/Mil", "Econ/Commercial"), not an office symbol in capitals ("MFA/IO"). */
const MISSION_SECTION = /^(?:[A-Z]\/[A-Z]|[A-Z][a-z]{1,4}\/[A-Z][a-z]{1,11})$/;

/**
 * Splits a run where a title starts after a non-title word ("MFA Department ... | Director General
 * Zhang Yan"), or, with no title, where a known given name starts the closing name ("ISN | Patricia
 * McNerney").
 */
/** Where a place that opens the words ends, when a person's name, one a list knows, follows it alone; else -1. */
function placeThenName(words: string[]): number {
  for (let p = Math.min(3, words.length - 2); p >= 1; p--) {
    const rest = words.slice(p);
    // (Not a given name that is also a place's: "to Montserrat Vargas Solorzano".)
    if (rest.length < 2 || rest.length > 4 || placeCode(words.slice(0, p).join(' ')) === null || (p === 1 && nameRole(words[0]!).includes('g'))) continue;
    // (Not common words: "Sao Paulo City Hall".)
    if (rest.every((w) => isNameWord(w) && !isOrgWord(w) && !isTitleWord(w) && placeCode(w) === null && (nameRole(w) !== '' || !isDictionaryWord(w))) && rest.some((w) => nameRole(w) !== '')) return p;
  }
  return -1;
}

/** A title in the plural ("Senators", "Ministers"), for cutting a place off before it. */
const pluralTitle = (w: string): boolean => /[a-z]s$/.test(w) && isTitleWord(w.slice(0, -1));

function splitAtTitles(words: string[]): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < words.length; k++) {
    // "Ministry of Interior | Brigadier Abdulaziz Al-Ansari": a title word after "of" ends an
    // organisation's name, not a title, so a title after it starts the person's.
    const afterOf = (at: number): boolean => at >= 2 && isTitleWord(words[at]!) && /^(?:of|for)$/i.test(words[at - 1]!) && words.slice(0, at).some((w) => isOrgWord(w));
    // ("Dr. Prince Halvard": a title's abbreviation before a royal style; "Pol/Mil Counselor
    // Halvard", "P/E Chief Holgersen": a mission section's short name is part of its chief's title.)
    // (The words are tokens: "Dr", ".", "Prince"; "Pol", "/", "Mil", "Counselor".)
    const abbreviated = words[k - 1] === '.' && k >= 2 && isTitleWord(words[k - 2]!);
    const section = k >= 3 && words[k - 2] === '/' && MISSION_SECTION.test(words.slice(k - 3, k).join(''));
    const titleBefore = (isTitleWord(words[k - 1]!) || abbreviated || section) && !afterOf(k - 1);
    // "UK Foreign Office", "the Interior Ministry": a field word before a body's head word is no title.
    const ofBody = (at: number): boolean => (FIELD.test(words[at]!) && at + 1 < words.length && isOrgWord(words[at + 1]!)) || orgAhead(words, at);
    // ("Director General (DG)": a title's abbreviation in parentheses is the same title.)
    // (A title in the plural only after a place and before a given name: "U.S. Senators Olympia Snowe and ...".)
    const plural = pluralTitle(words[k]!) && words.slice(k + 1).some((w) => nameRole(w).includes('g'));
    if ((isTitleWord(words[k]!) || plural) && !titleBefore && !ofBody(k) && !/^(?:of|and|the|for|\()$/i.test(words[k - 1]!)) {
      // "Danish Energy Minister Holgersen", "the Tourism Minister": a common noun before the
      // title names the post's field and belongs to the title.
      let at = k;
      // ("Ministry of Agriculture Director Jones": not a field after "of", the body's own.)
      while (at > 0 && fieldWord(words[at - 1]!) && !/^(?:of|for|and)$/i.test(words[at - 2] ?? '')) at--;
      if (at === 0) continue;
      // "New Delhi PolOff", "Iranian Foreign Minister": a place before a title alone is a place.
      const place = placeCode(words.slice(0, at).join(' ')) !== null || demonymCode(words.slice(0, at).join(' ')) !== null;
      // "the FAO Director General", "NATO Secretary General": a body's acronym before a title alone
      // is the body, the title its head.
      const acronym = at === 1 && /^[A-Z]{2,8}$/.test(words[0]!) && !isTitleWord(words[0]!);
      if (isTitleWord(words[k]!) ? words.slice(k).some((w) => isNameWord(w)) || place || acronym : place) cuts.push(at);
    }
  }
  // "Port Division Chief": a body's name, then the title of its head.
  const n = words.length;
  if (n >= 3 && isTitleWord(words[n - 1]!) && HEADED_BODY.test(words[n - 2]!) && !cuts.includes(n - 1)) cuts.push(n - 1);
  if (cuts.length > 0 || words.some((w) => isTitleWord(w))) return cuts;
  // ("FCO Africa Team Leader | Jonathan Holgersen": also after a common word no list has as a
  // name, when what comes before is a body's name, not a post: "Treasury U/S for Terrorism and
  // Financial Intelligence Stuart Levey" is one person.)
  const slashTitle = words.some((w, i) => w === '/' && isTitleWord(`${words[i - 1]}/${words[i + 1]}`));
  for (let k = words.length - 2; k >= 1; k--) {
    const closing = words.slice(k).every((w) => isNameWord(w));
    const before = words[k - 1]!;
    const common = ['l', 'm'].includes(caseClass(before)) && isDictionaryWord(before) && nameRole(before) === '' && words.slice(0, k).some((w) => isOrgWord(w) || isOrgAcronym(w) || /^[A-Z]{2,}$/.test(w)) && !slashTitle;
    if (closing && /g/.test(nameRole(words[k]!)) && (!isNameWord(before) || common) && !INNER.test(before)) return [k];
  }
  return cuts;
}

// Laws, treaties and documents have capitalised names too, and are none of the three types.
export const DOCUMENT = /^(?:Act|Bill|Law|Treaty|Convention|Agreement|Accord|Annex|Article|Protocol|Mechanism|Resolution|Declaration|Statement|Initiative|Regulation|Directive|Code|Plan|Program|Programme|Strategy|Forum|Conference|Summit|Dialogue|Assessment|List|Report|Paper|Games|Olympics|Revolution|Sanctions)s?$/i;

/** The last word of a place's name that says what kind of land, water or crossing it is. */
export const LANDMARK = /^(?:Zone|Islands?|Isles?|Territor(?:y|ies)|Coast|Gulf|Sea|Valley|Strait|Peninsula|Mountains?|Basin|Delta|River|Lake|Corridor|Pass|Gate|Crossing|Bridge|Dam|Canal|Bay|Desert|Plateau|Highlands|Hills|Heights|Falls)$/;

/** A region's people, written as a nationality is. */
const REGION_PEOPLE = /^(?:Middle Eastern|Near Eastern|Far Eastern|Southeast Asian|South Asian|East Asian|Central Asian|North African|West African|East African|Sub-Saharan|Latin American|Central American|South American|North American|Caribbean|Eastern European|Western European|Central European|Balkan|Scandinavian|Nordic|Baltic|Gulf Arab)$/;

/** A creed or a branch of one, before its followers' word. */
const CREED = /^(?:Sunni|Shia|Shi'a|Shi’a|Shiite|Muslim|Islamic|Christian|Catholic|Orthodox|Protestant|Evangelical|Jewish|Hindu|Buddhist|Sikh|Salafi|Wahhabi|Radical|Militant)$/;

/** Words that end the name of a process, a measure, an award or a quantity, not of a body. */
const CONCEPT = /^(?:Talks|Negotiations|Measures|Process|Round|Framework|Roadmap|Doctrine|Crisis|Wars?|Product|Warning|Edge|Laureates?|Prize|Award|Reforms?|Referendum|Ceasefire|Deal)$/;

/** "Alta Norte Mineira (ANM)": the capitalised words' initials spell the acronym in parentheses after them. */
export function initialsDefined(words: string[]): boolean {
  const n = words.length;
  if (n < 5 || words[n - 1] !== ')' || words[n - 3] !== '(' || !/^[A-Z]{2,6}$/.test(words[n - 2]!)) return false;
  const name = words.slice(0, n - 3).filter((w) => /^[A-Za-z]/.test(w));
  const initials = name.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]!).join('');
  // ("Banque de Zarvo (BDZ)": a foreign joining word's initial in the acronym too; not "of", as in
  // "Letter of Request (LOR)", a document's.)
  const joining = name.filter((w) => /^[A-Z]/.test(w) || NAME_PARTICLE.test(w));
  return initials === words[n - 2] || joining.map((w) => w[0]!.toUpperCase()).join('') === words[n - 2];
}

/** Words that make a name with its initials a place's ("Democratic Republic of Congo (DRC)", "Tri-Border Area (TBA)"). */
const PLACE_KIND = /^(?:Republic|Kingdom|Islands?|Isles?|Emirates|States|Federation|Province|Region|Territor(?:y|ies)|Coast|Gulf|Sea|Valley|Strait|Peninsula|Mountains?|Basin|Delta|River|Lake|County|District|Oblast|Krai|Prefecture|Governorate|Zone|Areas?|Corridor)$/;

/** A name with its initials after it names a place only with a place's word in it: "Zarvo de France (ZDF)", "British Halvard (BH)" are bodies. */
export function placeWithInitials(words: string[]): boolean {
  const name = words.slice(0, -3);
  return name.some((w) => PLACE_KIND.test(w)) || placeCode(name.join(' ')) !== null;
}

/** "&" in a firm's name: not between common words ("SUMMARY & COMMENT", a heading). */
function firmAmpersand(words: string[]): boolean {
  const plain = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
  return words.includes('&') && words.some((w) => w !== '&' && caseClass(w) !== 'l' && !NOT_NAMES.test(plain(w)) && !JARGON.test(w));
}

/** "Vika Nuclear Power Plant", "Maple Power Station": a power station, a place. */
export function isFacility(words: string[]): boolean {
  return words.length > 2 && /^(?:Plant|Station)$/.test(words[words.length - 1]!) && words[words.length - 2] === 'Power';
}

/** An organisation's name that stands complete: it ends in an organisation word, an acronym or "(ABC)". */
function completeOrg(words: string[]): boolean {
  const last = words[words.length - 1]!;
  if (last === ')' || isOrgWord(last) || isOrgAcronym(last) || /^[A-Z]{2,6}$/.test(last)) return true;
  // ("Halvard & Sons": a firm's name with "&" in it.)
  if (words.length >= 3 && firmAmpersand(words)) return true;
  // "Embassy Brasilia", "ConGen Sao Paulo": a post named by its city.
  return words.length > 1 && (isOrgWord(words[0]!) || /^(?:ConGen|Consulate|Embassy|Mission)$/i.test(words[0]!)) && placeCode(words.slice(1).join(' ')) !== null;
}

// Title words that name a field ("Finance Minister") rather than a post.
const FIELD = /^(?:Foreign|Defense|Defence|Interior|Finance)$/;

const NEWSPAPER = /^(?:Herald|Times|Post|Tribune|Gazette|Journal|Chronicle|Observer|Courier|Telegraph|Daily|Star|Sun|News|Monitor|Globe|Inquirer|Dispatch|Mail|Standard)$/;

// Russian and Central Asian firms' names end in the stem of their trade: export, import, industry
// (prom), oil (neft), gas (gaz), bank, building (stroy), machinery (mash), power (energo), atom, fleet (flot).
const FIRM_STEM = /^[A-Z][a-z]{2,}(?:export|import|prom|neft|gaz|bank|stroy|mash|energo|atom|flot)$/;

/** A word that ends a post's holder's name ("Brenner"), not a field the sample writes both ways ("Mines"). */
const holderName = (w: string): boolean => nameRole(w) !== '' || (isNameWord(w) && caseClass(w) !== 'm');

/**
 * "Simao Alves and EST Counselor": "and" joins two names unless an organisation word shows it is
 * inside one ("Ministry of Foreign Affairs and Trade", "Research and Industrial Company"); two
 * organisation names each complete on its own are two ("HMG and Conservative Party", "Shura Council
 * and Guidance Bureau"). Returns [start, end) word ranges.
 */
function splitAtAnd(words: string[]): Array<[number, number]> {
  // ("Darrigo & Valente", "Halvard & Sons": "&" joins a firm's name, unless it joins two places,
  // "Trinidad & Tobago", or common words, a heading's "SUMMARY & COMMENT".)
  const firm = firmAmpersand(words);
  const ands = words.flatMap((w, i) => (w === 'and' || (w === '&' && (!firm || (placeCode(words.slice(0, i).join(' ')) !== null && placeCode(words.slice(i + 1).join(' ')) !== null))) ? [i] : []));
  if (ands.length === 0) return [[0, words.length]];
  const orgs = words.some((w) => isOrgWord(w) || isOrgAcronym(w));
  // "Bank Mellat and Bank Saderat": the same organisation word starts both.
  const two = (i: number): boolean =>
    (completeOrg(words.slice(0, i)) && completeOrg(words.slice(i + 1))) ||
    (isOrgWord(words[0]!) && words[0] === words[i + 1]) ||
    // "the Department and Washington agencies": a place joined to a body is a second name.
    placeCode(words.slice(i + 1).join(' ')) !== null ||
    placeCode(words.slice(0, i).join(' ')) !== null ||
    // "Assistant Secretary Ann Brenner and the National Security Council": a person, then a body.
    (isTitleWord(words[0]!) && i >= 2 && holderName(words[i - 1]!) && completeOrg(words.slice(i + 1))) ||
    // "told Poloff and Omar Talbi of the Zarvo Embassy": a title alone, then a given name.
    (words.slice(0, i).every((w) => isTitleWord(w)) && nameRole(words[i + 1]!) === 'g') ||
    // "MFA/IO Chief Omar Talbi and Dr. Ali Haddadi": a named person, then a titled one.
    (i >= 2 && holderName(words[i - 1]!) && words.slice(0, i - 1).some((w) => isTitleWord(w)) && (isTitleWord(words[i + 1]!) || /^(?:Mr|Mrs|Ms|Dr)$/.test(words[i + 1]!))) ||
    // "the MOD and Peruvian army": a nationality too.
    demonymCode(words.slice(i + 1).join(' ')) !== null ||
    // "Taliban and Islamists", "Fatah and Hamas": a body known by one word is a name on its own.
    (i === 1 && isOrgAcronym(words[0]!)) ||
    (i === words.length - 2 && isOrgAcronym(words[i + 1]!));
  // "Minister of Economy and Finance": after a title and "of", "and" joins what the post is of,
  // unless a title follows it ("Minister of Defense and Foreign Minister Smith").
  const post = (i: number): boolean =>
    isTitleWord(words[0]!) && words.slice(1, i).some((w) => /^(?:of|for)$/.test(w)) && !words.slice(i + 1).some((w) => isTitleWord(w) && !FIELD.test(w)) && !holderName(words[i - 1]!);
  const cuts = (orgs ? ands.filter(two) : ands).filter((i) => !post(i));
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const i of cuts) {
    out.push([start, i]);
    start = i + 1;
  }
  out.push([start, words.length]);
  return out.filter(([a, b]) => b > a);
}

export function classify(raw: string[], tagged: () => NameType | null): NameType | null {
  // "A / S Brenner" as the cable wrote it, "A/S Brenner"; "Dr . Haddadi" as "Dr. Haddadi".
  const words = raw.reduce<string[]>((out, w, i) => {
    if ((w === '/' || (w === '.' && i > 0 && isTitleWord(raw[i - 1]!))) && out.length > 0) out[out.length - 1] += w;
    else if (i > 0 && raw[i - 1] === '/' && out.length > 0) out[out.length - 1] += w;
    else out.push(w);
    return out;
  }, []);
  const joined = words.join(' ');
  const last = words[words.length - 1]!;
  // "S/CT", "EUR/RPM": an office's symbol.
  // ("S/NF", "C/REL": a paragraph's classification marking, no office.)
  if (words.length === 1 && /^(?:TS|S|C|U|SBU)\/(?:NF|REL|SI|OC|ORCON|PROPIN)$/.test(last)) return null;
  if (words.length === 1 && /^[A-Z]{1,5}\/[A-Z]{1,5}$/.test(last) && !isTitleWord(last)) return 'ORGANIZATION';
  // ("the IAEA General Conference (GC)": a document's or meeting's name with its acronym after it.)
  if (DOCUMENT.test(last) || (last === ')' && words.length >= 5 && words[words.length - 3] === '(' && DOCUMENT.test(words[words.length - 4]!))) return null;
  // Nor is a process, a measure or a quantity named in capitals ("Six-Party Talks", "Restrictive
  // Measures", "Gross Domestic Product", "Qualitative Military Edge (QME)"), unless a body's word is in it.
  const head = last === ')' && words.length >= 5 && words[words.length - 3] === '(' ? words[words.length - 4]! : last;
  if (words.length > 1 && CONCEPT.test(head) && !words.some((w) => isOrgWord(w))) return null;
  // Countries, cities and nationalities ("Parisian", "South Korean", "Norwegians") are places.
  if (placeCode(joined) !== null || demonymCode(joined) !== null) return 'PLACE';
  // A common word or an organisation word alone ("Royal", "People", "Brigade") names nothing, nor
  // does a title in the plural ("the Senators").
  if (words.length === 1 && (caseClass(last) === 'l' || isOrgWord(last))) return null;
  if (words.length === 1 && pluralTitle(last)) return null;
  // Nor does a title's adjective or field word alone ("the Presidential election", "Senior officials").
  const titled = last.charAt(0).toUpperCase() + last.slice(1).toLowerCase();
  if (words.length === 1 && (/^(?:Presidential|Ministerial|Senior|Mayoral|Gubernatorial|Senatorial|Congressional|Parliamentary)$/.test(titled) || FIELD.test(titled))) return null;
  // Nor do followers of a creed or a cause ("Islamists", "Maoists").
  if (words.length === 1 && /[a-z]ists$/.test(last)) return null;
  // "Dulles International Airport": a port is a place.
  if (words.length > 1 && /^(?:Airport|Airbase|Airfield|Port|Harbou?r|Street|Road|Avenue|Boulevard|Square|Highway)$/.test(last)) return 'PLACE';
  // "the Free Trade Zone", "the International Zone": a zone is a place (not "Administration of the Zone").
  // So is a valley, a river, a pass or a crossing: "the Rift Valley", "Habur Gate" (not "Tennessee Valley Authority").
  if (words.length > 1 && LANDMARK.test(last) && !words.some((w) => isOrgWord(w) || isTitleWord(w) || DOCUMENT.test(w))) return 'PLACE';
  // "Middle Eastern", "Southeast Asian": a region's people, as a nationality is a place.
  if (REGION_PEOPLE.test(joined)) return 'PLACE';
  // "an NGO": a kind of body, none in particular; "Sunni Islamists": followers of a creed or a cause.
  if (words.length === 1 && /^(?:NGO|INGO|PVO|CSO|SOE|MNC)$/.test(last)) return null;
  if (words.length > 1 && /[a-z]ists?$/.test(last) && words.slice(0, -1).every((w) => CREED.test(w) || demonymCode(w) !== null)) return null;
  // "Manas Air Base", "Incirlik Air Base": a base; "Shishou City", "Quezon City": a city.
  if (words.length > 2 && last === 'Base' && /^(?:Air|Naval|Military|Army|Marine)$/.test(words[words.length - 2]!)) return 'PLACE';
  if (words.length > 1 && last === 'City' && !words.some((w) => isOrgWord(w) || isTitleWord(w))) return 'PLACE';
  // "Rua Halvard", "Avenida Zarvo", "Vila Nordvik": streets and districts as Spanish and Portuguese
  // addresses write them, the kind first.
  if (words.length > 1 && /^(?:Rua|Avenida|Calle|Carrera|Paseo|Plaza|Pra[cç]a|Rodovia|Estrada|Vila|Barrio|Bairro|Colonia|Jardim|Morro|Favela)$/.test(words[0]!) && !words.some((w) => isOrgWord(w))) return 'PLACE';
  // "Zarvo do Brasil", "Halvard de Mexico": a firm's branch named by its country, as Latin
  // American subsidiaries are, the country in its own language too (not "Ciudad de Mexico", a
  // place's name).
  if (words.length >= 3 && /^(?:do|da|de|del)$/.test(words[words.length - 2]!) && (/^[A-Z]{2}$/.test(placeCode(last) ?? '') || /^(?:Brasil|M[eé]xico|Per[uú]|Panam[aá])$/.test(last)) && !/^(?:Ciudad|Republica|Rep[uú]blica|Estado|Estados|Reino|Provincia|Departamento|Distrito)$/.test(words[0]!) && !isTitleWord(words[0]!)) return 'ORGANIZATION';
  // "Vika Nuclear Power Plant": a power station is a place; "Unit Two" of it names nothing.
  if (isFacility(words[words.length - 1] === ')' && words[words.length - 3] === '(' ? words.slice(0, -3) : words)) return 'PLACE';
  if (words.length === 2 && words[0] === 'Unit' && /^(?:\d+|One|Two|Three|Four|Five|Six)$/.test(last)) return null;
  // "Deputy Chief of Mission Daniel Piccuta": a title first and a name last make a person, whatever
  // organisation words the title holds.
  if (isTitleWord(words[0]!) && words.length > 1 && isNameWord(last)) return 'PERSON';
  // ("Senators Olympia Snowe (R-ME)": a title in the plural before a given name.)
  if (pluralTitle(words[0]!) && words.slice(1).some((w) => nameRole(w).includes('g'))) return 'PERSON';
  // "Chief of Cabinet", "Director of Port Security Services", "Minister for Housing":
  // a title and what it is of is a person named by the post.
  if (isTitleWord(words[0]!) && words.length > 2 && /^(?:of|for)$/.test(words[1]!)) return 'PERSON';
  if (isTitleWord(words[0]!) || words.some((w) => isTitleWord(w) && w !== 'General')) {
    // ("Special Assistant (SA)": the title's initials in parentheses, though SA is also a legal form.)
    const own = initialsDefined(words) ? words.slice(0, -3) : words;
    if (!own.some((w) => isOrgWord(w))) return 'PERSON';
  }
  // (A joining word in small letters is no acronym: "dos" in "Joao dos Santos" is not DOS.)
  if (words.some((w) => isOrgWord(w) || (isOrgAcronym(w) && !/^[a-z]+$/.test(w)))) return 'ORGANIZATION';
  // "Darrigo & Valente", "Halvard & Sons": a firm's.
  if (words.length >= 3 && firmAmpersand(words)) return 'ORGANIZATION';
  // "Chinese SINOMET": a nationality before a body's acronym is part of its name.
  if (words.length >= 2 && demonymCode(words.slice(0, -1).join(' ')) !== null && /^[A-Z]{2,6}$/.test(last) && !isTitleWord(last) && last !== 'VP') return 'ORGANIZATION';
  // "the British Isles", "the Korean Peninsula": a nationality and a place's word name a place.
  if (words.length === 2 && demonymCode(words[0]!) !== null && PLACE_KIND.test(last)) return 'PLACE';
  // "Zarvonian Gas", "Halvardian Telecom": a nationality and a common noun name a firm or a body,
  // not a place (the tagger reads the nationality), unless the noun is a place's ("British Isles").
  // (Not a plural: "the three Zarvonian Services" are no body in particular.)
  if (words.length === 2 && demonymCode(words[0]!) !== null && caseClass(last) === 'l' && !/[^aiusy]s$/.test(last) && !PLACE_KIND.test(last) && !COMPASS_WORD.test(last)) return 'ORGANIZATION';
  // "Compania Minera Andina (CMA)": a name with its initials defined after it, and no
  // title, is a body's (people are seldom given initials).
  // (Not a document's, "Bilateral Investment Treaty (BIT)", nor a region's the tagger reads as a place.)
  if (initialsDefined(words) && !words.some((w) => isTitleWord(w)) && !DOCUMENT.test(words[words.length - 4]!) && (tagged() !== 'PLACE' || !placeWithInitials(words))) return 'ORGANIZATION';
  // "Icelandic Mobile Patrol Team", "Crisis Response Unit": a unit of a force or service.
  if (words.length > 1 && words.some((w) => /^(?:Team|Unit|Squad|Detachment|Battalion|Regiment|Task)$/.test(w))) return 'ORGANIZATION';
  // "Brown and Labour trail", "Labor won": capitalised alone, the Labour or Labor party.
  if (words.length === 1 && /^Labou?r$/.test(last)) return 'ORGANIZATION';
  // "the House of Commons", "the House of Councillors": a chamber of a parliament.
  // (Not a post in it: "House of Commons Leader Ana Lins".)
  if (words.length >= 3 && words[0] === 'House' && words[1] === 'of' && /^[A-Z]/.test(words[2]!) && !words.some((w) => isTitleWord(w) || nameRole(w) === 'g')) return 'ORGANIZATION';
  // "Iran Air", "Air India", "Zarvo Airways": an airline named by its country or city.
  if (words.length === 2 && ((/^(?:Air|Airways|Airlines)$/.test(last) && (placeCode(words[0]!) !== null || demonymCode(words[0]!) !== null)) || (words[0] === 'Air' && placeCode(last) !== null))) return 'ORGANIZATION';
  // "the Miami Herald", "the Jordan Times", "Arab News": a newspaper named by its city, country or people.
  if (words.length >= 2 && NEWSPAPER.test(last) && (placeCode(words.slice(0, -1).join(' ')) !== null || (demonymCode(words.slice(0, -1).join(' ')) !== null && last !== 'Post'))) return 'ORGANIZATION';
  // "Rosoboronexport", "Gazprom", "Sberbank": a one-word name built on a trade's stem is a firm's.
  if (words.length === 1 && FIRM_STEM.test(last) && !isDictionaryWord(last) && nameRole(last) === '') return 'ORGANIZATION';
  // An acronym no list knows as a place is a body's ("PMAT"): the place acronyms cables use are
  // listed (US, PRC, DPRK, UAE ...). A doubled letter is a list item's label ("AA)", "BB.").
  if (words.length === 1 && /^([A-Z])\1$/.test(last)) return null;
  // Nor is a Roman numeral ("Part III", "Annex IV").
  if (words.length === 1 && /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/.test(last)) return null;
  // ("POTUS", "VPOTUS", "FLOTUS": a person by the post, as a title alone is.)
  if (words.length === 1 && /^(?:V?POTUS|FLOTUS)$/.test(last)) return 'PERSON';
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(last)) return 'ORGANIZATION';
  // So is one written with small letters between its capitals: "GoNZ", "DoD", "MoFA" (not an
  // acronym's plural, "NGOs", "PRTs": bodies of a kind, none in particular).
  if (words.length === 1 && /^(?=(?:[^A-Z]*[A-Z]){2})(?:[A-Z][a-z]?){2,5}$/.test(last) && !/[A-Z]s$/.test(last) && !isTitleWord(last)) return 'ORGANIZATION';
  // "EU3", "EU-3", "G-20", "P5+1": a standing group of states; "CENTCOM", "AFRICOM": a command.
  if (words.length === 1 && (/^(?:EU|G|P)-?\d{1,2}(?:\+1)?$/.test(last) || /^[A-Z]{3,}COM$/.test(last))) return 'ORGANIZATION';
  if (words.every((w) => /^[A-Z]\.?$/.test(w) || INNER.test(w))) return null;
  // ("Joao dos Santos", "Ana de la Vega": a particle between the names.)
  const particle = (w: string): boolean => NAME_PARTICLE.test(w);
  if (words.length >= 2 && words.length <= 5 && words.every((w) => isNameWord(w) || /^[A-Z]\.?$/.test(w) || particle(w)) && !particle(words[0]!) && !particle(last) && words.filter((w) => !particle(w)).length <= 4) {
    // Two unknown capitalised words are a person only if one is a known given name or surname
    // ("Chen Kai", "Dan Piccuta"); "Zibo Chemet" is more likely a firm.
    // An Arabic article or patronymic joined to a name makes it a person's ("Muatassim al-Qadhafi").
    if (words.some((w) => /^(?:al|el|Al|El|bin|ibn|abu|Abu|ould)-/.test(w))) return 'PERSON';
    return knowsNames() && !words.some((w) => nameRole(w) !== '') ? 'ORGANIZATION' : 'PERSON';
  }
  // "Bayan Precision", "Omid Research": a capitalised name ending in a common noun is a firm's;
  // not a given name and a surname that is also a word ("John Small", "Mary Rich").
  if (words.length === 2 && /^[A-Z][a-z]/.test(words[0]!) && /^[A-Z][a-z]{2}/.test(last) && /g/.test(nameRole(words[0]!)) && /s/.test(nameRole(last))) return 'PERSON';
  if (words.length >= 2 && isNameWord(words[0]!) && caseClass(last) === 'l') return tagged() === 'PLACE' ? 'PLACE' : 'ORGANIZATION';
  return tagged();
}

function taggedType(spans: NameSpan[], start: number, end: number): NameType | null {
  return spans.find((s) => s.start < end && start < s.end)?.type ?? null;
}

/**
 * Typed name spans in mixed-case text; `tagged` gives the tagger's spans for the same text (asked
 * only when the words leave a type open: tagging is most of extraction's cost).
 */
// (With the parliaments and seats of power cables call by one name.)
const SELF =
  /^(?:Post|Embassy|Mission|Department|Ministry|Government|Consulate|Pentagon|Army|Navy|Senate|Congress|Parliament|Cabinet|Treasury|Bundestag|Bundesrat|Bundeswehr|Knesset|Duma|Majlis|Sejm|Storting|Riksdag|Althingi|Folketing|Kremlin|Politburo|Chancellery)$/;

const MEDIA = String.raw`(?:daily|dailies|newspaper|paper|weekly|magazine|tabloid|news ticker|news agency|news service|news website|news portal|broadcaster|television channel|TV channel|TV station|radio station)`;
// ("paper" only after a body's name or "party": "the Central Committee paper"; a "white paper" or
// a "non-paper" is a document.)
const MEDIA_BEFORE = new RegExp(String.raw`(?:(?:^|[^A-Za-z-])${MEDIA.replace('|paper|', '|')}|(?:[A-Z][A-Za-z]+|[Pp]arty|news)[ \t]+paper)[ \t]*,?[ \t\n]+$`);
// (Not "paper" after a name: "the Halvard paper" is more often a paper by or on Halvard.)
const MEDIA_AFTER = new RegExp(String.raw`^['’]?s?[ \t]+${MEDIA.replace('|paper|', '|')}(?![A-Za-z])`);

// Letters and at least two digits, a model's designation ("K400", "M26A2", "F-16"; not "G-20", "EU3").
const DESIGNATION = /^(?!(?:EU|G|P)-?\d{1,2}$)[A-Z]{1,3}-?\d{2,}[A-Z0-9]*$/;

// The ISO 4217 currency codes, as the runtime knows them.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const AMOUNT_BEFORE = /\d(?:[\d,.]*\d)?(?:[ \t]+(?:thousand|million|billion|trillion))?[ \t]*$/;

const LOCATIVE = /(?:^|[^A-Za-z])(?:in|near|outside|inside|throughout|across|around|into)[ \t\n]+$/;

const PREDICATIVE = /(?:^|[^A-Za-z])(?:as|become|becomes|became|becoming|named|appointed|elected|re-elected)[ \t\n]+$/;

const ROLE_BEFORE = /(?:^|[^A-Za-z])(?:chief|head|leader|spokes(?:man|woman|person)|director|minister|adviser|advisor|aide|commander|envoy|counterpart|prosecutor|candidate)[ \t]*,?[ \t\n]+$/;
const US_STATE =
  /^(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)$/;

// A body that a cable speaks of again by its head word, capitalised after "the" ("the Commission",
// "head of the Committee"): the one it has named.
const THE_BODY = /^(?:Commission|Committee|Council|Commonwealth|Alliance|Secretariat|Tribunal|Agency)$/;

function hyphenPlaces(text: string, start: number, end: number): NameSpan[] | null {
  const run = text.slice(start, end);
  if (!/[A-Za-z]-[A-Za-z]/.test(run) || /\s/.test(run.replace(/\s+d['’]/g, '_'))) return null;
  // ("al-Qaida", "al-Shabaab": a body's name with its article, one word.)
  if (isOrgAcronym(run)) return null;
  const out: NameSpan[] = [];
  let at = start;
  for (const part of run.split('-')) {
    const known = /^[A-Z]/.test(part) && (placeCode(part) !== null || demonymCode(part) !== null);
    if (known) out.push({ type: 'PLACE', start: at, end: at + part.length });
    // "an MFA-commissioned report", "EU-agreed rules": a body's acronym joined to a word.
    else if (isOrgAcronym(part) || GOVERNMENT_ACRONYM.test(part)) out.push({ type: 'ORGANIZATION', start: at, end: at + part.length });
    else if (/^[A-Z]/.test(part)) return null;
    at += part.length + 1;
  }
  return out.length > 0 ? out : null;
}

export function mixedCaseNames(text: string, tokens: Token[], tagged: () => NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const [a, b] of runs(tokens, text)) {
    // "Post will report", "the Embassy", "the Department": the mission or department the cable
    // speaks for, capitalised and alone.
    const self = /^(?:The|This|Our)$/.test(tokens[a]!.text) ? a + 1 : a;
    if (self === b && (SELF.test(tokens[b]!.text) || (THE_BODY.test(tokens[b]!.text) && /(?:^|[^A-Za-z])[Tt]he[ \t\n]+$/.test(text.slice(0, tokens[b]!.start))))) {
      out.push({ type: 'ORGANIZATION', start: tokens[b]!.start, end: tokens[b]!.end });
      continue;
    }
    // "the National Plan on Water Quality", "the Open Skies in Europe Treaty": a name
    // joined by "on" or "in" to a document's is part of the document's title.
    const gapBefore = a > 0 ? text.slice(tokens[a - 1]!.end, tokens[a]!.start) : '';
    const gapAfter = b + 1 < tokens.length ? text.slice(tokens[b]!.end, tokens[b + 1]!.start) : '';
    if (a >= 2 && tokens[a - 1]!.text === 'on' && /^[A-Z]/.test(tokens[a - 2]!.text) && DOCUMENT.test(tokens[a - 2]!.text) && /^\s+$/.test(gapBefore)) continue;
    // ("the Oslo 2030 Olympic Games": a place and a year before an event's name are in it.)
    if (tokens[b + 1] && /^(?:in|on|\d{4})$/.test(tokens[b + 1]!.text) && /^\s+$/.test(gapAfter)) {
      const next = runs(tokens.slice(b + 2, b + 8), text)[0];
      if (next && next[0] === 0 && DOCUMENT.test(tokens[b + 2 + next[1]]!.text)) continue;
    }
    let from = a;
    // A capitalised first word of a sentence is a name only if it is not a common word.
    // ("Ministry of ..." starts a name wherever it stands.)
    const ofName = (k: number): boolean => isOrgWord(tokens[k]!.text) && tokens[k + 1]?.text === 'of';
    // ("Dr. Haddadi" and "A/S Brenner" keep their title: an abbreviation or initials joined to more.)
    const joinedTitle = (k: number): boolean => k < b && (tokens[k + 1]!.text === '/' || (tokens[k + 1]!.text === '.' && isTitleWord(tokens[k]!.text)));
    // ("New Zealand praised ...": a place's name keeps its first word.)
    const startsPlace = (k: number): boolean => [2, 3].some((n) => k + n - 1 <= b && placeCode(tokens.slice(k, k + n).map((t) => t.text).join(' ')) !== null);
    // ("Embassy Tel Aviv's Office ...": a post named by its city keeps its first word there too.)
    const postOfCity = (k: number): boolean => k < b && /^(?:Embassy|Consulate|ConGen|Mission)$/.test(tokens[k]!.text) && [1, 2, 3].some((n) => k + n <= b && placeCode(tokens.slice(k + 1, k + 1 + n).map((t) => t.text).join(' ')) !== null);
    while (from <= b && isSentenceStart(tokens, from, text) && (NOT_NAMES.test(tokens[from]!.text) || caseClass(tokens[from]!.text) === 'l' || (from === b && commonAlone(tokens[from]!.text))) && !ofName(from) && !joinedTitle(from) && !startsPlace(from) && !postOfCity(from)) from++;
    while (from <= b && NOT_NAMES.test(tokens[from]!.text) && !isTitleWord(tokens[from]!.text) && !isOrgWord(tokens[from]!.text) && !joinedTitle(from)) from++;
    // A name does not start at a joining word.
    while (from <= b && (INNER.test(tokens[from]!.text) || tokens[from]!.text === '(')) from++;
    // "Western-educated Omar Haddadi", "Lima-based Ana Ruiz": a word joined to a participle
    // describes the name after it; its place, if it names one, is named on its own.
    if (from < b && /^[A-Z][A-Za-z.]*-[a-z]+$/.test(tokens[from]!.text) && !/^(?:al|el|bin|ibn|abu|ould)-/.test(tokens[from]!.text.toLowerCase())) {
      out.push(...(hyphenPlaces(text, tokens[from]!.start, tokens[from]!.end) ?? []));
      from++;
    }
    if (from > b) continue;
    for (const [a2, b2] of splitAtAnd(tokens.slice(from, b + 1).map((t) => t.text))) {
      // "Togo-Cote d'Ivoire", "Delhi-based", "Israel-Palestine": places joined by hyphens are named
      // one by one; a lower-case part ("-based") names nothing.
      const compound = hyphenPlaces(text, tokens[from + a2]!.start, tokens[from + b2 - 1]!.end);
      if (compound) {
        out.push(...compound);
        continue;
      }
      const words = tokens.slice(from + a2, from + b2).map((t) => t.text);
      const cuts = [0, ...splitAtTitles(words), words.length];
      // "Ambassador to Kyrgyzstan Zhang Yannian": a country, then a person's name.
      const posting = /(?:^|[^A-Za-z])(?:to|for|in)[ \t\n]+$/.test(text.slice(Math.max(0, tokens[from + a2]!.start - 6), tokens[from + a2]!.start)) ? placeThenName(words) : -1;
      if (posting > 0 && !cuts.includes(posting)) cuts.splice(cuts.findIndex((c) => c > posting), 0, posting);
      // "Head of the Cabinet Office", "Director of the National Port Authority": a title ends at
      // "of the"; the body after it is named on its own ("Chief of Cabinet" stays one post).
      // So does "Director-President of Norvale Termica S.A.": a title then "of" and a firm's
      // full name, one no list knows, ending in a legal form or an organisation word.
      const ofFirm = (i: number): boolean => {
        const rest = words.slice(i + 1);
        return rest.length >= 2 && completeOrg(rest) && !isOrgWord(rest[0]!) && !FIELD.test(rest[0]!) && caseClass(rest[0]!) !== 'l' && caseClass(rest[0]!) !== 'm' && !rest.some((w) => isTitleWord(w));
      };
      // ("Omar Talbi of the Zarvo Embassy": a given name's person of a body too.)
      const ofThe = isTitleWord(words[0]!) || (nameRole(words[0]!) === 'g' && !isOrgWord(words[1] ?? '')) ? words.findIndex((w, i) => /^(?:of|for)$/.test(w) && (words[i + 1] === 'the' || ofFirm(i))) : -1;
      if (ofThe > 0 && !cuts.includes(ofThe)) cuts.splice(cuts.findIndex((c) => c > ofThe), 0, ofThe);
      for (let k = 0; k + 1 < cuts.length; k++) {
        let at = cuts[k]!;
        while (at < cuts[k + 1]! && /^(?:of|for|the)$/.test(words[at]!)) at++;
        // "Western Libyan contacts": a compass word before a nationality only describes it.
        if (cuts[k + 1]! - at >= 2 && /^(?:Western|Eastern|Northern|Southern|Central)$/.test(words[at]!) && demonymCode(words.slice(at + 1, cuts[k + 1]!).join(' ')) !== null) at++;
        let upto = cuts[k + 1]!;
        while (upto > at + 1 && words[upto - 1] === '(') upto--;
        // "three Zarvonian K400 grenades", "a U.S. M203 launcher": a model's designation after a
        // maker or a country is a thing's name, not part of theirs.
        while (upto > at + 1 && DESIGNATION.test(words[upto - 1]!)) upto--;
        // "the Czech Presidency", "the incoming Swedish Presidency": a union's rotating presidency is
        // the country holding it, no body of its own.
        if (upto - at >= 2 && words[upto - 1] === 'Presidency' && (demonymCode(words.slice(at, upto - 1).join(' ')) !== null || placeCode(words.slice(at, upto - 1).join(' ')) !== null)) upto--;
        if (at >= upto) continue;
        const first = tokens[from + a2 + at]!;
        const last = tokens[from + a2 + upto - 1]!;
        const lone = upto - at === 1 && SELF.test(words[at]!);
        let type = lone ? 'ORGANIZATION' : classify(words.slice(at, upto), () => taggedType(tagged(), first.start, last.end));
        // "Chile's First Vice-President, Marco Feliz": a name set off after a person's title is
        // that person's, not the firm two unknown words would otherwise be taken for.
        let before = out.at(-1);
        // "Chief of Staff of the National Customs Service (NCS), Leopold Kabirizi".
        const head = out.at(-2);
        if (before?.type === 'ORGANIZATION' && head?.type === 'PERSON' && /^[ \t\n]+of(?:[ \t\n]+the)?[ \t\n]+$/.test(text.slice(head.end, before.start))) before = { ...before, type: 'PERSON' };
        // (Also a name the tagger took for a place, when no list knows it as one: "Santiago Pereira".)
        const guessedPlace = type === 'PLACE' && upto - at > 1 && placeCode(words.slice(at, upto).join(' ')) === null && demonymCode(words.slice(at, upto).join(' ')) === null;
        if ((type === 'ORGANIZATION' || guessedPlace) && before?.type === 'PERSON' && /^\)?,[ \t\n]*$/.test(text.slice(before.end, first.start))) {
          if (words.slice(at, upto).every((w) => isPersonWord(w) || /^[A-Z]\.?$/.test(w))) type = 'PERSON';
        }
        // "Gaspard Nduwayo, Director of Port Security": a name set off before a title is the
        // person who holds it.
        if (type === 'ORGANIZATION' && words.slice(at, upto).every((w) => isPersonWord(w) || /^[A-Z]\.?$/.test(w))) {
          const next = /^,[ \t\n]+(?:the[ \t\n]+)?([A-Z][A-Za-z.'-]*)/.exec(text.slice(last.end, last.end + 60));
          if (next && isTitleWord(next[1]!)) type = 'PERSON';
        }
        const segment = words.slice(at, upto);
        const lead = text.slice(Math.max(0, first.start - 40), first.start);
        // "she, as Interior Minister, could object": a post held, not a person named; so is one
        // somebody becomes or is named to ("likely to become Premier", "was appointed Trade Minister").
        // ("to succeed him as Director General (DG)": with the title's acronym after it.)
        const post = segment.length > 3 && segment[segment.length - 1] === ')' && segment[segment.length - 3] === '(' ? segment.slice(0, -3) : segment;
        if (type === 'PERSON' && isTitleWord(post[post.length - 1]!) && post.every((w) => isTitleWord(w) || fieldWord(w) || INNER.test(w)) && PREDICATIVE.test(lead)) type = null;
        // "police chief Tesfaye Wolde", "the party leader, Abebe Girma": a name after a role
        // written in lower case is the person's who holds it.
        if (type === 'ORGANIZATION' && segment.every((w) => isPersonWord(w) || /^[A-Z]\.?$/.test(w)) && ROLE_BEFORE.test(lead)) type = 'PERSON';
        // "the Israeli daily Haaretz", "the party paper Halvard Ribao": a newspaper or broadcaster
        // named after what it is; "ZARVO magazine" before it.
        if (type !== 'ORGANIZATION' && !segment.some((w) => isTitleWord(w)) && placeCode(segment.join(' ')) === null && demonymCode(segment.join(' ')) === null && (MEDIA_BEFORE.test(lead) || MEDIA_AFTER.test(text.slice(last.end, last.end + 20)))) type = 'ORGANIZATION';
        // "the Castro regime", "the Halvard government": a name a list knows as a person's before a
        // government's word is its leader's, no place.
        if (type === 'PLACE' && segment.length === 1 && nameRole(segment[0]!) !== '' && placeCode(segment[0]!) === null && demonymCode(segment[0]!) === null && /^[ \t]+(?:government|regime|administration)(?![A-Za-z])/.test(text.slice(last.end, last.end + 20))) type = 'PERSON';
        // "ISK 44 billion", "5 million EUR": a currency's code by an amount is no name.
        if (segment.length === 1 && CURRENCIES.has(segment[0]!) && (AMOUNT_BEFORE.test(lead) || /^[ \t]?\d/.test(text.slice(last.end, last.end + 2)))) type = null;
        // "robbed in Aden", "outside Hamilton": a city whose name is also a person's, after a word of
        // place (not before a possessive: "in Hamilton's view").
        if (type !== 'PLACE' && segment.length === 1 && LOCATIVE.test(lead) && !/^['’]s/.test(text.slice(last.end, last.end + 2)) && isPersonNamedCity(segment[0]!)) type = 'PLACE';
        // "the 18th Party Congress", "the 3rd Plenum": a numbered session is an event.
        if (/(?:^|[^A-Za-z0-9])\d+(?:st|nd|rd|th)[ \t\n]+$/.test(lead) && /^(?:Congress|Plenum|Session|Conference|Summit|Round|Meeting|Assembly)$/.test(segment[segment.length - 1]!)) type = null;
        // "the Fifth Republic", "the Third Reich": an era of a state's history.
        if (segment.length === 2 && /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)$/.test(segment[0]!) && /^(?:Republic|Reich|Empire)$/.test(segment[1]!)) type = null;
        // "Toledo, OH", "Fort Wayne, IN": a town and its US state.
        const town = out.at(-1);
        if (segment.length === 1 && US_STATE.test(segment[0]!) && town && /^,[ \t]*$/.test(text.slice(town.end, first.start))) {
          type = 'PLACE';
          out[out.length - 1] = { ...town, type: 'PLACE' };
        }
        if (type) out.push({ type, start: first.start, end: last.end });
      }
    }
  }
  // "post-Castro leaders", "pro-Esterland groups": a name after a lower-case prefix.
  for (const t of tokens) {
    const m = /^(?:pro|anti|post|pre|ex|non|neo)-([A-Z][A-Za-z]+)$/.exec(t.text);
    if (!m) continue;
    const start = t.end - m[1]!.length;
    const type = classify([m[1]!], () => (nameRole(m[1]!) !== '' ? 'PERSON' : taggedType(tagged(), start, t.end)));
    if (type) out.push({ type, start, end: t.end });
  }
  out.sort((x, y) => x.start - y.start);
  return withoutAppositiveTitles(text, withLegalForms(text, out));
}

// A legal form set off by a comma after a name: "Darrigo Transportes, Ltda.", "Zarvo, Inc.", or a
// dotted one the name's run of words stopped at ("Halvard S.A."). (Not two capitals a US state or a
// country may be written with: "Reno, NV", "Pretoria, SA".)
const LEGAL_FORM = String.raw`(?:Ltda|Ltd|Inc|LLC|LLP|GmbH|PLC|Pty|S\.A\.?|S\.p\.A\.|SpA|SARL|S\.A\.R\.L\.|B\.V\.?|N\.V\.?|Corp)\.?(?![A-Za-z])`;
const LEGAL_FORM_AFTER = new RegExp(String.raw`^(?:,[ \t]+${LEGAL_FORM}|[ \t]+(?:S\.A\.?|S\.p\.A\.|S\.A\.R\.L\.|B\.V\.?|N\.V\.?)(?![A-Za-z]))`);
// (A word no rule named, before one: "Holgersen, Inc.".)
const WORD_AND_LEGAL_FORM = new RegExp(String.raw`(?<![A-Za-z])[A-Z][A-Za-z'-]+,[ \t]+${LEGAL_FORM}`, 'g');

/** A name followed by ", Ltda." is a firm's, the legal form in its name. */
function withLegalForms(text: string, spans: NameSpan[]): NameSpan[] {
  const all = [...spans];
  if (text.includes(',')) {
    for (const m of text.matchAll(WORD_AND_LEGAL_FORM)) {
      const start = m.index!;
      const end = text.indexOf(',', start);
      if (caseClass(text.slice(start, end)) === 'l' || spans.some((s) => s.start < start + m[0].length && start < s.end)) continue;
      all.push({ type: 'ORGANIZATION', start, end });
    }
    all.sort((x, y) => x.start - y.start);
  }
  const out: NameSpan[] = [];
  for (const s of all) {
    const prev = out.at(-1);
    if (prev && s.start < prev.end) continue;
    const form = LEGAL_FORM_AFTER.exec(text.slice(s.end, s.end + 14));
    out.push(form ? { type: 'ORGANIZATION', start: s.start, end: s.end + form[0].length } : s);
  }
  return out;
}

/**
 * "Fouad Helmi, Assistant Minister of Defense, outlined ...": a title set off by a comma after the
 * name of the person who holds it describes that person; only the name is a mention. (A title
 * before the name, "as Charge d'Affaires a.i., Dan Piccuta", stays: coreference reads the person's
 * title from it.)
 */
// What follows a title in apposition: a comma, or what the post is of ("Irv Hicks, Ambassador met
// ..." is a new clause: its Ambassador is another person).
const APPOSITION_GOES_ON = /^[ \t\n]*(?:[,)]|(?:of|for|to|at|in|and)\b)/;

function withoutAppositiveTitles(text: string, spans: NameSpan[]): NameSpan[] {
  const words = (s: NameSpan): string[] => text.slice(s.start, s.end).split(/\s+/);
  const titleOnly = (s: NameSpan): boolean => s.type === 'PERSON' && splitTitle(words(s)).name.length === 0;
  const named = (s: NameSpan | undefined): boolean => s?.type === 'PERSON' && splitTitle(words(s)).name.length > 0;
  return spans.filter((s, i) => !(titleOnly(s) && named(spans[i - 1]) && /^[ \t]*,[ \t\n]*$/.test(text.slice(spans[i - 1]!.end, s.start)) && APPOSITION_GOES_ON.test(text.slice(s.end))));
}
