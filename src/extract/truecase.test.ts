// ALL-CAPS lines of a mixed-case document, written as the document writes its words (texts written
// for these tests).
import { describe, expect, it } from 'vitest';
import { extractUnits } from './extract.js';
import { truecase, writtenForms } from './truecase.js';

describe('truecase', () => {
  it('writes each word as the paragraphs do, and keeps every offset', () => {
    const forms = writtenForms(['On May 3 the Halvard Mining Company settled a wage dispute with the USG. The dispute was long.']);
    const line = 'HALVARD MINING COMPANY SETTLES WAGE DISPUTE, TELLS USG';
    const written = truecase(line, forms);
    expect(written).toBe('Halvard Mining Company settles wage dispute, tells USG');
    expect(written.length).toBe(line.length);
  });

  it('keeps a country short form and dotted abbreviations, and capitalises a name after a title', () => {
    const forms = writtenForms(['They told us that the talks went well.']);
    expect(truecase('U.S. AND US TALKS: SECRETARY RICE VISITS', forms)).toBe('U.S. and US talks: Secretary Rice visits');
  });

  it("keeps the letters of an office's or a title's symbol as written", () => {
    const forms = writtenForms(['She met a delegation and said it was a good visit.']);
    expect(truecase('A/S HALVARD VISIT TO S/CT', forms)).toBe('A/S Halvard visit to S/CT');
  });

  it('reads capitals that only quote a heading in the paragraphs as no evidence', () => {
    const forms = writtenForms(['The cable (ref: GOVERNMENT TELLS ENVOY IT AGREES) said the envoy agreed.']);
    expect(forms.get('TELLS')).toBeUndefined();
    expect(forms.get('ENVOY')).toBe('lower');
  });
});

describe('an ALL-CAPS subject in a mixed-case cable', () => {
  const named = (subject: string, ...paragraphs: string[]): Array<[number | null, string, string]> =>
    extractUnits(
      [{ paragraph: 0, text: subject }, ...paragraphs.map((text, i) => ({ paragraph: i + 1, text }))],
      { y: 2009, m: 1, d: 1 },
    )
      .mentions.filter((m) => ['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.type) && m.paragraph === 0)
      .map((m) => [m.paragraph, m.type, m.text]);

  it('is read with the mixed-case rules: a company in full, a common word as none', () => {
    expect(named('HALVARD MINING COMPANY SETTLES WAGE DISPUTE', 'The Halvard Mining Company settled the wage dispute on May 3.')).toEqual([
      [0, 'ORGANIZATION', 'HALVARD MINING COMPANY'],
    ]);
    expect(named('PERUVIAN ENERGY MINISTER SEES OPPOSITION', 'The minister met the opposition in Lima.')).toEqual([
      [0, 'PLACE', 'PERUVIAN'],
      [0, 'PERSON', 'ENERGY MINISTER'],
    ]);
  });
});

describe('a cable wholly in capitals', () => {
  const named = (text: string, y: number): string[] =>
    extractUnits([{ paragraph: 1, text }], { y, m: 6, d: 1 })
      .mentions.filter((m) => ['PERSON', 'ORGANIZATION', 'PLACE'].includes(m.type))
      .map((m) => `${m.type} ${m.text}`);

  it('is read by the mixed-case rules from 1990 on, by the 1970s tagger before', () => {
    const text = '2. PRESIDENT HOLGERSEN SAID THE SIX-PARTY TALKS WOULD RESUME IN THE RIFT VALLEY.';
    expect(named(text, 2009)).toContain('PLACE RIFT VALLEY');
    expect(named(text, 2009)).toContain('PERSON PRESIDENT HOLGERSEN');
    expect(named(text, 1975)).not.toContain('PLACE RIFT VALLEY');
  });

  it("capitalises the words of a body's name before its head word, back to the word that opens it", () => {
    const none = new Map();
    expect(truecase('THE ZARVO STEEL SCRAP RESERVE ASSOCIATION AND THE POLICY REVIEW COMMITTEE MET', none)).toBe(
      'the Zarvo Steel Scrap Reserve Association and the Policy Review Committee met',
    );
    // (Not a verb's -ing form, nor "government" before a kind of body.)
    expect(truecase('ABOLISHING ZARVO MINISTRIES', none)).toBe('abolishing Zarvo Ministries');
    expect(truecase('FAVOR ABOLISHING GOVERNMENT MINISTRIES', writtenForms(['They said the government would act.']))).toBe('favor abolishing government Ministries');
    // A head word that also names no body in particular ends a name only after a name of its own.
    expect(truecase('THE HALVARD NUCLEAR POWER PLANT IS NOT THE NEW POWER PLANT', none)).toBe('the Halvard Nuclear Power Plant is not the new power Plant');
  });

  it('writes a short given name or surname the sample never shows as a name, not an acronym', () => {
    expect(truecase('ENVOY BRITTA TAN ARRIVED', new Map())).toBe('Envoy Britta Tan arrived');
    // (A dictionary word after a given name is no surname for that: a headline's verb.)
    expect(truecase('ENVOY BRITTA INTERVENES AS HALVARD WAITS', new Map())).toBe('Envoy Britta intervenes as Halvard waits');
  });

  it('writes a government in lower case, unless named in full by its country', () => {
    expect(truecase('THE QUORVALI GOVERNMENT AND THE GOVERNMENT OF NORDVIK AGREED', new Map())).toBe('the Quorvali government and the Government of Nordvik agreed');
  });

  it("capitalises a cable's word for its mission, not a post held", () => {
    expect(truecase('POST WILL FOLLOW UP. HE TOLD POST THAT HIS POST WAS SAFE. POST-ELECTION', new Map())).toBe(
      'Post will follow up. he told Post that his post was safe. post-election',
    );
  });

  it('writes "US" after a verb or preposition, with no noun after it, as the pronoun', () => {
    expect(truecase('HE TOLD US THAT THE US POSITION WAS CLEAR AND GAVE US THE COPY. US TROOPS STAYED WITH US.', new Map())).toBe(
      'he told us that the US position was clear and gave us the copy. US troops stayed with us.',
    );
  });

  it("writes an acronym's plural as prose does, where the text has the acronym alone", () => {
    expect(truecase('THE ZPC MET. ALL ZPCS AGREED; THE SCANS WERE CLEAR', new Map())).toBe('the ZPC met. all ZPCs agreed; the scans were clear');
  });

  it('capitalises a title word the sample also writes in lower case only before a name or a title', () => {
    expect(truecase('IN GENERAL THE HEAD OF THE TEAM SAID GENERAL HOLGERSEN AND SECRETARY GENERAL BRITTA TAN AGREED', new Map())).toBe(
      'in general the head of the team said General Holgersen and Secretary General Britta Tan agreed',
    );
    // (Nor one the sample writes in lower case, nor before a nationality.)
    expect(truecase('NO OFFICIAL ANNOUNCEMENT CAME; OFFICIAL NORWEGIAN MEDIA SAID SO', new Map())).toBe('no official announcement came; official Norwegian media said so');
  });

  it("capitalises a place's word after a name of its own, back to the word that opens it", () => {
    expect(truecase('THE ZARVO AIR BASE NEAR HALVARD CITY IS NOT IN THE CITY', new Map())).toBe('the Zarvo Air Base near Halvard City is not in the city');
  });

  it('writes a dictionary word of four letters or more as a word, though its letters look like an acronym', () => {
    expect(truecase('CROWDS ARE AMASSING NEAR THE ZPC', new Map())).toBe('crowds are amassing near the ZPC');
  });

  it('capitalises a place of two words or more that the word lists know', () => {
    expect(truecase('HE FLEW FROM SANTA CRUZ TO NEW YORK', new Map())).toBe('he flew from Santa Cruz to New York');
    // (A word of it that looks like an acronym too, but not a country's letters.)
    expect(truecase('IN HO CHI MINH CITY AND THE UK', new Map())).toBe('in Ho Chi Minh City and the UK');
  });

  it("leaves out of a body's name a headline's verb, a quantity or 'former', and takes no words before a post", () => {
    expect(truecase('AMBASSADOR HALVARD PRESSES NORDVIK ARMY COMMANDER; PRESIDENT ZARVO OPENS PARLIAMENT; FORMER NUCLEAR CENTER DIRECTOR; ZARVO ASKS EMBASSY', new Map())).toBe(
      'Ambassador Halvard presses Nordvik Army Commander; President Zarvo opens Parliament; former Nuclear Center Director; Zarvo asks Embassy',
    );
  });

  it("joins no place's letters across a word that opens a phrase, and keeps a symbol's letters", () => {
    expect(truecase('IT REFUSED TO GO AWAY; CWS/BWC MEETING', new Map())).toBe('it refused to go away; CWS/BWC meeting');
    // (A function word beside a slash is no symbol: "AND/OR", "NOT/NOT".)
    expect(truecase('HE DID NOT/NOT AGREE TO SELL AND/OR LEND IT TO A/S HALVARD', new Map())).toBe('he did not/not agree to sell and/or lend it to A/S Halvard');
  });

  it("keeps a possessive inside a body's name", () => {
    expect(truecase('THE NORDVIK WORKERS\' PARTY AND THE REVOLUTIONARY PEOPLE\'S LIBERATION FRONT', new Map())).toBe(
      "the Nordvik Workers' Party and the Revolutionary People's Liberation Front",
    );
  });

  it('writes the article "A" in lower case, not a letter beside a mark', () => {
    expect(truecase('IT IS A MAJOR PRIORITY FOR THE A-4 AND A/S HALVARD', new Map())).toBe('it is a major priority for the A-4 and A/S Halvard');
  });

  it("takes into a body's name no part of a hyphenated compound", () => {
    expect(truecase('DESIGNATION OF THE U.S.-BASED NORDVIK FOUNDATION', new Map())).toBe('designation of the U.S.-based Nordvik Foundation');
  });

  it("takes into a body's name no other body's head word that the cable writes in lower case", () => {
    const forms = writtenForms(['The company Zarvo Component Limited sold it.']);
    expect(truecase('THE MALAYSIA-BASED COMPANY ZARVO COMPONENT LIMITED', forms)).toBe('the Malaysia-based company Zarvo Component Limited');
  });
});
