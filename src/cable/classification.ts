// The classification as the released metadata writes it: the banner's level, with //NOFORN when the
// cable carries that caveat and UNCLASSIFIED//FOR OFFICIAL USE ONLY for sensitive-but-unclassified
// traffic.
import type { Banner } from './banner.js';
import type { Paragraph } from './types.js';

const SENSITIVE_RE = /\bSENSITIVE\b|\bFOR OFFICIAL USE ONLY\b|\bSBU\b|\bLIMITED OFFICIAL USE\b/i;

export function classificationOf(banner: Banner, fields: string, paragraphs: readonly Paragraph[]): string {
  if (banner.level === 'UNCLASSIFIED') {
    const sensitive =
      /^(?:SBU|SENSITIVE|LIMITED)/i.test(banner.written) ||
      banner.caveats.some((c) => /SBU|SENSITIVE|FOUO|FOR OFFICIAL USE ONLY/.test(c)) ||
      SENSITIVE_RE.test(fields) ||
      paragraphs.some((p) => p.marking !== null && /^(SBU|FOUO|LOU)/.test(p.marking));
    return sensitive ? 'UNCLASSIFIED//FOR OFFICIAL USE ONLY' : 'UNCLASSIFIED';
  }
  const noforn = banner.caveats.includes('NOFORN') || /^[ \t]*NOFORN\b/m.test(fields) || /\bNOFORN\b/.test(banner.text);
  return noforn ? `${banner.level}//NOFORN` : banner.level;
}
