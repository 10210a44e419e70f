// One name, one type within a document (names invented).
import { describe, expect, it } from 'vitest';
import { harmonise } from './harmonise.js';
import type { Mention, MentionType } from './types.js';

const mention = (type: MentionType, text: string, start: number): Mention => ({ type, text, start, end: start + text.length, paragraph: 1, normalized: text, entity: '' });

describe('harmonise', () => {
  it("retypes an organisation that ends a longer person's name, not a place nor the name itself", () => {
    const out = harmonise(
      [
        mention('PERSON', 'Antonio Halvard Nordvik', 0),
        mention('ORGANIZATION', 'Halvard Nordvik', 40),
        mention('PERSON', 'NORTH ZARVO', 80),
        mention('PLACE', 'North Zarvo', 100),
        mention('ORGANIZATION', 'North Zarvo', 120),
      ],
      () => true,
    );
    expect(out.map((m) => [m.type, m.text])).toEqual([
      ['PERSON', 'Antonio Halvard Nordvik'],
      ['PERSON', 'Halvard Nordvik'],
      ['PERSON', 'NORTH ZARVO'],
      ['PLACE', 'North Zarvo'],
      ['ORGANIZATION', 'North Zarvo'],
    ]);
  });

  it("reads a place's first word before a foreign particle, alone, as that place", () => {
    const out = harmonise([mention('PLACE', 'Rio de Nordvik', 0), mention('PERSON', 'Rio', 30), mention('PERSON', 'Halvard', 50)], () => true);
    expect(out.map((m) => [m.type, m.text])).toEqual([
      ['PLACE', 'Rio de Nordvik'],
      ['PLACE', 'Rio'],
      ['PERSON', 'Halvard'],
    ]);
  });
});
