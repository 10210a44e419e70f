// Titles and roles written with people's names: splitting "Director General Zhang Yan" into a title
// and a name, and deciding that "DG" and "Director General", "Charge" and "Charge d'Affaires a.i."
// are the same role, so that a title alone can find the person who holds it.
import { isOrgWord, isTitleWord, placeCode } from './gazetteer.js';
import { caseClass } from './lexicon.js';
import { nameRole } from './person-names.js';

// Short forms cables use for titles, mapped to the long form.
const TITLE_FORMS: Array<[RegExp, string]> = [
  [/^DG$/, 'DIRECTOR GENERAL'],
  [/^DDG$/, 'DEPUTY DIRECTOR GENERAL'],
  [/^DCM$/, 'DEPUTY CHIEF OF MISSION'],
  [/^AMB\.?$/, 'AMBASSADOR'],
  [/^(?:FM|FONMIN|FORMIN)$/, 'FOREIGN MINISTER'],
  [/^(?:PM|PRIMIN)$/, 'PRIME MINISTER'],
  [/^DEFMIN$/, 'DEFENSE MINISTER'],
  [/^A\/S$/, 'ASSISTANT SECRETARY'],
  [/^U\/S$/, 'UNDER SECRETARY'],
  [/^(?:SYG|SECGEN)$/, 'SECRETARY GENERAL'],
  [/^CHARGE(?: D'AFFAIRES)?(?: A\.?I\.?)?$/, 'CHARGE'],
  [/^(?:MR|MRS|MS|DR)\.?$/, ''],
];

/** A canonical title: upper case, short forms spelled out, "the" and punctuation dropped. */
export function canonicalTitle(title: string): string {
  let t = title
    .toUpperCase()
    .replace(/[’`]/g, "'")
    .replace(/^THE\s+/, '')
    .replace(/[,]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, long] of TITLE_FORMS) if (re.test(t)) t = long;
  return t.replace(/\bDIRECTOR GENERAL\b/, 'DIRECTOR GENERAL');
}

/** True when a title alone ("the Minister", "DG") can name the holder of a fuller title. */
export function titleFits(alone: string, full: string): boolean {
  const a = canonicalTitle(alone);
  const f = canonicalTitle(full);
  return a.length > 0 && (f === a || f.endsWith(` ${a}`));
}

const CONNECT = /^(?:of|for|and|the|d'Affaires|D'AFFAIRES|a\.i\.|A\.I\.|General|GENERAL|in|IN|at|AT|to|TO)$/;

/** A word that can be part of a person's name (not a title, organisation word, place or common word). */
export function isNameWord(w: string): boolean {
  if (!/^[A-Z\u00C0-\u024F]/i.test(w) || isTitleWord(w) || isOrgWord(w) || CONNECT.test(w)) return false;
  if (placeCode(w) !== null) return false;
  const c = caseClass(w);
  // (A word the sample writes in capitals, an acronym's, is a name written in small letters when
  // the name lists know it: "ANA" is an army, "Ana" a given name.)
  return c !== 'l' && (c !== 'a' || (/[a-z]/.test(w) && nameRole(w) !== ''));
}

/** A name word, or a place name that is also a given name or surname ("Santiago Pereira"). */
export function isPersonWord(w: string): boolean {
  if (isNameWord(w)) return true;
  return /^[A-Z\u00C0-\u024F]/.test(w) && nameRole(w) !== '' && !isTitleWord(w) && !isOrgWord(w) && !CONNECT.test(w) && caseClass(w) !== 'l';
}

/**
 * Splits a person's span into title and name: the name is the trailing run of name words, the
 * title what stands before it ("FRG DISARMAMENT COMMISSIONER" + "ROTH"). A span with no name words
 * is a title alone ("Charge", "the Ambassador").
 */
export function splitTitle(words: string[]): { title: string[]; name: string[] } {
  let i = words.length;
  while (i > 0 && (isPersonWord(words[i - 1]!) || /^[A-Z]\.?$/.test(words[i - 1]!))) i--;
  // A name follows no article: after "the", the words before a given name are what the title is
  // of ("Special Envoy for the Six-Party Talks Pamela Park").
  const article = words.slice(0, i).findLastIndex((w) => /^the$/i.test(w));
  if (article >= 0 && words.slice(article + 1, i).every((w) => /^[A-Z]/.test(w))) {
    const given = words.findIndex((w, k) => k > i && /g/.test(nameRole(w)));
    if (given > i) i = given;
  }
  // "Mr. Zhang": a lone name word after a title is still a name; a lone word with no title may not be.
  const hasTitle = words.slice(0, i).some((w) => isTitleWord(w));
  if (i === words.length) return { title: words, name: [] };
  if (i > 0 && !hasTitle && words.slice(0, i).every((w) => /^(?:the|The|THE)$/.test(w))) return { title: [], name: words.slice(i) };
  return { title: words.slice(0, i).filter((w) => !/^(?:the|The|THE)$/.test(w)), name: words.slice(i) };
}
