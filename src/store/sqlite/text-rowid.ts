// Packs a full-text row's identity into its rowid: cable pk, the cable's declassification day and the
// view's class mask (see text-views.ts and access/reader-class.ts):
//   rowid = pk << 34 | declassifyDay << 16 | mask
// Keeping them in the rowid (not in UNINDEXED columns) lets a query filter by visibility and join to
// cables with arithmetic alone, without reading each matching row's stored content. Rowids pass
// 2^53, so JavaScript handles them as BigInt, or as text bound back with CAST(? AS INTEGER).
import { DAY_BITS, FULL_VIEW_BIT, MASK_BITS, type ViewSelector } from '../../access/reader-class.js';

export const PK_SHIFT = MASK_BITS + DAY_BITS;
const DAY_MASK = (1 << DAY_BITS) - 1;

export function textRowid(pk: number, declassifyDay: number, mask: number): bigint {
  return (BigInt(pk) << BigInt(PK_SHIFT)) | (BigInt(declassifyDay) << BigInt(MASK_BITS)) | BigInt(mask);
}

/** First and last rowid any view of a cable can have, to delete them by range. */
export function textRowidRange(pk: number): [bigint, bigint] {
  const first = BigInt(pk) << BigInt(PK_SHIFT);
  return [first, first + (1n << BigInt(PK_SHIFT)) - 1n];
}

/**
 * SQL condition (on a column holding the rowid) for the one view of each cable a reader sees: the
 * full view from the declassification day on, before it the view with the reader's class bit; the
 * owner always sees the full view. The values are numbers computed here, never user text.
 */
export function visibleViewSql(rowid: string, view: ViewSelector): string {
  const full = `(${rowid} & ${1 << FULL_VIEW_BIT}) != 0`;
  if (view.readerClass === null) return full;
  const day = `((${rowid} >> ${MASK_BITS}) & ${DAY_MASK})`;
  const asOf = Math.trunc(view.asOfDay);
  return `(CASE WHEN ${day} <= ${asOf} THEN ${full} ELSE (${rowid} & ${1 << Math.trunc(view.readerClass)}) != 0 END)`;
}

export function pkOfRowidSql(rowid: string): string {
  return `(${rowid} >> ${PK_SHIFT})`;
}

/** The owner's view: every portion, whatever the date. */
export const FULL_VIEW: ViewSelector = { readerClass: null, asOfDay: -1 };
