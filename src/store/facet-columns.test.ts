// The facet column blob: set, clear and re-set slots in any order, and read it back from any
// byte alignment.
import { describe, expect, it } from 'vitest';
import { countChunks, FacetChunk, SLOTS, toMinutes } from './facet-columns.js';

describe('FacetChunk', () => {
  it('keeps every slot through set, clear, encode and decode', () => {
    const chunk = new FacetChunk();
    chunk.set(5, { created: '2007-08-02T07:04:00Z', origin: 3, year: 2007, classification: 2, tags: [1, 2, 3] });
    chunk.set(1, { created: null, origin: 1, year: 0, classification: 0, tags: [9] });
    chunk.set(SLOTS - 1, { created: '2010-01-01', origin: 2, year: 2010, classification: 1, tags: [] });
    chunk.set(5, { created: '2007-08-02T07:04:00Z', origin: 3, year: 2007, classification: 2, tags: [4, 2] });
    chunk.set(1, null);
    const blob = chunk.encode();
    // A blob can sit anywhere in memory; decode must not depend on its alignment.
    const shifted = Buffer.alloc(blob.length + 1);
    blob.copy(shifted, 1);
    for (const copy of [FacetChunk.decode(blob), FacetChunk.decode(shifted.subarray(1))]) {
      expect([copy.present[1], copy.present[5], copy.present[SLOTS - 1]]).toEqual([0, 1, 1]);
      expect(copy.created[5]).toBe(toMinutes('2007-08-02T07:04:00Z'));
      expect(copy.hasTags(5, [2, 4])).toBe(true);
      expect(copy.hasTags(5, [1])).toBe(false);
      const counts = countChunks([5, SLOTS - 1], new Map([[0, copy]]));
      expect([...counts.tag.counts.slice(0, 10)]).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0]);
      expect(counts.origin.counts[2]).toBe(1);
      expect(counts.year.counts[2010]).toBe(1);
    }
  });

  it('does not write through to a decoded blob when a slot changes', () => {
    const blob = new FacetChunk().encode();
    const copy = FacetChunk.decode(blob);
    copy.set(0, { created: null, origin: 7, year: 0, classification: 0, tags: [1] });
    expect(FacetChunk.decode(blob).origin[0]).toBe(0);
    expect(FacetChunk.decode(copy.encode()).origin[0]).toBe(7);
  });

  it('orders dates by minute and treats a missing date as 0', () => {
    expect(toMinutes(null)).toBe(0);
    expect(toMinutes('2007-08-02')).toBeLessThan(toMinutes('2007-08-02T00:01:00Z'));
  });
});
