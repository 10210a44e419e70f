// The parameters an item screening reports: every quantity with the name it was given, the named
// materials and products, the form and the yes/no features, each with the words it came from.
import { displayNumber, displayUnit, formatInterval } from './display.js';
import type { QuantityReport } from './extract.js';
import { NUM_PARAMS } from './parameters.js';
import type { Facts } from './types.js';

export interface ParameterReport {
  name: string;
  label?: string;
  value?: number | string | boolean | number[];
  min?: number;
  max?: number;
  unit?: string;
  display?: string;
  text: string;
  source: 'text' | 'explicit' | 'derived';
}

export function reportParameters(facts: Facts, quantities: QuantityReport[]): ParameterReport[] {
  const out: ParameterReport[] = [];
  const seen = new Set<string>();
  for (const c of facts.concepts) {
    const helper = ['compound', 'rocket context', 'arms-heavy', 'salw'].includes(c.id);
    if (c.role !== 'item' || (c.kind !== 'material' && c.kind !== 'product') || helper || seen.has(c.id)) continue;
    seen.add(c.id);
    out.push({ name: c.id.startsWith('arms:') ? 'arms' : 'material', value: c.id.replace(/^arms:/, ''), text: c.text, source: c.start < 0 ? 'explicit' : 'text' });
  }
  if (facts.form) out.push({ name: 'form', value: facts.form.value, text: facts.form.text, source: facts.form.source });
  if (facts.condition) out.push({ name: 'condition', value: facts.condition.value, text: facts.condition.text, source: facts.condition.source });
  if (facts.infiltrant) out.push({ name: 'infiltrant', value: facts.infiltrant.value, text: facts.infiltrant.text, source: facts.infiltrant.source });
  for (const [name, k] of facts.flags) out.push({ name, value: k.value, text: k.text, source: k.source });
  for (const [name, k] of facts.nums) {
    const v = k.value;
    const range = v.lo === v.hi ? { value: displayNumber(name, v.lo) } : boundsOf(name, v.lo, v.hi);
    out.push({ name, label: NUM_PARAMS[name].label, ...range, unit: displayUnit(name), display: formatInterval(name, v), text: k.text, source: k.source });
  }
  if (facts.dims) out.push({ name: 'dimensions', value: facts.dims.value.map((m) => Math.round(m * 1e7) / 1e4), unit: 'mm', text: facts.dims.text, source: facts.dims.source });
  for (const q of quantities) if (!q.param && q.text !== facts.dims?.text) out.push({ name: 'unassigned', text: q.text, source: 'text' });
  return out;
}

function boundsOf(name: keyof typeof NUM_PARAMS, lo: number, hi: number): { min?: number; max?: number } {
  return {
    ...(Number.isFinite(lo) && lo !== 0 ? { min: displayNumber(name, lo) } : {}),
    ...(Number.isFinite(hi) ? { max: displayNumber(name, hi) } : {}),
  };
}
