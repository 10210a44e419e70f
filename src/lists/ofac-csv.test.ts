import { describe, expect, it } from 'vitest';
import { DemarcheError } from '../errors.js';
import { ALT_COLUMNS, SDN_COLUMNS, decodeListBytes, parseOfacCsv, splitPrograms } from './ofac-csv.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeListBytes', () => {
  it('reads cp1252 when the bytes are not UTF-8, and drops the final Ctrl-Z', () => {
    const text = decodeListBytes(Uint8Array.from([0x43, 0x41, 0x46, 0xc9, 0x0d, 0x0a, 0x1a]));
    expect(text).toBe('CAFÉ\r\n');
  });

  it('keeps UTF-8 as UTF-8 and drops a byte-order mark', () => {
    expect(decodeListBytes(bytes('\ufeffCAFÉ'))).toBe('CAFÉ');
  });
});

describe('parseOfacCsv', () => {
  it('turns -0- into null and keeps every column', () => {
    const rows = parseOfacCsv(bytes('7,"ACME, LTD.",-0- ,"NPWMD] [IFSR",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a'), SDN_COLUMNS, 'SDN.CSV');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ent_num: '7', name: 'ACME, LTD.', type: null, programs: 'NPWMD] [IFSR', remarks: null });
  });

  it('names the file, line and problem for a row with the wrong number of fields', () => {
    // The first record spans two lines, so the bad row is on line 3, not record 2.
    const text = '1,2,"aka","A\nB",-0- \r\n2,3,"aka"\r\n';
    expect(() => parseOfacCsv(bytes(text), ALT_COLUMNS, 'ALT.CSV')).toThrowError(/^ALT\.CSV:3: expected 5 fields .* found 3/);
  });

  it('rejects an ent_num that is not a number', () => {
    try {
      parseOfacCsv(bytes('x1,2,"aka","A",-0- \r\n'), ALT_COLUMNS, 'ALT.CSV');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DemarcheError);
      expect((e as DemarcheError).message).toBe('ALT.CSV:1: field ent_num must be a number, found "x1"');
      expect((e as DemarcheError).details).toMatchObject({ file: 'ALT.CSV', line: 1, field: 'ent_num' });
    }
  });

  it('rejects an empty required field', () => {
    expect(() => parseOfacCsv(bytes('1,2,"aka",-0- ,-0- \r\n'), ALT_COLUMNS, 'ALT.CSV', ['alt_name'])).toThrowError(
      'ALT.CSV:1: field alt_name is empty',
    );
  });

  it('reports broken quoting with its line', () => {
    expect(() => parseOfacCsv(bytes('1,2,"aka","A",-0- \r\n2,3,"ak"a,"B",-0- \r\n'), ALT_COLUMNS, 'ALT.CSV')).toThrowError(/^ALT\.CSV:2: not a valid OFAC CSV file/);
  });
});

describe('splitPrograms', () => {
  it('splits the multi-valued program field', () => {
    expect(splitPrograms('NPWMD] [IFSR')).toEqual(['NPWMD', 'IFSR']);
    expect(splitPrograms('SDGT')).toEqual(['SDGT']);
    expect(splitPrograms(null)).toEqual([]);
  });
});
