// What makes a case: a country's government is never the subject of one (names invented or generic).
import { describe, expect, it } from 'vitest';
import { isGovernment } from './analyse.js';

describe('a government as a case subject', () => {
  it("knows a country's government however it is written", () => {
    for (const name of ['Government of Egypt (GOE)', 'the Peruvian Government', "Egypt's government", 'Government of the Philippines']) {
      expect(isGovernment(name)).toBe(true);
    }
  });

  it('does not take a state body, a leader or a movement for a government', () => {
    for (const name of ['Central Bank of Iran', 'Government Procurement Agency', 'Zarvo Government', 'Halvard Administration', 'Taliban regime', 'Government of National Unity']) {
      expect(isGovernment(name)).toBe(false);
    }
  });
});
