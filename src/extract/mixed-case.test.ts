// Names in mixed-case prose: rules for forms modern cables write, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract.js';

const named = (text: string): Array<[string, string]> =>
  extractText(text, new Date(Date.UTC(2009, 0, 1)))
    .mentions.filter((m) => ['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.type))
    .map((m) => [m.type, m.text]);

describe('mixed-case names', () => {
  it('reads Post, the Embassy and the Department, capitalised and alone, as the mission or department', () => {
    expect(named('Post will continue to monitor the case. The Embassy and the Department agree.')).toEqual([
      ['ORGANIZATION', 'Post'],
      ['ORGANIZATION', 'Embassy'],
      ['ORGANIZATION', 'Department'],
    ]);
  });

  it('names the places of a hyphenated compound one by one, and joins d\u2019 to a name', () => {
    expect(named("They discussed Ghana-Cote d'Ivoire cocoa prices with Lima-based traders.")).toEqual([
      ['PLACE', 'Ghana'],
      ['PLACE', "Cote d'Ivoire"],
      ['PLACE', 'Lima'],
    ]);
  });

  it('reads a name set off after a title as the person, and a title with what it is of as one post', () => {
    const found = named("Chile's First Vice-President, Marco Feliz, came with the Minister of Economy and Finance, Ana Torres-Vidal.");
    expect(found).toContainEqual(['PERSON', 'Marco Feliz']);
    expect(found).toContainEqual(['PERSON', 'Minister of Economy and Finance']);
    expect(found).toContainEqual(['PERSON', 'Ana Torres-Vidal']);
    expect(named('He met the Chief of Cabinet in the morning.')).toEqual([['PERSON', 'Chief of Cabinet']]);
  });

  it('reads mission posts written as acronyms as people, and two-word nationalities as places', () => {
    expect(named('The DATT met the Costa Rican delegation.')).toEqual([
      ['PERSON', 'DATT'],
      ['PLACE', 'Costa Rican'],
    ]);
  });

  it('names no place in an accord named after a city, and reads the Treasury as a body', () => {
    expect(named('They back the Copenhagen Accord, and the U.S. Treasury agrees.')).toEqual([['ORGANIZATION', 'U.S. Treasury']]);
  });
});
