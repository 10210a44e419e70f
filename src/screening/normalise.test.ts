import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../config.js';
import { baseTokens, NameNormaliser } from './normalise.js';
import { emptyReferenceData, loadReferenceData } from './reference-data.js';

const words = (s: string) => baseTokens(s);

describe('baseTokens', () => {
  it('folds case, width and punctuation', () => {
    expect(words('ＬＩＭＭＴ (Dalian FTZ) Economic & Trade, Co.')).toEqual(['limmt', 'dalian', 'ftz', 'economic', 'trade', 'co']);
  });

  it('drops apostrophes inside names and joins dotted abbreviations', () => {
    expect(words("O'BRIEN, ‘Abd al-Rahman")).toEqual(['obrien', 'abd', 'al', 'rahman']);
    expect(words('J.P. Morgan S.A.')).toEqual(['jp', 'morgan', 'sa']);
    expect(words('V. V. Putin')).toEqual(['v', 'v', 'putin']);
  });

  it('transliterates Cyrillic, Greek, Arabic and Hebrew with any-ascii', () => {
    expect(words('Владимир Путин')).toEqual(['vladimir', 'putin']);
    expect(words('Βλαντίμιρ')).toEqual(['vlantimir']);
    expect(words('حميد قاسمي')).toEqual(['hmyd', 'qsmy']);
  });

  it('reads Han characters syllable by syllable with pinyin-pro, surnames as surnames', () => {
    expect(words('李方伟')).toEqual(['li', 'fang', 'wei']);
    expect(words('单田芳')).toEqual(['shan', 'tian', 'fang']);
  });

  it('splits Hangul syllables', () => {
    expect(words('김정은')).toEqual(['gim', 'jeong', 'eun']);
  });

  it('only ever yields lowercase ASCII letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        for (const w of baseTokens(s)) expect(w).toMatch(/^[a-z0-9]+$/);
      }),
      { numRuns: 300 },
    );
  });
});

const reference = dataDir();
describe.skipIf(reference === null)('NameNormaliser with the shared reference tables', () => {
  const n = new NameNormaliser(loadReferenceData(baseTokens));
  const texts = (s: string, style: 'person' | 'organization' | 'unknown' = 'unknown') => n.tokens(s, style).map((t) => t.text);

  it('reads "Co., Ltd." and "Company Limited" as the same legal form', () => {
    expect(texts('Acme Co., Ltd.')).toEqual(texts('ACME COMPANY LIMITED'));
    expect(texts('Acme Co., Ltd.')).toEqual(['acme', '~llc']);
  });

  it('reads "&" as "and" and company words as their group', () => {
    expect(texts('Sunny Industry & Trade Co')).toEqual(texts('SUNNY INDUSTRY AND TRADING CO'));
  });

  it('looks for legal forms only at the ends of a name', () => {
    expect(texts('OOO Romashka')).toEqual(['~llc', 'romashka']);
    expect(texts('Kim SE Jin', 'person')).toEqual(['kim', 'se', 'jin']);
    expect(texts('J.P. Morgan')).toEqual(['jp', 'morgan']);
  });

  it('drops leading titles from personal names', () => {
    expect(texts('President Vladimir Putin', 'person')).toEqual(['vladimir', 'putin']);
    expect(texts('His Excellency Dr Ali Hassan')).toEqual(['ali', 'hassan']);
  });

  it('reads an unknown name with a legal form as an organisation', () => {
    expect(n.normalise('Acme Trading LLC', 'unknown').style).toBe('organization');
    expect(n.normalise('Karl Lee', 'unknown').style).toBe('unknown');
  });

  it('marks words that came from Arabic or Hebrew script', () => {
    expect(n.tokens('حميد قاسمي', 'person').every((t) => t.abjad)).toBe(true);
    expect(n.tokens('Hamid Qassemi', 'person').some((t) => t.abjad)).toBe(false);
  });
});

describe('NameNormaliser without reference tables', () => {
  it('still normalises words', () => {
    const n = new NameNormaliser(emptyReferenceData('none'));
    expect(n.tokens('Acme Co., Ltd.', 'organization').map((t) => t.text)).toEqual(['acme', 'co', 'ltd']);
  });
});
