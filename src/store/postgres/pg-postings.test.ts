// The postings blobs read back as they were written (by the decoders searches use): every view's entry under each of its lexemes,
// pks rising, and each entry's positions beside it (arbitrary counts, lengths, masks and positions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViewCounts } from './pg-lexer.js';
import { decodeEntries, decodePositions } from './pg-posting-cache.js';
import { encodePostings, type PostedView } from './pg-postings.js';

/** A view's counts from lexeme → rising positions (weighted: the count plus a subject bonus). */
function counts(lexemes: Record<string, number[]>, bonus: number): ViewCounts {
  const names = Object.keys(lexemes);
  const positions: number[] = [];
  const starts: number[] = [];
  const sizes: number[] = [];
  for (const name of names) {
    starts.push(positions.length);
    sizes.push((lexemes[name] as number[]).length);
    positions.push(...(lexemes[name] as number[]));
  }
  return {
    lexemes: names,
    weighted: Int32Array.from(sizes, (s) => s + bonus),
    length: positions.length,
    positions: Int32Array.from(positions),
    starts: Int32Array.from(starts),
    sizes: Int32Array.from(sizes),
  };
}

/** Every row back as lexeme → [pk, mask, weighted, length, positions], read as searches read them (decodeEntries, decodePositions). */
function decode(p: ReturnType<typeof encodePostings>): Map<string, Array<[number, number, number, number, number[]]>> {
  const out = new Map<string, Array<[number, number, number, number, number[]]>>();
  const names = p.lexemes === '' ? [] : p.lexemes.split(' ');
  names.forEach((name, r) => {
    const segment = decodeEntries(r, p.blob.subarray(r === 0 ? 0 : p.ends[r - 1], p.ends[r]));
    decodePositions(segment, p.positions.subarray(r === 0 ? 0 : p.positionEnds[r - 1], p.positionEnds[r]));
    const starts = segment.starts as Int32Array;
    out.set(
      name,
      [...segment.pks].map((pk, i) => [
        pk,
        segment.masks[i] as number,
        segment.weighted[i] as number,
        segment.lengths[i] as number,
        [...(segment.positions as Int32Array).subarray(starts[i], starts[i + 1])],
      ]),
    );
  });
  return out;
}

describe('encodePostings', () => {
  it('writes each view under each of its lexemes, with its mask, count, length and positions', () => {
    const views: PostedView[] = [
      { pk: 7, mask: 16384 | 3, counts: counts({ iran: [1, 5, 9], nuclear: [2] }, 0) },
      { pk: 7, mask: 1, counts: counts({ iran: [1, 5] }, 3) },
      { pk: 8, mask: 16384, counts: null },
      { pk: 300, mask: 16384, counts: counts({ nuclear: [16383], a: [1, 2, 200, 16000] }, 0) },
    ];
    const rows = decode(encodePostings(views));
    expect(Object.fromEntries(rows)).toEqual({
      iran: [
        [7, 16387, 3, 4, [1, 5, 9]],
        [7, 1, 5, 2, [1, 5]],
      ],
      nuclear: [
        [7, 16387, 1, 4, [2]],
        [300, 16384, 1, 5, [16383]],
      ],
      a: [[300, 16384, 4, 5, [1, 2, 200, 16000]]],
    });
  });

  it('reads back whatever it writes', () => {
    const word = fc.constantFrom('a', 'iran', 'reactor', 'q', 'x1', 'nuclear');
    const view = fc.record({
      mask: fc.integer({ min: 0, max: 65535 }),
      lexemes: fc.dictionary(word, fc.uniqueArray(fc.integer({ min: 1, max: 16383 }), { minLength: 1, maxLength: 300 })),
      bonus: fc.integer({ min: 0, max: 765 }),
      posted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(view, { maxLength: 30 }), fc.integer({ min: 1, max: 1_000_000 }), (drawn, first) => {
        const views: PostedView[] = drawn.map((v, i) => {
          const sorted = Object.fromEntries(Object.entries(v.lexemes).map(([k, ps]) => [k, [...ps].sort((x, y) => x - y)]));
          return { pk: first + i * 3, mask: v.mask, counts: v.posted ? counts(sorted, v.bonus) : null };
        });
        const expected = new Map<string, Array<[number, number, number, number, number[]]>>();
        for (const v of views) {
          if (!v.counts) continue;
          v.counts.lexemes.forEach((name, k) => {
            const from = v.counts?.starts[k] as number;
            const positions = [...(v.counts as ViewCounts).positions.subarray(from, from + ((v.counts as ViewCounts).sizes[k] as number))];
            const list = expected.get(name) ?? [];
            list.push([v.pk, v.mask, (v.counts as ViewCounts).weighted[k] as number, (v.counts as ViewCounts).length, positions]);
            expected.set(name, list);
          });
        }
        expect(Object.fromEntries(decode(encodePostings(views)))).toEqual(Object.fromEntries(expected));
      }),
      { numRuns: 300 },
    );
  });
});
