// The classification as released metadata writes it, on small cables written for these tests.
import { describe, expect, it } from 'vitest';
import { transmissionLevel } from './classification.js';
import { parseCable } from './parse-cable.js';

const HEADER = (zny: string, de = 'DE RUEHLM #0777/01 0731530') =>
  `VZCZCXRO0001\nPP RUEHC\n${de}\nZNY ${zny} ZZH\nP 141530Z MAR 09\nFM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\n\n`;

function classify(caption: string, banner = 'C O N F I D E N T I A L LIMA 000777', zny = 'CCCCC'): string | null {
  const text = `${HEADER(zny)}${banner}\n\n${caption}\nE.O. 12958: DECL: 03/14/2019\nTAGS: PGOV PE\nSUBJECT: A TEST\n\n¶1. (C) Text.\n`;
  return parseCable(text, 'c.txt').classification;
}

describe('caveats in the caption', () => {
  it('makes classified traffic NOFORN with a NOFORN caveat line, glued or not', () => {
    expect(classify('NOFORN\nSIPDIS\n')).toBe('CONFIDENTIAL//NOFORN');
    expect(classify('SIPDISNOFORN\n')).toBe('CONFIDENTIAL//NOFORN');
    expect(classify('SIPDIS\n')).toBe('CONFIDENTIAL');
  });

  it('keeps only the later of NOFORN and SENSITIVE, as the release records one caveat', () => {
    expect(classify('NOFORN\nSENSITIVE\nSIPDIS\n')).toBe('CONFIDENTIAL');
    expect(classify('SENSITIVE\nSIPDIS\nNOFORN\n')).toBe('CONFIDENTIAL//NOFORN');
  });

  it('keeps a NOFORN the release set aside among the caveats that access control reads', () => {
    const text = `${HEADER('CCCCC')}C O N F I D E N T I A L LIMA 000777\n\nNOFORN\nSENSITIVE\nSIPDIS\nSUBJECT: A TEST\n\n¶1. Unmarked text.\n`;
    const cable = parseCable(text, 'c.txt');
    expect(cable.classification).toBe('CONFIDENTIAL');
    expect(cable.caveats).toContain('NOFORN');
  });

  it('does not read a restated classification line as a caveat', () => {
    expect(classify('SIPDIS\nCONFIDENTIAL/NOFORN\n')).toBe('CONFIDENTIAL');
  });

  it('makes a cable NOFORN when its subject is marked NOFORN', () => {
    const text = `${HEADER('CCCCC')}C O N F I D E N T I A L LIMA 000777\n\nSIPDIS\nTAGS: PGOV PE\nSUBJECT: (C/NF) A TEST\n\n¶1. (C/NF) Text.\n`;
    expect(parseCable(text, 'c.txt').classification).toBe('CONFIDENTIAL//NOFORN');
  });

  it('makes unclassified traffic FOR OFFICIAL USE ONLY with a SENSITIVE or NOFORN caveat, not a sentence about it', () => {
    const unclas = 'UNCLAS LIMA 000777';
    expect(classify('SIPDIS\nSENSITIVE\n', unclas, 'UUUUU')).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(classify('SENSITIVE SIPDIS DEPT FOR WHA\n', unclas, 'UUUUU')).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(classify('NOFORN\nSIPDIS\n', unclas, 'UUUUU')).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY');
    expect(classify('SENSITIVE BUT UNCLASSIFIED\n', unclas, 'UUUUU')).toBe('UNCLASSIFIED');
    expect(classify('THIS CABLE IS SENSITIVE BUT UNCLASSIFIED.\n', unclas, 'UUUUU')).toBe('UNCLASSIFIED');
  });
});

describe('the transmission line', () => {
  it('reads the level of ZNY/ZNR lines', () => {
    expect(transmissionLevel('DE RUEHLM #0777\nZNY CCCCC ZZH')).toBe('CONFIDENTIAL');
    expect(transmissionLevel('ZNR UUUUU ZZH')).toBe('UNCLASSIFIED');
    expect(transmissionLevel('ZNY SSSAA ZZH')).toBe('SECRET');
    expect(transmissionLevel('ZNR EEEEE ZZH')).toBe('UNCLASSIFIED');
    expect(transmissionLevel('FM AMEMBASSY LIMA')).toBeNull();
  });

  it('decides the level when the banner belongs to another cable, and its caveats do not count', () => {
    const cable = parseCable(
      `${HEADER('CCCCC')}S E C R E T QUITO 004036\n\nNOFORN\nSIPDIS\nTAGS: PGOV EC\nSUBJECT: ANOTHER CABLE\n\n¶1. (S/NF) Text.\n`,
      'c.txt',
    );
    expect(cable.classification).toBe('CONFIDENTIAL');
    expect(cable.id).toBe('09LIMA777');
    expect(cable.warnings.join(' ')).toMatch(/another cable/);
  });

  it('reads a banner garbled with a stray letter before the spaced level', () => {
    const cable = parseCable(`${HEADER('CCCCC')}CSE C R E T SECTION 01 OF 02 QUITO 000004\nNOFORN\nSIPDIS\nSUBJECT: X\n\n¶1. (S/NF) Text.\n`, 'c.txt');
    expect(cable.banner).toBe('SECRET SECTION 01 OF 02 QUITO 000004');
    expect(cable.classification).toBe('CONFIDENTIAL');
    expect(cable.id).toBe('09LIMA777');
  });

  it('gives the level when there is no banner', () => {
    const cable = parseCable(`${HEADER('SSSSS')}SIPDIS\nTAGS: PGOV PE\nSUBJECT: NO BANNER\n\n¶1. (C) Text.\n`, 'c.txt');
    expect(cable.classification).toBe('SECRET');
  });
});
