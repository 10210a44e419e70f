import { describe, expect, it } from 'vitest';
import { scanQuantities } from './quantity-scan.js';

const one = (text: string) => {
  const qs = scanQuantities(text);
  expect(qs).toHaveLength(1);
  return qs[0] as NonNullable<(typeof qs)[0]>;
};

describe('scanQuantities', () => {
  it('finds single values with their unit and position', () => {
    const q = one('bulk density 1.85 g/cm3, grain');
    expect(q).toMatchObject({ shape: 'single', kind: 'density', text: '1.85 g/cm3', start: 13 });
    expect(q.value.lo).toBeCloseTo(1850);
  });

  it('reads ranges as intervals, with mixed units', () => {
    const q = one('particle size 3-5 um');
    expect(q.shape).toBe('range');
    expect(q.value.lo).toBeCloseTo(3e-6, 12);
    expect(q.value.hi).toBeCloseTo(5e-6, 12);
    const f = one('20 Hz to 2 kHz');
    expect([f.value.lo, f.value.hi]).toEqual([20, 2000]);
    expect(one('between 12 mm and 50 mm').values).toEqual([0.012, 0.05]);
    const t = one('from -50 °C to 125 °C');
    expect(t.value.lo).toBeCloseTo(223.15);
  });

  it('reads dimension groups in their written order', () => {
    expect(one('200 x 200 x 100 mm').values).toEqual([0.2, 0.2, 0.1]);
    expect(one('120 mm by 120 mm by 50 mm').values).toEqual([0.12, 0.12, 0.05]);
    one('25x52x15 mm').values.forEach((v, i) => expect(v).toBeCloseTo([0.025, 0.052, 0.015][i] as number, 12));
    expect(one('Ø 250 x 200 mm').values).toEqual([0.25, 0.2]);
  });

  it('turns sieve sizes into particle sizes: -325 mesh passes 45 µm', () => {
    const q = one('-325 mesh');
    expect(q.value.hi).toBeCloseTo(45e-6, 12);
    expect(q.value.hiOpen).toBe(true);
    expect(one('+100 mesh').value.lo).toBeCloseTo(150e-6, 12);
  });

  it('does not mistake areas, areal densities, data sizes or codes for lengths and masses', () => {
    expect(scanQuantities('solar panels 400 W, 90W-7Ni-3Fe')).toEqual([]);
    expect(one('copper wire 2.5 mm2').kind).toBe('area');
    expect(one('paper 80 g/m2').kind).toBe('arealDensity');
    expect(one('16 GB RAM').kind).toBe('data');
    expect(scanQuantities('AK-47 rifles, MON-3, W80Cu20')).toEqual([]);
  });

  it('keeps the acceleration reading of g for context to choose', () => {
    const q = one('100 g');
    expect(q.kind).toBe('mass');
    expect(q.alt?.kind).toBe('acceleration');
    expect(q.alt?.value.lo).toBeCloseTo(980.665);
    expect(one('10 g rms').kind).toBe('acceleration');
  });

  it('reads the EU text style', () => {
    expect(one('1,72 g/cm3').value.lo).toBeCloseTo(1720);
    expect(one('0,841 MNs').value.lo).toBeCloseTo(841000);
    expect(one('1 250 micro g').value.lo).toBeCloseTo(1250e-6 * 9.80665, 9);
    expect(one('D50 250 µm').value.lo).toBeCloseTo(250e-6, 12);
  });
});
