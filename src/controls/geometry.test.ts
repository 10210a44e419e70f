import { describe, expect, it } from 'vitest';
import { machinable } from './geometry.js';
import { point } from './interval.js';
import type { Facts } from './types.js';

const mm = (entries: Record<string, number>, extra: Partial<Facts> = {}): Facts => ({
  concepts: [],
  flags: new Map(),
  nums: new Map(Object.entries(entries).map(([k, v]) => [k as never, { value: point(v / 1000), text: k, source: 'text' as const }])),
  ...extra,
});
const block = (a: number, b: number, c: number): Facts => ({ ...mm({}), dims: { value: [a / 1000, b / 1000, c / 1000], text: '', source: 'text' } });

describe('"can be machined to" a cylinder, tube or block of the listed sizes', () => {
  it('cylinders: Ø120 x 50 mm and over are in; Ø115 mm can still be bored into the listed tube', () => {
    expect(machinable(mm({ diameter: 150, length: 300 })).value).toBe(true);
    expect(machinable(mm({ diameter: 120, length: 50 })).value).toBe(true);
    expect(machinable(mm({ diameter: 118, length: 100 })).reason).toMatch(/bored into a tube/);
    expect(machinable(mm({ diameter: 112, length: 100 })).value).toBe(false);
    expect(machinable(mm({ diameter: 400, length: 40 })).value).toBe(false);
    expect(machinable(mm({ diameter: 200 })).value).toBe('unknown');
  });

  it('blocks: the two larger sides and the smallest decide, in any order', () => {
    expect(machinable(block(200, 200, 100)).value).toBe(true);
    expect(machinable(block(50, 120, 120)).value).toBe(true);
    expect(machinable(block(130, 116, 60)).value).toBe(true);
    expect(machinable(block(130, 110, 60)).value).toBe(false);
    expect(machinable(block(300, 300, 40)).value).toBe(false);
  });

  it('tubes: the wall left at an inner diameter of 65 mm or more must be 25 mm', () => {
    expect(machinable(mm({ diameter: 200, innerDiameter: 100, length: 500 })).value).toBe(true);
    expect(machinable(mm({ diameter: 160, innerDiameter: 120, length: 300 })).value).toBe(false);
    expect(machinable(mm({ diameter: 112, innerDiameter: 40, length: 100 })).value).toBe(false);
    expect(machinable(mm({ diameter: 116, innerDiameter: 40, length: 100 })).value).toBe(true);
    expect(machinable(mm({ innerDiameter: 150 })).value).toBe('unknown');
  });

  it('asks for the dimensions when none are given', () => {
    const r = machinable(mm({}));
    expect(r.value).toBe('unknown');
    expect(r.missing).toMatch(/dimensions of the pieces/);
  });
});
