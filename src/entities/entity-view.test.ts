// The name an entity is shown under (names invented for these tests).
import { describe, expect, it } from 'vitest';
import { displayName } from './entity-view.js';
import type { Statement } from './types.js';

const name = (value: string, cable: string): Statement =>
  ({ entity: 'org:1', schema: 'Organization', prop: 'name', value, cable, paragraph: 1, marking: 'UNCLASSIFIED', declassifyOn: null, origin: 'extracted', author: null }) as Statement;

describe('display name', () => {
  it('is the longest name written in mixed case', () => {
    expect(displayName([name('ZARVO', 'A'), name('Zarvo', 'B'), name('Zarvo Trading Company', 'C'), name('ZARVO TRADING COMPANY OF HALVARD', 'D')])).toBe('Zarvo Trading Company');
  });

  it('is the spelling most cables write, not a misspelling a letter longer', () => {
    const names = [name('Zarvo Aviation Industries', 'A'), name('Zarvo Aviation Industries', 'B'), name('Zarvo Aviations Industries', 'C')];
    expect(displayName(names)).toBe('Zarvo Aviation Industries');
    // Spellings written as often: the longer one.
    expect(displayName(names.slice(1))).toBe('Zarvo Aviations Industries');
  });
});
