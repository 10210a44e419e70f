// Markings as access control reads them: a level on the UNCLASSIFIED < CONFIDENTIAL < SECRET < TOP
// SECRET lattice plus caveats (NOFORN, SBU, ORCON ...). A paragraph's marking is its portion mark,
// or the banner's when it is unmarked; the banner's caveats hold for every paragraph, because a
// caveat in the header is not lifted by a portion mark that omits it. On or after the cable's
// declassification date everything in it reads as UNCLASSIFIED.
import type { Cable, Paragraph } from '../cable/types.js';
import { LEVELS, type Level, levelRank, parsePortionMark } from '../cable/markings.js';

export interface Marking {
  level: Level;
  caveats: string[];
}

export const UNCLASSIFIED: Marking = { level: 'UNCLASSIFIED', caveats: [] };

/** Caveats in their canonical spelling ("NF" -> NOFORN, "FOR OFFICIAL USE ONLY" -> FOUO). */
export function canonicalCaveat(caveat: string): string {
  const c = caveat.trim().toUpperCase().replace(/\s+/g, ' ');
  if (c === 'NF' || c === 'NOFORN') return 'NOFORN';
  if (c === 'FOR OFFICIAL USE ONLY' || c === 'FOUO' || c === 'LOU' || c === 'LIMITED OFFICIAL USE') return 'FOUO';
  if (c === 'SENSITIVE' || c === 'SENSITIVE BUT UNCLASSIFIED' || c === 'SBU') return 'SBU';
  if (c === 'OC' || c === 'ORCON') return 'ORCON';
  return c;
}

/** The cable's own marking from its classification ("SECRET//NOFORN") and banner caveats. */
export function cableMarking(cable: Pick<Cable, 'classification' | 'caveats'>): Marking {
  const parts = (cable.classification ?? 'TOP SECRET').toUpperCase().split('//');
  const head = parts[0]!.trim();
  // An unknown classification is treated as the highest: nothing unreadable leaks by default.
  const level = (LEVELS as readonly string[]).includes(head) ? (head as Level) : head === 'UNCLAS' ? 'UNCLASSIFIED' : 'TOP SECRET';
  const caveats = [...parts.slice(1), ...cable.caveats.filter((c) => /NOFORN|ORCON/.test(c))].map(canonicalCaveat);
  return { level, caveats: unique(caveats) };
}

function markingOf(mark: string | null, cable: Marking): Marking {
  const portion = mark ? parsePortionMark(mark) : null;
  if (!portion) return cable;
  return { level: portion.level, caveats: unique([...portion.caveats.map(canonicalCaveat), ...cable.caveats.filter(bannerWide)]) };
}

/** Caveats of the banner that hold for every portion. FOUO/SBU belong to unclassified portions only. */
function bannerWide(caveat: string): boolean {
  return caveat !== 'FOUO' && caveat !== 'SBU';
}

export function paragraphMarking(cable: Pick<Cable, 'classification' | 'caveats'>, paragraph: Pick<Paragraph, 'marking'>): Marking {
  return markingOf(paragraph.marking, cableMarking(cable));
}

/** paragraphMarking of each paragraph, with the banner's marking read once for the cable. */
export function paragraphMarkings(
  cable: Pick<Cable, 'classification' | 'caveats'>,
  paragraphs: ReadonlyArray<Pick<Paragraph, 'marking'>>,
): Marking[] {
  const banner = cableMarking(cable);
  return paragraphs.map((p) => markingOf(p.marking, banner));
}

export function subjectMarking(cable: Pick<Cable, 'classification' | 'caveats' | 'subjectMarking'>): Marking {
  return markingOf(cable.subjectMarking, cableMarking(cable));
}

/** The marking in force on a day: UNCLASSIFIED on or after the declassification date. */
export function markingAsOf(marking: Marking, declassifyOn: string | null, asOf: string): Marking {
  return declassifyOn !== null && declassifyOn <= asOf.slice(0, 10) ? UNCLASSIFIED : marking;
}

/** The higher of two markings, with the caveats of both: what a fact drawn from both carries. */
export function combine(a: Marking, b: Marking): Marking {
  return { level: levelRank(a.level) >= levelRank(b.level) ? a.level : b.level, caveats: unique([...a.caveats, ...b.caveats]) };
}

/** "SECRET//NOFORN", the form stored and shown. */
export function formatMarking(m: Marking): string {
  return [m.level, ...m.caveats].join('//');
}

export function parseMarking(text: string): Marking {
  const [head, ...rest] = text.split('//');
  const level = (LEVELS as readonly string[]).includes(head ?? '') ? (head as Level) : 'TOP SECRET';
  return { level, caveats: rest.map(canonicalCaveat) };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))].sort();
}
