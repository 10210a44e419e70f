import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_CABLE, PRINTOUT_CABLE, WIKILEAKS_CABLE } from '../../test/fixtures/cables.js';
import { seedsDir } from '../config.js';
import { parseCable } from './parse-cable.js';

describe('parseCable on the seed cable', () => {
  const dir = seedsDir();
  if (dir === null) throw new Error('the shared seeds folder is missing: set DEMARCHE_DATA (see README)');
  const file = path.join(dir, '000_3a4d6ccc219d95fb.txt');
  const cable = parseCable(readFileSync(file), file);

  it('gives every contract field exactly', () => {
    expect(cable).toMatchObject({
      source: file,
      id: '07BEIJING5039',
      created: '2007-08-02T07:04:00Z',
      origin: 'Embassy Beijing',
      station: 'BEIJING',
      from: 'AMEMBASSY BEIJING',
      to: [{ route: null, name: 'SECSTATE WASHDC', precedence: 'IMMEDIATE', mcn: '0382' }],
      info: [],
      precedence: 'IMMEDIATE',
      classification: 'SECRET',
      tags: ['ETTC', 'PARM', 'PREL', 'MTCR', 'KSCA', 'IR', 'CH'],
      subject: 'LIMMT INVESTIGATION',
      subjectMarking: 'S',
      references: [{ id: '07BEIJING1625', kind: 'cable', label: null }],
      classifiedBy: 'Deputy Chief of Mission Daniel Piccuta',
      reasons: ['1.4(b)', '1.4(d)'],
      executiveOrder: '12958',
      declassifyOn: '2027-08-02',
      summary: null,
      signer: null,
      warnings: [],
    });
  });

  it('reads paragraphs 1 to 5, all marked S, with the heading on paragraph 5', () => {
    expect(cable.paragraphs.map((p) => [p.n, p.marking])).toEqual([1, 2, 3, 4, 5].map((n) => [n, 'S']));
    expect(cable.paragraphs[0]!.text).toMatch(/^On July 25, in his capacity as Charge/);
    expect(cable.paragraphs[4]!.heading).toBe('Another Issue: Arms Sales to Iran and Non-State Actors');
    expect(cable.paragraphs[4]!.text).toMatch(/compliance beyond the letter of the UNSCR," Charge said\.$/);
    expect(cable.paragraphs.some((p) => p.text.includes('End Cable Text'))).toBe(false);
  });
});

describe('parseCable on a WikiLeaks text with routing header', () => {
  const cable = parseCable(WIKILEAKS_CABLE, 'fixture.txt');

  it('reads the routing header', () => {
    expect(cable.id).toBe('08BEIJING4321');
    expect(cable.created).toBe('2008-07-20T09:30:00Z');
    expect(cable.to).toEqual([{ route: 'RUEHC', name: 'SECSTATE WASHDC', precedence: 'IMMEDIATE', mcn: '7788' }]);
    expect(cable.info.map((r) => [r.route, r.name, r.mcn])).toEqual([
      ['RUEHOO', 'CHINA POSTS COLLECTIVE', null],
      ['RUEHGV', 'USMISSION GENEVA', '0042'],
    ]);
  });

  it('reads banner, caveat, continued tags, wrapped subject, lettered references and wrapped reasons', () => {
    expect(cable.classification).toBe('SECRET//NOFORN');
    expect(cable.tags).toEqual(['PARM', 'MTCR', 'ETTC', 'PREL', 'CH', 'IR']);
    expect(cable.subject).toBe('TESTING THE PARSER ON A TWO-LINE SUBJECT');
    expect(cable.subjectMarking).toBe('S//NF');
    expect(cable.references).toEqual([
      { id: '08STATE71143', kind: 'cable', label: 'A' },
      { id: '07BEIJING5039', kind: 'cable', label: 'B' },
      { id: 'SMITH-JONES E-MAIL 07/01/08', kind: 'email', label: 'C' },
    ]);
    expect(cable.classifiedBy).toBe('Political Minister Counselor Aubrey Carlson');
    expect(cable.classifiedByNames).toEqual(['Aubrey Carlson']);
    expect(cable.reasons).toEqual(['1.4(b)', '1.4(d)']);
  });

  it('keeps portion marks, removes the page-continuation line, finds summary, headings and signer', () => {
    expect(cable.paragraphs.map((p) => p.marking)).toEqual(['S//NF', 'C', 'U', 'S']);
    expect(cable.paragraphs[0]!.heading).toBe('Summary');
    expect(cable.paragraphs[1]!.text).toBe('The second paragraph is confidential and mentions tungsten powder shipped to Tehran.');
    expect(cable.paragraphs[3]!.heading).toBe('Another Heading');
    expect(cable.summary).toBe('The first paragraph opens with a summary\nthat wraps over two lines.');
    expect(cable.signer).toBe('RANDT');
    expect(cable.paragraphs[3]!.text).toBe('The fourth paragraph sits under a heading.');
  });
});

describe('parseCable on copies without a routing header', () => {
  it('reads a partial extract, taking the id year from a file name that agrees with the banner', () => {
    const cable = parseCable(PRINTOUT_CABLE, 'somewhere/03ROME1234.txt');
    expect(cable.id).toBe('03ROME1234');
    expect(cable.created).toBeNull();
    expect(cable.origin).toBe('Embassy Rome');
    expect(cable.classifiedByNames).toEqual(['MEL SEMBLER']);
    expect(cable.reasons).toEqual(['1.5(b)', '1.5(d)']);
    expect(cable.warnings.join(' ')).toMatch(/file name/);
  });

  it('gives no id, with a warning, when nothing in the text or the name dates it', () => {
    const cable = parseCable(PRINTOUT_CABLE, 'upload.txt');
    expect(cable.id).toBeNull();
    expect(cable.warnings.join(' ')).toMatch(/no canonical id/);
  });

  it('reads a PDF-to-markdown rendering: one-line header, LaTeX reasons, OCR pilcrows', () => {
    const cable = parseCable(MARKDOWN_CABLE, 'x.md');
    expect(cable.id).toBe('06PARIS777');
    expect(cable.to[0]).toEqual({ route: null, name: 'SECSTATE WASHDC', precedence: 'PRIORITY', mcn: '0101' });
    expect(cable.reasons).toEqual(['1.4(b)', '1.4(d)']);
    expect(cable.paragraphs.map((p) => [p.n, p.marking])).toEqual([
      [1, 'C'],
      [2, 'C'],
      [3, 'U'],
    ]);
    expect(cable.normalization.length).toBe(2);
  });

  it('keeps dollar amounts: two on a line are no LaTeX math', () => {
    const cable = parseCable('UNCLAS TRIPOLI 000123\n\nTAGS: ECON LY\nSUBJECT: CONTRACTS\n\n1. Deals worth $2.0 to $3.0 billion; $80 and $90.\n', 't.txt');
    expect(cable.paragraphs[0]?.text).toBe('Deals worth $2.0 to $3.0 billion; $80 and $90.');
    expect(cable.normalization.join(' ')).not.toMatch(/LaTeX/);
  });

  it('reads latin-1 bytes: a raw 0xB6 pilcrow starts a paragraph', () => {
    const latin1 = Buffer.concat([
      Buffer.from('UNCLAS KINGSTON 000382\n\nTAGS: PGOV JM\nSUBJECT: LATIN-1\n\n'),
      Buffer.from([0xb6]),
      Buffer.from('1. Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' text.\n'),
    ]);
    const cable = parseCable(latin1, 'k.txt');
    expect(cable.paragraphs).toEqual([{ n: 1, marking: null, text: 'Café text.' }]);
    expect(cable.warnings.join(' ')).toMatch(/latin-1/);
  });
});

describe('dates of partial extracts', () => {
  const NOTICE = 'This record is a partial extract of the original cable. The full text of the original cable is not available.';

  it('takes created from the mixed-case DTG line that heads the extract', () => {
    const text = `${NOTICE}\n\n141530Z Mar 05\n\nC O N F I D E N T I A L LIMA 000777\n\nSIPDIS\n\nE.O. 12958: DECL: 03/14/2015\nTAGS: PGOV PE\nSUBJECT: A TEST\n\n¶1. (C) Text.\n`;
    const cable = parseCable(text, 'extract.txt');
    expect(cable.created).toBe('2005-03-14T15:30:00Z');
    expect(cable.id).toBe('05LIMA777');
  });

  it('reads an archive CSV row whose classification normalisation put on a line of its own', () => {
    const text = `${NOTICE}\n\n12345,3/14/2005 15:30,05LIMA777,"Embassy Lima",CONFIDENTIAL,05LIMA700,"${NOTICE}\n\n ","C O N F I D E N T I A L LIMA 000777\n\nSIPDIS\n\nTAGS: PGOV PE\nSUBJECT: A TEST\n\n¶1. (C) Text.\n"`;
    const cable = parseCable(text, 'extract.txt');
    expect(cable.created).toBe('2005-03-14T15:30:00Z');
    expect(cable.id).toBe('05LIMA777');
    expect(cable.classification).toBe('CONFIDENTIAL');
  });
});

describe('archive records in partial extracts', () => {
  const NOTICE = 'This record is a partial extract of the original cable. The full text of the original cable is not available.';

  it('reads a row run together by spaces, dates the references by it and drops a self-reference', () => {
    const text = `${NOTICE}\n\nC O N F I D E N T I A L LIMA 000777\n\nSIPDIS\n\nTAGS: PGOV PE\nSUBJECT: A TEST\n\nREF: A. STATE 12345\n     ¶B. LI...\n55555 3/14/2005 15:30 05LIMA777 C O N F I D E N T I A L LIMA 000777 SIPDIS\n\n¶1. (C) Text.\n`;
    const cable = parseCable(text, 'extract.txt');
    expect(cable.created).toBe('2005-03-14T15:30:00Z');
    expect(cable.references.map((r) => r.id)).toEqual(['05STATE12345']);
  });

  it('reads a record one field a line, its classification line included, as a date without time', () => {
    const text = `${NOTICE}\n\nSECRET LIMA 000777\n\nSIPDIS\nTAGS: PGOV PE\nSUBJECT: A TEST\n\nREF: STATE 12345\n\n¶1. (S) Text...\n\n12345\n\n2005-03-14\n\n05LIMA777\n\nEmbassy Lima\n\nSECRET\n\n`;
    const cable = parseCable(text, 'extract.txt');
    expect(cable.created).toBe('2005-03-14');
    expect(cable.id).toBe('05LIMA777');
    expect(cable.references.map((r) => r.id)).toEqual(['05STATE12345']);
  });
});

describe('a partial extract followed by the whole record', () => {
  const NOTICE = 'This record is a partial extract of the original cable. The full text of the original cable is not available.';

  it('reads the whole text once, not the cut copy before the record', () => {
    const head = 'UNCLAS SECTION 01 OF 02 LIMA 000777\n\nSIPDIS\n\nE.O. 12958 N/A\nTAGS: PGOV PE\nSUBJECT: A TEST OF A LONG\nSUBJECT LINE\n\n';
    const cut = `${NOTICE}\n\n${head.replace('SUBJECT LINE', 'SUB...')}¶1. (U) The minister ...\n`;
    const text = `${cut}12345\n\n2005-03-14\n\n05LIMA777\n\nEmbassy Lima\n\nUNCLASSIFIED\n\n\n\n${head}¶1. (U) The minister met the Ambassador.\n\n¶2. (U) He agreed.\n`;
    const cable = parseCable(text, 'extract.txt');
    expect(cable.subject).toBe('A TEST OF A LONG SUBJECT LINE');
    expect(cable.paragraphs.map((p) => p.text)).toEqual(['The minister met the Ambassador.', 'He agreed.']);
    expect(cable.created).toBe('2005-03-14');
    expect(cable.id).toBe('05LIMA777');
  });
});

describe('a cut copy followed by a keyed record and the whole text', () => {
  it('reads the whole text once', () => {
    const routing = 'VZCZCXYZ0010\nPP RUEHWEB\n\nDE RUEHPE #0777 1441619\nZNR UUUUU ZZH\nP 231619Z MAY 08\nFM AMEMBASSY LIMA\nTO SECSTATE WASHINGTON DC PRIORITY 0000\n\n';
    const head = 'UNCLAS LIMA 000777\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV PE\nSUBJECT: A TEST\n\n';
    const record = 'id: 155355\ndate: 5/23/2008 16:19\nrefid: 08LIMA777\norigin: Embassy Lima\nclassification: UNCLASSIFIED\ndestination: \nheader:\n';
    const text = `${routing}${head}¶1. (U) Summary: The minister m...\n\n${record}${routing}\n----------------- header ends ----------------\n\n${head}¶1. (U) Summary: The minister met the Ambassador.\n\n¶2. (U) He agreed.\n`;
    const cable = parseCable(text, 'keyed.txt');
    expect(cable.paragraphs.map((p) => p.text)).toEqual(['Summary: The minister met the Ambassador.', 'He agreed.']);
    expect(cable.id).toBe('08LIMA777');
  });
});

describe('parseCable never throws', () => {
  it('returns a record with warnings for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const cable = parseCable(text, 'fuzz.txt');
        expect(typeof cable.sha256).toBe('string');
        expect(Array.isArray(cable.warnings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a record for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(parseCable(bytes, 'fuzz.bin').source).toBe('fuzz.bin');
      }),
      { numRuns: 200 },
    );
  });

  it('returns a record for mutated real cables (deleted, repeated and swapped lines)', () => {
    const lines = WIKILEAKS_CABLE.split('\n');
    const mutation = fc.array(fc.tuple(fc.constantFrom('delete', 'repeat', 'swap', 'truncate'), fc.nat(lines.length - 1)), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(mutation, (ops) => {
        const out = [...lines];
        for (const [op, i] of ops) {
          const k = i % Math.max(out.length, 1);
          if (op === 'delete') out.splice(k, 1);
          else if (op === 'repeat') out.splice(k, 0, out[k] ?? '');
          else if (op === 'swap' && out.length > 1) [out[k], out[0]] = [out[0]!, out[k]!];
          else if (op === 'truncate') out[k] = (out[k] ?? '').slice(0, Math.floor((out[k] ?? '').length / 2));
        }
        const cable = parseCable(out.join('\n'), 'mutated.txt');
        expect(cable.warnings.every((w) => !w.startsWith('parser error'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
