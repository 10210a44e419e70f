// "Can be machined to any of the following products" (MTCR 6.C.3 / 1C107.a, 6.C.7.c / 1C117.c): whether
// a piece of stock contains a cylinder (Ø ≥ 120 mm, L ≥ 50 mm), a tube (ID ≥ 65 mm, wall ≥ 25 mm,
// L ≥ 50 mm) or a block (120 x 120 x 50 mm). A solid cylinder of Ø 115 mm can be bored into such a
// tube, and a block whose two larger sides are 115 mm or more can be turned into one: the text says
// "can be machined to", so those pieces are covered too.
import type { Tri } from './interval.js';
import type { Facts } from './types.js';

const MM = 1e-3;
const CYL_D = 120 * MM;
const MIN_L = 50 * MM;
const TUBE_ID = 65 * MM;
const TUBE_WALL = 25 * MM;
const TUBE_OD = TUBE_ID + 2 * TUBE_WALL;
const SLACK = 1e-9;

export interface MachinableResult {
  value: Tri;
  reason: string;
  missing?: string;
}

type Stock =
  | { shape: 'block'; sides: number[] }
  | { shape: 'cylinder'; d: number; l?: number }
  | { shape: 'tube'; od?: number; id: number; l?: number };

const mm = (m: number): string => `${Math.round((m / MM) * 10) / 10} mm`;
const ge = (a: number, b: number): boolean => a + SLACK >= b;

export function machinable(facts: Facts): MachinableResult {
  const stock = stockOf(facts);
  if (!stock) {
    return {
      value: 'unknown',
      reason: 'the dimensions of the pieces are not given',
      missing: 'dimensions of the pieces (diameter and length, or the three sides of a block)',
    };
  }
  if (stock.shape === 'block') return fromBlock(stock.sides);
  if (stock.shape === 'cylinder') return fromCylinder(stock.d, stock.l);
  return fromTube(stock.od, stock.id, stock.l);
}

function num(facts: Facts, name: 'diameter' | 'length' | 'innerDiameter' | 'wallThickness' | 'width' | 'thickness'): number | undefined {
  const v = facts.nums.get(name)?.value;
  return v && Number.isFinite(v.hi) ? v.hi : undefined;
}

function stockOf(facts: Facts): Stock | undefined {
  if (facts.dims && facts.dims.value.length === 3) return { shape: 'block', sides: facts.dims.value };
  const d = num(facts, 'diameter');
  const l = num(facts, 'length');
  const id = num(facts, 'innerDiameter');
  const wall = num(facts, 'wallThickness');
  const form = facts.form?.value;
  if (id !== undefined || form === 'tube') {
    if (id === undefined) return d === undefined ? undefined : { shape: 'tube', od: d, id: Number.NaN, l };
    const od = d ?? (wall !== undefined ? id + 2 * wall : undefined);
    return { shape: 'tube', od, id, l };
  }
  if (d !== undefined) return { shape: 'cylinder', d, l };
  const w = num(facts, 'width');
  const t = num(facts, 'thickness');
  if (w !== undefined && l !== undefined && t !== undefined) return { shape: 'block', sides: [w, l, t] };
  return undefined;
}

function fromBlock(sides: number[]): MachinableResult {
  const [a = 0, b = 0, c = 0] = [...sides].sort((x, y) => y - x);
  const text = `block ${mm(a)} x ${mm(b)} x ${mm(c)}`;
  if (ge(b, CYL_D) && ge(c, MIN_L)) return { value: true, reason: `${text} can be machined to a block of 120 x 120 x 50 mm` };
  if (ge(b, TUBE_OD) && ge(c, MIN_L)) {
    return { value: true, reason: `${text} can be machined to a tube of inner diameter 65 mm, wall 25 mm, length 50 mm` };
  }
  return { value: false, reason: `${text} is too small for a cylinder Ø120 x 50 mm, a tube ID 65 mm / wall 25 mm or a block 120 x 120 x 50 mm` };
}

function fromCylinder(d: number, l: number | undefined): MachinableResult {
  const text = `cylinder Ø${mm(d)}${l === undefined ? '' : ` x ${mm(l)}`}`;
  if (!ge(d, TUBE_OD)) {
    return { value: false, reason: `${text}: a diameter under 115 mm yields neither a cylinder of Ø120 mm nor a tube of ID 65 mm with a 25 mm wall` };
  }
  if (l === undefined) return { value: 'unknown', reason: `${text}: the length decides`, missing: 'length of the pieces (50 mm or more is controlled)' };
  if (!ge(l, MIN_L)) return { value: false, reason: `${text}: a length under 50 mm yields none of the listed products` };
  if (ge(d, CYL_D)) return { value: true, reason: `${text} meets a cylinder of diameter 120 mm or more and length 50 mm or more` };
  return { value: true, reason: `${text} can be bored into a tube of inner diameter 65 mm, wall 25 mm, length 50 mm` };
}

function fromTube(od: number | undefined, id: number, l: number | undefined): MachinableResult {
  if (od === undefined || Number.isNaN(id)) {
    return { value: 'unknown', reason: 'tube: the outer and inner diameters decide', missing: 'outer and inner diameter (or wall thickness) of the tube' };
  }
  const text = `tube OD ${mm(od)}, ID ${mm(id)}${l === undefined ? '' : `, length ${mm(l)}`}`;
  // The bore can be enlarged to 65 mm but the wall cannot grow: what counts is the wall left at ID >= 65 mm.
  const wall = (od - Math.max(id, TUBE_ID)) / 2;
  if (!ge(wall, TUBE_WALL)) return { value: false, reason: `${text}: the wall at an inner diameter of 65 mm or more is ${mm(wall)}, under 25 mm` };
  if (l === undefined) return { value: 'unknown', reason: `${text}: the length decides`, missing: 'length of the tube (50 mm or more is controlled)' };
  if (!ge(l, MIN_L)) return { value: false, reason: `${text}: a length under 50 mm yields none of the listed products` };
  return { value: true, reason: `${text} meets a tube of inner diameter 65 mm or more, wall 25 mm or more, length 50 mm or more` };
}
