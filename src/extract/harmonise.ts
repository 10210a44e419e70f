// One name, one type within a document: a bare "Zhang" the tagger took for a place is the person
// "Director General Zhang Yan" named elsewhere, and "LIMMT" in an ALL-CAPS subject line is the
// organisation the paragraphs name. Only one-word mentions are retyped; longer ones carry their
// own evidence.
import { demonymCode, isOrgAcronym, isOrgWord, isPersonNamedCity, isTitleWord, placeCode } from './gazetteer.js';
import { caseClass } from './lexicon.js';
import { rebuild } from './mentions.js';
import type { Mention, MentionType } from './types.js';

const NAMED: MentionType[] = ['PERSON', 'ORGANIZATION', 'PLACE'];
const key = (s: string): string => s.toUpperCase().replace(/['’]S$/, '').trim();

function votes(mentions: Mention[]): Map<string, Map<MentionType, number>> {
  const out = new Map<string, Map<MentionType, number>>();
  const vote = (word: string, type: MentionType, weight: number): void => {
    const v = out.get(word) ?? new Map<MentionType, number>();
    v.set(type, (v.get(type) ?? 0) + weight);
    out.set(word, v);
  };
  for (const m of mentions) {
    if (!NAMED.includes(m.type)) continue;
    const words = m.text.split(/\s+/).map(key);
    if (words.length === 1) vote(words[0]!, m.type, 1);
    // The words of a longer name vote for its type: "Zhang" in "Director General Zhang Yan".
    // (Not a title alone, "CENTCOM Chiefs of Defense", nor an acronym the sample writes in capitals.)
    else if (m.type === 'PERSON') {
      if (m.normalized === m.title) continue;
      for (const w of m.normalized.split(/\s+/)) if (!(/^[A-Z]+$/.test(w) && caseClass(w) === 'a')) vote(key(w), 'PERSON', 2);
    } else if (m.type === 'ORGANIZATION') vote(words[0]!, 'ORGANIZATION', 2);
    // "Manas" after "Manas Air Base": the place the base or airport is named by.
    else if (m.type === 'PLACE' && words.length >= 2 && /^(?:BASE|AIRBASE|AIRPORT|AIRFIELD)$/.test(words[words.length - 1]!)) vote(words[0]!, 'PLACE', 2);
  }
  // A city whose name is also a person's ("Aden"), read as the place once, is the place where the
  // rest of the document is not clearly the person's.
  for (const [word, v] of out) if ((v.get('PLACE') ?? 0) > 0 && isPersonNamedCity(word)) v.set('PLACE', v.get('PLACE')! + 1.5);
  return out;
}

/**
 * "Delfim Netto" after "Antonio Delfim Netto": a name of several words that ends a longer person's
 * name the document gives is that person, not the organisation the tagger guessed, unless a word
 * of it says it is a body or a post. (A place keeps its type: "WEST AFRICA" taken for a person in
 * a subject line does not make "West Africa" one.)
 */
function personsTail(mentions: Mention[]): (m: Mention) => boolean {
  const people = mentions.filter((m) => m.type === 'PERSON' && m.normalized !== m.title).map((m) => ` ${key(m.normalized).replace(/\s+/g, ' ')}`);
  return (m) => {
    const words = m.text.trim().split(/\s+/);
    if (words.some((w) => isOrgWord(w) || isOrgAcronym(w) || isTitleWord(w) || !/^[A-Z]/.test(w)) || placeCode(m.text.trim()) !== null) return false;
    const name = ` ${key(words.join(' '))}`;
    return people.some((p) => p.length > name.length && p.endsWith(name));
  };
}

/** "Rio" after "Rio de Janeiro", "Sao" not: a place's first word before a foreign particle, alone, is that place. */
function placeHeads(mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const words = m.text.trim().split(/\s+/);
    if (m.type === 'PLACE' && words.length >= 3 && /^(?:de|do|da|del|dos|das)$/i.test(words[1]!) && words[0]!.length >= 3) out.add(key(words[0]!));
  }
  return out;
}

export function harmonise(mentions: Mention[], mixed: (m: Mention) => boolean): Mention[] {
  const table = votes(mentions);
  const tail = personsTail(mentions);
  const heads = placeHeads(mentions);
  return mentions.map((m) => {
    if (m.type !== 'PLACE' && NAMED.includes(m.type) && !/\s/.test(m.text.trim()) && heads.has(key(m.text))) return rebuild(m, 'PLACE', mixed(m));
    if (m.type === 'ORGANIZATION' && /\s/.test(m.text.trim()) && tail(m)) return rebuild(m, 'PERSON', mixed(m));
    if (!NAMED.includes(m.type) || /\s/.test(m.text.trim())) return m;
    const w = key(m.text);
    if (placeCode(w) !== null || demonymCode(w) !== null || isTitleWord(w) || isOrgWord(w) || isOrgAcronym(w)) return m;
    const v = table.get(w);
    if (!v) return m;
    const best = [...v].sort((a, b) => b[1] - a[1])[0]!;
    return best[0] !== m.type && best[1] > (v.get(m.type) ?? 0) ? rebuild(m, best[0], mixed(m)) : m;
  });
}
