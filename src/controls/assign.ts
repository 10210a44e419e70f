// Names the parameter of each quantity found in a description: by the words around it ("grain size
// 20 µm", "150 mm diameter"), by the element after a percentage ("99.9% W"), and otherwise by what
// the candidate entries ask for (an unlabelled g/cm3 under a graphite entry is the bulk density).
import { type Interval, atLeast, atMost, point } from './interval.js';
import { AFTER_LABELS, BEFORE_LABELS, type Comparator, splitAfter, splitBefore } from './labels.js';
import { NUM_PARAMS, type NumParam } from './parameters.js';
import type { Quantity } from './quantity-scan.js';
import type { Kind } from './units.js';

export interface Assignment {
  quantity: Quantity;
  param?: NumParam;
  /** Group and range assignments set several parameters from one quantity. */
  values: Array<{ param: NumParam; value: Interval }>;
}

export interface AssignContext {
  text: string;
  /** Parameters the candidate entries ask for. */
  wanted: Set<NumParam>;
  /** Chemical symbol (or name) of the item's main material, for "99.9% W". */
  mainElement?: string;
  form?: string;
  bearing: boolean;
}

const CAPABILITY = new Set<NumParam>(['pressure', 'temperature', 'force', 'thrust', 'volume', 'range', 'payload', 'totalImpulse', 'acceleration', 'frequencyMax', 'controlBandwidth', 'chamberDiameter', 'totalDose']);
const LOWER_IS_BETTER = new Set<NumParam>(['driftRate', 'biasRepeatability', 'scaleFactorRepeatability', 'cep', 'boronEquivalent', 'accuracyFraction', 'sfc']);
const ELEMENT = /^(W|Mo|Al|Zr|Be|Mg|B|C|Cr|Ni|Ti|Cu|Ag|Fe|Co|tungsten|molybdenum|alumin(?:i)?um|zirconium|beryllium|magnesium|boron|carbon|chromium|nickel|titanium|copper|silver|hydrazine)(?![\p{L}\p{N}\-/])/iu;
const SYMBOL: Record<string, string> = {
  tungsten: 'W', molybdenum: 'Mo', aluminium: 'Al', aluminum: 'Al', zirconium: 'Zr', beryllium: 'Be', magnesium: 'Mg',
  boron: 'B', carbon: 'C', chromium: 'Cr', nickel: 'Ni', titanium: 'Ti', copper: 'Cu', silver: 'Ag', hydrazine: 'N2H4',
};

export function assignAll(quantities: Quantity[], ctx: AssignContext): Assignment[] {
  return quantities.map((q, i) => assignOne(q, ctx, quantities[i - 1], quantities[i + 1]));
}

function assignOne(q: Quantity, ctx: AssignContext, prev: Quantity | undefined, next: Quantity | undefined): Assignment {
  const before = splitBefore(ctx.text.slice(Math.max(prev?.end ?? 0, lastDelimiter(ctx.text, q.start)), q.start));
  const afterEnd = Math.min(next?.start ?? ctx.text.length, nextDelimiter(ctx.text, q.end));
  const after = splitAfter(ctx.text.slice(q.end, afterEnd));
  const comparator = before.comparator ?? after.comparator;
  if (q.shape === 'group') return assignGroup(q, ctx, before.label);
  for (const reading of readings(q)) {
    const param = labelled(reading.kind, before.label, after.label, ctx) ?? byContext(reading.kind, reading.value, ctx, q);
    if (param && plausible(q, param)) return finish(q, param, reading.value, comparator);
  }
  return { quantity: q, values: [] };
}

function readings(q: Quantity): Array<{ kind: Kind; value: Interval }> {
  const main = { kind: q.kind, value: q.value };
  return q.alt ? [main, { kind: q.alt.kind, value: q.alt.value }] : [main];
}

function lastDelimiter(text: string, pos: number): number {
  const i = Math.max(text.lastIndexOf(',', pos - 1), text.lastIndexOf(';', pos - 1));
  return i < 0 ? 0 : i + 1;
}

function nextDelimiter(text: string, pos: number): number {
  const m = /[,;]/.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

function kindOf(p: NumParam): string {
  return NUM_PARAMS[p].kind;
}

function labelled(kind: Kind, before: string, after: string, ctx: AssignContext): NumParam | undefined {
  if (kind === 'fraction') {
    const el = elementParam(after, ctx) ?? elementParam(endWord(before), ctx);
    if (el) return el;
    if (/\bof (?:the )?range\b/i.test(after)) return 'accuracyFraction';
  }
  // The label next to the number decides: before it ("grain size 20 µm"), else after it ("150 mm long").
  const sides: Array<[string, Array<[NumParam, RegExp]>]> = [
    [before, BEFORE_LABELS],
    [after, AFTER_LABELS],
  ];
  for (const [text, table] of sides) {
    for (const [param, re] of table) if (kindOf(param) === kind && re.test(text)) return param;
  }
  return undefined;
}

function endWord(before: string): string {
  const m = /([\p{L}\p{N}]+)(?:\s+content)?\s*$/u.exec(before);
  return m?.[1] ?? '';
}

function elementParam(text: string, ctx: AssignContext): NumParam | undefined {
  const m = ELEMENT.exec(text.trim());
  if (!m || !m[1]) return undefined;
  const sym = SYMBOL[m[1].toLowerCase()] ?? m[1];
  if (sym === 'Cr') return 'chromium';
  if (sym === 'Ni') return 'nickel';
  if (sym === 'Ti') return 'titanium';
  return ctx.mainElement && sym.toLowerCase() === ctx.mainElement.toLowerCase() ? 'purity' : undefined;
}

const MICRO: NumParam[] = ['particleSize', 'grainSize', 'd90'];

/** With no label, the candidate entries decide: the one parameter of this kind they ask for. */
// "300 bar" after "maraging steel" is a bar of grade 300, not a pressure: bar is a pressure unit for
// pressures only, never for a tensile strength.
function plausible(q: Quantity, param: NumParam): boolean {
  return !(q.unit.symbol === 'bar' && param !== 'pressure');
}

function byContext(kind: Kind, value: Interval, ctx: AssignContext, q: Quantity): NumParam | undefined {
  const wanted = [...ctx.wanted].filter((p) => kindOf(p) === kind);
  // A frequency span ("5-3000 Hz") is the range the equipment covers.
  if (kind === 'frequency' && q.shape === 'range' && wanted.includes('frequencyMax')) return 'frequencyMax';
  if (kind === 'length') return lengthByContext(value, wanted, ctx, q.shape === 'mesh' || ['µm', 'nm'].includes(q.unit.symbol));
  if (kind === 'fraction' && wanted.includes('purity') && value.hi > 1e-3) return 'purity';
  if (kind === 'acceleration' && wanted.length > 1) return value.hi < 0.1 * 9.80665 ? 'biasRepeatability' : 'acceleration';
  if (kind === 'force' && wanted.includes('thrust')) return 'thrust';
  if (kind === 'mass' && wanted.includes('mass')) return 'mass';
  return wanted.length === 1 ? wanted[0] : undefined;
}

function lengthByContext(value: Interval, wanted: NumParam[], ctx: AssignContext, micro: boolean): NumParam | undefined {
  // Sizes written in micrometres (or as a mesh) are grains and particles; millimetres and up are pieces.
  if (micro) {
    const micro = wanted.filter((p) => MICRO.includes(p));
    if (ctx.form === 'powder' && micro.includes('particleSize')) return 'particleSize';
    return micro.includes('grainSize') ? 'grainSize' : micro[0];
  }
  const macro = wanted.filter((p) => !MICRO.includes(p));
  if (value.lo >= 1000 && macro.includes('range')) return 'range';
  if ((ctx.form === 'plate' || ctx.form === 'foil') && macro.includes('thickness')) return 'thickness';
  if ((ctx.form === 'wire' || ctx.form === 'cylinder' || ctx.form === 'bar') && macro.includes('diameter')) return 'diameter';
  return macro.length === 1 ? macro[0] : undefined;
}

/** Applies comparison words: "max 45 µm" bounds a specification but states a capability. */
function finish(q: Quantity, param: NumParam, value: Interval, comparator: Comparator | undefined): Assignment {
  const def = NUM_PARAMS[param];
  let v = value;
  if (q.shape === 'range' && (param === 'frequencyMin' || param === 'frequencyMax')) {
    return { quantity: q, param, values: [{ param: 'frequencyMin', value: point(v.lo) }, { param: 'frequencyMax', value: point(v.hi) }] };
  }
  if (comparator && q.shape === 'single') v = bounded(v.lo, param, comparator);
  // A powder's or a grain's size is its largest stated size: "2-5 µm" and "-325 mesh" read as 5 and 45 µm.
  if ('distribution' in def && def.distribution && Number.isFinite(v.hi)) v = point(v.hi);
  return { quantity: q, param, values: [{ param, value: v }] };
}

function bounded(n: number, param: NumParam, c: Comparator): Interval {
  const cmp = c === 'better' ? (LOWER_IS_BETTER.has(param) ? 'lt' : 'gt') : c;
  if (cmp === 'max') return CAPABILITY.has(param) ? point(n) : atMost(n);
  if (cmp === 'le') return atMost(n);
  if (cmp === 'lt') return atMost(n, true);
  if (cmp === 'ge') return atLeast(n);
  return atLeast(n, true);
}

function assignGroup(q: Quantity, ctx: AssignContext, before: string): Assignment {
  const vals = q.values.map(point);
  if (vals.length === 3 && ctx.bearing) {
    const [bore, od, width] = vals as [Interval, Interval, Interval];
    return { quantity: q, values: [{ param: 'innerDiameter', value: bore }, { param: 'diameter', value: od }, { param: 'width', value: width }] };
  }
  if (vals.length === 2) {
    const round = /(?:^|[^\p{L}])(?:ø|⌀|φ|dia\.?|diameter|o\.?d\.?|od)$/iu.test(before.trim());
    if (round || ['cylinder', 'bar', 'wire', 'tube'].includes(ctx.form ?? '')) {
      const [d, l] = vals as [Interval, Interval];
      return { quantity: q, values: [{ param: 'diameter', value: d }, { param: 'length', value: l }] };
    }
  }
  return { quantity: q, values: [] };
}
