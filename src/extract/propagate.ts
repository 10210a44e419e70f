// A name given in full once is written short later: "Zhang" after "Director General Zhang Yan",
// "Sino-Tech" or "STAIEC" after "Sino-Tech Aerospace Import and Export Corporation (STAIEC)". Where
// the short form stands alone and nothing else claimed it, it becomes a mention of the same type.
import { COMPASS_WORD, GOVERNMENT_ACRONYM, demonymCode, isOrgAcronym, isOrgWord, isTitleWord, placeCode } from './gazetteer.js';
import { isDictionaryWord } from './dictionary.js';
import { caseClass } from './lexicon.js';
import { rebuild } from './mentions.js';
import { nameRole } from './person-names.js';
import { isMixedCase } from './tokens.js';
import type { Mention, MentionType } from './types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Drew" after "Jonathan Drew", "Rice" after "Secretary Rice": a word the sample also writes in
 * small letters, that a list knows as a name, is the person's short name too when the person is
 * named with a title or another given name; only where capitals mark names (mixed-case prose).
 */
function personWords(mentions: Mention[], forms: Map<string, MentionType>): Map<string, MentionType> {
  const out = new Map<string, MentionType>();
  const namePart = (w: string): boolean =>
    /^[A-Z][a-z]{2,}$/.test(w) && caseClass(w) === 'm' && nameRole(w) !== '' && !isTitleWord(w) && !isOrgWord(w) && placeCode(w) === null && demonymCode(w) === null;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.normalized === m.title) continue;
    const words = m.normalized.split(/\s+/);
    for (const w of words) {
      const vouched = m.title !== undefined || words.some((x) => x !== w && /g/.test(nameRole(x)));
      if (vouched && namePart(w) && !forms.has(w)) out.set(w, 'PERSON');
    }
  }
  return out;
}

function shortForms(mentions: Mention[]): Map<string, MentionType> {
  const forms = new Map<string, MentionType>();
  const usable = (w: string): boolean =>
    w.length >= 2 && /^[A-Z]/.test(w) && !isTitleWord(w) && !isOrgWord(w) && placeCode(w) === null && demonymCode(w) === null && caseClass(w) !== 'l' && caseClass(w) !== 'm';
  for (const m of mentions) {
    if (m.type === 'PERSON' && m.normalized !== m.title) {
      const words = m.normalized.split(/\s+/);
      // "MFA" in "MFA Spokesman Qin Gang" stays the ministry.
      // ("Energy Minister Holgersen": a surname after a title is the person's too.)
      // ("CENTCOM Chiefs of Defense": a word the sample writes in capitals is an acronym, no surname.)
      if (words.length > 1 || (m.title && m.normalized)) for (const w of words) if (usable(w) && !isOrgAcronym(w) && !(/^[A-Z]+$/.test(w) && caseClass(w) === 'a')) forms.set(w, 'PERSON');
    } else if (m.type === 'ORGANIZATION') {
      const words = m.text.split(/\s+/);
      const paren = /\(([A-Z][A-Za-z-]+)\)/.exec(m.text)?.[1];
      // (Not a compass word: "East" alone after "East Bank" is no short form of it.)
      if (words.length > 1 && usable(words[0]!) && !COMPASS_WORD.test(words[0]!) && words[0] !== 'Middle') forms.set(words[0]!, 'ORGANIZATION');
      if (paren && usable(paren)) forms.set(paren, 'ORGANIZATION');
    }
  }
  return forms;
}

// A place or an acronym named in the mixed-case paragraphs, where capitals mark names, is named in
// an ALL-CAPS line of the same cable too (the subject: "FORMER GHANA TRADE MINISTER ...").
function bodyForms(mixedUnits: Set<number | null>, mentions: Mention[]): Map<string, MentionType> {
  const forms = new Map<string, MentionType>();
  for (const m of mentions) {
    if (!mixedUnits.has(m.paragraph) || /\s/.test(m.text)) continue;
    if ((m.type === 'PLACE' && /^[A-Z][A-Za-z.]+$/.test(m.text)) || (m.type === 'ORGANIZATION' && /^[A-Z][A-Za-z-]+$/.test(m.text))) forms.set(m.text, m.type);
  }
  return forms;
}

type Unit = { paragraph: number | null; text: string };

export function propagateNames(units: Unit[], mentions: Mention[]): Mention[] {
  // Which units are mixed-case prose, read once for the three passes below.
  const mixedUnits = new Set(units.filter((u) => isMixedCase(u.text)).map((u) => u.paragraph));
  const forms = shortForms(mentions);
  const body = bodyForms(mixedUnits, mentions);
  const people = personWords(mentions, forms);
  if (forms.size === 0 && body.size === 0 && people.size === 0) return retypeFromBody(units.length, mixedUnits, mentions);
  const added = formMentions(units, mentions, (u) => (mixedUnits.has(u.paragraph) ? new Map([...forms, ...people]) : new Map([...body, ...forms])), {
    mixed: (u) => mixedUnits.has(u.paragraph),
  });
  return retypeFromBody(units.length, mixedUnits, [...mentions, ...added]).sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0) || a.start - b.start);
}

/**
 * New mentions of each form (a name and its type) wherever a unit writes it as a word of its own
 * and no mention already covers it: in capitals as given where capitals mark names (mixed-case
 * prose), in any case elsewhere. `hyphenJoins`: a hyphen joins the form to a word ("UK-based" holds
 * no "UK"); definitions.ts reads a defined acronym before a hyphen too ("BE-owned").
 */
export function formMentions(units: Unit[], mentions: Mention[], formsOf: (u: Unit) => Map<string, MentionType>, opts: { mixed: (u: Unit) => boolean; hyphenJoins?: boolean }): Mention[] {
  const edge = opts.hyphenJoins === false ? 'A-Za-z0-9' : 'A-Za-z0-9-';
  const added: Mention[] = [];
  for (const u of units) {
    const mixed = opts.mixed(u);
    const taken = mentions.filter((m) => m.paragraph === u.paragraph);
    for (const [form, type] of formsOf(u)) {
      const re = new RegExp(`(?<![${edge}])${escape(form)}(?![${edge}])`, mixed ? 'g' : 'gi');
      for (const m of u.text.matchAll(re)) {
        const start = m.index!;
        const end = start + form.length;
        if (taken.some((t) => t.start < end && start < t.end) || added.some((t) => t.paragraph === u.paragraph && t.start < end && start < t.end)) continue;
        const base: Mention = { type, text: u.text.slice(start, end), start, end, paragraph: u.paragraph, normalized: '', entity: '' };
        added.push(rebuild(base, type, mixed));
      }
    }
  }
  return added;
}

// "CHILEAN WATER RESOURCES AGENCY" read as a person in the ALL-CAPS subject holds the name of a
// body the mixed-case paragraphs name ("Water Resources Agency"): it is that body.
// In a cable written in mixed case, its ALL-CAPS lines are read as the paragraphs are, not as the
// 1970s cables the tagger learnt from: a government's acronym ("USG", "GOI") is the body, and a
// common word the tagger took for a surname ("MEETING THE NEW CABINET") is no name.
function retypeFromBody(unitCount: number, mixedUnits: Set<number | null>, mentions: Mention[]): Mention[] {
  if (mixedUnits.size === 0 || mixedUnits.size === unitCount) return mentions;
  const bodies = new Set(
    mentions.filter((m) => m.type === 'ORGANIZATION' && mixedUnits.has(m.paragraph) && /\s/.test(m.text.trim())).map((m) => m.text.toUpperCase().replace(/\s+/g, ' ')),
  );
  const named = new Set(mentions.filter((m) => m.type === 'PERSON' && mixedUnits.has(m.paragraph)).flatMap((m) => m.text.toUpperCase().split(/\s+/)));
  return mentions.flatMap((m) => {
    if (mixedUnits.has(m.paragraph) || (m.type !== 'PERSON' && m.type !== 'PLACE')) return [m];
    if (m.type === 'PLACE' && GOVERNMENT_ACRONYM.test(m.text)) return [rebuild(m, 'ORGANIZATION', false)];
    if (m.type === 'PERSON' && /^[A-Z]+$/.test(m.text) && (caseClass(m.text) === 'l' || (caseClass(m.text) === 'm' && isDictionaryWord(m.text))) && !isTitleWord(m.text) && !named.has(m.text)) return [];
    const written = ` ${m.text.toUpperCase().replace(/\s+/g, ' ')} `;
    return [...bodies].some((b) => written.includes(` ${b} `)) ? [rebuild(m, 'ORGANIZATION', false)] : [m];
  });
}
