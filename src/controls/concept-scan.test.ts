import { describe, expect, it } from 'vitest';
import { requiredLiteral, scanConcepts } from './concept-scan.js';

describe('requiredLiteral (the quick test before running a concept pattern)', () => {
  it('takes the longest literal every match holds', () => {
    expect(requiredLiteral('graphite')).toBe('graphite');
    expect(requiredLiteral('kalashnikovs?')).toBe('kalashnikov');
    expect(requiredLiteral('(?:radial |deep[- ]groove )*ball bearings?')).toBe('ball bearing');
    expect(requiredLiteral('counter[- ]?weights?')).toBe('counter');
    expect(requiredLiteral('ins ?/ ?(?:gps|gnss)')).toBe('ins');
    expect(requiredLiteral('N2O4')).toBe('n2o4');
    expect(requiredLiteral('(?:land|naval|sea) ?mines?')).toBe('mine');
  });

  it('gives none when an alternative or a short literal leaves nothing required', () => {
    expect(requiredLiteral('graphite|carbon')).toBeNull();
    expect(requiredLiteral('B(?=\\s*powders?)')).toBeNull();
    expect(requiredLiteral('ab{2,3}')).toBeNull();
  });

  it('leaves matches unchanged', () => {
    const hits = scanConcepts('Shipped graphite cylinders and TUNGSTEN POWDER.').map((h) => h.text);
    expect(hits).toEqual(['graphite', 'cylinders', 'TUNGSTEN', 'POWDER']);
  });
});
