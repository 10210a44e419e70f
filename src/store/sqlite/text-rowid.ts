// Packs a full-text row's identity into its rowid: cable pk, the view's level and the next level.
// Keeping them in the rowid (not in UNINDEXED columns) lets a query filter by visibility and join
// to cables with arithmetic alone, without reading each matching row's stored content.
import type { Level } from '../marking-level.js';

const TOP = 7; // "no next level": the fullest view of a cable

export function textRowid(pk: number, level: Level, nextLevel: Level | null): number {
  return pk * 64 + level * 8 + (nextLevel ?? TOP);
}

/** First and last rowid any view of a cable can have, to delete them by range. */
export function textRowidRange(pk: number): [number, number] {
  return [pk * 64, pk * 64 + 63];
}

/**
 * SQL condition (on a column holding the rowid) for the view a reader cleared to `clearance`
 * sees: level ≤ clearance < next level. With full clearance this is the fullest view.
 */
export function visibleViewSql(rowid: string, clearance: Level): string {
  return `((${rowid} >> 3) & 7) <= ${clearance} AND (${rowid} & 7) > ${clearance}`;
}

export function pkOfRowidSql(rowid: string): string {
  return `(${rowid} >> 6)`;
}
