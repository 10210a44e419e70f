// The search half of the CableStore contract: ranking, query syntax, snippets, facets, filters,
// browse and hostile input, on three small cables. Run through cableStoreContract.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCable } from './cable-store.contract.js';
import type { CableStore } from './cable-store.js';
import type { SearchInput } from './search-request.js';

export function searchContract(getStore: () => CableStore, search: (input: SearchInput) => ReturnType<CableStore['search']>): void {
  describe('search', () => {
    beforeEach(async () => {
      const store = getStore();
      await store.putCable(
        makeCable({
          id: '07BEIJING5039',
          subject: 'LIMMT INVESTIGATION',
          classification: 'SECRET',
          origin: 'Embassy Beijing',
          tags: ['ETTC', 'MTCR', 'IR', 'CH'],
          paragraphs: [
            ['S', 'The Charge urged the MFA to share the results of its investigations into LIMMT.'],
            ['S', 'Graphite cylinders and tungsten powder were shipped to Iran.'],
          ],
        }),
      );
      await store.putCable(
        makeCable({
          id: '06BEIJING100',
          subject: 'EXPORT CONTROL TALKS',
          classification: 'SECRET//NOFORN',
          origin: 'Embassy Beijing',
          created: '2006-03-01T10:00:00Z',
          tags: ['ETTC', 'CH'],
          paragraphs: [['C', 'Officials discussed LIMMT briefly; the talks in Zürich were about tungsten.']],
        }),
      );
      await store.putCable(
        makeCable({
          id: '08TOKYO200',
          subject: 'FISHERIES',
          classification: 'UNCLASSIFIED',
          origin: 'Embassy Tokyo',
          created: '2008-05-05T05:00:00Z',
          tags: ['EFIS', 'JA'],
          paragraphs: [['U', 'Tuna quotas, graphite fishing rods and other matters.']],
        }),
      );
    });

    const ids = async (input: SearchInput) => (await search(input)).hits.map((h) => h.id);

    it('ranks a subject match above a body-only match', async () => {
      expect(await ids({ query: 'limmt' })).toEqual(['07BEIJING5039', '06BEIJING100']);
    });

    it('ANDs words over the whole cable, across paragraphs', async () => {
      expect(await ids({ query: 'charge tungsten' })).toEqual(['07BEIJING5039']);
    });

    it('supports phrases, OR, exclusion and prefixes', async () => {
      expect(await ids({ query: '"graphite cylinders"' })).toEqual(['07BEIJING5039']);
      expect((await ids({ query: 'tuna OR cylinders' })).sort()).toEqual(['07BEIJING5039', '08TOKYO200']);
      expect(await ids({ query: 'graphite -tuna' })).toEqual(['07BEIJING5039']);
      expect(await ids({ query: 'graphite NOT "fishing rods"' })).toEqual(['07BEIJING5039']);
      expect(await ids({ query: 'fisher*' })).toEqual(['08TOKYO200']);
    });

    it('stems English words and ignores diacritics', async () => {
      expect(await ids({ query: 'investigation' })).toEqual(['07BEIJING5039']);
      expect(await ids({ query: 'zurich' })).toEqual(['06BEIJING100']);
    });

    it('returns snippets whose highlight ranges cover the matched words', async () => {
      const { hits } = await search({ query: 'tungsten' });
      expect(hits).toHaveLength(2);
      for (const hit of hits) {
        expect(hit.highlights.length).toBeGreaterThan(0);
        for (const [start, end] of hit.highlights) expect(hit.snippet.slice(start, end).toLowerCase()).toBe('tungsten');
        expect(hit.score).toBeGreaterThan(0);
      }
    });

    it('counts facets over the whole matching set, not just the page', async () => {
      const result = await search({ query: 'graphite OR limmt', limit: 1 });
      expect(result.total).toBe(3);
      expect(result.hits).toHaveLength(1);
      expect(result.facets.origin).toEqual([
        { value: 'Embassy Beijing', count: 2 },
        { value: 'Embassy Tokyo', count: 1 },
      ]);
      expect(result.facets.tags.slice(0, 2)).toEqual([
        { value: 'CH', count: 2 },
        { value: 'ETTC', count: 2 },
      ]);
      expect(result.facets.year.map((f) => f.value)).toEqual(['2006', '2007', '2008']);
      expect(result.facets.classification).toHaveLength(3);
    });

    it('filters by tags (all must hold), origin, classification and dates', async () => {
      expect(await ids({ query: 'limmt', tag: ['ettc', 'MTCR'] })).toEqual(['07BEIJING5039']);
      expect(await ids({ query: 'graphite', origin: 'embassy tokyo' })).toEqual(['08TOKYO200']);
      expect((await ids({ query: 'limmt', classification: 'secret' })).sort()).toEqual(['06BEIJING100', '07BEIJING5039']);
      expect(await ids({ query: 'limmt', classification: 'SECRET//NOFORN' })).toEqual(['06BEIJING100']);
      expect(await ids({ query: 'limmt', from: '2007' })).toEqual(['07BEIJING5039']);
      expect(await ids({ query: 'limmt', to: '2006-03' })).toEqual(['06BEIJING100']);
      expect(await ids({ query: 'limmt', from: '2006-03-02', to: '2007-08-01' })).toEqual([]);
    });

    it('browses by filters alone, newest first, without highlights', async () => {
      const result = await search({ tag: ['CH'] });
      expect(result.hits.map((h) => h.id)).toEqual(['07BEIJING5039', '06BEIJING100']);
      expect(result.hits[0]?.highlights).toEqual([]);
      expect(result.hits[0]?.snippet).toContain('The Charge urged');
      expect(result.facets.tags[0]).toEqual({ value: 'CH', count: 2 });
    });

    it('treats hostile input as plain words and stays intact', async () => {
      const hostile = [
        'subject:limmt',
        'NEAR(limmt tungsten)',
        "limmt'; DROP TABLE cables; --",
        '^limmt',
        'body : tungsten',
        '{subject body}: limmt',
        'limmt + tungsten',
        '"limmt" AND "tungsten"',
        'limmt OR',
      ];
      for (const query of hostile) {
        try {
          await search({ query });
        } catch (e) {
          expect(e).toMatchObject({ code: 'BAD_INPUT' });
        }
      }
      // Read as FTS5 syntax, "subject:limmt" would filter the subject column and find the LIMMT
      // cable; read as words it is the phrase "subject limmt", which no cable contains.
      expect(await ids({ query: 'subject:limmt' })).toEqual([]);
      expect(await ids({ query: 'limmt:' })).toEqual(['07BEIJING5039', '06BEIJING100']);
      expect((await getStore().stats()).cables).toBe(3);
    });
  });
}
