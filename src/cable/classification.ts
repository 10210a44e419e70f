// The classification as the released metadata writes it: the banner's level, with //NOFORN when the
// cable carries that caveat and UNCLASSIFIED//FOR OFFICIAL USE ONLY for sensitive-but-unclassified
// traffic.
import type { Banner } from './banner.js';
import { LEVELS, type Level, parsePortionMark } from './markings.js';
import type { Paragraph } from './types.js';

// In the released metadata only an explicit SENSITIVE (BUT UNCLASSIFIED) notice in the header makes an
// UNCLAS cable "FOR OFFICIAL USE ONLY"; (SBU) portion marks alone do not.
const SENSITIVE_RE = /\bSENSITIVE\b|\bFOR OFFICIAL USE ONLY\b/i;

export function classificationOf(banner: Banner, fields: string): string {
  if (banner.level === 'UNCLASSIFIED') {
    const sensitive =
      /^(?:SBU|SENSITIVE|LIMITED)/i.test(banner.written) ||
      banner.caveats.some((c) => /SENSITIVE|FOUO|FOR OFFICIAL USE ONLY/.test(c)) ||
      SENSITIVE_RE.test(fields);
    return sensitive ? 'UNCLASSIFIED//FOR OFFICIAL USE ONLY' : 'UNCLASSIFIED';
  }
  // Copies that lost their line breaks glue it to its neighbours ("SIPDISNOFORNE.O."): no word boundary.
  const noforn = banner.caveats.includes('NOFORN') || /NOFORN/.test(fields);
  return noforn ? `${banner.level}//NOFORN` : banner.level;
}

/** Without a banner, the highest portion mark stands for the classification (null when unmarked). */
export function classificationFromMarks(paragraphs: readonly Paragraph[], fields: string): string | null {
  let top: Level | null = null;
  let noforn = false;
  for (const p of paragraphs) {
    const mark = p.marking ? parsePortionMark(p.marking) : null;
    if (!mark) continue;
    if (top === null || LEVELS.indexOf(mark.level) > LEVELS.indexOf(top)) top = mark.level;
    noforn ||= mark.caveats.includes('NOFORN');
  }
  if (top === null) return null;
  if (top === 'UNCLASSIFIED') return SENSITIVE_RE.test(fields) ? 'UNCLASSIFIED//FOR OFFICIAL USE ONLY' : top;
  return noforn || /NOFORN/.test(fields) ? `${top}//NOFORN` : top;
}
