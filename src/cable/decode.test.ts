// The hand-written UTF-8 fast path and calendar dates against the platform's own decoder and Date.
import fc from 'fast-check';
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeCableBytes } from './decode.js';
import { isoDate } from './utc-date.js';

const strict = new TextDecoder('utf-8', { fatal: true });

describe('decodeCableBytes', () => {
  it('reads valid UTF-8 as TextDecoder does, at any byte offset, and latin-1 bytes as windows-1252', () => {
    const chars = fc.oneof(
      fc.constantFrom('a', ' ', '\n', '¶', '\u00a0', 'é', '\u00ff', '\u0100', '\u2019', '\u201c', '\ufeff', '\u2010', '😀', '\u0000'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(7), (parts, offset) => {
        const encoded = Buffer.from(parts.join(''), 'utf8');
        const padded = Buffer.alloc(offset + encoded.length, 0x41);
        encoded.copy(padded, offset);
        const view = padded.subarray(offset);
        const decoded = decodeCableBytes(view);
        expect(decoded.latin1Bytes).toBe(0);
        expect(decoded.text).toBe(strict.decode(view));
        expect(decodeCableBytes(new Uint8Array(view)).text).toBe(decoded.text);
      }),
      { numRuns: 2000 },
    );
    expect(decodeCableBytes(Buffer.from([0x41, 0xb6, 0x31, 0x2e, 0xc2, 0xb6]))).toEqual({ text: 'A¶1.¶', latin1Bytes: 1 });
  });
});

describe('isoDate', () => {
  it('gives the date Date.UTC and toISOString give, null where the day runs past the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = new Date(Date.UTC(year, month - 1, day));
        expect(isoDate(year, month, day)).toBe(date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null);
      }),
      { numRuns: 5000 },
    );
    expect(isoDate(50, 2, 29)).toBe(null);
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(7, 3, 1)).toBe('1907-03-01');
  });
});
