import { describe, expect, it } from 'vitest';
import { parseNumberText } from './number-text.js';
import { findUnit, formatNumber, formatSI, fromSI, toSI, unitFor } from './units.js';

const si = (value: number, spelling: string): number => {
  const u = findUnit(spelling);
  if (!u) throw new Error(`no unit ${spelling}`);
  return toSI(value, u);
};

describe('unit spellings convert to SI', () => {
  it.each([
    [1.85, 'g/cm3', 1850],
    [1.85, 'g/cc', 1850],
    [1.85, 'g/cm³', 1850],
    [1850, 'kg/m3', 1850],
    [20, 'µm', 20e-6],
    [20, 'μm', 20e-6],
    [20, 'um', 20e-6],
    [20, 'micron', 20e-6],
    [20, 'microns', 20e-6],
    [150, 'mm', 0.15],
    [12, 'inch', 0.3048],
    [99.9, '%', 0.999],
    [97, 'wt%', 0.97],
    [97, 'wt.%', 0.97],
    [5, 'ppm', 5e-6],
    [69, 'MPa', 69e6],
    [1.5, 'GPa', 1.5e9],
    [10000, 'psi', 68947572.93168],
    [260, 'ksi', 1792636896.22368],
    [1500, 'bar', 150e6],
    [873, 'K', 873],
    [0.5, 'deg/hr', (0.5 * Math.PI) / 180 / 3600],
    [0.5, '°/h', (0.5 * Math.PI) / 180 / 3600],
    [0.5, 'deg/h', (0.5 * Math.PI) / 180 / 3600],
    [1250, 'micro g', 1250e-6 * 9.80665],
    [10, 'g rms', 98.0665],
    [50, 'kN', 50000],
    [2, 'kHz', 2000],
    [20, 'Hz', 20],
    [1.1, 'MNs', 1.1e6],
    [1.1, 'MN·s', 1.1e6],
    [900, 'kNs', 9e5],
    [110, 'litres', 0.11],
    [600, 'gallon', 600 * 3.785411784e-3],
    [300, 'km', 300000],
    [5e5, 'rad(Si)', 5000],
    [1, 'Mrad', 10000],
    [0.15, 'kg/(N·h)', 0.15 / 3600],
  ])('%d %s', (value, spelling, expected) => {
    expect(si(value, spelling)).toBeCloseTo(expected, 12);
  });

  it('converts temperatures with their offsets', () => {
    expect(si(600, '°C')).toBeCloseTo(873.15, 9);
    expect(si(600, 'ºC')).toBeCloseTo(873.15, 9);
    expect(si(32, '°F')).toBeCloseTo(273.15, 9);
    expect(fromSI(873.15, unitFor('temperature', '°C'))).toBeCloseTo(600, 9);
  });

  it('keeps the second reading of ambiguous spellings: g and µg are masses or accelerations', () => {
    const g = findUnit('g');
    expect(g?.kind).toBe('mass');
    expect(g?.alt).toMatchObject({ kind: 'acceleration', factor: 9.80665 });
    expect(findUnit('µg')?.alt?.kind).toBe('acceleration');
  });

  it('shows values in the legal text unit without float noise', () => {
    expect(formatSI(1850, unitFor('density', 'g/cm3'))).toBe('1.85 g/cm3');
    expect(formatSI(20e-6, unitFor('length', 'µm'))).toBe('20 µm');
    expect(formatSI(0.999, unitFor('fraction', '%'))).toBe('99.9%');
    expect(formatSI(873.15, unitFor('temperature', '°C'))).toBe('600°C');
    expect(formatNumber(0.30000000000000004)).toBe('0.3');
    expect(formatNumber(20000)).toBe('20000');
  });
});

describe('numbers as written', () => {
  it.each([
    ['1.85', 1.85],
    ['1,72', 1.72],
    ['0,841', 0.841],
    ['10,000', 10000],
    ['2,500', 2500],
    ['1 250', 1250],
    ['50 x 10-6', 50e-6],
    ['5×10^5', 5e5],
    ['4 x 10⁻³', 4e-3],
    ['1.5e-4', 1.5e-4],
    ['1e6', 1e6],
  ])('%s', (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it('reads an overflow as no number', () => {
    expect(parseNumberText('1e999')).toBeNaN();
  });
});
