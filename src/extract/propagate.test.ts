// Names given once spread to the rest of the document (mentions built by hand for these tests).
import { describe, expect, it } from 'vitest';
import { propagateNames } from './propagate.js';
import type { Mention } from './types.js';

const mention = (type: Mention['type'], text: string, paragraph: number, start: number): Mention => ({
  type,
  text,
  start,
  end: start + text.length,
  paragraph,
  normalized: text,
  entity: '',
});

describe('propagateNames', () => {
  it('names in an ALL-CAPS line the places and acronyms the mixed-case paragraphs name, not in another mixed-case paragraph', () => {
    const units = [
      { paragraph: 0, text: 'ARMS THROUGH GHANA ALARM QRTF' },
      { paragraph: 1, text: 'Arms went through Ghana, and QRTF was told.' },
      { paragraph: 2, text: 'The ghana box and the Qrtf file.' },
    ];
    const found = propagateNames(units, [mention('PLACE', 'Ghana', 1, 18), mention('ORGANIZATION', 'QRTF', 1, 29)]);
    expect(found.filter((m) => m.paragraph === 0).map((m) => [m.type, m.text])).toEqual([
      ['PLACE', 'GHANA'],
      ['ORGANIZATION', 'QRTF'],
    ]);
    expect(found.filter((m) => m.paragraph === 2)).toEqual([]);
  });

  it('reads a name in an ALL-CAPS line that holds a body the mixed-case paragraphs name as that body', () => {
    const units = [
      { paragraph: 0, text: 'CHILEAN WATER RESOURCES AGENCY SEEKS BIDS' },
      { paragraph: 1, text: 'The Water Resources Agency wants bids.' },
    ];
    const found = propagateNames(units, [mention('PERSON', 'CHILEAN WATER RESOURCES AGENCY', 0, 0), mention('ORGANIZATION', 'Water Resources Agency', 1, 4)]);
    expect(found.filter((m) => m.paragraph === 0).map((m) => [m.type, m.text])).toEqual([['ORGANIZATION', 'CHILEAN WATER RESOURCES AGENCY']]);
  });

  it("reads a government's acronym in a mixed-case cable's ALL-CAPS line as the body, and drops a common word read as a surname there", () => {
    const units = [
      { paragraph: 0, text: 'USG, GOI SEE OPPOSITION, HOLGERSEN' },
      { paragraph: 1, text: 'Minister Holgersen said the opposition would meet on Monday.' },
    ];
    const found = propagateNames(units, [
      mention('PLACE', 'USG', 0, 0),
      mention('PLACE', 'GOI', 0, 5),
      mention('PERSON', 'OPPOSITION', 0, 13),
      mention('PERSON', 'HOLGERSEN', 0, 25),
      mention('PERSON', 'Minister Holgersen', 1, 0),
    ]);
    expect(found.filter((m) => m.paragraph === 0).map((m) => [m.type, m.text])).toEqual([
      ['ORGANIZATION', 'USG'],
      ['ORGANIZATION', 'GOI'],
      ['PERSON', 'HOLGERSEN'],
    ]);
  });
});
