// Coreference within one document: gives every mention an entity key, so that "Charge", "Dan
// Piccuta" and "Charge d'Affaires a.i." share one, as do "Zhang", "DG Zhang" and "Director General
// Zhang Yan", and "LIMMT" and "LIMMT (Dalian FTZ) Economic and Trade Organization".
import { titleFits } from './titles.js';
import type { Mention } from './types.js';

/** A person the document names outside its paragraphs (the classified-by line). */
export interface KnownPerson {
  name: string;
  title?: string;
}

interface Person {
  name: string[];
  display: string;
  titles: string[];
  /** Index of the last mention, for choosing the nearest holder of a title. */
  last: number;
}

export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const words = (s: string): string[] => s.toUpperCase().replace(/['’]S\b/g, '').split(/[^A-Z0-9\u00C0-\u024F]+/).filter(Boolean);

// "Dan" and "Daniel", "D." and "Daniel": a short given name or an initial fits a longer one.
const givenFits = (a: string, b: string): boolean => a === b || (a.length >= 1 && b.startsWith(a.replace(/\.$/, ''))) || a.startsWith(b);

function samePerson(a: string[], b: string[]): boolean {
  if (a.length === 1 || b.length === 1) {
    const [one, many] = a.length === 1 ? [a, b] : [b, a];
    return many.includes(one[0]!);
  }
  // "Simao Alves" inside "Fabio Simao Alves".
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.every((w, i) => long[long.length - short.length + i] === w)) return true;
  if (a[a.length - 1] !== b[b.length - 1] && a[0] !== b[0]) return false;
  // Western order (surname last) or Chinese order (surname first): the other parts must fit.
  if (a[a.length - 1] === b[b.length - 1]) return givenFits(a[0]!, b[0]!);
  return givenFits(a[a.length - 1]!, b[b.length - 1]!);
}

function findPerson(people: Person[], name: string[]): Person | undefined {
  return people.find((p) => samePerson(p.name, name));
}

function addPerson(people: Person[], display: string, title: string | undefined, at: number): Person {
  const name = words(display);
  let p = findPerson(people, name);
  if (!p) {
    p = { name, display, titles: [], last: at };
    people.push(p);
  } else if (name.length > p.name.length) {
    p.name = name;
    p.display = display;
  }
  if (title && !p.titles.includes(title)) p.titles.push(title);
  p.last = Math.max(p.last, at);
  return p;
}

const personKey = (p: Person): string => `person:${slug(p.display)}`;
const isTitleOnly = (m: Mention): boolean => m.type === 'PERSON' && m.title !== undefined && m.normalized === m.title;

// "as Charge d'Affaires a.i., Dan Piccuta met": a title alone followed by a name is that person's.
function appositives(mentions: Mention[], texts: Map<number | null, string>): Map<Mention, Mention> {
  const pairs = new Map<Mention, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!isTitleOnly(a) || b.type !== 'PERSON' || isTitleOnly(b) || a.paragraph !== b.paragraph) continue;
    const text = texts.get(a.paragraph) ?? '';
    // "as Charge d'Affaires a.i., Dan Piccuta" or "the Ambassador, John Smith, said"; not "During a
    // meeting with the EST Officer, Simao Alves stated", where the comma ends a clause.
    const enclosed = /\bas\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 8), a.start)) || /^\s*[,(]/.test(text.slice(b.end));
    if (/^\s*,?\s*$/.test(text.slice(a.end, b.start)) && enclosed) pairs.set(a, b);
  }
  return pairs;
}

function resolvePeople(mentions: Mention[], known: KnownPerson[], texts: Map<number | null, string>): void {
  const people: Person[] = [];
  for (const k of known) addPerson(people, k.name, k.title, -1);
  const apps = appositives(mentions, texts);
  mentions.forEach((m, i) => {
    if (m.type !== 'PERSON' || isTitleOnly(m)) return;
    const p = addPerson(people, m.normalized, m.title, i);
    for (const [title, name] of apps) if (name === m) addPerson(people, p.display, title.title, i);
  });
  mentions.forEach((m, i) => {
    if (m.type !== 'PERSON') return;
    if (!isTitleOnly(m)) {
      m.entity = personKey(findPerson(people, words(m.normalized))!);
      return;
    }
    const holder = apps.get(m) ? findPerson(people, words(apps.get(m)!.normalized)) : nearestHolder(people, m.title!, i);
    m.entity = holder ? personKey(holder) : `person:title:${slug(m.title!)}`;
    if (holder) m.normalized = holder.display;
  });
}

function nearestHolder(people: Person[], title: string, at: number): Person | undefined {
  const fits = people.filter((p) => p.titles.some((t) => titleFits(title, t)));
  const before = fits.filter((p) => p.last <= at).sort((a, b) => b.last - a.last);
  return before[0] ?? fits[0];
}

const STOP = new Set(['THE', 'OF', 'AND', 'FOR', 'CO', 'LTD', 'INC']);
const orgWords = (s: string): string[] => words(s).filter((w) => !STOP.has(w));

// "LIMMT" for "LIMMT (Dalian FTZ) Economic and Trade Organization"; "MFA" for "Ministry of Foreign
// Affairs"; "CPMIEC" for "China Precision Machinery Import-Export Corporation".
function shortFormOf(short: string, long: string): boolean {
  const s = orgWords(short);
  const l = orgWords(long);
  if (s.length === 0 || s.length >= l.length) return s.join(' ') === l.join(' ');
  if (s.every((w, i) => l[i] === w)) return true;
  if (s.length === 1) {
    const initials = words(long).filter((w) => w !== 'OF' && w !== 'AND' && w !== 'THE').map((w) => w[0]).join('');
    const paren = /\(([^)]+)\)/.exec(long)?.[1];
    return s[0] === initials || (paren !== undefined && words(paren).includes(s[0]!));
  }
  return false;
}

function resolveOrganisations(mentions: Mention[]): void {
  const orgs = mentions.filter((m) => m.type === 'ORGANIZATION');
  const longFirst = [...new Set(orgs.map((m) => m.normalized))].sort((a, b) => b.length - a.length);
  const canon = new Map<string, string>();
  // Only an earlier (longer, or equally long and first seen) name can be the canonical one: no cycles.
  longFirst.forEach((name, i) => canon.set(name, longFirst.slice(0, i).find((l) => shortFormOf(name, l)) ?? name));
  // A chain of short forms ends at the longest name.
  const root = (n: string): string => (canon.get(n) === n ? n : root(canon.get(n)!));
  for (const m of orgs) m.entity = `org:${slug(root(m.normalized))}`;
}

/** Fills `entity` on every mention (in document order); title-alone mentions get their holder's name. */
export function resolveCoreference(mentions: Mention[], texts: Map<number | null, string>, known: KnownPerson[] = []): void {
  resolvePeople(mentions, known, texts);
  resolveOrganisations(mentions);
  for (const m of mentions) {
    if (m.type === 'PLACE') m.entity = m.country ? `place:${m.country.toLowerCase()}` : `place:${slug(m.normalized)}`;
    else if (m.type !== 'PERSON' && m.type !== 'ORGANIZATION') m.entity = `${m.type.toLowerCase()}:${slug(m.normalized)}`;
  }
}
