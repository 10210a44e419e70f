// The party-screening commands end to end through main(), on the fixture lists.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lists', 'fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'demarche-party-cli-'));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'demarche', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(() => {
  // The fixture folder looks like a `lists update` download; no cache files in the source tree.
  vi.stubEnv('DEMARCHE_LISTS', fixtures);
  vi.stubEnv('DEMARCHE_NO_CACHE', '1');
});
afterEach(() => vi.restoreAllMocks());

describe('demarche screen party', () => {
  it('prints the result as the issue specifies with --json', async () => {
    const r = await run('screen', 'party', 'Ivan', 'Quartz', '--type', 'person', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.query).toEqual({ name: 'Ivan Quartz', type: 'person' });
    expect(json.threshold).toBe(0.8);
    expect(json.hits[0]).toMatchObject({ list: 'us-ofac-sdn', id: '101', name: 'QUARTZ, Ivan Petrovich', alias: false, match: true, programs: ['NPWMD'] });
    expect(json.hits[0].explanation.length).toBeGreaterThan(0);
  });

  it("prints each hit with its programmes and the countries its listing names", async () => {
    const r = await run('screen', 'party', 'Zephyr Metallurgy and Trade Company');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/us-ofac-sdn 100 .*\[NPWMD, IFSR\] listed in CN/);
  });

  it('says what is wrong with a query, exit 1, no stack trace', async () => {
    const r = await run('screen', 'party', 'Ivan', '--country', 'Atlantis');
    expect(r.code).toBe(1);
    expect(r.err).toBe('demarche: query: country "Atlantis" is not an ISO 3166 code or country name\n');
  });
});

describe('demarche screen batch', () => {
  it('writes one row per valid row, in order, and reports bad rows by line', async () => {
    const input = file(
      'in.csv',
      'name,type,country,dob\nIvan Quartz,person,,1961\n,person,,\n"Hu Wenbin",,CN,\nNobody At All,,,\nBoreal Energy,organisation,RU,\nX,alien,,\n',
    );
    const out = path.join(dir, 'out.csv');
    const r = await run('screen', 'batch', input, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      'name,type,country,list,id,matchedName,score,match',
      expect.stringMatching(/^Ivan Quartz,person,,us-ofac-sdn,101,"QUARTZ, Ivan Petrovich",0\.8\d\d,true$/),
      expect.stringMatching(/^Hu Wenbin,,CN,us-ofac-sdn,104,"HU, Wen Bin",\d\.\d{3},true$/),
      'Nobody At All,,,,,,,',
      expect.stringMatching(/^Boreal Energy,organization,RU,us-ofac-cons,500,BOREAL ENERGY,1\.000,true$/),
      '',
    ]);
    expect(r.err).toContain(`${input}:3: name is empty; row skipped`);
    expect(r.err).toContain(`${input}:7: type must be person or organization, not "alien"; row skipped`);
    expect(r.err).toMatch(/screened 4 of 6 rows in .* 3 matches; 2 rows skipped/);
  });

  it('rejects a file without a name column, naming the file and line', async () => {
    const r = await run('screen', 'batch', file('bad.csv', 'who,what\na,b\n'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`demarche: ${dir}/bad.csv:1: no "name" column in the header (found: who, what); expected name and optionally type, country, dob\n`);
  });

  it('reports a row with broken quoting and goes on', async () => {
    const input = file('quotes.csv', 'name\nIvan Quartz\nbad "quote\nHu Wenbin\n');
    const r = await run('screen', 'batch', input);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(3);
    expect(r.err).toMatch(new RegExp(`${input.replace(/[.]/g, '\\.')}:3: not valid CSV`));
  });
});

describe('demarche match', () => {
  it('scores pairs in order with the comparator alone', async () => {
    const pairs = file('pairs.csv', 'name1,name2,schema\nAcme Co. Ltd,ACME COMPANY LIMITED,Company\n"Quartz, Ivan",Ivan Quartz,Person\nIvan Quartz,Omar Khan,Person\n');
    const r = await run('match', '--pairs', pairs);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n');
    expect(rows[0]).toBe('name1,name2,score,match');
    expect(rows[2]).toBe('"Quartz, Ivan",Ivan Quartz,1.000,true');
    expect(rows[3]).toMatch(/^Ivan Quartz,Omar Khan,0\.\d{3},false$/);
  });

  it('requires name1 and name2 columns', async () => {
    const r = await run('match', '--pairs', file('nopairs.csv', 'a,name2\n1,2\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nopairs\.csv:1: the header lacks name1/);
  });
});

describe('demarche lists status', () => {
  it('reports lists, counts and dates', async () => {
    const r = await run('lists', 'status', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.origin).toBe('updated');
    expect(json.lists.map((l: { id: string; entries: number; date: string }) => [l.id, l.entries, l.date])).toEqual([
      ['us-ofac-sdn', 5, '2026-01-20'],
      ['us-ofac-cons', 1, '2026-01-20'],
      ['un-sc', 2, '2026-01-15'],
    ]);
    expect(json.lists[0].aliases).toEqual({ strong: 3, weak: 3 });
  });
});
