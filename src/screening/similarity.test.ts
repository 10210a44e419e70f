import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneticKey } from './phonetic.js';
import { editSimilarity, osaDistance } from './similarity.js';

/** The textbook dynamic programme for the optimal-string-alignment distance. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

describe('osaDistance', () => {
  it('agrees with the dynamic programme (bit-parallel up to 31 letters, rows beyond)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(osaDistance(a, b, 100)).toBe(reference(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a swap of two letters as one edit', () => {
    expect(osaDistance('mohamemd', 'mohammed', 3)).toBe(1);
    expect(osaDistance('afiz', 'faiz', 3)).toBe(1);
  });

  it('stops at max + 1', () => {
    expect(osaDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('editSimilarity', () => {
  it('is 1 - edits / longer length, and 0 below the minimum', () => {
    expect(editSimilarity('vladimir', 'vladimr', 0.75)).toBeCloseTo(0.875);
    expect(editSimilarity('bush', 'bash', 0.75)).toBe(0.75);
    expect(editSimilarity('bush', 'bash', 0.78)).toBe(0);
    expect(editSimilarity('same', 'same', 0.99)).toBe(1);
  });
});

describe('phoneticKey', () => {
  it('gives transliterations of one name one key', () => {
    expect(new Set(['qassem', 'ghasem', 'kasem'].map((w) => phoneticKey(w)))).toEqual(new Set(['KSM']));
    expect(phoneticKey('mohammed')).toBe(phoneticKey('muhammad'));
    expect(phoneticKey('gaddafi')).toBe(phoneticKey('qadhafi'));
  });

  it('reads Arabic-script spellings as consonant skeletons', () => {
    expect(phoneticKey('bwtyn', true)).toBe(phoneticKey('putin'));
    expect(phoneticKey('fldymyr', true)).toBe(phoneticKey('vladimir'));
  });

  it('gives no key to words with fewer than three consonants', () => {
    expect(phoneticKey('ali')).toBe('');
  });
});
