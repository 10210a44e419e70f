// Shows parameter values and thresholds in the unit of the legal text ("1.85 g/cm3", "≤ 45 µm").
import type { Interval } from './interval.js';
import { NUM_PARAMS, type NumParam } from './parameters.js';
import { type UnitDef, formatNumber, formatSI, fromSI, unitFor } from './units.js';

function unitOf(param: NumParam): UnitDef | undefined {
  const def = NUM_PARAMS[param];
  return def.kind === 'number' ? undefined : unitFor(def.kind, def.unit);
}

export function formatValue(param: NumParam, si: number): string {
  const unit = unitOf(param);
  if (param === 'bearingGrade') return `ABEC-${formatNumber(si)}`;
  return unit ? formatSI(si, unit) : formatNumber(si);
}

export function formatInterval(param: NumParam, v: Interval): string {
  if (v.lo === v.hi) return formatValue(param, v.lo);
  const loFinite = Number.isFinite(v.lo) && !(v.lo === 0 && !v.loOpen && !Number.isFinite(v.hi));
  if (!Number.isFinite(v.hi)) return `${v.loOpen ? '>' : '>='} ${formatValue(param, v.lo)}`;
  if (!loFinite || v.lo === 0) return `${v.hiOpen ? '<' : '<='} ${formatValue(param, v.hi)}`;
  return `${formatValue(param, v.lo)} to ${formatValue(param, v.hi)}`;
}

/** The number in the parameter's display unit, for JSON output. */
export function displayNumber(param: NumParam, si: number): number {
  const unit = unitOf(param);
  const v = unit ? fromSI(si, unit) : si;
  return Number(v.toPrecision(6));
}

export function displayUnit(param: NumParam): string {
  return NUM_PARAMS[param].unit;
}
