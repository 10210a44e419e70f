// The classification as the released metadata writes it: the banner's level with at most one
// caveat, //NOFORN for classified traffic or FOR OFFICIAL USE ONLY for unclassified traffic that
// carries a SENSITIVE or NOFORN caveat in its caption.
import type { Banner } from './banner.js';
import { LEVELS, type Level, parsePortionMark } from './markings.js';
import type { Paragraph } from './types.js';

export interface ClassificationContext {
  /** The routing header (before the banner) and the caption fields (after it, up to paragraph 1). */
  fields: string;
  /** The subject's portion mark ("C//NF"), if any. */
  subjectMarking?: string | null;
  /** The level of the transmission line (`ZNY SSSSS`), if the header has one. */
  transmissionLevel?: Level | null;
  /** The banner belongs to another cable (a damaged copy): its body and caveats are not this cable's. */
  foreignBanner?: boolean;
}

type Caveat = 'NOFORN' | 'SENSITIVE';

// Caveat lines of the caption ("NOFORN", "SENSITIVE", "SIPDIS SENSITIVE", glued "SIPDISNOFORNE.O.").
// A NOFORN after a slash restates a classification ("SECRET/NOFORN") and is not a caveat line; a
// sentence "this cable is sensitive but unclassified" is the drafter's note, not the caveat.
// The lookbehinds follow the word they test: tried first, they ran at every position (4x slower).
const CAVEAT_RE =
  /NOFORN(?<!\/[ \t]*NOFORN)|^[ \t]*(?:SIPDIS[ \t,]*)?SENSITIVE\b(?![ \t-]*BUT\b)|SENSITIVE(?=[ \t,]*SIPDIS)|SENSITIVE(?<=SIPDIS[ \t,]*SENSITIVE)(?![ \t-]*BUT\b)/gim;
const CAVEAT_WORDS = /noforn|sensitive/i;
const NOFORN_WORD = /noforn/i;
const FOUO_RE = /\bFOR OFFICIAL USE ONLY\b/i;

/**
 * The caveat that the release keeps. It records one caveat: where a caption carries both NOFORN
 * and SENSITIVE, the later line wins (NOFORN then SENSITIVE is released as plain SECRET).
 */
export function captionCaveat(banner: Banner | null, fields: string): Caveat | null {
  let last: Caveat | null = null;
  for (const c of banner?.caveats ?? []) {
    if (c === 'NOFORN') last = 'NOFORN';
    else if (c === 'SENSITIVE' || c === 'SBU' || c === 'FOUO' || c === 'FOR OFFICIAL USE ONLY') last = 'SENSITIVE';
  }
  // Every match holds one of the two words: most captions have neither, and this test is 8x cheaper.
  if (!CAVEAT_WORDS.test(fields)) return last;
  for (const m of fields.matchAll(CAVEAT_RE)) last = /NOFORN/i.test(m[0]) ? 'NOFORN' : 'SENSITIVE';
  return last;
}

/**
 * NOFORN anywhere in the caption, whatever the order of caveats: access control keeps it on the
 * cable even where the released classification dropped it for a later SENSITIVE line.
 */
export function captionNoforn(fields: string): boolean {
  // Only the NOFORN alternative counts, and it holds the word: most captions lack it.
  if (!NOFORN_WORD.test(fields)) return false;
  for (const m of fields.matchAll(CAVEAT_RE)) if (/NOFORN/i.test(m[0])) return true;
  return false;
}

export function classificationOf(banner: Banner, context: ClassificationContext): string {
  if (context.foreignBanner) return context.transmissionLevel ?? banner.level;
  return withCaveat(banner.level, banner, context);
}

/** Without a banner: the transmission line's level, else the highest portion mark (null when unmarked). */
export function classificationFromMarks(paragraphs: readonly Paragraph[], context: ClassificationContext): string | null {
  let top: Level | null = context.transmissionLevel ?? null;
  if (top === null) {
    for (const p of paragraphs) {
      const mark = p.marking ? parsePortionMark(p.marking) : null;
      if (mark && (top === null || LEVELS.indexOf(mark.level) > LEVELS.indexOf(top))) top = mark.level;
    }
  }
  return top === null ? null : withCaveat(top, null, context);
}

function withCaveat(level: Level, banner: Banner | null, context: ClassificationContext): string {
  const caveat = captionCaveat(banner, context.fields);
  if (level === 'UNCLASSIFIED') {
    const sensitive = (banner !== null && /^(?:SBU|SENSITIVE|LIMITED)/i.test(banner.written)) || caveat !== null || FOUO_RE.test(context.fields);
    return sensitive ? 'UNCLASSIFIED//FOR OFFICIAL USE ONLY' : 'UNCLASSIFIED';
  }
  // A subject marked NOFORN ("SUBJECT: (C/NF) ...") makes the whole cable NOFORN.
  const subjectNoforn = context.subjectMarking ? parsePortionMark(context.subjectMarking)?.caveats.includes('NOFORN') : false;
  return caveat === 'NOFORN' || subjectNoforn ? `${level}//NOFORN` : level;
}

const LEVEL_BY_LETTER: Record<string, Level> = { U: 'UNCLASSIFIED', E: 'UNCLASSIFIED', C: 'CONFIDENTIAL', S: 'SECRET', T: 'TOP SECRET' };

/** The level of the ACP-127 security line: `ZNY CCCCC ZZH` (C, S, T; U and EFTO's E unclassified). */
export function transmissionLevel(header: string): Level | null {
  const m = /^[ \t]*ZN[YR][ \t]+([UECST])\1{2}[A-Z]{2}\b/m.exec(header);
  return m ? LEVEL_BY_LETTER[m[1]!]! : null;
}
