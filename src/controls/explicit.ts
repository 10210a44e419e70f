// Parameters given explicitly (`--param density=1.85g/cm3`, `--param form=cylinder`), validated
// against the parameter catalogue: a wrong name, unit or value is a BAD_INPUT naming the field.
import { DemarcheError } from '../errors.js';
import { scanConcepts } from './concept-scan.js';
import { type Interval, point } from './interval.js';
import { CONDITIONS, FLAGS, FORMS, type Form, INFILTRANTS, NUM_PARAMS, isFlag, isNumParam } from './parameters.js';
import { scanQuantities } from './quantity-scan.js';
import type { ConceptHit, Facts, Known } from './types.js';
import { toSI, unitFor } from './units.js';

export const CATEGORICAL = ['material', 'form', 'condition', 'infiltrant', 'dimensions'] as const;

export function explicitNames(): string[] {
  return [...Object.keys(NUM_PARAMS), ...Object.keys(FLAGS), ...CATEGORICAL];
}

function bad(name: string, message: string): DemarcheError {
  return new DemarcheError('BAD_INPUT', `--param ${name}: ${message}`, { details: { field: `param.${name}` } });
}

/** Applies explicit parameters to the facts; they override what the description says. */
export function applyExplicit(pairs: Array<[string, string]>, facts: Facts): void {
  for (const [name, raw] of pairs) {
    const value = raw.trim();
    if (value === '') throw bad(name, 'empty value');
    if (isNumParam(name)) facts.nums.set(name, { value: parseNumeric(name, value), text: `${name}=${value}`, source: 'explicit' });
    else if (isFlag(name)) facts.flags.set(name, known(parseYesNo(name, value), `${name}=${value}`));
    else if (name === 'material') facts.concepts.push(...parseMaterial(value));
    else if (name === 'form') facts.form = known(parseForm(value), `form=${value}`);
    else if (name === 'condition') facts.condition = known(oneOf(name, value, CONDITIONS, { annealed: 'solution annealed', aged: 'precipitation hardened' }), `condition=${value}`);
    else if (name === 'infiltrant') facts.infiltrant = known(oneOf(name, value, INFILTRANTS, {}), `infiltrant=${value}`);
    else if (name === 'dimensions') facts.dims = known(parseDimensions(value), `dimensions=${value}`);
    else throw bad(name, `unknown parameter; known: ${explicitNames().join(', ')}`);
  }
}

const known = <T>(value: T, text: string): Known<T> => ({ value, text, source: 'explicit' });

function parseNumeric(name: keyof typeof NUM_PARAMS, value: string): Interval {
  const def = NUM_PARAMS[name];
  const bare = /^\s*([<>]=?|≤|≥)?\s*(\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$/i.exec(value);
  if (bare) {
    const n = Number(bare[2]);
    const si = def.kind === 'number' ? n : toSI(n, unitFor(def.kind, def.unit));
    return bound(bare[1], si);
  }
  if (def.kind === 'number') throw bad(name, `expected a plain number, got "${value}"`);
  const q = scanQuantities(value)[0];
  const reading = q && (q.kind === def.kind ? q.value : q.alt?.kind === def.kind ? q.alt.value : undefined);
  if (!q || !reading) {
    throw bad(name, `expected a ${def.label} in a unit such as ${def.unit} (e.g. ${name}=1.5${def.unit}), got "${value}"`);
  }
  const op = /^\s*([<>]=?|≤|≥)/.exec(value)?.[1];
  return op && reading.lo === reading.hi ? bound(op, reading.lo) : reading;
}

function bound(op: string | undefined, v: number): Interval {
  if (op === '<') return { lo: 0, hi: v, hiOpen: true };
  if (op === '<=' || op === '≤') return { lo: 0, hi: v };
  if (op === '>') return { lo: v, hi: Infinity, loOpen: true };
  if (op === '>=' || op === '≥') return { lo: v, hi: Infinity };
  return point(v);
}

function parseYesNo(name: string, value: string): boolean {
  if (/^(?:yes|y|true|1)$/i.test(value)) return true;
  if (/^(?:no|n|false|0)$/i.test(value)) return false;
  throw bad(name, `expected yes or no, got "${value}"`);
}

function parseMaterial(value: string): ConceptHit[] {
  const hits = scanConcepts(value).filter((c) => c.def.kind === 'material' || c.def.kind === 'product');
  if (hits.length === 0) throw bad('material', `"${value}" names no material or product demarche knows (e.g. graphite, tungsten, gyro)`);
  return hits.flatMap((h) => h.def.ids.map((id) => ({ id, kind: h.def.kind, role: 'item' as const, text: value, start: -1, end: -1 })));
}

function parseForm(value: string): Form {
  if ((FORMS as readonly string[]).includes(value)) return value as Form;
  const form = scanConcepts(value).find((c) => c.def.form)?.def.form;
  if (!form) throw bad('form', `expected one of ${FORMS.join(', ')}, got "${value}"`);
  return form;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], aliases: Record<string, T>): T {
  const v = value.toLowerCase();
  const hit = allowed.find((a) => a === v) ?? aliases[v];
  if (!hit) throw bad(name, `expected one of ${allowed.join(', ')}, got "${value}"`);
  return hit;
}

function parseDimensions(value: string): number[] {
  const q = scanQuantities(value)[0];
  if (!q || q.shape !== 'group' || q.values.length !== 3) {
    throw bad('dimensions', `expected three lengths such as 200x200x100mm, got "${value}"`);
  }
  return q.values;
}
