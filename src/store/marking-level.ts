// Classification words as the store's filters read them: the banner level word of a classification
// and the --classification filter as users type it. Access levels and caveats are not here: they
// live on the 4-level lattice of src/cable/markings.ts and src/access/ (SBU and FOUO are caveats of
// UNCLASSIFIED there), which the text views use too.

/** The banner level word of a classification: "SECRET//NOFORN" → "SECRET". */
export function classificationLevelName(classification: string | null | undefined): string | null {
  if (!classification) return null;
  const head = classification.split('//')[0]?.trim().toUpperCase() ?? '';
  if (head === 'UNCLAS' || head === 'SENSITIVE BUT UNCLASSIFIED') return 'UNCLASSIFIED';
  return head.length > 0 ? head : null;
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
