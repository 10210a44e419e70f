// Names that used to reach cases as junk organisations (issue 5): nationalities, common words and
// organisation words alone, ALL-CAPS headings inside mixed-case paragraphs, a titled person after an
// organisation, two organisations joined by "and", names broken over a line. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract.js';
import { namesGovernment } from './gazetteer.js';

const AS_OF = new Date(Date.UTC(2007, 7, 2));
const named = (text: string, asOf = AS_OF) =>
  extractText(text, asOf)
    .mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORGANIZATION' || m.type === 'PLACE')
    .map((m) => [m.type, m.text]);

describe('names that are not organisations', () => {
  it('reads nationalities and inhabitants as places', () => {
    const found = named('Parisian officials and the Norwegians met South Korean and Cuban diplomats.');
    expect(found).toEqual([
      ['PLACE', 'Parisian'],
      ['PLACE', 'Norwegians'],
      ['PLACE', 'South Korean'],
      ['PLACE', 'Cuban'],
    ]);
  });

  it('reads a state by its formal name as the country', () => {
    const m = extractText('Officials of the Islamic Republic of Iran declined.', AS_OF).mentions.find((x) => x.text === 'Islamic Republic of Iran');
    expect(m).toMatchObject({ type: 'PLACE', country: 'IR' });
  });

  it('drops a common word or an organisation word standing alone', () => {
    // (Not "Royal said nothing": before a verb of speech a capitalised word may be a speaker's
    // surname, Segolene Royal, and its type is the tagger's guess.)
    expect(named('The Brigade and the People were there; the Royal guests said nothing.')).toEqual([]);
  });

  it('segments an ALL-CAPS heading inside a mixed-case paragraph', () => {
    const found = named('The talks went well.  FARC INTERESTED IN OPENING CHANNEL TO U.S.  The FARC told the Norwegian Foreign Ministry.');
    expect(found).toContainEqual(['PLACE', 'U.S.']);
    expect(found.filter(([, text]) => /INTERESTED/.test(text!))).toEqual([]);
  });
});

describe('people and organisations written together', () => {
  it('splits a titled person from the organisation before them', () => {
    for (const text of ['Ministry of Interior Brigadier Karim Al-Hadi said so.', 'He met Ministry of Interior Brigadier Karim Al-Hadi.']) {
      const found = named(text);
      expect(found).toContainEqual(['ORGANIZATION', 'Ministry of Interior']);
      expect(found).toContainEqual(['PERSON', 'Brigadier Karim Al-Hadi']);
    }
  });

  it('splits two complete organisation names joined by "and", not one name holding "and"', () => {
    expect(named('He met HMG and Conservative Party officials, then Bank Mellat and Bank Saderat.')).toEqual([
      ['ORGANIZATION', 'HMG'],
      ['ORGANIZATION', 'Conservative Party'],
      ['ORGANIZATION', 'Bank Mellat'],
      ['ORGANIZATION', 'Bank Saderat'],
    ]);
    expect(named('He called the Ministry of Foreign Affairs and Trade.')).toEqual([['ORGANIZATION', 'Ministry of Foreign Affairs and Trade']]);
  });

  it('keeps a name broken over a line, and a senior title with the person', () => {
    expect(named('He works at Royal\nDutch Shell.')).toEqual([['ORGANIZATION', 'Royal\nDutch Shell']]);
    expect(named('USAID Senior Deputy Assistant Administrator Mark Ward came.')).toEqual([
      ['ORGANIZATION', 'USAID'],
      ['PERSON', 'Senior Deputy Assistant Administrator Mark Ward'],
    ]);
  });
});

describe('governments', () => {
  it('names a government by its acronym or as "X GOVERNMENT": the country acting, as the HistoryLab gold reads it', () => {
    for (const yes of ['USG', 'THE GOI', 'HMG', 'THE EGYPTIAN GOVERNMENT', "THE ECEVIT GOVERNMENT 'S"]) expect(namesGovernment(yes.split(' ')), yes).toBe(true);
    for (const no of ['GOVERNMENT', 'THE GOVERNMENT', 'GOVERNMENT OFFICIALS', 'IAEA']) expect(namesGovernment(no.split(' ')), no).toBe(false);
  });
});

// The ALL-CAPS tagger's rules, on a cable of the 1970s it learnt from (LEXICON_ERA in extract.ts).
const SEVENTIES = new Date(Date.UTC(1975, 11, 31));

describe('organisations in ALL-CAPS text', () => {
  it('keeps "MINISTRY OF FOREIGN AFFAIRS" an organisation though title words follow "OF", and a known acronym an organisation beside a titled group', () => {
    const found = named('1. SENIOR MFA OFFICIALS SAID THAT THE MINISTRY OF FOREIGN AFFAIRS WOULD REPLY. THE MFA HAS NOT YET DONE SO.', SEVENTIES);
    expect(found).toContainEqual(['ORGANIZATION', 'THE MINISTRY OF FOREIGN AFFAIRS']);
    expect(found.filter(([, text]) => /^(?:THE )?MFA$/.test(text!)).map(([type]) => type)).toEqual(['ORGANIZATION']);
  });
});

describe('compounds and posts in ALL-CAPS text', () => {
  it('reads "US-SOVIET" as places, "EURATOM-IAEA" as two organisations, a consulate general as an organisation', () => {
    const found = named('2. THE US-SOVIET TALKS ON THE EURATOM-IAEA VERIFICATION AGREEMENT WERE REPORTED BY THIS CONSULATE GENERAL.', SEVENTIES);
    expect(found).toContainEqual(['PLACE', 'US-SOVIET']);
    expect(found).toContainEqual(['ORGANIZATION', 'EURATOM']);
    expect(found).toContainEqual(['ORGANIZATION', 'IAEA']);
    expect(found.find(([, text]) => /CONSULATE GENERAL/.test(text!))?.[0]).toBe('ORGANIZATION');
  });

  it('reads a body named by "THE" and its head word as an organisation, not a common phrase', () => {
    const found = named('3. VIEWS ARE TO BE SUBMITTED THROUGH THE POLICY REVIEW COMMITTEE BY MARCH 21. THE DEVELOPMENT PROGRAM OF THE SAME GENERAL LINES WAS NOT DISCUSSED.', SEVENTIES);
    expect(found).toContainEqual(['ORGANIZATION', 'THE POLICY REVIEW COMMITTEE']);
    expect(found.some(([, text]) => /PROGRAM|LINES/.test(text!))).toBe(false);
  });

  it('extends a place the tagger ended early to the organisation it starts', () => {
    const found = named('5. HE SAID ANGOLA AIRLINES AND THE JAPAN STEEL SCRAP RESERVE ASSOCIATION WOULD AGREE. IN BONN THE TALKS WENT ON.', SEVENTIES);
    expect(found).toContainEqual(['ORGANIZATION', 'ANGOLA AIRLINES']);
    expect(found.find(([, text]) => /ASSOCIATION/.test(text!))?.[0]).toBe('ORGANIZATION');
    expect(found).toContainEqual(['PLACE', 'BONN']);
  });

  it('reads an unknown word before a verb of speech as a person, there and elsewhere in the text', () => {
    const found = named('4. CLARANCE TOLD MISSION THAT THE MEETING WAS INVARIABLY SAID TO BE USEFUL. NEXT STEP WILL BE FOR CLARANCE TO CLARIFY THE SITUATION.', SEVENTIES);
    expect(found.filter(([, text]) => text === 'CLARANCE').map(([type]) => type)).toEqual(['PERSON', 'PERSON']);
    expect(found.some(([, text]) => text === 'INVARIABLY')).toBe(false);
  });
});
