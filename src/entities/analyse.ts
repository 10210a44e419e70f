// The analysis stage: every stored cable not yet analysed by this extractor version is extracted,
// its organisations and people screened against the sanctions lists (suggestions only), and its
// statements written in one transaction per cable. Runs after ingest (`demarche analyse`, `npm
// start`), so that ingest stays fast and a failed analysis never loses a stored cable.
import type { Cable } from '../cable/types.js';
import { extractCable } from '../extract/extract.js';
import { demonymCode, placeCode } from '../extract/gazetteer.js';
import type { CableStore } from '../store/cable-store.js';
import { displayedKind } from '../screening/explain.js';
import { programCountries } from '../screening/context.js';
import type { PartyHit, PartyResult } from '../screening/screen-party.js';
import { type CableKnowledge, type DocEntity, cableKnowledge } from './cable-knowledge.js';
import { namesOneBody } from './keys.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { SanctionsCandidate } from './types.js';

/** Bump when extraction or the knowledge built from it changes: cables are then analysed again. */
export const EXTRACTOR_VERSION = 'k96';

export type PartyScreen = (name: string, type: 'person' | 'organization') => PartyResult | null;

export interface AnalyseReport {
  analysed: number;
  statements: number;
  failed: Array<{ id: string; reason: string }>;
}

export interface AnalyseOptions {
  /** Screens one name; null skips screening (no suggestions are made). */
  screen: PartyScreen | null;
  onProgress?: (done: number, total: number) => void;
}

export async function analyseArchive(cables: CableStore, knowledge: KnowledgeStore, opts: AnalyseOptions): Promise<AnalyseReport> {
  const ids = await knowledge.cablesToAnalyse(EXTRACTOR_VERSION);
  const report: AnalyseReport = { analysed: 0, statements: 0, failed: [] };
  const screened = new Map<string, Screened>();
  for (const [i, id] of ids.entries()) {
    try {
      const cable = await cables.getCable(id);
      if (cable) {
        report.statements += await knowledge.replaceCableKnowledge(analyseCable(cable, opts.screen, screened));
        report.analysed++;
      }
    } catch (e) {
      // One cable's failure is reported and never stops the others.
      report.failed.push({ id, reason: e instanceof Error ? e.message : String(e) });
    }
    opts.onProgress?.(i + 1, ids.length);
  }
  return report;
}

export interface Screened {
  /** The hits that reach the matcher's decision threshold. */
  hits: PartyHit[];
  /** The hits that are the name as the list writes it, not one that only resembles it (see asListed). */
  named: PartyHit[];
}

/**
 * One cable's knowledge, its sanctions suggestions by entity and the topics its cases are opened on.
 * `screened` keeps each name's screening across cables (pass the same map for a whole run).
 */
export function analyseCable(cable: Cable, screen: PartyScreen | null, screened: Map<string, Screened> = new Map()) {
  const knowledge = cableKnowledge(cable, extractCable(cable));
  const candidates = new Map<string, SanctionsCandidate[]>();
  const listed = new Set<string>();
  let countries: Set<string> | undefined;
  for (const e of knowledge.entities) {
    if (!screen || (e.schema !== 'Person' && e.schema !== 'Organization')) continue;
    const type = e.schema === 'Person' ? 'person' : 'organization';
    const cacheKey = `${type}:${e.display}`;
    let found = screened.get(cacheKey);
    if (found === undefined) {
      const result = screen(e.display, type);
      const hits = (result?.hits ?? []).filter((h) => h.match);
      found = { hits, named: hits.filter(asListed) };
      screened.set(cacheKey, found);
    }
    // ("Swiss Protecting Power (SPP)": an acronym the cable spells out as another body's is that body,
    // not the listed one whose alias it shares, Socorro Popular del Peru of the Shining Path.)
    const named = found.named.filter((h) => !spelledOtherwise(cable, h, screen));
    // A name met as listed that does not say which body it is (an acronym, common words: see
    // namesOneBody) names the listed one only in a cable that names one of the entry's countries, or,
    // an acronym or the entry's own name, when the entry lists none: `LRA` in a cable about Russia's
    // long-range aviation is not the Lord's Resistance Army, nor Costa Rica's `Ministry of Public
    // Security` North Korea's. An entry without countries of its own is placed by its programmes'
    // (BALKANS: `ANA` in a cable about Afghanistan's army is not the Albanian National Army).
    const inCable = (): Set<string> => (countries ??= countriesNamed(cable, knowledge));
    const names = (h: PartyHit): boolean => {
      if (namesOneBody(h.matchedName, e.display)) return true;
      const where = h.countries.length > 0 ? h.countries : programCountries(h.programs);
      // With no country to check, an acronym is taken as written (`PKK`), and so is the entry's own
      // name (`Shining Path`), but not an alias of common words (`Victory Front`, Argentina's Frente
      // para la Victoria, is also an alias of al-Nusrah Front).
      return where.length === 0 ? ACRONYM.test(e.display) || !h.alias : where.some((c) => inCable().has(c));
    };
    if (named.some(names)) listed.add(e.docKey);
    // A body's name that does not say which body it is has the same test before it is suggested,
    // unless it is an acronym of four letters or more written as a name the list gives in full
    // confidence (`FDLR`, `AQIM`: few bodies share one; `ANA`, `ISP` and weak aliases do).
    const rareAcronym = (h: PartyHit): boolean => /^[A-Z]{4,8}$/.test(e.display) && h.matchedName.trim() === e.display && !h.weakAlias;
    const suggested = toCandidates(found.hits.filter((h) => suggests(h, e) && (e.schema !== 'Organization' || names(h) || rareAcronym(h))));
    if (suggested.length > 0) candidates.set(e.docKey, suggested);
    // A body named as a list writes it is that listed body in every cable, whichever of the listed
    // names a cable uses ("Malik Ashtar University", "Malek-Ashtar University of Technology (MUT)"):
    // the entry joins them as a distinctive name does. Not through a listed name of common words
    // (the Orbital Security Organization of the tests, Libya's External Security Organization as a
    // Hizballah alias), nor through an acronym this cable gives no reason to read as the listed
    // body's (as above; "PKK" joins "Kurdistan Workers Party", "ANA" in a cable on Afghanistan not
    // the Albanian National Army), nor for a generic name (no lookup keys: "Ministry of Defense"
    // would join every country's), nor for a person (a listed person's name is often common).
    const best = named[0];
    const keyed = best && (namesOneBody(best.matchedName, e.display) || (ACRONYM.test(e.display) && names(best)));
    if (keyed && e.schema === 'Organization' && e.lookupKeys.length > 0) e.lookupKeys.push(listedKey(best));
  }
  return { knowledge, candidates, topics: topics(knowledge, listed), version: EXTRACTOR_VERSION };
}

const ACRONYM = /^[A-Z][A-Z0-9&/-]{1,7}$/;

/**
 * The hit is a listed acronym that the cable defines, in parentheses after a name, as another body,
 * or, defining it nowhere, spells out in words whose initials it is: the name does not itself meet
 * the same entry.
 */
export function spelledOtherwise(cable: Pick<Cable, 'subject' | 'paragraphs'>, hit: Pick<PartyHit, 'matchedName' | 'name' | 'list' | 'id'>, screen: PartyScreen): boolean {
  const acronym = hit.matchedName.trim();
  if (!/^[A-Z][A-Z0-9&-]{1,7}$/.test(acronym)) return false;
  // (The paragraphs' headings too: "Unresponsive on Swiss Protecting Power".)
  const texts = [cable.subject ?? '', ...cable.paragraphs.flatMap((p) => [p.heading ?? '', p.text])];
  const escaped = acronym.replace(/[&-]/g, '\\$&');
  const defined = new RegExp(String.raw`((?:[A-Z][\w'’.-]*[ \t\n]+(?:(?:of|for|and|the|de|del|la)[ \t\n]+)*){1,8})\([ \t]*${escaped}[ \t]*\)`);
  // ("Unresponsive on Swiss Protecting Power": or words whose initials spell it, written out elsewhere in the cable.)
  const letters = [...acronym.replace(/[^A-Z]/g, '')];
  const spelt = letters.length >= 3 ? new RegExp(String.raw`\b${letters.map((l) => `${l}[a-z]+`).join(String.raw`[ \t\n]+(?:(?:of|for|and|the|de|del|la)[ \t\n]+)*`)}\b`) : null;
  const found = texts.map((t) => defined.exec(t)).find((m) => m !== null) ?? (spelt ? texts.map((t) => spelt.exec(t)).find((m) => m !== null) : undefined);
  for (const m of found ? [found] : []) {
    const name = (m[1] ?? m[0]).trim().replace(/[ \t\n]+/g, ' ');
    if (name.split(' ').filter((w) => /^[A-Z]/.test(w)).length < 2) return false;
    // (Misspelt or under an older name, it still shares a word with the listed name: "Ministy of
    // Information and Security (MOIS)" for the Ministry of Intelligence and Security.)
    const listedWords = new Set(hit.name.toUpperCase().split(/[^A-Z]+/).filter((w) => w.length >= 4));
    if (name.toUpperCase().split(/[^A-Z]+/).some((w) => listedWords.has(w))) return false;
    const result = screen(name, 'organization');
    return !(result?.hits ?? []).some((h) => h.match && h.list === hit.list && h.id === hit.id);
  }
  return false;
}

/** The countries a cable names: its places' countries and its nationality words ("Iranian"). */
function countriesNamed(cable: Cable, k: CableKnowledge): Set<string> {
  const out = new Set(k.entities.map((e) => e.country).filter((c): c is string => c !== null));
  const text = [cable.subject ?? '', ...cable.paragraphs.map((p) => p.text)].join('\n');
  for (const word of new Set(text.match(/\b[A-Z][A-Za-z]+\b/g) ?? [])) {
    const code = demonymCode(word) ?? placeCode(word);
    if (code) out.add(code);
  }
  return out;
}

/** The lookup key of a list entry: entities that name the same entry as listed are one. */
export function listedKey(hit: Pick<PartyHit, 'list' | 'id'>): string {
  return `listed:${hit.list}:${hit.id}`;
}

/**
 * A hit worth a person's time as a suggestion on the cable's entity. A name found in running text
 * is weaker evidence than one a compliance officer types: the matcher's threshold is not enough.
 * Not a hit on an alias the list itself calls weak (OFAC's weak a.k.a.s, the UN's low-quality
 * ones: `Saleh`, `Hussein`, `Asad`, nicknames that name thousands of people).
 */
export function suggests(h: PartyHit, e: Pick<DocEntity, 'schema' | 'display'>): boolean {
  if (h.weakAlias && h.type === 'person' && nameWords(h.matchedName).length <= 1) return false;
  if (e.schema === 'Person') {
    // A person the cable names by one word only (`Arafat`, `Hariri`, `Hassan`): the lists hold
    // other people of that name, and the cable says nothing that tells them apart.
    if (nameWords(e.display).length <= 1) return false;
    // Each name word of weight met only approximately is a spelling of the listed one (Dmitri /
    // DMITRY, Mahmud / MAHMOUD, similarity 0.9 or more), not another name that sounds alike
    // (Khatami / KHADEMI, Sulayman / SALMAN, Tang / KANG: 0.75 to 0.875). (Words written together or
    // apart are judged by the matcher alone: Abuzeid / ABU ZAID.)
    if (h.explanation.some((x) => x.query !== undefined && x.listed !== undefined && x.kind !== 'joined' && (x.weight ?? 0) >= 0.25 && (x.similarity ?? 1) < 0.9)) return false;
  } else {
    // A body's name that is one word met only approximately is another word, unless it is long
    // enough for one letter to be a slip (Surgutneftegaz / SURGUTNEFTEGAS): Sedena / SERENA, Solas /
    // SOLAN, Shia / SHIBA, Comex / CIMEX (similarity 0.8 to 0.9).
    if (h.explanation.some((x) => x.query !== undefined && x.listed !== undefined && (x.weight ?? 0) >= 0.9 && (x.similarity ?? 1) <= 0.9)) return false;
    // A body's name that leaves out listed words other than a legal form or an article names a
    // shorter, other body: `Rosneft` is not ROSNEFT TRADE LIMITED, `MEED` not MEED INTERNATIONAL
    // LIMITED, `Islamic` not ISLAMIC GROUP (a tenth of the evidence or more; Qods Aviation for
    // QODS AVIATION INDUSTRIES misses less).
    const missing = h.explanation.filter((x) => x.kind === 'list-only' && displayedKind(x.listed) !== 'legal form' && !/^(?:AL|EL|THE)$/.test(x.listed ?? ''));
    if (missing.reduce((a, x) => a + (x.weight ?? 0), 0) >= 0.1) return false;
  }
  return true;
}

/** A person's name words, without the particles of Arabic names ("Abu Mazen" is one: Mazen). */
function nameWords(name: string): string[] {
  return name
    .split(/[\s,'’-]+/)
    .filter((w) => w.length > 0 && !/^(?:abu|abou|al|el|bin|ben|ibn|umm|bint)$/i.test(w));
}

/** Suggestions as stored: the best three. */
function toCandidates(hits: PartyHit[]): SanctionsCandidate[] {
  return hits
    .slice(0, 3)
    .map((h) => ({ list: h.list, id: h.id, name: h.name, matchedName: h.matchedName, score: h.score, match: h.match, programs: h.programs }));
}

/**
 * A hit names the listed party when at least half the weight of its explanation is words written as
 * the list writes them. One that only resembles a listed name ("Interpol" / INTERPAL, an acronym one
 * letter off another) stays a suggestion on the entity, for a person to judge, but opens no case.
 * Needs the screener's explanation (`explain: true`): a hit without one opens none.
 */
export function asListed(hit: PartyHit): boolean {
  const exact = hit.explanation.filter(writtenAsListed).reduce((a, e) => a + (e.weight ?? 0), 0);
  return exact >= 0.5 && !(hit.type !== 'person' && hit.explanation.some(missingWord));
}

/**
 * A word of a listed body's name that carries much of the evidence and that the cable does not
 * write: it names a shorter, other body ("People's Congress" for the listed "People's Congress of Kurdistan",
 * "Shura Council" for "Mujahideen Shura Council"). A missing legal form or company word is no such
 * word ("LIMMT Economic and Trade Organization" for "... Company, Ltd."), nor one of little weight.
 * (A person is often named without one of the names listed: "Saif al-Islam" for "Saif al-Islam
 * Qadhafi".)
 */
function missingWord(e: PartyHit['explanation'][number]): boolean {
  return e.kind === 'list-only' && (e.weight ?? 0) >= 0.15 && displayedKind(e.listed) === 'word';
}

/**
 * A part of the explanation where the cable writes the listed words. A company word met by another
 * word of its kind is not: the screener reads "World" and the listed "Mir" (Russian for world) as one
 * company word, so "World Bank" meets "Mir Business Bank", a different bank.
 */
function writtenAsListed(e: PartyHit['explanation'][number]): boolean {
  if (e.kind === 'joined') return true;
  if (e.kind !== 'exact') return false;
  if (displayedKind(e.query) === 'company word' && displayedKind(e.listed) === 'company word') return e.query === e.listed;
  return true;
}

/**
 * What the cable is about, when it is an investigation worth a case: a party on a sanctions list
 * (named as listed: `listed`), or an organisation that ships or receives a shipment, that the
 * subject line names, or a listed party that takes part in one of its events (organisations only for
 * the latter: a listed person's common name is too weak).
 * Each such party gets a case holding the cable's events.
 */
function topics(k: CableKnowledge, listed: Set<string>): string[] {
  // The supplier and the receiver of a shipment, not every party its sentence names ("Embassy
  // officials told the MFA that X shipped ..."): those are what a case is opened on without a listing.
  const shipping = new Set(k.events.filter((e) => e.kind === 'shipment').flatMap((e) => [...e.actors.slice(0, 1), ...(e.recipient ? [e.recipient] : [])]));
  const inEvents = new Set(k.events.flatMap((e) => [...e.actors, ...(e.recipient ? [e.recipient] : [])]));
  const orgs = new Set(k.entities.filter((e) => e.schema === 'Organization').map((e) => e.docKey));
  // A generic name ("the Embassy", "Ministry of Defense", a lone surname) is not a subject of inquiry,
  // nor is a country's government: it is the state the cable deals with, and a sanctions hit on it
  // comes from its country's name ("Government of Egypt" and a group listed with "Egypt" in its name).
  const distinctive = new Set(k.entities.filter((e) => e.lookupKeys.length > 0 && !isGovernment(e.display)).map((e) => e.docKey));
  const named = k.subjectEntities.filter((key) => listed.has(key) || (shipping.has(key) && orgs.has(key)));
  const acting = [...listed].filter((key) => inEvents.has(key) && orgs.has(key));
  return k.events.length === 0 ? [] : [...new Set([...named, ...acting])].filter((key) => distinctive.has(key));
}

/** "Government of Egypt (GOE)", "the Peruvian Government", "Zarvo's government": a country's government. */
export function isGovernment(name: string): boolean {
  const bare = name.replace(/\s*\([^()]*\)$/, '').replace(/^the\s+/i, '').trim();
  const of = /^(?:government|regime|administration)\s+of\s+(?:the\s+)?(.+)$/i.exec(bare)?.[1];
  const before = /^(.+?)(?:['’]s)?\s+(?:government|regime|administration)$/i.exec(bare)?.[1];
  const country = of ?? before;
  return country !== undefined && (placeCode(country) !== null || (before !== undefined && !/\s/.test(before) && demonymCode(before) !== null));
}
