// Name keys that join entities across cables (names invented for these tests).
import { describe, expect, it } from 'vitest';
import { distinctiveKeys } from './keys.js';

describe('distinctive keys', () => {
  it('joins an organisation on its full name, and on each half of a name with its acronym defined', () => {
    expect(distinctiveKeys('Organization', 'Halvard Machine Industries Organization (HMIO)')).toEqual([
      'org:halvard-machine-industries-organization-hmio',
      'org:halvard-machine-industries-organization',
      'org:hmio',
    ]);
    expect(distinctiveKeys('Organization', 'Halvard Machine Industries Organization')).toEqual(['org:halvard-machine-industries-organization']);
  });

  it('joins no cables on a generic name or a half of one, nor on a lone surname', () => {
    expect(distinctiveKeys('Organization', 'Ministry of Defense (MOD)')).toEqual([]);
    expect(distinctiveKeys('Organization', 'National Security Council (Zarvo)')).toEqual(['org:national-security-council-zarvo', 'org:zarvo']);
    // A name with parentheses inside it is not split: its last parenthesis may close only a part.
    expect(distinctiveKeys('Organization', 'Halvard (Nord) Trading Company (HNTC)')).toEqual(['org:halvard-nord-trading-company-hntc']);
    expect(distinctiveKeys('Person', 'Holgersen')).toEqual([]);
    expect(distinctiveKeys('Person', 'Anna Holgersen')).toEqual(['person:anna-holgersen']);
  });
});
