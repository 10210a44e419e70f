// Entity keys across cables. Within a cable, extraction already joins "LIMMT" to "LIMMT (Dalian FTZ)
// Economic and Trade Organization"; across cables, two entities are the same when they share a
// distinctive name ("LIMMT", "Zhang Yan") of the same type. Generic names ("MFA", "the Ministry",
// a lone surname) stay local to their cable: "MFA" in a Beijing cable is not "MFA" in a Paris one.
import { createHash } from 'node:crypto';
import { isDictionaryWord } from '../extract/dictionary.js';
import { GOVERNMENT_ACRONYM, demonymCode, placeCode } from '../extract/gazetteer.js';
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

/**
 * Words that say what a body does or stands for, not which body it is: a name made of them and of
 * generic words is some country's ("Ministry of the Environment", "High Court", "Social Democratic
 * Party", "Cabinet of Ministers"), and every country has one.
 */
const FUNCTION = new Set(
  `environment economy agriculture agricultures labor labour tourism transport transportation culture
  science technology development housing water mines mining oil petroleum communications information social welfare youth sports women family external relations cooperation
  treasury court courts supreme high cabinet ministers assembly senate chamber deputies representatives
  legislature congress democratic democrats liberal liberals socialist socialists communist communists
  conservative conservatives green greens left right front popular progressive republican workers unity
  action citizen citizens new asia africa americas pacific europe east west north south middle eastern
  western northern southern`
    .split(/\s+/)
    .filter(Boolean),
);

/** A diplomatic post: a country's embassy is a different one in each capital ("British Embassy"). */
const POST = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'chancery', 'commission', 'mission']);

/**
 * The name needs the place it is read in to say which body it is: its words of its own all say what
 * the body does (`Ministry of Economy`, `Democratic Party`), or name a country whose post it is
 * (`British Embassy`, `Indian High Commission`): one in Madrid is not the one in Brasilia.
 */
function countryRelative(name: string, words: string[]): boolean {
  // (A body of many countries is one body: "UN General Assembly", "EU Council".)
  if (words.some((w) => INTERNATIONAL.has(w))) return false;
  const own = words.filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w));
  // (A state's kind of body: `Defense Industries Organization` is a body of its own.)
  if (own.length === 0 || !words.some((w) => STATE_BODY.has(w))) return false;
  // A post is a country's when the country comes first or after "of" (`British Embassy`, `Embassy
  // of India`); a post and a city is the mission's own (`Embassy Madrid`), one post.
  const raw = name.split(/[^A-Za-z'’]+/).filter(Boolean).map((w) => slug(w));
  const at = raw.findIndex((w) => POST.has(w));
  const whose = at < 0 ? [] : at > 0 ? raw.slice(0, at) : raw[at + 1] === 'of' ? raw.slice(at + 2) : [];
  const country = whose.length > 0 ? countryWords(name) : new Set<string>();
  return own.every((w) => FUNCTION.has(w) || (whose.includes(w) && country.has(w)));
}

/** Head words of the bodies every state has. */
const STATE_BODY = new Set(
  `ministry ministries department departments court courts cabinet party parties assembly senate chamber
  congress parliament front embassy embassies consulate consulates commission chancery mission presidency
  government council committee`.split(/\s+/),
);

/** Bodies of many countries. */
const INTERNATIONAL = new Set(['un', 'eu', 'nato', 'osce', 'oas', 'au', 'asean', 'opec', 'iaea', 'wto', 'imf', 'oecd', 'g8', 'g20', 'nam', 'gcc', 'ecowas', 'sadc']);

/** The words of a name that name a country or its people, one to three words long ("Costa Rican", "PRC"). */
function countryWords(name: string): Set<string> {
  const raw = name.split(/[^A-Za-z'’]+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const phrase = raw.slice(i, i + n).join(' ');
      if (i + n <= raw.length && (demonymCode(phrase) !== null || placeCode(phrase) !== null)) {
        for (const w of raw.slice(i, i + n)) out.add(slug(w));
        break;
      }
    }
  }
  return out;
}

/** A cable's post, for names read relative to it: "Embassy Madrid"; null for a cable from Washington or a mission. */
export function postScope(origin: string | null | undefined): string | null {
  return origin && /^(?:Embassy|Consulate|US Interests Section|American Institute Taiwan|US Office|REO|Iran RPO)\b/.test(origin) ? slug(origin) : null;
}

/**
 * The name keys under which an entity may meet the same entity in another cable. `scope` is the
 * cable's post (postScope): a name that says which body it is only where it is read meets only the
 * same name read at the same post, and no other without one.
 */
export function distinctiveKeys(schema: Schema, name: string, scope: string | null = null): string[] {
  const s = slug(name);
  if (s.length === 0) return [];
  const words = s.split('-');
  if (schema === 'Organization' && countryRelative(name, words)) return scope === null ? [] : nameKeys(schema, name, words, scope).map((k) => (k.endsWith(`@${scope}`) ? k : `${k}@${scope}`));
  return nameKeys(schema, name, words, scope);
}

function nameKeys(schema: Schema, name: string, words: string[], scope: string | null): string[] {
  const s = words.join('-');
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
      if (defined) for (const part of [defined[1]!, defined[2]!]) keys.push(...distinctiveKeys(schema, part, scope).filter((k) => !keys.includes(k)));
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
