// Ingest of a folder of 200,000 files gets past listing them: the paths were once spread into one
// push, which overflows the stack past ~120,000 arguments. The listing is stubbed (200,000 real
// files take minutes to write); the ingest stops once it has them.
import { expect, it, vi } from 'vitest';
import { openCableStore } from '../store/open-store.js';
import { ingestPaths } from './ingest.js';

vi.mock('../cable/cable-files.js', () => ({
  listCableFiles: async () => Array.from({ length: 200_000 }, (_, i) => `/archive/${i}.txt`),
}));

it('lists 200,000 files without overflowing the stack', async () => {
  const store = await openCableStore(':memory:');
  let listed = 0;
  const stop = new Error('listed');
  const run = ingestPaths(store, ['/archive'], {
    onStart: (total) => {
      listed = total;
      throw stop;
    },
  });
  await expect(run).rejects.toBe(stop);
  expect(listed).toBe(200_000);
  await store.close();
});
