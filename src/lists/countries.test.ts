import { describe, expect, it } from 'vitest';
import { countryCode } from './countries.js';

describe('countryCode', () => {
  it.each([
    ['Korea, North', 'KP'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Burma', 'MM'],
    ['Myanmar', 'MM'],
    ['Russia', 'RU'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Bahamas, The', 'BS'],
    ['St. Kitts and Nevis', 'KN'],
    ['Region: Gaza', 'PS'],
    ['ir', 'IR'],
  ])('%s is %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('knows no country by an unknown name or code', () => {
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('XX')).toBeNull();
  });
});
