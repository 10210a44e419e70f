// Entity keys across cables. Within a cable, extraction already joins "LIMMT" to "LIMMT (Dalian FTZ)
// Economic and Trade Organization"; across cables, two entities are the same when they share a
// distinctive name ("LIMMT", "Zhang Yan") of the same type. Generic names ("MFA", "the Ministry",
// a lone surname) stay local to their cable: "MFA" in a Beijing cable is not "MFA" in a Paris one.
import { createHash } from 'node:crypto';
import { isDictionaryWord } from '../extract/dictionary.js';
import { GOVERNMENT_ACRONYM } from '../extract/gazetteer.js';
import { caseClass } from '../extract/lexicon.js';
import type { MentionType } from '../extract/types.js';
import type { Schema } from './types.js';

export const SCHEMA_OF: Record<Exclude<MentionType, 'DATE'>, Schema> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  ITEM: 'Item',
  RESOLUTION: 'Resolution',
  REGIME: 'Regime',
};

const PREFIX: Record<Schema, string> = {
  Person: 'person',
  Organization: 'org',
  Place: 'place',
  Item: 'item',
  Resolution: 'resolution',
  Regime: 'regime',
  Event: 'event',
  Case: 'case',
};

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Words that say what kind of organisation something is, not which one. */
const GENERIC = new Set(
  `ministry ministries department departments office offices embassy embassies consulate mission government
  agency bureau directorate division section committee commission council company co corp corporation
  ltd limited inc group organization organisation trade economic and of the for foreign affairs affair
  mfa mofa mod moi mofcom state national central general bank army navy air force forces police
  security intelligence service services party parliament court union authority administration
  international institute university center centre defense defence interior public people brigade
  republic islamic planning justice finance commerce energy health education customs`
    .split(/\s+/)
    .filter(Boolean),
);

/** The name keys under which an entity may meet the same entity in another cable. */
export function distinctiveKeys(schema: Schema, name: string): string[] {
  const s = slug(name);
  if (s.length === 0) return [];
  const words = s.split('-');
  switch (schema) {
    case 'Person':
      // A full name (two words or more); a lone surname is too common to join cables on.
      return words.length >= 2 ? [`person:${s}`] : [];
    case 'Organization': {
      // A government's acronym names a different government in each country's cables ("GOB" is
      // Bolivia's in La Paz, Brazil's in Brasilia): it joins no cables.
      if (GOVERNMENT_ACRONYM.test(name.trim().toUpperCase())) return [];
      // Nor does a common word standing alone as a body's name ("Labor" in "Labor Leader Moyano",
      // "Customs", "Parliament"): each cable means its own country's.
      if (words.length === 1 && isDictionaryWord(s) && ['l', 'm'].includes(caseClass(s))) return [];
      const keys = words.some((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w)) ? [`org:${s}`] : [];
      const folded = keys.length > 0 ? spellingKey(name) : null;
      if (folded) keys.push(folded);
      // "Halvard Machine Industries Organization (HMIO)" is also "Halvard Machine Industries Organization" and "HMIO",
      // as other cables name it (the whole name's key first: it makes the entity's own key).
      const defined = /^([^()]+?)\s*\(([^()]+)\)$/.exec(name.trim());
      if (defined) for (const part of [defined[1]!, defined[2]!]) keys.push(...distinctiveKeys(schema, part).filter((k) => !keys.includes(k)));
      return keys;
    }
    default:
      return [`${PREFIX[schema]}:${s}`];
  }
}

/**
 * Whether a name met on a list says which body it is by the words the cable writes of it: one of
 * them its own, not a dictionary word, of four letters or more (five for a name of one word). An
 * acronym ("ESO", "SPP") or common words ("External Security Organization", Libya's, are also
 * aliases of Hizballah) name many bodies, and so does a listed name met without its own word
 * ("Directorate of Military Intelligence" for the listed "Syrian Military Intelligence Directorate").
 */
export function namesOneBody(listedName: string, written: string): boolean {
  const words = slug(listedName).split('-').filter((w) => w.length > 0);
  const cable = new Set(slug(written).split('-'));
  const own = words.filter((w) => cable.has(w) && !GENERIC.has(w) && !/^\d+$/.test(w) && !isDictionaryWord(w));
  return own.some((w) => w.length >= (words.length === 1 ? 5 : 4));
}

/** A word as a consonant outline: vowels after the first letter dropped, doubled letters single, a plural's s dropped. */
function outline(word: string): string {
  const o = (word[0]! + word.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
  return o.length > 3 && o.endsWith('s') ? o.slice(0, -1) : o;
}

/** A name with its words of four letters or more outlined: two spellings of one name outline alike. */
export function outlineName(name: string): string {
  return slug(name)
    .split('-')
    .map((w) => (w.length < 4 ? w : outline(w)))
    .join('-');
}

/**
 * A key that one organisation's name shares with its other spellings: cables transliterate and
 * misspell ("Qods Force" / "Quds Force", "Hizballah" / "Hezbollah", "Zarvo Industries" / "Zarvo
 * Industry"), so the words of four letters or more are outlined (acronyms, written in capitals
 * in a mixed-case name, are kept). Only a name with enough letters of its own gets one: a short
 * one outlines like too many others ("Bank Melli" and "Bank Mali", "SACEUR" and "SOCAR").
 */
function spellingKey(name: string): string | null {
  const raw = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const mixed = /[a-z]/.test(name);
  const words = raw.map((w) => {
    const lower = w.toLowerCase();
    const acronym = mixed && !/[a-z]/.test(w);
    return { lower, folded: acronym || lower.length < 4 || !/[aeiouy]/.test(lower.slice(1)) ? lower : outline(lower) };
  });
  const own = words.filter((w) => !GENERIC.has(w.lower) && !/^\d+$/.test(w.lower));
  const letters = own.reduce((n, w) => n + (w.folded === w.lower ? 0 : w.folded.length), 0);
  const enough = words.length === 1 ? words[0]!.lower.length >= 7 && letters >= 5 : letters >= 3;
  return enough ? `orgspelt:${words.map((w) => w.folded).join('-')}` : null;
}

/**
 * The key an entity is shown under. Opaque: a key made of its name would show a reader who knows the
 * entity only from an unclassified mention the words of a name written in a SECRET paragraph.
 */
export function entityKey(nameKey: string): string {
  const prefix = nameKey.slice(0, nameKey.indexOf(':'));
  // Digits only: a key never spells a word.
  return `${prefix}:${BigInt(`0x${createHash('sha256').update(nameKey).digest('hex').slice(0, 12)}`).toString(10)}`;
}

/** A name key for an entity that only its own cable knows. */
export function localKey(schema: Schema, name: string, cableId: string): string {
  return `${PREFIX[schema]}:${slug(name) || 'unnamed'}@${cableId.toLowerCase()}`;
}

export function eventKey(cableId: string, paragraph: number | null, index: number): string {
  return `event:${cableId.toLowerCase()}:${paragraph ?? 'x'}:${index}`;
}

export function caseKey(subjectKey: string): string {
  return `case:${subjectKey.replace(/^[a-z]+:/, '')}`;
}
