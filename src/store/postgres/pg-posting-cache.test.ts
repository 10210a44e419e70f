// The cache of decoded postings: bounded by its size, the word used longest ago dropped first;
// rows read by a search after the word's entry changed are not added to another's; positions
// asked for are noted from the first time.
import { describe, expect, it } from 'vitest';
import { cacheBytesFromEnv, DEFAULT_CACHE_MB, decodeEntries, PostingCache, type Segment } from './pg-posting-cache.js';

/** A segment of `n` entries (an entry takes four one-byte varints). */
function segment(block: number, n: number): Segment {
  return decodeEntries(block, Buffer.from(Array.from({ length: n * 4 }, (_, i) => (i % 4 === 0 ? 1 : 2))));
}

describe('PostingCache', () => {
  it('keeps each word complete up to the generation it was read at, each block once', () => {
    const cache = new PostingCache(1 << 20);
    cache.add('=iran', undefined, 5, [['iran', segment(3, 10)], ['iran', segment(5, 10)]]);
    const held = cache.get('=iran');
    expect(held?.upTo).toBe(5);
    cache.add('=iran', held, 7, [['iran', segment(5, 10)], ['iran', segment(7, 4)]]);
    expect([...(cache.get('=iran')?.byLexeme.get('iran')?.keys() ?? [])]).toEqual([3, 5, 7]);
    expect(cache.get('=iran')?.upTo).toBe(7);
  });

  it('adds nothing read after the word was dropped or taken over by another search', () => {
    const cache = new PostingCache(1 << 20);
    cache.add('=a', undefined, 2, [['a', segment(1, 3)]]);
    const before = cache.get('=a');
    // Another search, which read nothing held, fills the word again from scratch meanwhile.
    cache.add('=b', undefined, 2, []);
    cache.add('=a', undefined, 9, [['a', segment(9, 1)]]);
    expect(cache.get('=a')?.upTo).toBe(2);
    cache.add('=a', before, 9, [['a', segment(9, 1)]]);
    expect(cache.get('=a')?.upTo).toBe(9);
  });

  it('drops the word used longest ago past its bound, and keeps nothing with a bound of 0', () => {
    const one = 64 + 100 * 16;
    const cache = new PostingCache(2 * one + 10);
    cache.add('=x', undefined, 1, [['x', segment(1, 100)]]);
    cache.add('=y', undefined, 1, [['y', segment(1, 100)]]);
    cache.get('=x');
    cache.add('=z', undefined, 1, [['z', segment(1, 100)]]);
    expect([cache.get('=x') !== undefined, cache.get('=y') !== undefined, cache.get('=z') !== undefined]).toEqual([true, false, true]);
    expect(cache.size).toBe(2 * one);
    const off = new PostingCache(0);
    off.add('=x', undefined, 1, [['x', segment(1, 1)]]);
    expect(off.get('=x')).toBeUndefined();
    expect([off.ask('=x'), off.ask('=x')]).toEqual([false, false]);
  });

  it('says whether a word was asked for before', () => {
    const cache = new PostingCache(1 << 20);
    expect([cache.ask('=q'), cache.ask('=q'), cache.ask('=a')]).toEqual([false, true, false]);
  });

  it('takes its bound from DEMARCHE_PG_POSTINGS_MB, and refuses a value that is not megabytes', () => {
    expect(cacheBytesFromEnv({})).toBe(DEFAULT_CACHE_MB * 1024 * 1024);
    expect(cacheBytesFromEnv({ DEMARCHE_PG_POSTINGS_MB: '0' })).toBe(0);
    expect(cacheBytesFromEnv({ DEMARCHE_PG_POSTINGS_MB: '1.5' })).toBe(1.5 * 1024 * 1024);
    for (const bad of ['lots', '-1', 'Infinity']) {
      expect(() => cacheBytesFromEnv({ DEMARCHE_PG_POSTINGS_MB: bad })).toThrow(/DEMARCHE_PG_POSTINGS_MB must be a number of megabytes/);
    }
  });
});
