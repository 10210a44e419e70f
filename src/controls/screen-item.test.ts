import { describe, expect, it } from 'vitest';
import { DemarcheError } from '../errors.js';
import { ENTRIES } from './kb/index.js';
import { screenItem } from './screen-item.js';

const get = (description: string, entry: string, params: Array<[string, string]> = []) =>
  screenItem(description, params).determinations.find((d) => d.entry === entry);

describe('the seed case (cable 07BEIJING5039)', () => {
  it('"graphite cylinders" without parameters is possible for 6.C.3 and asks for them', () => {
    const d = get('graphite cylinders', '6.C.3');
    expect(d).toMatchObject({ regime: 'MTCR', category: 'II', eu: '1C107.a', status: 'possible' });
    expect(d?.missing.join(' ')).toMatch(/bulk density.*grain size.*dimensions/s);
    expect(get('graphite cylinders', '0C004')?.status).toBe('possible');
  });

  it('"tungsten powder" without parameters is possible for 6.C.7.a and asks for them', () => {
    const d = get('tungsten powder', '6.C.7.a');
    expect(d).toMatchObject({ eu: '1C117.a', status: 'possible' });
    expect(d?.missing.join(' ')).toMatch(/tungsten content.*particle size/s);
  });

  it('with parameters over the thresholds both are controlled, with the deciding thresholds as reasons', () => {
    const g = get('graphite cylinders, bulk density 1.85 g/cm3, grain size 20 µm, 150 mm diameter x 300 mm long', '6.C.3');
    expect(g?.status).toBe('controlled');
    expect(g?.reasons).toContain('bulk density 1.85 g/cm3 >= 1.72 g/cm3');
    expect(g?.reasons).toContain('grain size 20 µm <= 100 µm');
    const w = get('tungsten powder, 99.9% W, particle size 5 µm', '6.C.7.a');
    expect(w?.status).toBe('controlled');
    expect(w?.reasons).toEqual(['content of the main element by weight 99.9% >= 97%', 'particle size 5 µm <= 50 µm']);
  });

  it('explicit parameters decide like written ones', () => {
    const d = get('graphite cylinders', '6.C.3', [['density', '1.85 g/cm3'], ['grainSize', '20um'], ['diameter', '150'], ['length', '300 mm']]);
    expect(d?.status).toBe('controlled');
  });
});

describe('three values and the boundary flag', () => {
  it('not-controlled names the failing criterion and asks nothing', () => {
    const d = get('tungsten powder 99.9% W, particle size 60 µm', '6.C.7.a');
    expect(d?.status).toBe('not-controlled');
    expect(d?.reasons).toEqual(['particle size 60 µm fails <= 50 µm: particle size of 50 x 10-6 m (50 µm) or less']);
    expect(d?.missing).toEqual([]);
  });

  it('flags a value within 1% of a threshold', () => {
    const d = get('graphite rod 1.73 g/cm3 grain 10 µm dia 130 mm length 200 mm', '6.C.3');
    expect(d?.status).toBe('controlled');
    expect(d?.flags[0]).toMatch(/bulk density 1.73 g\/cm3 is within 1% of the threshold 1.72 g\/cm3/);
  });

  it('unrelated goods get no determination', () => {
    expect(screenItem('cotton T-shirts').determinations).toEqual([]);
  });
});

describe('synonyms and units', () => {
  it.each([
    ['wolfram powder, 99.95%, 3 um', '6.C.7.a'],
    ['isostatic graphite block 1.8 g/cc grain 15 micron 200x200x100mm', '6.C.3'],
    ['fibre optic gyro 0.05 deg/hr', '9.A.4'],
    ['fiber-optic gyroscope, bias stability 0.1 °/h', '9.A.4'],
  ])('%s', (description, entry) => {
    expect(get(description, entry)?.status).toBe('controlled');
  });
});

describe('knowledge base', () => {
  it('has unique entry numbers, sources with dates, and EU numbers for MTCR entries', () => {
    const ids = ENTRIES.map((e) => e.entry);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of ENTRIES) {
      expect(e.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.criteria.length).toBeGreaterThan(0);
      if (e.regime === 'MTCR') expect(['I', 'II']).toContain(e.category);
    }
    expect(ENTRIES.find((e) => e.entry === '6.C.3')?.twins).toContain('0C004');
  });

  it('rejects a bad explicit parameter with BAD_INPUT naming it', () => {
    try {
      screenItem('graphite', [['density', '20 um']]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DemarcheError);
      expect((e as DemarcheError).code).toBe('BAD_INPUT');
      expect((e as DemarcheError).details).toEqual({ field: 'param.density' });
    }
    expect(() => screenItem('graphite', [['colour', 'red']])).toThrow(/--param colour: unknown parameter/);
    expect(() => screenItem('graphite', [['nuclearReactorUse', 'maybe']])).toThrow(/expected yes or no/);
    expect(() => screenItem('graphite', [['form', 'cloud']])).toThrow(/--param form: expected one of powder/);
  });
});
