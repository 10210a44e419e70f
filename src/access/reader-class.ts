// Reader classes: as far as cable text goes, every reader falls in one of 14 classes, a level on the
// 4-level lattice plus the caveats that change what that level may read (NOFORN at every level; FOUO
// and SBU only for UNCLASSIFIED readers, since mayRead lets any clearance read them). A store indexes
// one text view per group of classes that see the same portions, tagged with one bit per class, so
// that search cuts text exactly as mayRead does (it is built with mayRead) without knowing users.
// Declassification is a day number beside the bits: on or after it the fullest view applies.
import { LEVELS, levelRank } from '../cable/markings.js';
import type { Reader } from './clearance.js';

export const CLASS_COUNT = 14;
/** The bit of the view holding every portion: the owner's, and everyone's once declassified. */
export const FULL_VIEW_BIT = 14;
/** Bits a view's mask uses (14 classes, the full-view bit, one spare). */
export const MASK_BITS = 16;
/** Declassification days take 18 bits; NEVER means no date (or one past the range). */
export const DAY_BITS = 18;
export const NEVER = (1 << DAY_BITS) - 1;

const EPOCH = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;

/** Which text a reader sees: a class (null for the unrestricted owner) on a day. */
export interface ViewSelector {
  readerClass: number | null;
  /** Days since 1900-01-01 of the reader's asOf, clamped to [-1, NEVER - 1]. */
  asOfDay: number;
}

export function readerClass(reader: Reader): number | null {
  if (reader.unrestricted) return null;
  const nf = reader.caveats.includes('NOFORN') ? 1 : 0;
  const rank = levelRank(reader.clearance);
  if (rank === 0) return nf | (reader.caveats.includes('FOUO') ? 2 : 0) | (reader.caveats.includes('SBU') ? 4 : 0);
  return 8 + (rank - 1) * 2 + nf;
}

/** A reader standing for a class, on a day before any declassification (the index adds dates). */
export function classReader(cls: number): Reader {
  if (cls < 8) {
    const caveats = [cls & 1 ? 'NOFORN' : '', cls & 2 ? 'FOUO' : '', cls & 4 ? 'SBU' : ''].filter(Boolean);
    return { name: `class-${cls}`, clearance: 'UNCLASSIFIED', caveats, asOf: '0000-01-01' };
  }
  const level = LEVELS[1 + Math.floor((cls - 8) / 2)]!;
  return { name: `class-${cls}`, clearance: level, caveats: (cls - 8) % 2 ? ['NOFORN'] : [], asOf: '0000-01-01' };
}

export function viewSelector(reader: Reader): ViewSelector {
  const day = dayNumber(reader.asOf.slice(0, 10));
  return { readerClass: readerClass(reader), asOfDay: day === null ? -1 : Math.max(-1, Math.min(NEVER - 1, day)) };
}

/**
 * The declassification date access control uses: a real YYYY-MM-DD, or null (never). Show and the
 * index both go through it, so that an odd value cannot be read one way by one and another by the other.
 */
export function declassificationDate(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return dayNumber(value) === null ? null : value;
}

/** The index's day for a declassification date; NEVER when there is none or it is out of range. */
export function declassifyDay(value: string | null | undefined): number {
  const date = declassificationDate(value);
  const day = date === null ? null : dayNumber(date);
  // Out of range either way is NEVER: the index may be stricter than mayRead, never looser.
  return day === null || day < 0 || day >= NEVER ? NEVER : day;
}

function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  // setUTCFullYear, because Date.UTC reads years 0-99 as 1900-1999.
  const back = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  back.setUTCFullYear(Number(m[1]));
  const ms = back.getTime();
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return null;
  return Math.floor((ms - EPOCH) / DAY_MS);
}
