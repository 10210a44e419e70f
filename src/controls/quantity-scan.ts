// Finds quantities in free text: single values with units, ranges ("3-5 um", "20 Hz to 2 kHz"),
// dimension groups ("200 x 200 x 100 mm", "Ø 250 x 200 mm") and sieve sizes ("-325 mesh"), each with
// its position so that the words around it can name the parameter.
import { type Interval, atLeast, atMost, point } from './interval.js';
import { NUMBER_SOURCE, parseNumberText } from './number-text.js';
import { type Kind, type UnitDef, UNITS, toSI } from './units.js';

export type Shape = 'single' | 'range' | 'group' | 'mesh';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  shape: Shape;
  unit: UnitDef;
  kind: Kind;
  /** SI value; for a range the whole span, for a bound the open side. */
  value: Interval;
  /** Dimension groups: every value in SI, in the order written. */
  values: number[];
  /** The second reading of an ambiguous unit ("g" as acceleration). */
  alt?: { kind: Kind; value: Interval; values: number[] };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function variants(u: UnitDef): string[] {
  if (!u.ci) return u.spellings;
  const out = new Set<string>();
  for (const s of u.spellings) {
    out.add(s).add(s.toLowerCase()).add(s.toUpperCase()).add(s.charAt(0).toUpperCase() + s.slice(1));
  }
  return [...out];
}

const SPELLING = new Map<string, UnitDef>();
for (const u of UNITS) for (const s of variants(u)) if (!SPELLING.has(s)) SPELLING.set(s, u);
const UNIT_SOURCE = `(?:${[...SPELLING.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})(?=$|[^A-Za-z0-9µμ²³√]|[xX×](?=\\s*\\d))`;
const N = NUMBER_SOURCE;
const SEP = String.raw`\s*(?:-|–|—|~|to|\.\.)\s*`;
const TIMES = String.raw`\s*(?:[x×X*]|by)\s*`;

const PATTERNS: Array<{ shape: Shape; re: RegExp }> = [
  { shape: 'mesh', re: /([-−+])?\s?(\d{2,3})\s*(?:-\s*)?mesh\b/gi },
  {
    shape: 'group',
    re: new RegExp(`(${N})\\s*(${UNIT_SOURCE})?${TIMES}(${N})\\s*(${UNIT_SOURCE})?(?:${TIMES}(${N}))?\\s*(${UNIT_SOURCE})`, 'g'),
  },
  {
    shape: 'range',
    re: new RegExp(`(?:between\\s+)?([-−])?(${N})\\s*(${UNIT_SOURCE})?(?:${SEP}|\\s+and\\s+)([-−+])?(${N})\\s*(${UNIT_SOURCE})`, 'g'),
  },
  { shape: 'single', re: new RegExp(`([-−+±])?(${N})\\s*(?:-\\s*)?(${UNIT_SOURCE})`, 'g') },
];

/** ASTM E11 sieve openings in µm (250 mesh is the Tyler size the EU text equates with 63 µm). */
const MESH_UM: Record<number, number> = {
  10: 2000, 12: 1700, 14: 1400, 16: 1180, 18: 1000, 20: 850, 25: 710, 30: 600, 35: 500, 40: 425, 45: 355,
  50: 300, 60: 250, 70: 212, 80: 180, 100: 150, 120: 125, 140: 106, 150: 104, 170: 90, 200: 75, 230: 63,
  250: 63, 270: 53, 325: 45, 400: 38, 450: 32, 500: 25, 635: 20,
};
const MICRON = UNITS.find((u) => u.symbol === 'µm') as UnitDef;

export function scanQuantities(text: string): Quantity[] {
  const taken: Array<[number, number]> = [];
  const out: Quantity[] = [];
  for (const { shape, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const q = build(shape, m, start, end, text);
      if (!q) continue;
      taken.push([start, end]);
      out.push(q);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function build(shape: Shape, m: RegExpExecArray, start: number, end: number, text: string): Quantity | undefined {
  const base = { start, end, text: text.slice(start, end), shape };
  if (shape === 'mesh') return buildMesh(m, base);
  if (shape === 'single') return buildSingle(m, base);
  if (shape === 'range') return buildRange(m, base);
  return buildGroup(m, base);
}

type Base = Pick<Quantity, 'start' | 'end' | 'text' | 'shape'>;

function buildMesh(m: RegExpExecArray, base: Base): Quantity | undefined {
  const um = MESH_UM[Number(m[2])];
  if (um === undefined) return undefined;
  const si = um * 1e-6;
  // "-325 mesh" passes the sieve (smaller than the opening); "+325 mesh" is retained on it.
  const value = m[1] === '+' ? atLeast(si) : atMost(si, m[1] === '-' || m[1] === '−');
  return { ...base, unit: MICRON, kind: 'length', value, values: [si] };
}

function withAlt(q: Omit<Quantity, 'alt'>, nums: number[], make: (f: (n: number) => number) => Interval): Quantity {
  const alt = q.unit.alt;
  if (!alt) return q;
  const conv = (n: number): number => n * alt.factor;
  return { ...q, alt: { kind: alt.kind, value: make(conv), values: nums.map(conv) } };
}

function buildSingle(m: RegExpExecArray, base: Base): Quantity | undefined {
  const unit = SPELLING.get(m[3] ?? '');
  let n = parseNumberText(m[2] ?? '');
  if (!unit || Number.isNaN(n)) return undefined;
  // A sign belongs to the number only for temperatures; "±50 g" is a span of 50 g.
  if ((m[1] === '-' || m[1] === '−') && unit.kind === 'temperature') n = -n;
  const make = (f: (x: number) => number): Interval => point(f(n));
  const q = { ...base, unit, kind: unit.kind, value: make((x) => toSI(x, unit)), values: [toSI(n, unit)] };
  return withAlt(q, [n], make);
}

function buildRange(m: RegExpExecArray, base: Base): Quantity | undefined {
  const unit = SPELLING.get(m[6] ?? '');
  const firstUnit = m[3] ? SPELLING.get(m[3]) : unit;
  if (/\sand\s/.test(base.text) && !/^between\b/i.test(base.text)) return undefined;
  if (!unit || !firstUnit || firstUnit.kind !== unit.kind) return undefined;
  // Signs matter only for temperatures ("-50 to 125 °C"); elsewhere a dash is the range itself.
  const signed = unit.kind === 'temperature';
  const a = parseNumberText(m[2] ?? '') * (signed && m[1] ? -1 : 1);
  const b = parseNumberText(m[5] ?? '') * (signed && m[4] && m[4] !== '+' ? -1 : 1);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  const lo = toSI(a, firstUnit);
  const hi = toSI(b, unit);
  if (!(lo <= hi)) return undefined;
  const q = { ...base, unit, kind: unit.kind, value: { lo, hi }, values: [lo, hi] };
  return withAlt(q, [a, b], (f) => ({ lo: f(a), hi: f(b) }));
}

function buildGroup(m: RegExpExecArray, base: Base): Quantity | undefined {
  const unit = SPELLING.get(m[6] ?? '');
  if (!unit || unit.kind !== 'length') return undefined;
  const nums = [m[1], m[3], m[5]].filter((s): s is string => s !== undefined).map(parseNumberText);
  if (nums.some(Number.isNaN)) return undefined;
  const values = nums.map((n) => toSI(n, unit));
  return { ...base, unit, kind: 'length', value: point(Math.max(...values)), values };
}
