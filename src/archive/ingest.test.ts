// Ingest mechanics with a stand-in parser (the real one is exercised end to end in test/):
// idempotency, replacement, failed files that never stop the rest, and store failures that do.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cable } from '../cable/types.js';
import { makeCable } from '../store/cable-store.contract.js';
import type { CableStore } from '../store/cable-store.js';
import { openCableStore } from '../store/open-store.js';
import { ingestPaths, type IngestProgress } from './ingest.js';

/** Reads "ID: x" and the text after it: enough of a cable for the mechanics under test. */
function fakeParse(bytes: Buffer, source: string): Cable {
  const text = bytes.toString('utf8');
  const id = /^ID: (\S+)/m.exec(text)?.[1] ?? null;
  const cable = makeCable({ id, paragraphs: [['U', text]], warnings: text.includes('odd') ? ['odd line'] : [] });
  return { ...cable, source, sha256: createHash('sha256').update(bytes).digest('hex') };
}

describe('ingestPaths', () => {
  let dir: string;
  let store: CableStore;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'demarche-ingest-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'a.txt'), 'ID: 07A1\nfirst cable');
    writeFileSync(path.join(dir, 'sub', 'b.txt'), 'ID: 07B2\nsecond cable, odd');
    store = await openCableStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const ingest = (paths: string[], extra = {}) => ingestPaths(store, paths, { parse: fakeParse, ...extra });

  it('stores every cable of a directory tree, then finds them unchanged on a second run', async () => {
    const first = await ingest([dir]);
    expect(first).toMatchObject({ files: 2, stored: 2, unchanged: 0, replaced: 0, failed: [], withWarnings: 1 });
    const second = await ingest([dir]);
    expect(second).toMatchObject({ files: 2, stored: 0, unchanged: 2, replaced: 0, failed: [], withWarnings: 1 });
    expect((await store.stats()).cables).toBe(2);
  });

  it('replaces a cable whose file changed, and says which', async () => {
    await ingest([dir]);
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'ID: 07A1\nfirst cable, corrected');
    const summary = await ingest([dir]);
    expect(summary).toMatchObject({ stored: 0, unchanged: 1, replaced: 1 });
    expect(summary.replacedCables).toEqual([{ id: '07A1', file, previousSha: expect.stringMatching(/^[0-9a-f]{64}$/), reparsed: false }]);
    expect((await store.getCable('07A1'))?.paragraphs[0]?.text).toContain('corrected');
  });

  it('stores the same file again when the parse of it changed, and says it re-parsed', async () => {
    await ingest([dir]);
    const newer = (bytes: Buffer, source: string) => ({ ...fakeParse(bytes, source), summary: 'a newer parser reads a summary' });
    const summary = await ingestPaths(store, [dir], { parse: newer });
    expect(summary).toMatchObject({ stored: 0, unchanged: 0, replaced: 2 });
    expect(summary.replacedCables.map((r) => r.reparsed)).toEqual([true, true]);
    expect((await store.getCable('07A1'))?.summary).toBe('a newer parser reads a summary');
    expect((await ingestPaths(store, [dir], { parse: newer })).unchanged).toBe(2);
  });

  it('reports bad files with their reason and still ingests the rest', async () => {
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'noid.txt'), 'just prose');
    writeFileSync(path.join(dir, 'huge.txt'), `ID: 07H1\n${'x'.repeat(2000)}`);
    const missing = path.join(dir, 'absent');
    const summary = await ingest([missing, dir], { maxBytes: 1000 });
    expect(summary.stored).toBe(2);
    const reasons = Object.fromEntries(summary.failed.map((f) => [path.basename(f.file), f.reason]));
    expect(reasons).toEqual({
      absent: expect.stringMatching(/no such file or directory/),
      'binary.txt': 'binary file (NUL byte at offset 1), not a cable text',
      'empty.txt': 'empty file',
      'noid.txt': 'no canonical cable id could be read',
      'huge.txt': expect.stringMatching(/file is 2 KB, over the 1 KB limit/),
    });
  });

  it('turns a parser that throws into one failed file', async () => {
    const parse = (bytes: Buffer, source: string) => {
      if (source.endsWith('a.txt')) throw new Error('boom');
      return fakeParse(bytes, source);
    };
    const summary = await ingestPaths(store, [dir], { parse });
    expect(summary.stored).toBe(1);
    expect(summary.failed).toEqual([{ file: path.join(dir, 'a.txt'), reason: 'the parser failed on this file: boom' }]);
  });

  it('reports progress for every file', async () => {
    const seen: IngestProgress[] = [];
    let announced = -1;
    await ingest([dir], { onStart: (n: number) => (announced = n), onProgress: (p: IngestProgress) => seen.push(p) });
    expect(announced).toBe(2);
    expect(seen.map((p) => [p.done, p.total, p.outcome.status])).toEqual([
      [1, 2, 'stored'],
      [2, 2, 'stored'],
    ]);
  });

  it('stops when the store itself fails, since every later file would fail the same way', async () => {
    await store.close();
    await expect(ingest([dir])).rejects.toThrow();
    store = await openCableStore(':memory:');
  });
});

describe('ingestPaths into a store that takes the next batch while it writes one (SQLite on a file)', () => {
  it('stores in file order: a later file with the id of an earlier one replaces it, even alone in the last batch', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'demarche-ingest-order-'));
    const store = await openCableStore(path.join(dir, 'store.db'));
    try {
      mkdirSync(path.join(dir, 'in'));
      // 201 files: two batches of 100, then the last file alone, with the first file's id.
      for (let i = 0; i < 200; i += 1) writeFileSync(path.join(dir, 'in', `f${String(i).padStart(3, '0')}.txt`), `ID: 07ORD${i}\ncable ${i}`);
      writeFileSync(path.join(dir, 'in', 'f200.txt'), 'ID: 07ORD0\nthe first cable, corrected');
      const done: number[] = [];
      const summary = await ingestPaths(store, [path.join(dir, 'in')], { parse: fakeParse, onProgress: (p) => done.push(p.done) });
      expect(summary).toMatchObject({ files: 201, stored: 200, replaced: 1, unchanged: 0, failed: [] });
      expect(done).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
      expect((await store.getCable('07ORD0'))?.paragraphs[0]?.text).toContain('corrected');
      expect((await store.stats()).cables).toBe(200);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ingestPaths with parse workers', () => {
  it('parses on worker threads with the real parser and stores in file order, same as on this thread', async () => {
    const fixtures = path.resolve('test/fixtures/cables');
    const inThread = await openCableStore(':memory:');
    const pooled = await openCableStore(':memory:');
    const order: string[] = [];
    const a = await ingestPaths(inThread, [fixtures]);
    const onProgress = (p: IngestProgress) => order.push(p.outcome.file);
    const b = await ingestPaths(pooled, [fixtures], { parseWorkers: 2, minFilesForWorkers: 1, onProgress });
    expect(b).toEqual(a);
    expect(b.stored).toBe(3);
    expect(order).toEqual([...order].sort());
    expect(await pooled.getCable('07REYKJAVIK311')).toEqual(await inThread.getCable('07REYKJAVIK311'));
    await inThread.close();
    await pooled.close();
  });
});
