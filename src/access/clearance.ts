// Who may read what: a reader's clearance and caveat eligibility against a marking, on a given day.
import { LEVELS, type Level, levelRank } from '../cable/markings.js';
import { DemarcheError } from '../errors.js';
import { canonicalCaveat, type Marking, markingAsOf } from './marking.js';

export interface Reader {
  /** Who reads; "owner" is the store's local owner on the CLI. */
  name: string;
  clearance: Level;
  caveats: string[];
  /** The day access is evaluated on (YYYY-MM-DD); declassification dates are compared with it. */
  asOf: string;
  /** The store's owner: every marking is readable (and every read is still audited). */
  unrestricted?: boolean;
}

/**
 * True when the reader may see content with this marking (on the reader's asOf day): the level at
 * or below the clearance and every caveat held. FOUO and SBU restrict only UNCLASSIFIED readers:
 * holding any clearance includes official-use handling.
 */
export function mayRead(reader: Reader, marking: Marking, declassifyOn: string | null = null): boolean {
  if (reader.unrestricted) return true;
  const m = markingAsOf(marking, declassifyOn, reader.asOf);
  if (levelRank(m.level) > levelRank(reader.clearance)) return false;
  const cleared = levelRank(reader.clearance) > 0;
  return m.caveats.every((c) => reader.caveats.includes(c) || (cleared && (c === 'FOUO' || c === 'SBU')) || releasableTo(reader, c));
}

/**
 * REL TO markings ("RELUK", "REL AUS, CAN") widen release to named partners; they do not narrow it
 * for US readers. demarche knows a reader's nationality only through NOFORN eligibility, so a REL
 * portion is readable by NOFORN-eligible readers (US persons) and by nobody else.
 */
function releasableTo(reader: Reader, caveat: string): boolean {
  return caveat.startsWith('REL') && reader.caveats.includes('NOFORN');
}

/** The caveats a user may be granted: those the text index can cut by (see reader-class.ts). */
export const USER_CAVEATS = ['FOUO', 'NOFORN', 'SBU'] as const;

/** parseCaveats for a user's eligibility: only USER_CAVEATS, so that search and show agree. */
export function parseUserCaveats(values: readonly string[]): string[] {
  const caveats = parseCaveats(values);
  const unknown = caveats.filter((c) => !(USER_CAVEATS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    throw new DemarcheError(
      'BAD_INPUT',
      `unknown caveat ${unknown.join(', ')}: a user may hold ${USER_CAVEATS.join(', ')} (REL TO portions are read with NOFORN; ORCON only by the store's owner)`,
    );
  }
  return caveats;
}

const LEVEL_WORDS: Record<string, Level> = {
  U: 'UNCLASSIFIED',
  UNCLAS: 'UNCLASSIFIED',
  UNCLASSIFIED: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  CONFIDENTIAL: 'CONFIDENTIAL',
  S: 'SECRET',
  SECRET: 'SECRET',
  TS: 'TOP SECRET',
  'TOP SECRET': 'TOP SECRET',
  TOPSECRET: 'TOP SECRET',
  'TOP-SECRET': 'TOP SECRET',
};

/** A clearance as people type it ("secret", "S", "top secret"). */
export function parseClearance(text: string): Level {
  const level = LEVEL_WORDS[text.trim().toUpperCase().replace(/_/g, ' ')];
  if (!level) {
    throw new DemarcheError('BAD_INPUT', `unknown clearance "${text}": use one of ${LEVELS.join(', ')} (or U, C, S, TS)`);
  }
  return level;
}

export function parseCaveats(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean).map(canonicalCaveat))].sort();
}

/** The store's local owner on the CLI: full access (reads are audited all the same). */
export function ownerReader(asOf: string): Reader {
  return { name: 'owner', clearance: 'TOP SECRET', caveats: [], asOf, unrestricted: true };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
