// Acronyms a cable defines: "a free trade agreement (FTA)", "the Defense Cooperation Agreement (DCA,
// ref A)" name documents, so "FTA" anywhere in the cable is no organisation; "the Democratic
// Republic of Congo (DRC)" names a place, so "DRC" is one wherever it stands.
import { demonymCode, isOrgAcronym, isOrgWord, isTitleWord, placeCode } from './gazetteer.js';
import { caseClass } from './lexicon.js';
import { nameRole } from './person-names.js';
import { rebuild } from './mentions.js';
import { DOCUMENT, NAME_PARTICLE, initialsDefined, isFacility, placeWithInitials } from './mixed-case.js';
import { formMentions } from './propagate.js';
import { isMixedCase } from './tokens.js';
import type { Mention } from './types.js';

// An acronym in parentheses; the words before it are read back from there (a pattern that matched
// the words first tried every word of every paragraph: a tenth of extraction's time).
// (Or a short name: "the Norland Electric Power Company (Norlec)".)
const ACRONYM = /\([ \t\n]*([A-Z][A-Z0-9-]{1,9}|[A-Z][a-z]{2,}[A-Za-z-]*)s?[ \t\n]*[),;]/g;

/**
 * "improvised explosive devices (IEDs)", "weapons of mass destruction (WMD)": an acronym spelt by the initials
 * of words in lower case names a thing, not a body ("the non-aligned movement (NAM)" excepted).
 */
function commonPhrase(words: string[], acronym: string): boolean {
  const letters = acronym.replace(/s$/, '').replace(/[^A-Z]/g, '');
  const content = words.filter((w) => !/^(?:of|and|the|for|on|in|to)$/.test(w));
  const phrase = content.slice(-letters.length);
  if (phrase.length !== letters.length || !phrase.every((w) => /^[a-z]/.test(w))) return false;
  if (isOrgWord(phrase[phrase.length - 1]!.replace(/s$/, ''))) return false;
  return phrase.map((w) => w[0]!.toUpperCase()).join('') === letters;
}

/** Acronym to what it names: "PLACE", "ORGANIZATION", or null for a document or a thing. */
export function definedTerms(texts: string[]): Map<string, 'PLACE' | 'ORGANIZATION' | null> {
  const out = new Map<string, 'PLACE' | 'ORGANIZATION' | null>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(ACRONYM)) {
      const words = text
        .slice(Math.max(0, m.index! - 120), m.index!)
        .split(/[ \t\n]+/)
        .filter(Boolean)
        .slice(-7);
      // The words run back to the last one that is a word (not "(", "," or a number).
      let from = words.length;
      while (from > 0 && /^[A-Za-z][\w'’.-]*$/.test(words[from - 1]!)) from--;
      const name = words.slice(from);
      if (name.length === 0) continue;
      const acronym = m[1]!;
      const short = /[a-z]/.test(acronym);
      if (!short && (DOCUMENT.test(name[name.length - 1]!) || commonPhrase(name, acronym))) {
        out.set(acronym, null);
        continue;
      }
      if (isFacility(name)) {
        out.set(acronym, 'PLACE');
        continue;
      }
      // "Norland Electric Power Company (NEPCO)", "... Power Company (Norlec)": a body's short name
      // (not a place or a person the parenthesis adds: "the Embassy (Lima)").
      const other = placeCode(acronym) !== null || demonymCode(acronym) !== null || (short && nameRole(acronym) !== '');
      if (!other && /^[A-Z]/.test(name[name.length - 1]!) && isOrgWord(name[name.length - 1]!.replace(/[,.]$/, ''))) {
        out.set(acronym, 'ORGANIZATION');
        continue;
      }
      // "Halvard Energy (HE)", "Banque de Zarvo (BDZ)": a name spelt by the acronym's initials, with
      // no title and no place's word in it, is a body's (as mixed-case.ts reads the name itself).
      // (The name is the words whose initials the acronym spells, back from it: "the firm Halvard
      // Energy (HE)".)
      const spelt = short ? undefined : name.map((_, k) => [...name.slice(k), '(', acronym, ')']).find((w) => /^[A-Z]/.test(w[0]!) && initialsDefined(w));
      if (!other && spelt && !spelt.some((w) => isTitleWord(w)) && !placeWithInitials(spelt)) {
        out.set(acronym, 'ORGANIZATION');
        continue;
      }
      if (short) continue;
      for (let k = Math.min(name.length, 6); k >= 1; k--) {
        const phrase = name.slice(name.length - k).join(' ');
        // The place is the whole name: not "Pakistan" in "Government of Pakistan (GOP)", nor
        // "Zarvo" in "Banque de Zarvo (BDZ)".
        const before = name[name.length - k - 1] ?? '';
        if (/^[A-Z]/.test(phrase) && placeCode(phrase) !== null && !/^(?:of|for|and|the|[A-Z].*)$/.test(before) && !NAME_PARTICLE.test(before)) {
          out.set(acronym, 'PLACE');
          break;
        }
      }
    }
  }
  return out;
}

// "the Halberd nuclear deterrent", "Falcon II missiles": a word written before a weapon's kind names the
// weapon, a thing; wherever the cable uses it, it is none of the three types.
const WEAPON = /\b([A-Z][a-z]+|[A-Z]{3,})(?:[ \t]+[IVX]+)?(?:[ \t]+\([A-Z0-9-]+\))?[ \t\n]+(?:(?:nuclear|ballistic|cruise|anti-ship|surface-to-air|air-to-air)[ \t\n]+)?(?:missiles?|deterrent|warheads?|rockets?|submarines?|fighter(?:s|[ \t]+jets?)|helicopters?|tanks)\b/g;

function weaponNames(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(WEAPON)) {
      const w = m[1]!;
      // Not a maker, a country or a body named before its weapons ("Boeing fighters", "Iranian missiles").
      if (placeCode(w) !== null || demonymCode(w) !== null || isOrgAcronym(w) || isOrgWord(w) || nameRole(w) !== '' || caseClass(w) === 'l') continue;
      out.add(w.toUpperCase());
    }
  }
  return out;
}

/** The document's mentions with its defined acronyms read as defined, and no weapon named. */
export function applyDefinitions(units: Array<{ paragraph: number | null; text: string }>, mentions: Mention[]): Mention[] {
  const weapons = weaponNames(units.map((u) => u.text));
  if (weapons.size > 0) mentions = mentions.filter((m) => !(['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.type) && weapons.has(m.text.replace(/\s+[IVX]+(?:\s+\([A-Z0-9-]+\))?$/, '').toUpperCase())));
  const terms = definedTerms(units.map((u) => u.text));
  if (terms.size === 0) return mentions;
  const texts = new Map(units.map((u) => [u.paragraph, u.text]));
  const out: Mention[] = [];
  for (const m of mentions) {
    // ("the FTA's terms", "IEDs": the possessive and the plural of the acronym defined.)
    const bare = m.text.replace(/['’]s$/i, '');
    const key = terms.has(bare) ? bare : bare.replace(/(?<=^[A-Z]{2,})s$/, '');
    const named = ['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.type) ? terms.get(key) : undefined;
    if (named === undefined) out.push(m);
    else if (named === 'PLACE' || named === 'ORGANIZATION') out.push(m.type === named ? m : rebuild(m, named, isMixedCase(texts.get(m.paragraph) ?? '')));
    // A document's acronym names nothing of the three types: dropped.
  }
  return withDefinedAcronyms(units, out, terms);
}

/**
 * "British Energy (BE) ... BE owns all the plants": an acronym defined after a body's or a place's
 * name is a mention wherever mixed-case prose writes it in capitals, also where it spells a common
 * word ("BE", "IT") that the name rules pass over.
 */
function withDefinedAcronyms(units: Array<{ paragraph: number | null; text: string }>, mentions: Mention[], terms: Map<string, 'PLACE' | 'ORGANIZATION' | null>): Mention[] {
  // (Only those the name rules pass over as common words: the others they read, or leave out for a
  // reason, "IAEA" in "the IAEA Additional Protocol".)
  const acronyms = new Map([...terms].filter(([k, v]) => v !== null && /^[A-Z]{2,10}$/.test(k) && caseClass(k) === 'l') as Array<[string, 'PLACE' | 'ORGANIZATION']>);
  if (acronyms.size === 0) return mentions;
  const none = new Map<string, 'PLACE' | 'ORGANIZATION'>();
  const added = formMentions(units, mentions, (u) => (isMixedCase(u.text) ? acronyms : none), { mixed: () => true, hyphenJoins: false });
  if (added.length === 0) return mentions;
  const order = new Map(units.map((u, i) => [u.paragraph, i]));
  return [...mentions, ...added].sort((a, b) => (order.get(a.paragraph) ?? 0) - (order.get(b.paragraph) ?? 0) || a.start - b.start);
}
