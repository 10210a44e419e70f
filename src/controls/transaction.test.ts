import { describe, expect, it } from 'vitest';
import { type PartyResultLike, type PartyScreener, decideTransaction } from './transaction.js';

const SEED = 'graphite cylinders, bulk density 1.85 g/cm3, grain size 20 µm, 150 mm diameter x 300 mm long';
const noHits: PartyScreener = async () => ({ threshold: 0.8, hits: [] });
const withHit = (score: number): PartyScreener => async (): Promise<PartyResultLike> => ({
  threshold: 0.8,
  hits: [{ list: 'us-ofac-sdn', id: '11447', name: 'LIMMT ECONOMIC AND TRADE COMPANY, LTD.', score, match: score >= 0.8, programs: ['NPWMD'] }],
});
const decide = (item: string, to: string, date: string, screener = noHits) =>
  decideTransaction({ party: 'Omid Research and Industrial Company', item, to, date }, screener);

describe('transaction decisions', () => {
  it('the seed: graphite over the thresholds to Iran on 2007-08-02 is prohibited under UNSCR 1737', async () => {
    const r = await decide(SEED, 'IR', '2007-08-02');
    expect(r.decision).toBe('prohibited');
    expect(r.reasons[0]).toMatch(/^MTCR 6\.C\.3 \(EU 1C107\.a\) to IR on this date is banned by S\/RES\/1737 \(2006\) para 3/);
  });

  it('the same shipment without parameters needs review', async () => {
    const r = await decide('graphite cylinders', 'IR', '2007-08-02');
    expect(r.decision).toBe('review');
    expect(r.reasons.join('\n')).toMatch(/if the item is MTCR 6\.C\.3 .* S\/RES\/1737 \(2006\) para 3 bans it/);
  });

  it('a controlled item with no UN measure needs a licence; other goods are clear', async () => {
    expect((await decide(SEED, 'IR', '2006-12-22')).decision).toBe('licence-required');
    expect((await decide(SEED, 'FR', '2020-01-01')).decision).toBe('licence-required');
    expect((await decide('cotton T-shirts', 'IR', '2007-08-02')).decision).toBe('clear');
  });

  it('2231 prior approval is a licence, with the citation', async () => {
    const r = await decide(SEED, 'IR', '2016-01-16');
    expect(r.decision).toBe('licence-required');
    expect(r.reasons.join('\n')).toMatch(/needs prior approval under S\/RES\/2231 \(2015\) para Annex B para 4/);
  });

  it('a contested measure still decides, and says it is contested', async () => {
    const r = await decide(SEED, 'IR', '2025-09-28');
    expect(r.decision).toBe('prohibited');
    expect(r.reasons[0]).toMatch(/contested/);
  });

  it('1747 restraint on arms to Iran is a note, not a ban', async () => {
    const r = await decide('main battle tanks', 'IR', '2009-05-01');
    expect(r.decision).toBe('licence-required');
    expect(r.reasons.join('\n')).toMatch(/calls for vigilance and restraint \(not a ban\)/);
  });

  it('a listed party is prohibited whatever the goods; a near miss needs review', async () => {
    expect((await decide('cotton T-shirts', 'CN', '2015-01-01', withHit(1))).decision).toBe('prohibited');
    const near = await decide('cotton T-shirts', 'CN', '2015-01-01', withHit(0.75));
    expect(near.decision).toBe('review');
    expect(near.reasons[0]).toMatch(/may match us-ofac-sdn entry 11447/);
    expect((await decide('cotton T-shirts', 'CN', '2015-01-01', withHit(0.6))).decision).toBe('clear');
  });

  it('small arms to the DPRK: notice under 1874, banned from 2270', async () => {
    expect((await decide('AK-47 assault rifles', 'KP', '2010-01-01')).decision).toBe('licence-required');
    expect((await decide('AK-47 assault rifles', 'KP', '2016-03-02')).decision).toBe('prohibited');
  });

  it('rejects a bad destination or date before screening anything', async () => {
    await expect(decide(SEED, 'Iran', '2007-08-02')).rejects.toThrow(/country: expected an ISO 3166-1 alpha-2/);
    await expect(decide(SEED, 'IR', '2007-13-01')).rejects.toThrow(/date: expected a calendar date/);
  });
});
