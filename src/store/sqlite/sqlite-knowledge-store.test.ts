// Runs the KnowledgeStore contract on SQLite, on a fresh file per test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { knowledgeStoreContract } from '../knowledge-store.contract.js';
import { openCableStore, openKnowledgeStore } from '../open-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-knowledge-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

knowledgeStoreContract('sqlite', async () => {
  const file = path.join(dir, `k-${(n += 1)}.db`);
  const cables = await openCableStore(file);
  return { cables, knowledge: await openKnowledgeStore(file) };
});
