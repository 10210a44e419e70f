// Orders classification markings on one scale (U < SBU/FOUO < C < S < TS), so that the store can
// index text per visibility level and a later access layer can cut it at a user's clearance.
// Caveats (NOFORN, SIPDIS ...) do not change the level; they are kept as written elsewhere.

export const LEVELS = ['UNCLASSIFIED', 'SENSITIVE', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;
export type Level = 0 | 1 | 2 | 3 | 4;
export const MAX_LEVEL: Level = 4;

const PORTION_LEVELS: Record<string, Level> = {
  U: 0,
  UNCLAS: 0,
  UNCLASSIFIED: 0,
  SBU: 1,
  FOUO: 1,
  'U/FOUO': 1,
  C: 2,
  CONFIDENTIAL: 2,
  S: 3,
  SECRET: 3,
  TS: 4,
  'TOP SECRET': 4,
};

/** The level of a portion mark such as "S", "C//NF", "SBU"; null when the mark is not a level we know. */
export function levelOfPortionMark(mark: string | null | undefined): Level | null {
  if (!mark) return null;
  const upper = mark.trim().toUpperCase();
  const exact = PORTION_LEVELS[upper];
  if (exact !== undefined) return exact;
  const head = upper.split('//')[0]?.trim() ?? '';
  return PORTION_LEVELS[head] ?? null;
}

/** The banner level word of a classification: "SECRET//NOFORN" → "SECRET". */
export function classificationLevelName(classification: string | null | undefined): string | null {
  if (!classification) return null;
  const head = classification.split('//')[0]?.trim().toUpperCase() ?? '';
  if (head === 'UNCLAS' || head === 'SENSITIVE BUT UNCLASSIFIED') return 'UNCLASSIFIED';
  return head.length > 0 ? head : null;
}

/** The level of a whole-cable classification; FOUO and SBU rank above plain UNCLASSIFIED. */
export function levelOfClassification(classification: string | null | undefined): Level | null {
  if (!classification) return null;
  const upper = classification.trim().toUpperCase();
  if (/FOR OFFICIAL USE ONLY|FOUO|SENSITIVE BUT UNCLASSIFIED|\bSBU\b/.test(upper)) return 1;
  return levelOfPortionMark(classificationLevelName(upper));
}

const LEVEL_ALIASES: Record<string, string> = {
  U: 'UNCLASSIFIED',
  UNCLAS: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
};

/**
 * Reads a classification filter as a user types it. A bare level ("secret", "S") matches every
 * cable at that banner level whatever its caveats; a full form with "//" matches exactly.
 */
export function classificationFilter(input: string): { level: string } | { exact: string } {
  const upper = input.trim().toUpperCase().replace(/\s+/g, ' ');
  if (upper.includes('//')) return { exact: upper };
  return { level: LEVEL_ALIASES[upper] ?? classificationLevelName(upper) ?? upper };
}
