// Unit tests for the field readers, on forms listed in docs/cable-format.md (examples written here).
import { describe, expect, it } from 'vitest';
import { canonicalizeId, editDistance, makeCableId } from './cable-id.js';
import { parseClassifiedBy, parseReasons } from './classified-by.js';
import { parseDate, parseDeclass } from './declass.js';
import { parseDtg, parseRouting } from './header.js';
import { canonicalMark, parsePortionMark } from './markings.js';
import { originFromAddress } from './origin.js';
import { findReferenceBlock, parseReferences } from './references.js';
import { parseSubject } from './subject.js';
import { findTagsField, parseTags, tagKind } from './tags.js';
import { titlefy } from './titlefy.js';

describe('canonical ids', () => {
  it('drops leading zeros and joins the station', () => {
    expect(makeCableId(2007, 'BEIJING', '005039')).toBe('07BEIJING5039');
    expect(makeCableId(2009, 'SAO PAULO', '000161')).toBe('09SAOPAULO161');
    expect(makeCableId(1999, 'THE HAGUE', '00012')).toBe('99THEHAGUE12');
  });
  it('applies station aliases and malformed-id fixes', () => {
    expect(canonicalizeId('06SECSTATE123')).toBe('06STATE123');
    expect(canonicalizeId('07USUN2')).toBe('07USUNNEWYORK2');
    expect(canonicalizeId('09EFTOLONDON2187')).toBe('09LONDON2187');
    expect(canonicalizeId('08ECTION01OF02MANAMA492')).toBe('08MANAMA492');
    expect(canonicalizeId('05EMBASSYVIENNA1')).toBe('05VIENNA1');
  });
  it('keeps valid stations and reads the 1970s form', () => {
    expect(canonicalizeId('02BRUSSELS12')).toBe('02BRUSSELS12');
    expect(canonicalizeId('1973STATE089296')).toBe('1973STATE089296');
  });
  it('counts a transposition as one edit', () => {
    expect(editDistance('USEUBRUSEELS', 'USEUBRUSSELS', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('gives the edit distance up to the limit, and limit + 1 above it', () => {
    expect(editDistance('COTONOU', 'COTON0U', 1)).toBe(1);
    expect(editDistance('', 'ab', 2)).toBe(2);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
    expect(editDistance('abcdef', 'badcfe', 2)).toBe(3);
    expect(editDistance('abcdef', 'badcfe', 3)).toBe(3);
    expect(editDistance('AMBASSADOR', 'AMBASSAOR', 2)).toBe(1);
  });
});

describe('DTG and routing', () => {
  it('reads precedence, time and two-digit years', () => {
    expect(parseDtg('O 020704Z AUG 07')?.dtg.iso).toBe('2007-08-02T07:04:00Z');
    expect(parseDtg('O P 190243Z DEC 89')?.dtg.iso).toBe('1989-12-19T02:43:00Z');
    expect(parseDtg('R 300927Z NOV 00')?.precedence).toBe('ROUTINE');
    expect(parseDtg('301931Z OCT 09')?.dtg.iso).toBe('2009-10-30T19:31:00Z');
    expect(parseDtg('O 320704Z AUG 07')).toBeNull();
  });
  it('reads recipients with routes, precedence, MCNs and XMT exclusions', () => {
    const r = parseRouting('O 011200Z JAN 08\nFM AMEMBASSY ROME\nTO RUEHC/SECSTATE WASHDC PRIORITY 1234\nRUEHX/EUROPEAN POLITICAL COLLECTIVE\nXMT AMEMBASSY SOFIA\nINFO AMEMBASSY PARIS\nDE RUEHRO #0101/01 0011200');
    expect(r.from).toBe('AMEMBASSY ROME');
    expect(r.to).toEqual([
      { route: 'RUEHC', name: 'SECSTATE WASHDC', precedence: 'PRIORITY', mcn: '1234' },
      { route: 'RUEHX', name: 'EUROPEAN POLITICAL COLLECTIVE', precedence: null, mcn: null, excluded: ['AMEMBASSY SOFIA'] },
    ]);
    expect(r.info).toEqual([{ route: null, name: 'AMEMBASSY PARIS', precedence: null, mcn: null }]);
  });
  it('skips printout distribution lists', () => {
    expect(parseRouting('O 011200Z JAN 01\nFM AMEMBASSY X\nINFO LOG-00 NP-00 AMAD-00').info).toEqual([]);
  });
});

describe('origin names', () => {
  it('follows the released metadata', () => {
    expect(originFromAddress('AMEMBASSY THE HAGUE')).toBe('Embassy The Hague');
    expect(originFromAddress('AMCONSUL SAO PAULO')).toBe('Consulate Sao Paulo');
    expect(originFromAddress('SECSTATE WASHDC')).toBe('Secretary of State');
    expect(originFromAddress('USMISSION USUN NEW YORK')).toBe('USUN New York');
    expect(originFromAddress('USMISSION USNATO')).toBe('Mission USNATO');
    expect(originFromAddress('USINT HAVANA')).toBe('US Interests Section Havana');
    expect(originFromAddress('NOT AN OFFICE')).toBeNull();
  });
});

describe('classification reasons and authority', () => {
  it.each([
    ['Reasons 1.4 (b) and (d)', ['1.4(b)', '1.4(d)']],
    ['REASON: 1.4(B), (D)', ['1.4(b)', '1.4(d)']],
    ['1.4 (b/d)', ['1.4(b)', '1.4(d)']],
    ['1.4 (B and D)', ['1.4(b)', '1.4(d)']],
    ['1.4 (b&d)', ['1.4(b)', '1.4(d)']],
    ['FOR REASONS 1.5 (B) AND (D)', ['1.5(b)', '1.5(d)']],
    ['1.5 (B)(D)', ['1.5(b)', '1.5(d)']],
    ['reasons 1.4 b, c, and d', ['1.4(b)', '1.4(c)', '1.4(d)']],
    ['Reasons', []],
  ])('%s', (text, reasons) => {
    expect(parseReasons(text)).toEqual(reasons);
  });
  it('separates the title from the name', () => {
    expect(parseClassifiedBy('Classified By: Acting Deputy Chief of Mission Jane Q. Doe for reasons 1.4 (b)').names).toEqual(['Jane Q. Doe']);
    expect(parseClassifiedBy('CLASSIFIED BY: John Roe, Ambassador, U.S. Embassy X; REASON: 1.4(B)').names).toEqual(['John Roe']);
    expect(parseClassifiedBy('Classified By: Ambasador Mary Major, Reasons 1.4 (b)').names).toEqual(['Mary Major']);
  });
  it('joins a name cut at the fixed line width', () => {
    const text = 'Classified By: Interagency Provincial Affairs Deputy Coordinator Hoyt Y \nee for reasons 1.4 (b) and (d)';
    expect(parseClassifiedBy(text).names).toEqual(['Hoyt Yee']);
  });
});

describe('E.O. and declassification', () => {
  it.each([
    ['E.O. 12958: DECL: 08/02/2027', '12958', '2027-08-02', null],
    ['EO 12958 DECL: 2019/12/17', '12958', '2019-12-17', null],
    ['E.O. 12958: DECL: 11/02/10', '12958', '2010-11-02', null],
    ['E.O. 12958: N/A', '12958', null, 'N/A'],
    ['E.O. 13526: DECL: 25X1', '13526', null, '25X1'],
    ['E.o. 12958: decl: 4/19/2015 Tags: prel', '12958', '2015-04-19', null],
  ])('%s', (line, eo, date, instruction) => {
    expect(parseDeclass(line)).toMatchObject({ executiveOrder: eo, declassifyOn: date, instruction });
  });
  it('reads a downgrade', () => {
    expect(parseDeclass('E.O. 12958: DNG: CO 01/26/2021').downgrade).toEqual({ to: 'CO', on: '2021-01-26' });
  });
  it('rejects impossible dates', () => {
    expect(parseDate('02/30/2010')).toBeNull();
  });
});

describe('TAGS', () => {
  const tags = (text: string): string[] => {
    const lines = text.split('\n');
    const field = findTagsField(lines, 0, lines.length);
    return field === null ? [] : parseTags(field);
  };
  it('reads colon, no colon, commas and continuation lines', () => {
    expect(tags('TAGS: PREL PGOV CH')).toEqual(['PREL', 'PGOV', 'CH']);
    expect(tags('TAGS PREL, PGOV,\nCH\nSUBJECT: X')).toEqual(['PREL', 'PGOV', 'CH']);
    expect(tags('E.O. 12958: N/A TAGS: ECON EG')).toEqual(['ECON', 'EG']);
    expect(tags('tags: prel, ir')).toEqual(['PREL', 'IR']);
  });
  it('keeps person tags whole, applies typo fixes, splits merged codes and drops duplicates', () => {
    expect(tags('TAGS: OVIP (SMITH, JOHN A.) PREL')).toEqual(['OVIP', 'SMITH, JOHN A.', 'PREL']);
    expect(tags('TAGS: PREL PREL VTPREL MOPPS')).toEqual(['PREL', 'VT', 'MOPS']);
    expect(tags('TAGS: ETRDEINVECINPGOVCS')).toEqual(['ETRD', 'EINV', 'ECIN', 'PGOV', 'CS']);
    expect(tags('TAGS: PHUM GOI EXTERNAL')).toEqual(['PHUM', 'GOI EXTERNAL']);
  });
  it('reads a TAGS line that lost its label between the E.O. line and the subject, and nothing else', () => {
    expect(tags('E.O. 12958: N/A\nECON, PGOV, EINV, JA\nSUBJECT: X')).toEqual(['ECON', 'PGOV', 'EINV', 'JA']);
    expect(tags('E.O. 12958: N/A\nFOR THE AMBASSADOR\nSUBJECT: X')).toEqual([]);
    expect(tags('E.O. 12958: N/A\nQQQQ ZZZZ\nSUBJECT: X')).toEqual([]);
    expect(tags('ECON, PGOV, JA\nSUBJECT: X')).toEqual([]);
  });
  it('keeps unknown codes and tells their kinds', () => {
    expect(tags('TAGS: ZZZQ CH')).toEqual(['ZZZQ', 'CH']);
    expect(tagKind('KNNP')).toBe('program');
    expect(tagKind('IR')).toBe('geo');
    expect(tagKind('SMITH, JOHN')).toBe('person');
  });
});

describe('subject', () => {
  const subject = (text: string) => {
    const lines = text.split('\n');
    return parseSubject(lines, 0, lines.length);
  };
  it('reads the mark, joins lines and stops at the next field', () => {
    expect(subject('SUBJECT: (S) FIRST LINE\nSECOND LINE\n\nREF: STATE 1')).toEqual({ text: 'FIRST LINE SECOND LINE', marking: 'S' });
    expect(subject('SUBJ: A SUBJECT REF: A. ROME 12')?.text).toBe('A SUBJECT');
    expect(subject('SUBJECT: VISIT TO EGYPTREF: CAIRO 493')?.text).toBe('VISIT TO EGYPT');
  });
  it('stops at a REF label glued to a number that ends the subject', () => {
    expect(subject('SUBJECT: ZARVO VISIT, MARCH 24-28REF: A. CAIRO 452 B. CAIRO 488')?.text).toBe('ZARVO VISIT, MARCH 24-28');
  });
  it('drops a label written twice, mark and all', () => {
    expect(subject('SUBJECT: SUBJECT: (C) HALVARD CASE AGAINST ZARVO LINES')).toEqual({ text: 'HALVARD CASE AGAINST ZARVO LINES', marking: 'C' });
    expect(subject('SUBJECT: SUBJECT MATTER EXPERTS VISIT')?.text).toBe('SUBJECT MATTER EXPERTS VISIT');
  });
});

describe('references', () => {
  const refs = (text: string, year = 2008) => parseReferences(findReferenceBlock(text) ?? '', year, null);
  it('reads lettered items, year prefixes, padded serials and aliases', () => {
    expect(refs('REF: A. TBILISI 1605 B. 06 TBILISI 0619 C. SECSTATE 74879').map((r) => [r.id, r.label])).toEqual([
      ['08TBILISI1605', 'A'],
      ['06TBILISI619', 'B'],
      ['08STATE74879', 'C'],
    ]);
    expect(refs('REF: (A) 2007 MANAGUA 2135, (B) RIO DE JAN 138').map((r) => r.id)).toEqual(['07MANAGUA2135', '08RIODEJANEIRO138']);
    // A label glued to the number that ended the subject line.
    expect(refs('SUBJECT: ZARVO VISIT, MARCH 24-28REF: A. CAIRO 452 B. CAIRO 488\n').map((r) => r.id)).toEqual(['08CAIRO452', '08CAIRO488']);
  });
  it('keeps references that are not cables, with their kind', () => {
    expect(refs('REF: A) ROME 12 B) DOE-ROE EMAIL 05/11/07 C) 9 FAM 40.31').map((r) => r.kind)).toEqual(['cable', 'email', 'fam']);
  });
  it('gives a continued serial the year written after it', () => {
    expect(refs('REF: LIMA CABLES 0312 AND 01877 (2006)', 2007).map((r) => r.id)).toEqual(['07LIMA312', '06LIMA1877']);
    expect(refs('REF: LIMA 412 (05) AND 388 (04)', 2007).map((r) => r.id)).toEqual(['05LIMA412', '04LIMA388']);
  });
  it('reads a year after a titled name as a report, not a cable serial', () => {
    expect(refs('REF: A. LIMA 412 B. ANNUAL TIP REPORT MEXICO 2007 C. LIMA 2007', 2008).map((r) => [r.id, r.kind])).toEqual([
      ['08LIMA412', 'cable'],
      ['ANNUAL TIP REPORT MEXICO 2007', 'other'],
      ['08LIMA2007', 'cable'],
    ]);
  });
  it('continues serials and stops at the classification line', () => {
    expect(refs('REF: BRASILIA 2799 AND 2764\nClassified By: X').map((r) => r.id)).toEqual(['08BRASILIA2799', '08BRASILIA2764']);
  });
});

describe('portion marks and titles', () => {
  it('canonicalises marks', () => {
    expect(canonicalMark('s/nf')).toBe('S//NF');
    expect(parsePortionMark('C//NF')).toEqual({ level: 'CONFIDENTIAL', caveats: ['NOFORN'] });
    expect(parsePortionMark('SBU')).toEqual({ level: 'UNCLASSIFIED', caveats: ['SBU'] });
    expect(parsePortionMark('XYZ')).toBeNull();
  });
  it('title-cases all-caps subjects', () => {
    expect(titlefy('NEW TALKS ON THE IAEA IN CHINA')).toBe('New Talks on the IAEA in China');
    expect(titlefy('Mixed Case Stays')).toBe('Mixed Case Stays');
  });
});
