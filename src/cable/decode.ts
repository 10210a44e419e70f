// Turns a cable file's bytes into text. Released cables are UTF-8, but PDF conversions carry raw
// latin-1 bytes (a pilcrow as 0xB6): valid UTF-8 sequences are kept and every invalid byte is read
// as windows-1252, so one stray byte never garbles the rest of the file.
import { Buffer, isAscii, isUtf8 } from 'node:buffer';

const CP1252_HIGH: Record<number, string> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020',
  0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
  0x8e: '\u017d', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
  0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
  0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface Decoded {
  text: string;
  /** Number of bytes that were not valid UTF-8 and were read as windows-1252. */
  latin1Bytes: number;
}

export function decodeCableBytes(bytes: Uint8Array): Decoded {
  // isUtf8 validates without decoding (fast); TextDecoder drops a leading byte-order mark, and so
  // does this.
  if (!isUtf8(bytes)) return decodeMixed(bytes);
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = decodeValidUtf8(buffer);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, latin1Bytes: 0 };
}

const NO_WORDS = new Uint32Array(0);

/**
 * buffer.toString('utf8') for valid UTF-8, made of the latin-1 reading of the bytes (a copy) with
 * each multi-byte sequence replaced by its character. Node 20's UTF-8 decoder reads every byte of
 * a text that holds one non-ASCII character (most cables: the pilcrow) at a fifteenth of the
 * latin-1 copy's speed; the non-ASCII bytes are found four at a time.
 */
function decodeValidUtf8(buffer: Buffer): string {
  const all = buffer.toString('latin1');
  if (isAscii(buffer)) return all;
  const n = buffer.length;
  // Bytes before the first 4-byte-aligned one are read one by one, then whole words.
  const head = Math.min(n, (4 - (buffer.byteOffset & 3)) & 3);
  const wordCount = (n - head) >> 2;
  const words = wordCount > 0 ? new Uint32Array(buffer.buffer, buffer.byteOffset + head, wordCount) : NO_WORDS;
  let out = '';
  let from = 0;
  let p = 0;
  for (;;) {
    // The next byte from p on with its high bit set (n when none).
    while (p < n) {
      const rel = p - head;
      if (rel >= 0 && (rel & 3) === 0 && rel >> 2 < wordCount) {
        let w = rel >> 2;
        while (w < wordCount && (words[w]! & 0x80808080) === 0) w++;
        p = head + (w << 2);
        if (w === wordCount) continue;
      }
      if (buffer[p]! >= 0x80) break;
      p++;
    }
    if (p >= n) break;
    // A lead byte of a valid sequence (isUtf8 said so): 2, 3 or 4 bytes.
    const c = buffer[p]!;
    let cp: number;
    let len: number;
    if (c < 0xe0) {
      cp = ((c & 0x1f) << 6) | (buffer[p + 1]! & 0x3f);
      len = 2;
    } else if (c < 0xf0) {
      cp = ((c & 0x0f) << 12) | ((buffer[p + 1]! & 0x3f) << 6) | (buffer[p + 2]! & 0x3f);
      len = 3;
    } else {
      cp = ((c & 0x07) << 18) | ((buffer[p + 1]! & 0x3f) << 12) | ((buffer[p + 2]! & 0x3f) << 6) | (buffer[p + 3]! & 0x3f);
      len = 4;
    }
    out += all.slice(from, p) + String.fromCodePoint(cp);
    p += len;
    from = p;
  }
  return from === 0 ? all : out + all.slice(from);
}

function decodeMixed(bytes: Uint8Array): Decoded {
  let out = '';
  let latin1Bytes = 0;
  let i = 0;
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      out += len === 1 ? String.fromCharCode(bytes[i]!) : strictUtf8.decode(bytes.subarray(i, i + len));
      i += len;
    } else {
      const b = bytes[i]!;
      out += CP1252_HIGH[b] ?? String.fromCharCode(b);
      latin1Bytes++;
      i++;
    }
  }
  return { text: out, latin1Bytes };
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let len: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [len, min] = [2, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [len, min] = [3, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [len, min] = [4, 0x10000];
  else return 0;
  if (i + len > bytes.length) return 0;
  let cp = b & (0xff >> (len + 1));
  for (let k = 1; k < len; k++) {
    const c = bytes[i + k]!;
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}
