import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { point } from './interval.js';
import { all, any, between, condition, dimension, flag, form, named, notForm, q } from './kb/build.js';
import type { Facts } from './types.js';

const facts = (over: Partial<Facts> = {}): Facts => ({ concepts: [], nums: new Map(), flags: new Map(), ...over });
const nums = (entries: Array<[string, number]>): Facts['nums'] =>
  new Map(entries.map(([k, v]) => [k as never, { value: point(v), text: `${k}`, source: 'text' as const }]));

describe('criteria are decided three ways', () => {
  const density = q('density', '>=', 1.72, 'g/cm3', 'bulk density of 1,72 g/cm3 or greater');

  it('a met threshold gives the reason in the contract form', () => {
    const o = evaluate(density, facts({ nums: nums([['density', 1850]]) }));
    expect(o.value).toBe(true);
    expect(o.reasons).toEqual(['bulk density 1.85 g/cm3 >= 1.72 g/cm3']);
  });

  it('a failed threshold names the criterion', () => {
    const o = evaluate(density, facts({ nums: nums([['density', 1700]]) }));
    expect(o.value).toBe(false);
    expect(o.reasons[0]).toBe('bulk density 1.7 g/cm3 fails >= 1.72 g/cm3: bulk density of 1,72 g/cm3 or greater');
  });

  it('a missing value is a question', () => {
    const o = evaluate(density, facts());
    expect(o.value).toBe('unknown');
    expect(o.missing[0]).toMatch(/^What is the bulk density\? Controlled: bulk density of 1,72 g\/cm3 or greater/);
  });

  it('flags a value within 1% of the threshold, met or not', () => {
    expect(evaluate(density, facts({ nums: nums([['density', 1730]]) })).flags[0]).toMatch(/within 1% of the threshold 1.72 g\/cm3/);
    expect(evaluate(density, facts({ nums: nums([['density', 1710]]) })).flags).toHaveLength(1);
    expect(evaluate(density, facts({ nums: nums([['density', 1850]]) })).flags).toHaveLength(0);
  });

  it('reads a fallback parameter when the main one is absent', () => {
    const grain = q('grainSize', '<=', 100, 'µm', 'grain size of 100 µm or less', ['particleSize']);
    const o = evaluate(grain, facts({ nums: nums([['particleSize', 3e-6]]) }));
    expect(o.value).toBe(true);
    expect(o.reasons[0]).toBe('particle size 3 µm <= 100 µm');
  });

  it('between includes its ends', () => {
    const bore = between('innerDiameter', 12, 50, 'mm', 'bore between 12 mm and 50 mm');
    expect(evaluate(bore, facts({ nums: nums([['innerDiameter', 0.012]]) })).value).toBe(true);
    expect(evaluate(bore, facts({ nums: nums([['innerDiameter', 0.0505]]) })).value).toBe(false);
  });

  it('flags: stated, assumed, or asked', () => {
    const nuclear = flag('nuclearReactorUse', true, 'for use in a nuclear reactor');
    expect(evaluate(nuclear, facts()).missing[0]).toMatch(/^Is it for use in a nuclear reactor\?/);
    const yes = facts({ flags: new Map([['nuclearReactorUse', { value: true, text: 'reactor moderator', source: 'text' }]]) });
    expect(evaluate(nuclear, yes).value).toBe(true);
    const exclusion = flag('collimatorOrWeight', false, 'not weights or collimators', false);
    expect(evaluate(exclusion, facts()).value).toBe(true);
  });

  it('forms, conditions and names', () => {
    const f = facts({ form: { value: 'powder', text: 'powder', source: 'text' } });
    expect(evaluate(form(['cylinder', 'block'], 'bulk piece'), f).value).toBe(false);
    expect(evaluate(form(['cylinder'], 'bulk piece'), facts()).value).toBe('unknown');
    expect(evaluate(notForm(['powder'], 'not powder'), f).value).toBe(false);
    expect(evaluate(notForm(['powder'], 'not powder'), facts()).value).toBe(true);
    expect(evaluate(condition(['solution annealed'], 'annealed'), facts()).value).toBe('unknown');
    const hit = facts({ concepts: [{ id: 'propellant polymer', kind: 'material', role: 'item', text: 'HTPB', start: 0, end: 4 }] });
    expect(evaluate(named(['propellant polymer'], 'listed'), hit).value).toBe(true);
  });

  it('any and all combine their parts three ways', () => {
    const uts = any(
      'strength',
      q('tensileStrength', '>=', 1.5, 'GPa', '1,5 GPa'),
      all('annealed', condition(['solution annealed'], 'annealed'), q('tensileStrength', '>=', 0.9, 'GPa', '0,9 GPa')),
    );
    expect(evaluate(uts, facts({ nums: nums([['tensileStrength', 2e9]]) })).value).toBe(true);
    expect(evaluate(uts, facts({ nums: nums([['tensileStrength', 1.2e9]]) })).value).toBe('unknown');
    expect(evaluate(uts, facts({ nums: nums([['tensileStrength', 0.8e9]]) })).value).toBe(false);
  });

  it('largest and smallest dimensions decide only what the known sides allow', () => {
    const over75 = dimension('largest', '>', 75, 'not all dimensions 75 mm or less');
    expect(evaluate(over75, facts({ nums: nums([['diameter', 0.2]]) })).value).toBe(true);
    expect(evaluate(over75, facts({ nums: nums([['thickness', 0.002]]) })).value).toBe('unknown');
    expect(evaluate(over75, facts({ nums: nums([['diameter', 0.06], ['length', 0.04]]) })).value).toBe(false);
    const each100 = dimension('smallest', '>=', 100, '100 mm in each dimension');
    expect(evaluate(each100, facts({ dims: { value: [0.12, 0.12, 0.5], text: '', source: 'text' } })).value).toBe(true);
    expect(evaluate(each100, facts({ nums: nums([['thickness', 0.05]]) })).value).toBe(false);
  });
});
