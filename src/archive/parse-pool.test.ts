// The parse pool really parses on worker threads and gives the same records as this thread.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../cable/parse-cable.js';
import { createParsePool } from './parse-pool.js';

const fixture = path.resolve('test/fixtures/cables/07REYKJAVIK311.txt');

describe('createParsePool', () => {
  it('parses on its workers, with the same result as parseCable here', async () => {
    const pool = createParsePool(2);
    try {
      const bytes = readFileSync(fixture);
      const results = await Promise.all([1, 2, 3, 4].map(() => pool.parse(bytes, fixture)));
      for (const r of results) expect(r).toEqual(parseCable(bytes, fixture));
      expect(pool.counts()).toEqual({ inWorkers: 4, inThread: 0 });
      // The caller's buffer is not transferred away: it stays usable.
      expect(bytes.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });
});
