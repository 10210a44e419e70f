import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, atLeast, atMost, between, compare, nearThreshold, or, point } from './interval.js';

describe('every predicate operator, on points, bounds and ranges', () => {
  it('">=" ("or greater", "or more"): the threshold itself is met', () => {
    expect(compare(point(1.72), '>=', 1.72)).toBe(true);
    expect(compare(point(1.71), '>=', 1.72)).toBe(false);
    expect(compare(atLeast(2), '>=', 1.72)).toBe(true);
    expect(compare(atMost(1.72, true), '>=', 1.72)).toBe(false);
    expect(compare({ lo: 1.6, hi: 1.8 }, '>=', 1.72)).toBe('unknown');
  });

  it('">" ("greater than", "exceeding"): the threshold itself is not met', () => {
    expect(compare(point(1.5), '>', 1.5)).toBe(false);
    expect(compare(point(1.51), '>', 1.5)).toBe(true);
    expect(compare(atLeast(1.5, true), '>', 1.5)).toBe(true);
    expect(compare(atLeast(1.5), '>', 1.5)).toBe('unknown');
  });

  it('"<=" ("or less"): the threshold itself is met', () => {
    expect(compare(point(100e-6), '<=', 100e-6)).toBe(true);
    expect(compare(point(101e-6), '<=', 100e-6)).toBe(false);
    expect(compare(atMost(45e-6, true), '<=', 50e-6)).toBe(true);
    expect(compare(atLeast(45e-6, true), '<=', 45e-6)).toBe(false);
  });

  it('"<" ("less than", "better than"): the threshold itself is not met', () => {
    expect(compare(point(0.5), '<', 0.5)).toBe(false);
    expect(compare(point(0.498), '<', 0.5)).toBe(true);
    expect(compare(atMost(5, true), '<', 5)).toBe(true);
    expect(compare(atMost(5), '<', 5)).toBe('unknown');
  });

  it('"between A and B" includes both ends', () => {
    expect(between(point(12), 12, 50)).toBe(true);
    expect(between(point(50), 12, 50)).toBe(true);
    expect(between(point(11.9), 12, 50)).toBe(false);
    expect(between({ lo: 40, hi: 60 }, 12, 50)).toBe('unknown');
  });

  it('judges equality with a tolerance, so unit conversions do not flip a threshold', () => {
    expect(compare(point(50 * 1e-6), '<=', 50e-6)).toBe(true);
    expect(compare(point(0.1 + 0.2), '>=', 0.3)).toBe(true);
  });

  it('combines three values: false wins in and, true wins in or', () => {
    expect(and([true, 'unknown'])).toBe('unknown');
    expect(and([true, 'unknown', false])).toBe(false);
    expect(or([false, 'unknown'])).toBe('unknown');
    expect(or([false, 'unknown', true])).toBe(true);
    expect(or([])).toBe('unknown');
  });

  it('a point is never unknown and agrees with plain comparison', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v, t) => {
        const gap = Math.abs(v - t) > 1e-6 * Math.max(Math.abs(v), Math.abs(t), 1);
        if (!gap) return;
        expect(compare(point(v), '>=', t)).toBe(v >= t);
        expect(compare(point(v), '<', t)).toBe(v < t);
      }),
    );
  });
});

describe('boundary flag: within 1% of a threshold', () => {
  it('flags 1.73 against 1.72 and 0.498 against 0.5, not 1.70 against 1.72', () => {
    expect(nearThreshold(point(1.73), 1.72)).toBe(true);
    expect(nearThreshold(point(0.498), 0.5)).toBe(true);
    expect(nearThreshold(point(1.7), 1.72)).toBe(false);
    expect(nearThreshold(point(68.95e6), 69e6)).toBe(true);
  });

  it('flags either side at exactly 1%', () => {
    expect(nearThreshold(point(101), 100)).toBe(true);
    expect(nearThreshold(point(99), 100)).toBe(true);
    expect(nearThreshold(point(98.9), 100)).toBe(false);
  });
});
