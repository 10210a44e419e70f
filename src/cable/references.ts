// REF lines: where the block starts and stops, its lettered items (A. / A) / (A) / ¶B. / REF A),
// cable references with their year (default: the cable's own), aliases and zero-padded serials
// canonicalised, and the references that are not cables (e-mails, telcons, IIRs, FAM sections).
import { canonicalStation } from './cable-id.js';
import { expandYear } from './header.js';
import type { Reference, ReferenceKind } from './types.js';
import { cableVocab } from './vocab.js';

const LABEL_RE =
  /(?:^|[\s.>])(?:PROGRAM[ \t]+)?(?:REFS?|REF\(S\)|REFTELS?|REFERENCES?)[ \t]*(?:[:.][ \t]*|[ \t]+(?=[A-Z0-9(['\[]))|(?<=[A-Z])REF:[ \t]*/i;
const STOP_RE =
  /\bclass(?:i)?fi?(?:i)?ed[ \t]+by\b|\bS(?:ENSITIVE|ensitive)[ \t]+(?:BUT|but)[ \t]+(?:UNCLASSIFIED|Unclassified|UNCLASSIFED)|\bThis message\b|\bThis is an action\b|^[ \t]*(?:¶|\d{1,2}[ \t]?\.[ \t]*\(|\d{1,2}\.[ \t]+[A-Z]|SUMMARY\b|Summary\b|E\.?O\.?[ \t]+1|TAGS\b|SUBJECT\b|SIPDIS\b)|^[ \t]*(?:SECRET|CONFIDENTIAL|UNCLAS)\b|C[ \t]?O[ \t]?R[ \t]?R[ \t]?E[ \t]?C[ \t]?T[ \t]?E[ \t]?D[ \t]+COPY/m;

/** Extra spellings of stations seen in REF lines that cablemap's alias table lacks. */
const ALIASES: Record<string, string> = {
  HK: 'HONGKONG',
  HCMC: 'HOCHIMINHCITY',
  HOCHIMINH: 'HOCHIMINHCITY',
  ADDIS: 'ADDISABABA',
  NEWYORK: 'USUNNEWYORK',
  USUNNEYORK: 'USUNNEWYORK',
  USUNNE: 'USUNNEWYORK',
  USUNNEWY: 'USUNNEWYORK',
  USDAFAS: 'USDAFAS',
};

export function findReferenceBlock(region: string): string | null {
  const m = LABEL_RE.exec(region);
  if (!m) return null;
  let block = region.slice(m.index + m[0].length, m.index + m[0].length + 2500);
  const stop = STOP_RE.exec(block);
  if (stop) block = block.slice(0, stop.index);
  // A blank line ends the block unless the next line continues the lettered list.
  const parts = block.split(/\n[ \t]*\n/);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    if (!/^[ \t\n]*(?:[-¶]?[ \t]*\(?[A-Z][.):]|[A-Z][A-Za-z' -]+[ \t]+\d{2,7}\b|\d)/.test(parts[i]!)) break;
    out += `\n${parts[i]}`;
  }
  return out;
}

interface Item {
  label: string | null;
  text: string;
}

const ITEM_LABEL_RE = /(?:^|[\s;,])(?:¶|-[ \t]*)?(?:REF[ \t]+)?(?:\(([A-Z])\)|\[([A-Z])\]|([A-Z])(?:\.\)?|\)|:|[ \t]+-)(?=[\s(]|[A-Z0-9'(]))/g;

/** Splits a REF block into its lettered items; labels follow the alphabet (A, B, C ...). */
function splitItems(block: string): Item[] {
  const cuts: { at: number; end: number; label: string }[] = [];
  let expected = 0;
  for (const m of block.matchAll(ITEM_LABEL_RE)) {
    const label = (m[1] ?? m[2] ?? m[3])!;
    const code = label.charCodeAt(0) - 65;
    const last = cuts.at(-1);
    if (code === expected || (last && last.label === label && m.index! - last.end < 12)) {
      if (last && last.label === label && m.index! - last.end < 12) last.end = m.index! + m[0].length;
      else cuts.push({ at: m.index!, end: m.index! + m[0].length, label });
      if (code === expected) expected++;
    }
  }
  if (cuts.length === 0) return [{ label: null, text: block }];
  const items: Item[] = [];
  if (cuts[0]!.at > 0 && block.slice(0, cuts[0]!.at).trim()) items.push({ label: null, text: block.slice(0, cuts[0]!.at) });
  cuts.forEach((c, k) => items.push({ label: c.label, text: block.slice(c.end, cuts[k + 1]?.at ?? block.length) }));
  return items;
}

const WORD = String.raw`[A-Za-z][A-Za-z'.\-]*`;
const CABLE_RE = new RegExp(
  String.raw`(?:(?:^|[\s(;,])(?:['‘’]?|\()?((?:19|20)\d{2}|0?\d{2}|[Oo]\d)\)?[\s-]*)?((?:${WORD}[ \t\n]+){0,4}${WORD})[ \t\n]*(?:#|:|\([A-Z]\))?[ \t\n]*([0O]?\d{1,7})\b(?:[ \t]*(?:-|\/|\(|[ \t])[ \t]*(\d{2})\b\)?)?((?:[ \t\n]*(?:,|AND|and|&|\/)[ \t\n]*(?:${WORD}[ \t]*,?[ \t]*)?\d{2,7}\b)*)`,
  'g',
);

export function parseReferences(block: string, year: number | null, ownStation: string | null): Reference[] {
  const out: Reference[] = [];
  for (const item of splitItems(block)) {
    const cables = cablesIn(item.text, year, ownStation);
    if (cables.length > 0) {
      for (const id of cables) out.push({ id, kind: 'cable', label: item.label });
      continue;
    }
    const text = item.text.replace(/\s+/g, ' ').trim().replace(/[;,.]+$/, '');
    if (text.length > 2) out.push({ id: text, kind: kindOf(text), label: item.label });
  }
  return out;
}

function cablesIn(text: string, year: number | null, ownStation: string | null): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(CABLE_RE)) {
    const station = stationOf(m[2]!);
    if (station === null) continue;
    const yy = refYear(m[1], m[4], year);
    if (yy === null) continue;
    ids.push(`${yy}${station}${Number(m[3]!.replace(/^O/, '0'))}`);
    for (const more of (m[5] ?? '').matchAll(/(\d{2,7})\b/g)) ids.push(`${yy}${station}${Number(more[1])}`);
  }
  if (ids.length === 0 && ownStation && year !== null) {
    const bare = /^[\s,;]*(\d{3,7})[\s,;.]*$/.exec(text);
    if (bare) ids.push(`${String(year % 100).padStart(2, '0')}${ownStation}${Number(bare[1])}`);
  }
  return [...new Set(ids)];
}

/** The longest run of trailing words that names a known station, canonicalised; null when none. */
function stationOf(words: string): string | null {
  const parts = words.toUpperCase().split(/[ \t\n]+/).filter((w) => w.length > 0);
  const vocab = cableVocab();
  for (let k = 0; k < parts.length; k++) {
    const written = parts.slice(k).join(' ');
    const joined = written.replace(/[^A-Z0-9]/g, '');
    if (joined.length < 2) continue;
    const station = ALIASES[joined] ?? canonicalStation(written);
    if (vocab.stations.has(station)) return station;
    const prefixed = uniquePrefix(joined);
    if (prefixed) return prefixed;
  }
  return vocab.stations.size === 0 && /^[A-Z]{3,}$/.test(parts.at(-1) ?? '') ? parts.at(-1)! : null;
}

function uniquePrefix(joined: string): string | null {
  if (joined.length < 5) return null;
  let found: string | null = null;
  for (const s of cableVocab().stations) {
    if (s.startsWith(joined)) {
      if (found) return null;
      found = s;
    }
  }
  return found;
}

function refYear(prefix: string | undefined, suffix: string | undefined, year: number | null): string | null {
  const raw = (prefix ?? suffix)?.replace(/^[Oo]/, '0');
  if (raw) {
    const n = Number(raw.length === 4 ? raw.slice(2) : raw.slice(-2));
    return String(raw.length === 4 ? n : expandYear(n) % 100).padStart(2, '0');
  }
  return year === null ? null : String(year % 100).padStart(2, '0');
}

function kindOf(text: string): ReferenceKind {
  if (/\bE-?MAILS?\b/i.test(text)) return 'email';
  if (/\bTELCONS?\b/i.test(text)) return 'telcon';
  if (/\bIIR\b/i.test(text)) return 'iir';
  if (/\bFAM\b/.test(text)) return 'fam';
  if (/\bMEMO(?:RANDUM)?\b/i.test(text)) return 'memo';
  return 'other';
}
