// Classification levels and portion marks: parsing the forms found in cables ("(S)", "(C/NF)",
// "(SBU)", "S//NF") into a level and caveats. Access control reuses these definitions.

export const LEVELS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;
export type Level = (typeof LEVELS)[number];

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

const LEVEL_BY_MARK: Record<string, Level> = {
  U: 'UNCLASSIFIED',
  SBU: 'UNCLASSIFIED',
  LOU: 'UNCLASSIFIED',
  FOUO: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
};

const PLAIN_MARKS = new Set(Object.keys(LEVEL_BY_MARK));

const CAVEAT_BY_MARK: Record<string, string> = {
  NF: 'NOFORN',
  NOFORN: 'NOFORN',
  REL: 'REL',
  ORCON: 'ORCON',
  OC: 'ORCON',
  FOUO: 'FOUO',
  SBU: 'SBU',
};

export interface PortionMark {
  level: Level;
  caveats: string[];
}

/** Normalises a portion mark as written ("S/NF", "s//nf", "C") to its canonical form ("S//NF"). */
export function canonicalMark(raw: string): string | null {
  // Most marks are a level alone, as written ("C", "SBU"): canonical already.
  if (PLAIN_MARKS.has(raw)) return raw;
  const parts = raw
    .toUpperCase()
    .replace(/\s+/g, '')
    .split(/\/+/)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const head = parts[0]!;
  if (!(head in LEVEL_BY_MARK)) return null;
  return parts.join('//');
}

/** Reads a canonical or written portion mark; null when it is not one. */
export function parsePortionMark(raw: string): PortionMark | null {
  const mark = canonicalMark(raw);
  if (mark === null) return null;
  const [head, ...rest] = mark.split('//');
  const caveats = rest.map((r) => CAVEAT_BY_MARK[r] ?? r);
  if (head === 'SBU' || head === 'FOUO') caveats.unshift(head);
  return { level: LEVEL_BY_MARK[head!]!, caveats };
}

/** Marks that may stand in parentheses at the start of a paragraph or subject. */
export const PORTION_MARK_SOURCE = String.raw`(?:TS|S|C|U|SBU|LOU|FOUO)(?:\s*\/{1,2}\s*(?:NF|NOFORN|REL[A-Z ,]*|ORCON|OC|FOUO|SBU))*`;

/** The level a banner word names. */
export function levelOfBannerWord(word: string): Level | null {
  const w = word.toUpperCase().replace(/\s+/g, ' ').trim();
  if (w === 'TOP SECRET') return 'TOP SECRET';
  if (w === 'SECRET') return 'SECRET';
  if (w === 'CONFIDENTIAL') return 'CONFIDENTIAL';
  if (/^(UNCLAS|UNCLASSIFIED|UNCLASS|LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED|SBU)$/.test(w)) {
    return 'UNCLASSIFIED';
  }
  return null;
}
