// End to end through the CLI: screen item, screen destination and screen transaction, their JSON
// contracts and their errors (exit 1, a message naming the field, no stack trace).
import { describe, expect, it } from 'vitest';
import { dataDir } from '../src/config.js';
import { runCli } from './cli-harness.js';

const json = (s: string) => JSON.parse(s) as Record<string, any>;
const SEED = 'graphite cylinders, bulk density 1.85 g/cm3, grain size 20 µm, 150 mm diameter x 300 mm long';

describe('demarche screen item', () => {
  it('prints the contract JSON: parameters and determinations', async () => {
    const run = await runCli(['screen', 'item', SEED, '--json', '--no-search']);
    expect(run.code).toBe(0);
    const out = json(run.stdout);
    expect(out.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'density', value: 1.85, unit: 'g/cm3' })]));
    expect(out.determinations[0]).toMatchObject({ regime: 'MTCR', entry: '6.C.3', category: 'II', eu: '1C107.a', status: 'controlled', missing: [] });
    expect(Object.keys(out.determinations[0]).slice(0, 7)).toEqual(['regime', 'entry', 'category', 'eu', 'status', 'reasons', 'missing']);
  });

  it('takes the description unquoted and explicit parameters', async () => {
    const run = await runCli(['screen', 'item', 'tungsten', 'powder', '--param', 'purity=99.9%', '--param', 'particleSize=5um', '--no-search']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/MTCR 6\.C\.7\.a .*: CONTROLLED/);
  });

  it('rejects a bad parameter with exit 1 and a message naming it', async () => {
    const run = await runCli(['screen', 'item', 'graphite', '--param', 'density=20um']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('demarche: --param density: expected a bulk density in a unit such as g/cm3 (e.g. density=1.5g/cm3), got "20um"\n');
    const malformed = await runCli(['screen', 'item', 'graphite', '--param', 'density', '--json']);
    expect(malformed.code).toBe(1);
    expect(json(malformed.stdout).error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'param' } });
  });
});

describe('demarche screen destination', () => {
  it('lists the measures in force with citations', async () => {
    const run = await runCli(['screen', 'destination', 'IR', '--date', '2007-08-02', '--json']);
    expect(run.code).toBe(0);
    const out = json(run.stdout);
    expect(out.measures.map((m: { id: string }) => m.id)).toContain('IR-1737-3');
    expect(out.measures[0].citation.source).toMatch(/S\/RES\/1737/);
  });

  it('rejects an impossible date with exit 1', async () => {
    const run = await runCli(['screen', 'destination', 'IR', '--date', '2007-02-30']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^demarche: date: expected a calendar date as YYYY-MM-DD, got "2007-02-30"\n$/);
  });
});

describe.runIf(dataDir() !== null)('demarche screen transaction', () => {
  it('decides the seed shipment with the real party screening', async () => {
    const run = await runCli(['screen', 'transaction', '--party', 'Omid Research and Industrial Company', '--item', SEED, '--to', 'IR', '--date', '2007-08-02', '--json']);
    expect(run.code).toBe(0);
    const out = json(run.stdout);
    expect(out.decision).toBe('prohibited');
    expect(Object.keys(out)).toEqual(['decision', 'reasons', 'party', 'item', 'destination']);
    const review = await runCli(['screen', 'transaction', '--party', 'Omid Research and Industrial Company', '--item', 'graphite cylinders', '--to', 'IR', '--date', '2007-08-02']);
    expect(review.stdout).toMatch(/^REVIEW: /);
  });

  it('rejects a country name with exit 1 naming --to', async () => {
    const run = await runCli(['screen', 'transaction', '--party', 'x', '--item', 'y', '--to', 'Iran', '--date', '2007-08-02']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^demarche: --to: expected an ISO 3166-1 alpha-2 code/);
  });
});
