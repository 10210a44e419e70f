// What makes a case: a country's government is never the subject of one, and a sanctions hit opens
// one only on the name as listed (names invented or generic).
import { describe, expect, it } from 'vitest';
import { type PartyScreen, analyseCable, asListed, isGovernment, spelledOtherwise, suggests } from './analyse.js';
import { parseCable } from '../cable/parse-cable.js';
import { oneParagraphCable } from '../../test/fixtures/investigation-cables.js';
import type { PartyHit } from '../screening/screen-party.js';

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

describe('a sanctions hit as the list writes the name', () => {
  const hit = (explanation: Array<{ kind: string; query?: string; listed?: string; weight: number }>, type = 'organization'): PartyHit =>
    ({ type, explanation: explanation.map((e) => ({ ...e, text: '' })) }) as unknown as PartyHit;

  it('counts the words written as listed, a company word only when it is the same word', () => {
    const listedWords = [
      { kind: 'exact', query: 'ZARVO', listed: 'ZARVO', weight: 0.6 },
      { kind: 'exact', query: 'INDUSTRIES (company word)', listed: 'INDUSTRIES (company word)', weight: 0.3 },
      { kind: 'list-only', listed: 'GROUP (company word)', weight: 0.1 },
    ];
    expect(asListed(hit(listedWords))).toBe(true);
    // "World Bank" against a listed "Mir Business Bank": the company word is a translation.
    const translated = [
      { kind: 'exact', query: 'BANK', listed: 'BANK', weight: 0.448 },
      { kind: 'exact', query: 'WORLD (company word)', listed: 'MIR (company word)', weight: 0.374 },
      { kind: 'list-only', listed: 'BUSINESS (company word)', weight: 0.178 },
    ];
    expect(asListed(hit(translated))).toBe(false);
    expect(asListed(hit([{ kind: 'fuzzy', query: 'ZORVEKS', listed: 'ZARVO', weight: 0.7 }, { kind: 'exact', query: 'BANK', listed: 'BANK', weight: 0.3 }]))).toBe(false);
  });

  it("does not count a name that leaves out a word carrying much of the listed name's evidence", () => {
    // "Peoples Congress" against a listed "Peoples Congress of Zarvostan".
    const shorter = [
      { kind: 'exact', query: 'CONGRESS', listed: 'CONGRESS', weight: 0.461 },
      { kind: 'exact', query: 'PEOPLES', listed: 'PEOPLES', weight: 0.347 },
      { kind: 'list-only', listed: 'ZARVOSTAN', weight: 0.191 },
    ];
    expect(asListed(hit(shorter))).toBe(false);
    // A person is often named without one of his listed names.
    expect(asListed(hit(shorter, 'person'))).toBe(true);
    // Words of little weight, a legal form or a company word may be missing.
    const lighter = [
      { kind: 'exact', query: 'ZARVO', listed: 'ZARVO', weight: 0.8 },
      { kind: 'list-only', listed: 'ARMY', weight: 0.1 },
      { kind: 'list-only', listed: 'COMPANY LTD (legal form LLC)', weight: 0.05 },
      { kind: 'list-only', listed: 'GROUP (company word)', weight: 0.16 },
    ];
    expect(asListed(hit(lighter))).toBe(true);
  });
});

describe('a listed acronym the cable spells out', () => {
  const hit = { list: 'us-ofac-sdn' as const, id: '77780', name: 'QUORVAL ZEALOT FRONT', matchedName: 'QZX' };
  const none = (): null => null;
  const cable = (text: string) => ({ subject: null, paragraphs: [{ n: 1, marking: null, text }] }) as never;

  it('is another body when the name it spells shares no word with the listed name', () => {
    expect(spelledOtherwise(cable('The Nordvik Zinc Exchange (QZX) is a trading house.'), hit, none)).toBe(true);
  });

  it('is the listed body when the name shares a word, misspelt as it may be, or when the cable does not spell it out', () => {
    expect(spelledOtherwise(cable('The Quorval Zeal Front (QZX) is a militia.'), hit, none)).toBe(false);
    expect(spelledOtherwise(cable('The QZX is a militia.'), hit, none)).toBe(false);
  });

  it('reads words that spell the acronym elsewhere in the cable as its spelling out', () => {
    const nze = { ...hit, matchedName: 'NZE' };
    expect(spelledOtherwise(cable('Officials at the Nordvik Zinc Exchange said the NZE had left.'), nze, none)).toBe(true);
    expect(spelledOtherwise(cable('The Quorval Zealot Front said the QZX had left.'), hit, none)).toBe(false);
    // (Also in a section heading: "Unresponsive on Swiss Protecting Power".)
    expect(spelledOtherwise({ subject: null, paragraphs: [{ n: 1, marking: null, heading: 'Unresponsive on Nordvik Zinc Exchange', text: 'The NZE had left.' }] } as never, nze, none)).toBe(true);
    // (Nor two letters, too likely to spell anything.)
    expect(spelledOtherwise(cable('Nordvik Zinc said the NZ had left.'), { ...hit, matchedName: 'NZ' }, none)).toBe(false);
  });
});


describe('a sanctions suggestion on an entity named in a cable', () => {
  type Item = { kind: string; query?: string; listed?: string; weight: number; similarity?: number };
  const hit = (matchedName: string, explanation: Item[], more: Partial<PartyHit> = {}): PartyHit =>
    ({ list: 'us-ofac-sdn', id: '77790', name: matchedName, matchedName, alias: false, weakAlias: false, score: 0.9, match: true, type: 'person', programs: [], countries: [], explanation: explanation.map((e) => ({ ...e, text: '' })), ...more }) as PartyHit;
  const person = (display: string) => ({ schema: 'Person' as const, display });
  const body = (display: string) => ({ schema: 'Organization' as const, display });
  const full = [
    { kind: 'exact', query: 'HOLGERSEN', listed: 'HOLGERSEN', weight: 0.6, similarity: 1 },
    { kind: 'exact', query: 'ANA', listed: 'ANA', weight: 0.4, similarity: 1 },
  ];

  it('is made for a person named in full as listed', () => {
    expect(suggests(hit('HOLGERSEN, Ana', full), person('Ana Holgersen'))).toBe(true);
  });

  it('is not made for a weak alias of one name word', () => {
    const alias = [{ kind: 'exact', query: 'HALVARD', listed: 'HALVARD', weight: 1, similarity: 1 }];
    expect(suggests(hit('Abu Halvard', alias, { alias: true, weakAlias: true }), person('Ana Halvard'))).toBe(false);
    // (A weak alias of two name words says more.)
    expect(suggests(hit('Halvard Holgersen', full, { alias: true, weakAlias: true }), person('Ana Holgersen'))).toBe(true);
  });

  it('is not made for a person the cable names by one word', () => {
    const surname = [{ kind: 'exact', query: 'HOLGERSEN', listed: 'HOLGERSEN', weight: 0.8, similarity: 1 }, { kind: 'list-only', listed: 'ANA', weight: 0.2 }];
    expect(suggests(hit('HOLGERSEN, Ana', surname), person('Holgersen'))).toBe(false);
  });

  it('takes a spelling of a name word, not another name that sounds alike', () => {
    const spelt = [full[0]!, { kind: 'fuzzy+phonetic', query: 'ANNA', listed: 'ANA', weight: 0.4, similarity: 0.917 }];
    expect(suggests(hit('HOLGERSEN, Ana', spelt), person('Anna Holgersen'))).toBe(true);
    const other = [full[1]!, { kind: 'phonetic', query: 'HOLMSEN', listed: 'HOLGERSEN', weight: 0.6, similarity: 0.75 }];
    expect(suggests(hit('HOLGERSEN, Ana', other), person('Ana Holmsen'))).toBe(false);
  });

  it("is not made for a body's one word that is another word one letter off", () => {
    const near = [{ kind: 'fuzzy', query: 'ZARVA', listed: 'ZARVO', weight: 1, similarity: 0.8 }];
    expect(suggests(hit('ZARVO', near, { type: 'organization' }), body('Zarva'))).toBe(false);
    const slip = [{ kind: 'fuzzy', query: 'NORDVIKTRANSGAS', listed: 'NORDVIKTRANSGAZ', weight: 1, similarity: 0.964 }];
    expect(suggests(hit('NORDVIKTRANSGAZ', slip, { type: 'organization' }), body('Nordviktransgas'))).toBe(true);
  });

  it('is not made for a shorter name of a body whose listed name has more words than a legal form', () => {
    const trade = [
      { kind: 'exact', query: 'ZARVO', listed: 'ZARVO', weight: 0.86, similarity: 1 },
      { kind: 'list-only', listed: 'TRADE (company word)', weight: 0.1 },
      { kind: 'list-only', listed: 'LIMITED (legal form LLC)', weight: 0.04 },
    ];
    expect(suggests(hit('ZARVO TRADE LIMITED', trade, { type: 'organization' }), body('Zarvo'))).toBe(false);
    const legal = [{ kind: 'exact', query: 'ZARVO', listed: 'ZARVO', weight: 0.97, similarity: 1 }, { kind: 'list-only', listed: 'CO LTD (legal form LLC)', weight: 0.03 }];
    expect(suggests(hit('ZARVO CO., LTD.', legal, { type: 'organization' }), body('Zarvo'))).toBe(true);
  });
});

describe("a sanctions suggestion on a body's name that does not say which body", () => {
  const cableText = (paragraph: string) => oneParagraphCable(1, 4, paragraph);
  // An invented entry listed in North Korea under a generic name.
  const screen: PartyScreen = (name, type) =>
    type === 'organization' && name === 'Ministry of Metal Security'
      ? ({ query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '77791', name: 'MINISTRY OF METAL SECURITY', matchedName: 'MINISTRY OF METAL SECURITY', alias: false, weakAlias: false, score: 1, match: true, type: 'organization', programs: ['NPWMD'], countries: ['KP'], explanation: [{ kind: 'exact', query: 'METAL', listed: 'METAL', weight: 1, similarity: 1, text: '' }] }] } as never)
      : null;
  const suggested = (paragraph: string): string[] => {
    const r = analyseCable(parseCable(Buffer.from(cableText(paragraph)), 'c.txt'), screen);
    return r.knowledge.entities.filter((e) => (r.candidates.get(e.docKey) ?? []).length > 0).map((e) => e.display);
  };

  it("is made for a listed acronym of four letters or more wherever it is named, not for a shorter one", () => {
    const acronym = (name: string): PartyScreen => (n, type) =>
      type === 'organization' && n === name
        ? ({ query: { name: n }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '77792', name: 'QUORVAL ZINC EXPORTS', matchedName: name, alias: true, weakAlias: false, score: 1, match: true, type: 'organization', programs: ['NPWMD'], countries: ['KP'], explanation: [{ kind: 'exact', query: name, listed: name, weight: 1, similarity: 1, text: '' }] }] } as never)
        : null;
    const at = (paragraph: string, screen: PartyScreen): string[] => {
      const r = analyseCable(parseCable(Buffer.from(cableText(paragraph)), 'c.txt'), screen);
      return r.knowledge.entities.filter((e) => (r.candidates.get(e.docKey) ?? []).length > 0).map((e) => e.display);
    };
    expect(at('The officials in Brazil said the QZXW shipped graphite to Chile.', acronym('QZXW'))).toEqual(['QZXW']);
    expect(at('The officials in Brazil said the QZX shipped graphite to Chile.', acronym('QZX'))).toEqual([]);
  });

  it("is made only in a cable that names one of the entry's countries", () => {
    expect(suggested('The officials in Brazil said the Ministry of Metal Security shipped graphite to Chile.')).toEqual([]);
    expect(suggested('The officials said the Ministry of Metal Security shipped graphite from North Korea to Syria.')).toEqual(['Ministry of Metal Security']);
  });
});
