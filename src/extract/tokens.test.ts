// Tokens (texts written for these tests).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract.js';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('reads a possessive written with a comma, as some cables carry an apostrophe, as the possessive', () => {
    expect(tokenize("Zarvo,s plan and ZARVO,S aide, s. Zarvo's").map((t) => t.text)).toEqual(['Zarvo', "'s", 'plan', 'and', 'ZARVO', "'S", 'aide', ',', 's', '.', 'Zarvo', "'s"]);
    // Offsets are the text's: the comma and the s.
    expect(tokenize('Zarvo,s plan')[1]).toEqual({ text: "'s", start: 5, end: 7 });
  });

  it('gives the same names for a text whichever way its possessives are written', () => {
    const text = "Next is site selection for Halvard's EPR reactor; the UK's plants and Lula's Chief of Staff, Jose Dirceu, agreed with Karua's aides.";
    const names = (t: string) => extractText(t, new Date(Date.UTC(2009, 0, 1))).mentions.map((m) => [m.type, m.start, m.end]);
    expect(names(text.replace(/'s/g, ',s'))).toEqual(names(text));
  });
});
