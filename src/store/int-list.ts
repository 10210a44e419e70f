// Lists of non-negative integers read back from group_concat: one string per list is far cheaper
// than a row per value, and this loop reads 30,000 values in ~1 ms where split(',').map(Number)
// took ~4 ms (matches of a common word number in the tens of thousands).

/** The integers of a comma-separated list of decimal digits; [] for null or ''. */
export function parseIntList(list: string | null | undefined): number[] {
  const out: number[] = [];
  if (!list) return out;
  let value = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      out.push(value);
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  out.push(value);
  return out;
}
