// Party screening against the real lists in the shared data folder: the Done-when cases.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../src/config.js';
import { buildScreener } from '../src/screening/screen-party.js';

const data = dataDir();
const shared = data === null ? null : path.join(data, 'sanctions');

describe.skipIf(shared === null || !existsSync(shared))('party screening on the real lists', async () => {
  const { screener } = await buildScreener({ listsDir: shared!, cache: false });

  it('finds LIMMT as the seed cable words it, first, matched and explained', () => {
    const [hit] = screener.screen({ name: 'LIMMT (Dalian FTZ) Economic and Trade Organization' }).hits;
    expect(hit).toMatchObject({ list: 'us-ofac-sdn', id: '9749', match: true, programs: ['NPWMD', 'IFSR'] });
    expect(hit!.explanation.find((e) => e.kind === 'exact' && e.query === 'LIMMT')?.text).toMatch(/^"LIMMT" = "LIMMT" \(exact, similarity 1, .*\), weight 0\.\d+$/);
  });

  it('does not match Omid Research and Industrial Company, which is not listed', () => {
    expect(screener.screen({ name: 'Omid Research and Industrial Company' }).hits.filter((h) => h.match)).toEqual([]);
  });

  it.each(['Karl Lee', 'Li Fang Wei', '李方伟'])('finds Li Fangwei (11447) as %s', (name) => {
    const [hit] = screener.screen({ name }).hits;
    expect([hit?.id, hit?.match]).toEqual(['11447', true]);
  });
});
