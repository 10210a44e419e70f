// A measured value as an interval in SI units: a point (1.85), a bound ("< 5 ppm", "max 45 µm") or a
// range ("2-5 µm"). Predicates are decided on the whole interval, so an imprecise value is
// 'unknown' rather than guessed.

export interface Interval {
  lo: number;
  hi: number;
  /** True when the bound itself is excluded ("< 5" has hi 5, hiOpen). */
  loOpen?: boolean;
  hiOpen?: boolean;
}

export type Tri = true | false | 'unknown';

export const point = (v: number): Interval => ({ lo: v, hi: v });
export const atMost = (v: number, open = false): Interval => ({ lo: 0, hi: v, hiOpen: open });
export const atLeast = (v: number, open = false): Interval => ({ lo: v, hi: Infinity, loOpen: open });
export const isPoint = (i: Interval): boolean => i.lo === i.hi;

// Values come from decimal text converted by float factors (50 µm = 50 * 1e-6 m), so equality is
// judged with a relative tolerance far below any legal threshold's precision.
const EPS = 1e-9;
export function approxEq(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= EPS * Math.max(Math.abs(a), Math.abs(b));
}
const ge = (a: number, b: number): boolean => a > b || approxEq(a, b);
const gt = (a: number, b: number): boolean => a > b && !approxEq(a, b);

export type Op = '>=' | '>' | '<=' | '<';

/** Every value in the interval satisfies `x op t` → true; none does → false; else unknown. */
export function compare(i: Interval, op: Op, t: number): Tri {
  switch (op) {
    case '>=':
      if (ge(i.lo, t)) return true;
      if (gt(t, i.hi) || (approxEq(i.hi, t) && i.hiOpen)) return false;
      return 'unknown';
    case '>':
      if (gt(i.lo, t) || (approxEq(i.lo, t) && i.loOpen)) return true;
      if (ge(t, i.hi)) return false;
      return 'unknown';
    case '<=':
      if (ge(t, i.hi)) return true;
      if (gt(i.lo, t) || (approxEq(i.lo, t) && i.loOpen)) return false;
      return 'unknown';
    case '<':
      if (gt(t, i.hi) || (approxEq(i.hi, t) && i.hiOpen)) return true;
      if (ge(i.lo, t)) return false;
      return 'unknown';
  }
}

/** Inclusive "between a and b". */
export function between(i: Interval, a: number, b: number): Tri {
  return and([compare(i, '>=', a), compare(i, '<=', b)]);
}

export function and(values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : 'unknown';
}

export function or(values: Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.length > 0 && values.every((v) => v === false) ? false : 'unknown';
}

/** A value is flagged when it lies within 1% of the threshold it is compared with. */
export function nearThreshold(i: Interval, t: number, fraction = 0.01): boolean {
  const tol = Math.abs(t) * fraction + 1e-15;
  return [i.lo, i.hi].some((v) => Number.isFinite(v) && Math.abs(v - t) <= tol);
}
