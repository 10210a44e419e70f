// ALL-CAPS organisation rules (issue 5): an acronym the tagger read as a surname, and an
// organisation's name headed by "BANK OF", "CHAMBER OF" or ending in its head word that it read as
// a person's, and an acronym the cable defines after a name. Words and texts written for these tests.
import { describe, expect, it } from 'vitest';
import { looksLikeAcronym } from './gazetteer.js';
import { typeByWords } from './names.js';
import { extractText } from './extract.js';

/** The organisations extracted from a text of a cable dated 1975-12-31. */
const orgs = (text: string) =>
  extractText(text, new Date(Date.UTC(1975, 11, 31)))
    .mentions.filter((m) => m.type === 'ORGANIZATION')
    .map((m) => m.text);

describe('acronyms', () => {
  it('tells letters no word starts or ends with from names', () => {
    for (const w of ['CCOP', 'CFA', 'EGPC', 'NSP', 'XKQ']) expect(looksLikeAcronym(w), w).toBe(true);
    for (const w of ['ROTH', 'SCHMID', 'NGUYEN', 'MBEKI', 'BRANDT', 'KISSINGER', 'LOPEZ', 'TSHOMBE']) expect(looksLikeAcronym(w), w).toBe(false);
    // Onsets of Bantu names.
    for (const w of ['LWANGA', 'MWINYI', 'BWALYA', 'NGWENYA', 'NDWIGA']) expect(looksLikeAcronym(w), w).toBe(false);
  });

  it('retypes an unknown acronym tagged a person, alone, after THE or with a possessive', () => {
    expect(typeByWords(['XKQP'], 'PERSON')).toBe('ORGANIZATION');
    expect(typeByWords(['THE', 'XKQP'], 'PERSON')).toBe('ORGANIZATION');
    expect(typeByWords(['XKQP', "'S"], 'PERSON')).toBe('ORGANIZATION');
    // A title makes it a person's name whatever it looks like.
    expect(typeByWords(['MR', 'XKQP'], 'PERSON')).toBe('PERSON');
    // A surname is left to the tagger.
    expect(typeByWords(['SCHMIDT'], 'PERSON')).toBe(null);
  });
});

describe('an acronym with a slash', () => {
  it('keeps the letters written on after the slash, and no slash alone at the end', () => {
    expect(orgs('THE ZVKP/C CLAIMED THE ATTACK ON THE NORDVIK CONSULATE.')).toContain('ZVKP/C');
    expect(orgs('THE ZVKP/C CLAIMED THE ATTACK ON THE NORDVIK CONSULATE.')).not.toContain('ZVKP');
    // A routing indicator before an addressee: the name ends before the slash.
    expect(orgs('PLEASE PASS TO RUEHZV/AMEMBASSY NORDVIK.')).toEqual(['RUEHZV', 'AMEMBASSY NORDVIK']);
  });
});

describe('organisation head words', () => {
  it('reads "<name> BANK OF ..." and "... COMMITTEE" as organisations when no title comes first', () => {
    expect(typeByWords(['CENTRAL', 'BANK', 'OF', 'THE', 'PHILIPPINES'], 'PERSON')).toBe('ORGANIZATION');
    expect(typeByWords(['MEXICAN', 'CHAMBER', 'OF', 'DEPUTIES'], 'PERSON')).toBe('ORGANIZATION');
    expect(typeByWords(['NATIONAL', 'LABOR', 'COMMITTEE', '(', 'NLC', ')'], 'PERSON')).toBe('ORGANIZATION');
    expect(typeByWords(['SECRETARY', 'OF', 'THE', 'COMMITTEE', 'OF', 'ELDERS', 'SMITH'], 'PERSON')).toBe('PERSON');
  });
});

describe('acronyms a cable defines', () => {
  it('names the body wherever the acronym stands, even before a verb of speech', () => {
    const text =
      'THE LEADER OF THE MARTEN OBAL VELTRIC ALLIANCE PARTY (MOVAP) MET THE AMBASSADOR ON MONDAY. LATER MOVAP TOLD THE PRESS THAT IT WOULD NOT JOIN THE COALITION.';
    const named = extractText(text, new Date(Date.UTC(1975, 11, 31))).mentions.map((m) => [m.type, m.text]);
    expect(named.filter(([, t]) => t === 'MOVAP')).toEqual([['ORGANIZATION', 'MOVAP']]);
    expect(named.some(([type, t]) => type === 'ORGANIZATION' && t!.startsWith('MARTEN OBAL VELTRIC ALLIANCE PARTY'))).toBe(true);
  });
});

describe('the department and the military', () => {
  it('reads a cable cited as STATE and its number as the Department of State', () => {
    expect(orgs('1. THE EMBASSY ACTED ON STATE 289251 UPON RECEIPT.')).toContain('STATE');
  });

  it('reads THE MILITARY standing alone as a body, not before a noun', () => {
    expect(orgs('THE PRESIDENT WILL NOT BREAK WITH THE MILITARY. HE SAID SO.')).toContain('THE MILITARY');
    expect(orgs('HE SPOKE OF THE MILITARY SITUATION IN THE NORTH.')).not.toContain('THE MILITARY');
  });

  it("reads a country's military, navy or intelligence service as an organisation", () => {
    const found = extractText('2. THE SYRIAN INTELLIGENCE BELIEVES THAT THE LEBANESE MILITARY WILL STAY.', new Date(Date.UTC(1975, 11, 31))).mentions.map((m) => [m.type, m.text]);
    const orgs = found.filter(([type]) => type === 'ORGANIZATION').map(([, t]) => t!.replace(/^THE /, ''));
    expect(orgs).toEqual(['SYRIAN INTELLIGENCE', 'LEBANESE MILITARY']);
  });
});

describe('places that are bodies', () => {
  it("reads a country's navy or military tagged as one place as an organisation", () => {
    expect(typeByWords(['SOVIET', 'NAVAL'], 'PLACE')).toBe('ORGANIZATION');
    expect(typeByWords(['LIBYAN', 'ARAB', "NAVY'S"], 'PLACE')).toBe('ORGANIZATION');
  });

  it('reads an acronym mixed-case cables write in capitals as a body, not a place, unless it is a government', () => {
    expect(typeByWords(['THE', 'WMD'], 'PLACE')).toBe('ORGANIZATION');
    expect(typeByWords(['ROKG'], 'PLACE')).toBe(null);
    expect(typeByWords(['USG'], 'PLACE')).toBe('PLACE');
  });
});

describe('bodies named by a head word alone', () => {
  it('reads a head word without its article as the body, but not one made indefinite', () => {
    const found = orgs('2. THE MINISTER SAID COMMITTEE WILL MEET AGAIN ON MONDAY. A DELEGATION OF TEN ARRIVED LATER AND NO PARTY WILL WIN.');
    expect(found).toContain('COMMITTEE');
    expect(found).not.toContain('DELEGATION');
    expect(found).not.toContain('PARTY');
  });

  it('does not read a unit or a time after a number as an acronym', () => {
    expect(orgs('3. THE VESSEL IS 303 FT LONG AND WILL SAIL AT 3 PM ON FRIDAY.')).toEqual([]);
  });
});

describe('nationalities', () => {
  it('reads a nationality alone as its country, whatever type the tagger gave it', () => {
    expect(typeByWords(['TIBETAN'], 'PERSON')).toBe('PLACE');
    expect(typeByWords(['COSTA', 'RICANS'], 'ORGANIZATION')).toBe('PLACE');
  });
});
