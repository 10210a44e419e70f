// REF lines: where the block starts and stops, its lettered items (A. / A) / (A) / ¶B. / REF A),
// cable references with their year (default: the cable's own), aliases and zero-padded serials
// canonicalised, and the references that are not cables (e-mails, telcons, IIRs, FAM sections).
import { canonicalStation } from './cable-id.js';
import { expandYear } from './header.js';
import type { Reference, ReferenceKind } from './types.js';
import { cableVocab, vocabCache } from './vocab.js';

const LABEL_RE =
  /(?:^|[\s.>])(?:PROGRAM[ \t]+)?(?:REFS?|REF\(S\)|REFTELS?|REFERENCES?)[ \t]*(?:[:.][ \t]*|[ \t]+(?=[A-Z0-9(['\[]))|(?<=[A-Z0-9])REF:[ \t]*/i;
const REF_WORD = /ref/i;
const STOP_RE =
  /\bclass(?:i)?fi?(?:i)?ed[ \t]+by\b|\bS(?:ENSITIVE|ensitive)[ \t]+(?:BUT|but)[ \t]+(?:UNCLASSIFIED|Unclassified|UNCLASSIFED)|\bThis message\b|\bThis is an action\b|^[ \t]*(?:¶\d|\d{1,2}[ \t]?\.[ \t]*\(|\d{1,2}\.[ \t]+[A-Z]|SUMMARY\b|Summary\b|E\.?O\.?[ \t]+1|TAGS\b|SUBJECT\b|SIPDIS\b)|^[ \t]*(?:SECRET|Secret|CONFIDENTIAL|Confidential|UNCLAS)\b|C[ \t]?O[ \t]?R[ \t]?R[ \t]?E[ \t]?C[ \t]?T[ \t]?E[ \t]?D[ \t]+COPY/m;

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
  // Every label holds REF in some case: most captions have none, and this test is cheaper.
  if (!REF_WORD.test(region)) return null;
  const m = LABEL_RE.exec(region);
  if (!m) return null;
  let block = region.slice(m.index + m[0].length, m.index + m[0].length + 2500);
  // "A. REF AMMAN 222 / B. 06 AMMAN 4685": the first item's letter stood before the label.
  const lead = /(?:^|\n)[ \t]*([A-Z][.)])[ \t]*$/.exec(region.slice(0, m.index + 1));
  if (lead) block = `${lead[1]} ${block}`;
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

const ITEM_LABEL_RE =
  /(?:^|[\s;,])(?:¶|-[ \t]*)?(?:REF[ \t]+)?(?:\(([A-Za-z])\)|\[([A-Za-z])\]|([A-Za-z])(?:\.\)?|\)|:|[ \t]+-)(?=[\s(]|[A-Za-z0-9'(])|([A-Z])[ \t]+(?=[A-Z][A-Za-z]+[ \t]+\d|\d{2}[ \t]+[A-Z]))/g;

/** Splits a REF block into its lettered items (labels follow the alphabet), and items at semicolons. */
function splitItems(block: string): Item[] {
  const cuts: { at: number; end: number; label: string }[] = [];
  let expected = 0;
  for (const m of block.matchAll(ITEM_LABEL_RE)) {
    const label = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toUpperCase();
    const code = label.charCodeAt(0) - 65;
    const last = cuts.at(-1);
    if (last && last.label === label && m.index! - last.end < 12) last.end = m.index! + m[0].length; // "A. A)"
    else if (code === expected || (last && last.label === label)) {
      cuts.push({ at: m.index!, end: m.index! + m[0].length, label });
      if (code === expected) expected++;
    }
  }
  // One list filled in loops, each item cut at its semicolons in place (flatMap and map return
  // arrays of another elements kind when empty).
  const items: Item[] = [];
  const head = cuts.length === 0 ? block : block.slice(0, cuts[0]!.at);
  if (head.trim()) pushSplitAtSemicolons(items, null, head);
  for (let k = 0; k < cuts.length; k++) {
    const c = cuts[k]!;
    pushSplitAtSemicolons(items, c.label, block.slice(c.end, k + 1 < cuts.length ? cuts[k + 1]!.at : block.length));
  }
  return items;
}

function pushSplitAtSemicolons(items: Item[], label: string | null, text: string): void {
  for (const part of text.split(';')) items.push({ label, text: part });
}

// A word of a station name; a zero inside it is an OCR'd O ("SANTIAG0", "0TTAWA").
const WORD = String.raw`(?:[A-Za-z]|0(?=[A-Za-z]))(?:[A-Za-z'.\-]|0(?!\d))*`;
// [year] STATION [,|#|:|(C)|(yy)] serial [-yy|/yy|(yy)|(yyyy)] [, and & / more serials, each with its (yy)]
// The station's words do not start inside a word ((?<![A-Za-z])): cablesIn dropped such a match and
// looked again one character on, and the pattern, tried at every letter of a long word, read on over
// up to five words before it failed (a twentieth of a warm parse). With the lookbehind it fails at
// once there; the matches cablesIn keeps are the same, since a dropped one changed nothing.
const CABLE_RE = new RegExp(
  String.raw`(?:(?:^|[\s(;,])(?:['‘’]?|\()?((?:19|20)\d{2}|0?\d{2}|[Oo]\d)\)?[\s-]*)?(?<![A-Za-z])((?:${WORD}[ \t\n]+){0,4}${WORD})[ \t\n]*,?[ \t\n]*(?:#|:|\([A-Z]\)|\((\d{2})\))?[ \t\n]*([0O]?\d{1,7})\b(?:[ \t]*(?:-|\/|\(|[ \t])[ \t]*(\d{2}\b|(?<=\()(?:19|20)\d{2}\b)\)?)?((?:[ \t\n]*(?:,|AND|and|&|\/)[ \t\n]*\d{3,7}\b(?:[ \t]*\((?:(?:19|20)\d{2}|\d{2})\))?(?![ \t]*[A-Za-z]{3,}[ \t]+\d))*)`,
  'g',
);
const HAS_DIGIT = /\d/;
const MORE_SERIAL_RE = /(\d{3,7})\b(?:[ \t]*\(((?:19|20)\d{2}|\d{2})\))?/g;
// A year where a serial would be ("INCSR BRAZIL 2008"): a report's title, not a cable.
const YEAR_SERIAL_RE = /^(?:19[6-9]\d|20[0-3]\d)$/;
const REVERSED_RE = new RegExp(String.raw`(?:^|[\s(])(\d{3,7})[ \t]+(${WORD}(?:[ \t]+${WORD}){0,3})`, 'g');
const FILLER_RE = /\b(?:AND PREVIOUS|NOTAL|REFTELS?|REFS?|REFERENCE|AND)\b|[()[\]{}.,:;\-]/gi;
const OTHER_KIND_RE = /\b(?:E-?MAILS?|TELCONS?|IIR|FAM|MEMO(?:RANDUM)?|LETTER|DIPNOTE|NOTE|MSG|DTG|TELEGRAMS?|OSC)\b/i;

interface Context {
  year: number | null;
  yy: string | null;
  station: string | null;
}

export function parseReferences(block: string, year: number | null, ownStation: string | null): Reference[] {
  const out: Reference[] = [];
  const ctx: Context = { year, yy: null, station: null };
  for (const item of splitItems(block)) {
    const found = cablesIn(item.text, ctx, ownStation);
    const leftover = removeSpans(item.text, found).replace(FILLER_RE, ' ').replace(/\s+/g, ' ').trim();
    const otherRef = /[A-Za-z]{2}/.test(leftover) && (found.length === 0 || OTHER_KIND_RE.test(leftover));
    const refs: (Reference & { at: number })[] = [];
    for (const f of found) refs.push({ id: f.id, kind: 'cable', label: item.label, at: f.at });
    if (otherRef) {
      // The item as written, without its REF label, is made only for the other reference it names.
      const text = found.length === 0 ? otherText(item.text) : leftover;
      refs.push({ id: text, kind: kindOf(text), label: item.label, at: found.length === 0 ? 0 : item.text.indexOf(text.split(' ')[0]!) });
    }
    for (const r of refs.sort((a, b) => a.at - b.at)) {
      const prev = out.at(-1);
      if (prev && prev.id === r.id) continue; // "A. A) ROME 2543, B. 05 ROME 2543": once
      out.push({ id: r.id, kind: r.kind, label: r.label });
    }
  }
  return out;
}

function otherText(item: string): string {
  return item.replace(/\s+/g, ' ').trim().replace(/[;,]+$/, '').replace(/^(?:REF(?:ERENCE)?S?:?\s+)+/i, '');
}

interface Found {
  id: string;
  at: number;
  end: number;
}

function removeSpans(text: string, found: readonly Found[]): string {
  let out = text;
  for (const f of [...found].sort((a, b) => b.at - a.at)) out = out.slice(0, f.at) + ' ' + out.slice(f.end);
  return out;
}

function cablesIn(text: string, ctx: Context, ownStation: string | null): Found[] {
  const found: Found[] = [];
  // Every way below needs a serial's digits: an item without a digit ("TELCON WITH ...") has none.
  if (!HAS_DIGIT.test(text)) return found;
  // The module's pattern, restarted: cablesIn never runs inside itself.
  const re = CABLE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const wordsAt = m.index + m[0].indexOf(m[2]!);
    // A station read from the middle of a word ("R MEXICO" in "REPORT MEXICO") is none: the words
    // are not looked up (from each letter of a word in turn, they missed the station cache).
    const midWord = wordsAt > 0 && /[A-Za-z]/.test(text[wordsAt - 1]!);
    const station = midWord ? null : stationOf(m[2]!);
    const yy = station === null ? null : refYear(m[1] ?? m[3], m[5], ctx.year);
    const titled = station !== null && YEAR_SERIAL_RE.test(m[4]!) && !m[6] && titleBefore(text, wordsAt, m[2]!);
    if (station === null || yy === null || titled) {
      // Not a reference here: look again one character on, so a year it took is not lost.
      re.lastIndex = m.index + 1;
      continue;
    }
    found.push({ id: `${yy}${station}${Number(m[4]!.replace(/^O/, '0'))}`, at: m.index, end: m.index + m[0].length });
    for (const more of (m[6] ?? '').matchAll(MORE_SERIAL_RE)) {
      const moreYy = more[2] ? refYear(more[2], undefined, ctx.year) : yy;
      found.push({ id: `${moreYy}${station}${Number(more[1])}`, at: m.index, end: m.index + m[0].length });
    }
    Object.assign(ctx, { yy, station });
  }
  if (found.length > 0) return found;
  for (const m of text.matchAll(REVERSED_RE)) {
    const station = stationOf(m[2]!);
    const yy = station === null ? null : refYear(undefined, undefined, ctx.year);
    if (station && yy) found.push({ id: `${yy}${station}${Number(m[1])}`, at: m.index!, end: m.index! + m[0].length });
  }
  if (found.length > 0) return found;
  // A bare serial continues the previous item's station ("A. MANILA 2969 B. 2962"), else the cable's own.
  const bare = /^[\s,;]*(\d{3,7})\b[\s,;.]*(?:AND PREVIOUS)?[\s.]*$/i.exec(text);
  const station = ctx.station ?? ownStation;
  const yy = ctx.yy ?? refYear(undefined, undefined, ctx.year);
  if (bare && station && yy) found.push({ id: `${yy}${station}${Number(bare[1])}`, at: bare.index, end: text.length });
  return found;
}

/** The longest run of trailing words that names a known station, canonicalised; null when none. */
const stationOfCache = vocabCache<{ station: string; lead: number } | null>();

function stationOf(words: string): string | null {
  return stationOfCache.get(words, () => computeStationOf(words))?.station ?? null;
}

/** Words stand before the station ("INCSR BRAZIL"): the station is part of a longer name. */
function titleBefore(text: string, start: number, words: string): boolean {
  if ((stationOfCache.get(words, () => computeStationOf(words))?.lead ?? 0) > 0) return true;
  const before = /(?:^|\s)([A-Za-z][A-Za-z'-]+)[ \t]+$/.exec(text.slice(0, start))?.[1];
  return before !== undefined && !/^(?:AND|OR)$/i.test(before);
}

function computeStationOf(words: string): { station: string; lead: number } | null {
  const parts = words
    .toUpperCase()
    .replace(/[ \t\n]+(?:CABLES?|TELS?|TELEGRAMS?|MSGS?|REFTELS?)$/, '')
    .split(/[ \t\n]+/)
    .filter((w) => w.length > 0);
  const vocab = cableVocab();
  for (let k = 0; k < parts.length; k++) {
    const written = parts.slice(k).join(' ');
    const joined = written.replace(/[^A-Z0-9]/g, '');
    if (joined.length < 2) continue;
    const station = ALIASES[joined] ?? canonicalStation(written);
    if (vocab.stations.has(station)) return { station, lead: k };
    const prefixed = uniquePrefix(joined);
    if (prefixed) return { station: prefixed, lead: k };
  }
  return vocab.stations.size === 0 && /^[A-Z]{3,}$/.test(parts.at(-1) ?? '') ? { station: parts.at(-1)!, lead: parts.length - 1 } : null;
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
