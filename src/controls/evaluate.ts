// Three-valued evaluation of a criterion against the facts of an item: true (met, with the reason),
// false (failed, naming the criterion), or unknown (with the question that would decide it). A value
// within 1% of a threshold is flagged whichever way it falls.
import { formatInterval, formatValue } from './display.js';
import { machinable } from './geometry.js';
import { type Interval, type Op, type Tri, and, between, compare, nearThreshold, or } from './interval.js';
import { FLAGS, NUM_PARAMS, type NumParam } from './parameters.js';
import type { Criterion, Facts, Known } from './types.js';

export interface Outcome {
  value: Tri;
  reasons: string[];
  missing: string[];
  flags: string[];
}

const outcome = (value: Tri, reasons: string[] = [], missing: string[] = [], flags: string[] = []): Outcome => ({ value, reasons, missing, flags });

export function evaluate(c: Criterion, facts: Facts): Outcome {
  switch (c.kind) {
    case 'quantity':
      return quantity(c.param, c.fallback ?? [], facts, (v) => compare(v, c.op, c.value), `${c.op} ${formatValue(c.param, c.value)}`, [c.value], c.text);
    case 'between':
      return quantity(c.param, [], facts, (v) => between(v, c.lo, c.hi), `between ${formatValue(c.param, c.lo)} and ${formatValue(c.param, c.hi)}`, [c.lo, c.hi], c.text);
    case 'flag':
      return flag(c.flag, c.want, c.assume, c.text, facts);
    case 'form':
      return named('form', facts.form, (v) => c.allowed.includes(v), c.text, 'What form are the goods in');
    case 'notForm':
      return facts.form && c.excluded.includes(facts.form.value)
        ? outcome(false, [`form ${facts.form.value} ("${facts.form.text}"): ${c.text}`])
        : outcome(true, facts.form ? [`form ${facts.form.value}`] : []);
    case 'condition':
      return named('condition', facts.condition, (v) => c.allowed.includes(v), c.text, 'Is the steel in the solution annealed or the precipitation hardened (aged) stage');
    case 'infiltrant':
      return named('composition', facts.infiltrant, (v) => c.allowed.includes(v), c.text, 'Is the tungsten copper or silver infiltrated');
    case 'named': {
      const hit = facts.concepts.find((h) => c.concepts.includes(h.id) && h.role === 'item');
      return hit ? outcome(true, [`"${hit.text}": ${c.text}`]) : outcome('unknown', [], [`Is it ${c.text}?`]);
    }
    case 'machinable': {
      const m = machinable(facts);
      return outcome(m.value, [m.reason], m.missing ? [`${m.missing}? (${c.text})`] : []);
    }
    case 'dimension':
      return dimension(c.which, c.op, c.value, c.text, facts);
    case 'any':
      return combine(c.of.map((x) => evaluate(x, facts)), 'any', c.text);
    case 'all':
      return combine(c.of.map((x) => evaluate(x, facts)), 'all', c.text);
  }
}

function known(facts: Facts, param: NumParam, fallback: NumParam[]): [NumParam, Known<Interval>] | undefined {
  for (const p of [param, ...fallback]) {
    const k = facts.nums.get(p);
    if (k) return [p, k];
  }
  return undefined;
}

function quantity(
  param: NumParam,
  fallback: NumParam[],
  facts: Facts,
  test: (v: Interval) => Tri,
  rule: string,
  thresholds: number[],
  text: string,
): Outcome {
  const found = known(facts, param, fallback);
  const label = NUM_PARAMS[param].label;
  if (!found) return outcome('unknown', [], [`What is the ${label}? Controlled: ${text}`]);
  const [p, k] = found;
  const shown = `${NUM_PARAMS[p].label} ${formatInterval(p, k.value)}`;
  const value = test(k.value);
  const near = thresholds.filter((t) => nearThreshold(k.value, t));
  const flags = near.map((t) => `${shown} is within 1% of the threshold ${formatValue(param, t)} (${text})`);
  if (value === true) return outcome(true, [`${shown} ${rule}`], [], flags);
  if (value === false) return outcome(false, [`${shown} fails ${rule}: ${text}`], [], flags);
  return outcome('unknown', [], [`${shown} does not decide ${rule}; what is the exact ${label}? Controlled: ${text}`], flags);
}

function flag(name: keyof typeof FLAGS, want: boolean, assume: boolean | undefined, text: string, facts: Facts): Outcome {
  const k = facts.flags.get(name);
  const value = k?.value ?? assume;
  if (value === undefined) return outcome('unknown', [], [`Is it ${FLAGS[name]}? (${text})`]);
  const basis = k ? `stated: "${k.text}"` : 'not stated, taken as no';
  if (value === want) return outcome(true, [want ? `${FLAGS[name]} (${basis})` : `not ${FLAGS[name]} (${basis})`]);
  return outcome(false, [want ? `not ${FLAGS[name]} (${basis}): ${text}` : `${FLAGS[name]} (${basis}): ${text}`]);
}

function named<T extends string>(what: string, k: Known<T> | undefined, ok: (v: T) => boolean, text: string, question: string): Outcome {
  if (!k) return outcome('unknown', [], [`${question}? (${text})`]);
  if (ok(k.value)) return outcome(true, [`${what} ${k.value} ("${k.text}"): ${text}`]);
  return outcome(false, [`${what} ${k.value} ("${k.text}") fails: ${text}`]);
}

function dimension(which: 'largest' | 'smallest', op: Op, value: number, text: string, facts: Facts): Outcome {
  const { sizes, complete } = pieceSizes(facts);
  const mm = (m: number): string => `${Math.round(m * 1e4) / 10} mm`;
  if (sizes.length === 0) return outcome('unknown', [], [`What are the dimensions of the pieces? (${text})`]);
  const extreme = which === 'largest' ? Math.max(...sizes) : Math.min(...sizes);
  const r = compare({ lo: extreme, hi: extreme }, op, value);
  // Without all dimensions only one direction can be decided: a known side over the limit.
  const decided: Tri = complete ? r : which === 'largest' ? (r === true ? true : 'unknown') : r === false ? false : 'unknown';
  const shown = `${which} dimension ${complete ? '' : 'known '}${mm(extreme)}`;
  if (decided === true) return outcome(true, [`${shown} ${op} ${mm(value)}`]);
  if (decided === false) return outcome(false, [`${shown} fails ${op} ${mm(value)}: ${text}`]);
  return outcome('unknown', [], [`What are all the dimensions of the pieces? (${text})`]);
}

function pieceSizes(facts: Facts): { sizes: number[]; complete: boolean } {
  if (facts.dims) return { sizes: facts.dims.value, complete: true };
  const get = (p: NumParam): number | undefined => facts.nums.get(p)?.value.hi;
  const d = get('diameter');
  const l = get('length');
  const w = get('width');
  const t = get('thickness');
  // An inner diameter or a wall is a lower bound of some dimension: enough to show a piece is large.
  const lower = [get('innerDiameter'), get('wallThickness')].filter((x): x is number => x !== undefined && Number.isFinite(x));
  const sizes = [d, l, w, t, ...(d === undefined ? lower : [])].filter((x): x is number => x !== undefined && Number.isFinite(x));
  const complete = (d !== undefined && l !== undefined) || (w !== undefined && l !== undefined && t !== undefined);
  return { sizes, complete };
}

function combine(parts: Outcome[], mode: 'any' | 'all', text: string): Outcome {
  const value = mode === 'any' ? or(parts.map((p) => p.value)) : and(parts.map((p) => p.value));
  const flags = parts.flatMap((p) => p.flags);
  if (value === true) {
    const shown = mode === 'any' ? parts.filter((p) => p.value === true).slice(0, 1) : parts;
    return outcome(true, shown.flatMap((p) => p.reasons), [], flags);
  }
  if (value === false) {
    const failing = mode === 'any' ? parts : parts.filter((p) => p.value === false);
    const reasons = failing.flatMap((p) => p.reasons);
    return outcome(false, mode === 'any' ? [`none of: ${text} (${reasons.join('; ')})`] : reasons, [], flags);
  }
  const open = parts.filter((p) => p.value === 'unknown').flatMap((p) => p.missing);
  return outcome('unknown', parts.filter((p) => p.value === true).flatMap((p) => p.reasons), [...new Set(open)], flags);
}
