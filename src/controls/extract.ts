// Turns a plain-words description into facts: the concepts it names, the form, yes/no features, and
// each quantity under its parameter. Quantities without a label are named by what the candidate
// entries ask for, so extraction takes the set of wanted parameters from the caller.
import { assignAll } from './assign.js';
import type { ConceptMatch } from './concept-scan.js';
import { type Interval, point } from './interval.js';
import type { NumParam } from './parameters.js';
import { type Quantity, scanQuantities } from './quantity-scan.js';
import type { Facts } from './types.js';
import { scanUnitless } from './unitless.js';

export interface QuantityReport {
  text: string;
  param?: NumParam;
}

const MAIN_ELEMENT: Record<string, string> = {
  tungsten: 'W', 'tungsten carbide': 'W', molybdenum: 'Mo', aluminium: 'Al', zirconium: 'Zr', beryllium: 'Be',
  magnesium: 'Mg', boron: 'B', graphite: 'C', hydrazine: 'N2H4',
};

/** Facts that follow from the named concepts alone: form, features, condition, infiltrant. */
export function factsFromConcepts(text: string, concepts: ConceptMatch[]): Facts {
  const facts: Facts = { concepts: [], nums: new Map(), flags: new Map() };
  for (const c of concepts) {
    facts.concepts.push(...c.def.ids.map((id) => ({ id, kind: c.def.kind, role: c.role, text: c.text, start: c.start, end: c.end })));
    const flags = { ...c.def.flags, ...(c.role === 'purpose' ? c.def.purposeFlags : {}) };
    for (const [name, value] of Object.entries(flags)) {
      if (!facts.flags.has(name as keyof typeof flags)) facts.flags.set(name as keyof typeof flags, { value: value as boolean, text: c.text, source: 'text' });
    }
    if (c.def.form && !facts.form && c.role !== 'purpose') facts.form = { value: c.def.form, text: c.text, source: 'text' };
    if (c.def.condition && !facts.condition) facts.condition = { value: c.def.condition, text: c.text, source: 'text' };
    if (c.def.infiltrant && !facts.infiltrant) facts.infiltrant = { value: c.def.infiltrant, text: c.text, source: 'text' };
  }
  alloyMeansSintered(text, facts);
  return facts;
}

// "Tungsten alloy" and heavy alloys (W-Ni-Fe, W-Ni-Cu) are sintered alloys; an infiltrated composite is
// named as such ("copper infiltrated", "W-Cu"). Without either word the question stays open.
function alloyMeansSintered(text: string, facts: Facts): void {
  if (facts.infiltrant) return;
  const alloy = facts.concepts.some((c) => (c.id === 'tungsten' || c.id === 'molybdenum') && /alloy|WHA/i.test(c.text));
  if (alloy && !/copper|silver|\bCu\b|\bAg\b|infiltrat/i.test(text.replace(/Ni-?Cu/gi, ''))) {
    facts.infiltrant = { value: 'none', text: 'alloy', source: 'derived' };
  }
}

export function mainElement(facts: Facts): string | undefined {
  for (const c of facts.concepts) if (c.role === 'item' && MAIN_ELEMENT[c.id]) return MAIN_ELEMENT[c.id];
  return undefined;
}

/** Adds the quantities of the text to the facts; returns every quantity with the parameter it got. */
export function addQuantities(text: string, facts: Facts, wanted: Set<NumParam>): QuantityReport[] {
  compositionCode(text, facts);
  const quantities = scanQuantities(text);
  const ctx = {
    text,
    wanted,
    ...(mainElement(facts) ? { mainElement: mainElement(facts) } : {}),
    ...(facts.form ? { form: facts.form.value } : {}),
    bearing: facts.concepts.some((c) => c.id === 'ball bearing' && c.role === 'item'),
  };
  const reports: QuantityReport[] = [];
  for (const a of assignAll(quantities, ctx)) {
    for (const { param, value } of a.values) setNum(facts, param, value, a.quantity.text);
    if (a.values.length === 0 && a.quantity.shape === 'group' && a.quantity.values.length === 3 && !facts.dims) {
      facts.dims = { value: a.quantity.values, text: a.quantity.text, source: 'text' };
      reports.push({ text: a.quantity.text });
      continue;
    }
    reports.push({ text: a.quantity.text, ...(a.values[0] ? { param: a.values[0].param } : {}) });
  }
  for (const u of scanUnitless(text, ctx.bearing)) setNum(facts, u.param, u.value, u.text);
  deriveFacts(facts);
  return reports;
}

function setNum(facts: Facts, param: NumParam, value: Interval, text: string): void {
  // The first statement of a parameter wins; a later one is usually a different part ("max 45 µm").
  if (!facts.nums.has(param)) facts.nums.set(param, { value, text, source: 'text' });
}

// Alloy codes give the tungsten share: "W80Cu20", "W-Cu 80/20" (composites), "90W-7Ni-3Fe",
// "W90Ni7Fe3" (heavy alloys).
const COMPOSITION_CODES: Array<[RegExp, number]> = [
  [/\bW\s?-?(\d{2}(?:\.\d+)?)\s?-?(?:Cu|Ag|Ni|Fe|Co)\s?\d{1,2}(?:\.\d+)?/, 1],
  [/\bW\s?-\s?(?:Cu|Ag)\s?(\d{2})\s?\/\s?\d{1,2}\b/, 1],
  [/\b(\d{2}(?:\.\d+)?)\s?W\s?-\s?\d{1,2}(?:\.\d+)?\s?(?:Ni|Fe|Cu|Co|Ag)\b/, 1],
];

function compositionCode(text: string, facts: Facts): void {
  for (const [re, group] of COMPOSITION_CODES) {
    const m = re.exec(text);
    const share = m ? Number(m[group]) : Number.NaN;
    if (m && share > 0 && share <= 100 && !facts.nums.has('purity')) {
      facts.nums.set('purity', { value: point(share / 100), text: m[0], source: 'text' });
      return;
    }
  }
}

/** Fills parameters that follow from others: wall from diameters, accuracy from CEP and range. */
export function deriveFacts(facts: Facts): void {
  const get = (p: NumParam): number | undefined => {
    const v = facts.nums.get(p)?.value;
    return v && v.lo === v.hi ? v.lo : undefined;
  };
  const set = (p: NumParam, v: number, text: string): void => {
    if (!facts.nums.has(p)) facts.nums.set(p, { value: point(v), text, source: 'derived' });
  };
  const d = get('diameter');
  const id = get('innerDiameter');
  const wall = get('wallThickness');
  const bearing = facts.concepts.some((c) => c.id === 'ball bearing');
  if (d !== undefined && id !== undefined && !bearing) set('wallThickness', (d - id) / 2, 'from outer and inner diameter');
  if (d !== undefined && wall !== undefined && id === undefined && facts.form?.value === 'tube') {
    set('innerDiameter', d - 2 * wall, 'from outer diameter and wall thickness');
  }
  // Specific strength and modulus: the value divided by the weight density (ρ·g), in metres.
  const rho = get('density');
  const uts = get('tensileStrength');
  const mod = get('modulus');
  if (rho && uts) set('specificStrength', uts / (rho * 9.80665), 'tensile strength / (density x g)');
  if (rho && mod) set('specificModulus', mod / (rho * 9.80665), 'modulus / (density x g)');
  const cep = get('cep');
  const range = get('range');
  if (cep !== undefined && range !== undefined && range > 0) set('accuracyFraction', cep / range, 'CEP divided by range');
}

export type { Quantity };
