import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOfacList } from './ofac-list.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const file = (name: string): string => path.join(fixtures, name);

describe('readOfacList', async () => {
  const list = await readOfacList(
    'us-ofac-sdn',
    { primary: file('SDN.CSV'), alt: file('ALT.CSV'), add: file('ADD.CSV'), comments: file('SDN_COMMENTS.CSV') },
    '2026-01-20',
  );
  const entry = (id: string) => list.entries.find((e) => e.id === id)!;

  it('reads every entry with its type and programs', () => {
    expect(list.entries.map((e) => [e.id, e.type])).toEqual([
      ['100', 'organization'],
      ['101', 'person'],
      ['102', 'vessel'],
      ['103', 'organization'],
      ['104', 'person'],
    ]);
    expect(entry('100').programs).toEqual(['NPWMD', 'IFSR']);
    expect(list.date).toBe('2026-01-20');
  });

  it('joins strong aliases from ALT.CSV and weak ones from the remarks', () => {
    expect(entry('100').names).toEqual([
      { name: 'ZEPHYR METALLURGY AND TRADE COMPANY, LTD.', strength: 'primary' },
      { name: 'ZMT', strength: 'weak', kind: 'aka' },
      { name: 'ZEPHYR (SHENZHEN) METALLURGY CO., LTD.', strength: 'strong', kind: 'aka' },
    ]);
  });

  it('reads remarks that overflow into the comments file', () => {
    expect(entry('103').names.map((n) => n.name)).toContain('ATLAS GROUP');
    expect(entry('103').names[0]!.name).toBe('CAFÉ ATLAS S.A.');
  });

  it('keeps addresses, countries and dates of birth', () => {
    expect(entry('101').birthDates.map((b) => b.text)).toEqual(['12 Mar 1961', 'circa 1963']);
    expect(entry('101').countries).toEqual(['Russia']);
    expect(entry('100').addresses).toEqual([{ address: 'No. 1 Example Road', city: 'Shenzhen', country: 'China' }]);
    expect(entry('102').countries).toEqual(['Korea, North']);
  });

  it('warns about alias rows whose entry is missing', () => {
    expect(list.warnings).toEqual([expect.stringMatching(/ALT\.CSV: 1 alias rows name an ent_num that is not in .*SDN\.CSV; skipped/)]);
  });
});
