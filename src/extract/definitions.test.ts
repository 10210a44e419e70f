// Acronyms a cable defines, read as defined across its paragraphs (texts written for these tests).
import { describe, expect, it } from 'vitest';
import { extractUnits } from './extract.js';

const named = (...texts: string[]): Array<[number | null, string, string]> =>
  extractUnits(
    texts.map((text, i) => ({ paragraph: i + 1, text })),
    { y: 2009, m: 1, d: 1 },
  ).mentions.filter((m) => ['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.type)).map((m) => [m.paragraph, m.type, m.text]);

describe('defined acronyms', () => {
  it("drops a document's acronym wherever the cable uses it", () => {
    const found = named('Talks on a free trade agreement (FTA) resumed in Lima.', 'The FTA needs a vote, the FTA team said.');
    expect(found.filter(([, , t]) => t === 'FTA')).toEqual([]);
    expect(found).toContainEqual([1, 'PLACE', 'Lima']);
  });

  it("reads a place's acronym as the place, but not a government's", () => {
    const found = named('Goods came from the Democratic Republic of Congo (DRC) and the Government of Pakistan (GOP) agreed.', 'The DRC and the GOP met.');
    expect(found).toContainEqual([2, 'PLACE', 'DRC']);
    expect(found).toContainEqual([2, 'ORGANIZATION', 'GOP']);
  });

  it('names nothing by an acronym spelt from words in lower case, but keeps a movement written so', () => {
    const found = named('They found improvised explosive devices (IEDs) near Herat.', 'The IEDs were old; the non-aligned movement (NAM) and NAM members objected.');
    expect(found.filter(([, , t]) => t === 'IEDs' || t === 'IED')).toEqual([]);
    expect(found).toContainEqual([1, 'PLACE', 'Herat']);
    expect(found).toContainEqual([2, 'ORGANIZATION', 'NAM']);
  });

  it('reads a short name defined after a body as the body, but not a place put in parentheses after one', () => {
    const found = named('The Norland Electric Power Company (Norlec) appealed.', 'Norlec lost; the Embassy (Lima) and Lima agreed.');
    expect(found).toContainEqual([2, 'ORGANIZATION', 'Norlec']);
    expect(found).toContainEqual([2, 'PLACE', 'Lima']);
    expect(found).not.toContainEqual([2, 'ORGANIZATION', 'Lima']);
  });
});
