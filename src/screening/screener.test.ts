import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DemarcheError } from '../errors.js';
import type { PartyQuery } from './party-query.js';
import { buildScreener, screenParty } from './screen-party.js';
import type { PartyHit } from './screener.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lists', 'fixtures');
const { screener } = await buildScreener({ listsDir: fixtures, cache: false });
const screen = (q: PartyQuery) => screener.screen(q, { minScore: 0 });
const top = (q: PartyQuery): PartyHit => screen(q).hits[0]!;

/** The explanation must add up: shares sum to 1 and Σ share × credit × factors is the score. */
function checkArithmetic(hit: PartyHit): void {
  const parts = hit.explanation.filter((e) => e.weight !== undefined);
  const shares = parts.reduce((a, e) => a + e.weight!, 0);
  const factors = hit.explanation.filter((e) => e.factor !== undefined).reduce((a, e) => a * e.factor!, 1);
  const score = parts.reduce((a, e) => a + e.weight! * e.credit!, 0) * factors;
  expect(shares).toBeCloseTo(1, 2);
  expect(Math.min(1, score)).toBeCloseTo(hit.score, 2);
}

describe('Screener on the fixture lists', () => {
  it('finds a company from a blend of its names and explains it', () => {
    const hit = top({ name: 'Zephyr (Shenzhen) Metallurgy and Trade Corporation' });
    expect([hit.list, hit.id, hit.match]).toEqual(['us-ofac-sdn', '100', true]);
    expect(hit.programs).toEqual(['NPWMD', 'IFSR']);
    expect(hit.countries).toEqual(['CN']);
    expect(hit.explanation.some((e) => e.kind === 'exact' && e.query === 'ZEPHYR' && e.listed === 'ZEPHYR')).toBe(true);
    checkArithmetic(hit);
  });

  it('ignores name order, and pairs joined and split words', () => {
    expect(top({ name: 'Ivan Quartz' }).id).toBe('101');
    const joined = top({ name: 'Hu Wenbin' });
    expect([joined.id, joined.match]).toEqual(['104', true]);
    expect(joined.explanation.some((e) => e.kind === 'joined' && e.query === 'WENBIN' && e.listed === 'WEN BIN')).toBe(true);
  });

  it('tolerates typos and transliteration variants of personal names', () => {
    const hit = top({ name: 'Hamed Kassemi Rahim', type: 'person' });
    expect([hit.list, hit.id, hit.match]).toEqual(['un-sc', '7001', true]);
    checkArithmetic(hit);
  });

  it('finds a name written in its original script', () => {
    const hit = top({ name: 'حميد قاسمي' });
    expect([hit.id, hit.score, hit.alias]).toEqual(['7001', 1, true]);
  });

  it('counts a weak alias for less', () => {
    const hit = top({ name: 'ZMT' });
    expect([hit.id, hit.weakAlias]).toEqual(['100', true]);
    expect(hit.score).toBeLessThanOrEqual(0.9);
    expect(hit.explanation.some((e) => e.kind === 'weak-alias')).toBe(true);
  });

  it('lets context raise or lower a score, and says so', () => {
    const plain = top({ name: 'Ivan Quartz' }).score;
    const born = top({ name: 'Ivan Quartz', dob: '1961-03-12' });
    const wrong = top({ name: 'Ivan Quartz', dob: '1990' });
    const company = top({ name: 'Ivan Quartz', type: 'organization' });
    expect(born.score).toBeGreaterThanOrEqual(plain);
    expect(wrong.score).toBeLessThan(plain);
    expect(company.score).toBeLessThan(plain);
    expect(wrong.explanation.find((e) => e.kind === 'context')!.text).toMatch(/^dob: born 1990; listed 12 Mar 1961; circa 1963: score × 0\.85$/);
    checkArithmetic(wrong);
    const here = top({ name: 'Zephyr Metallurgy and Trade Company', country: 'CN' });
    const there = top({ name: 'Zephyr Metallurgy and Trade Company', country: 'FR' });
    expect(here.score).toBeGreaterThan(there.score);
  });

  it('does not match a company that only shares generic words', () => {
    const hits = screener.screen({ name: 'Omega Metallurgy and Trade Company' }).hits;
    expect(hits.filter((h) => h.match)).toEqual([]);
  });

  it('screens against chosen lists only', () => {
    const hits = screener.screen({ name: 'Orion Aviation Company' }, { lists: ['un-sc'] }).hits;
    expect(hits.map((h) => [h.list, h.id])).toEqual([['un-sc', '7002']]);
  });

  it('returns the best hit alone for batches', () => {
    const best = screener.best({ name: 'Boreal Energy Holdings PJSC' });
    expect([best?.entry.list, best?.entry.id, best?.match]).toEqual(['us-ofac-cons', '500', true]);
    expect(screener.best({ name: 'Nobody At All' })).toBeNull();
  });
});

describe('screenParty', () => {
  it('validates the query and screens it', async () => {
    const result = await screenParty({ name: 'Ivan Quartz', type: 'individual' }, { listsDir: fixtures, cache: false });
    expect(result.query).toEqual({ name: 'Ivan Quartz', type: 'person' });
    expect(result.threshold).toBe(0.8);
    expect(result.lists.map((l) => l.id)).toEqual(['us-ofac-sdn', 'us-ofac-cons', 'un-sc']);
    expect(result.hits[0]!.id).toBe('101');
  });

  it('rejects a bad query with a BAD_INPUT error naming the problem', async () => {
    const err = await screenParty({ name: ' ', dob: '1990-02-30' }, { listsDir: fixtures }).catch((e) => e);
    expect(err).toBeInstanceOf(DemarcheError);
    expect((err as DemarcheError).message).toBe('query: name is empty; dob must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "1990-02-30"');
  });
});
