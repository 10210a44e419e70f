// Crash safety of `demarche lists update`: killed with SIGKILL at random points while it downloads,
// checks and swaps in the lists from a local stand-in for the OFAC and UN servers, it leaves the old
// lists complete and usable (every file matching the manifest's hash) until new ones are complete,
// and the next update cleans up and completes; also when the kill fell between its two renames.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../src/config.js';
import { findListFiles, OFFICIAL_NAMES, type FileRole } from '../src/lists/list-sources.js';
import { loadLists, readManifest, resolveListsDir, type ListManifest } from '../src/lists/list-store.js';
import { updateLists } from '../src/lists/list-update.js';
import { finished, sleep, spawnCli } from './cli-process.js';

const shared = dataDir();
const sanctions = shared ? path.join(shared, 'sanctions') : null;
const dir = mkdtempSync(path.join(tmpdir(), 'demarche-lists-crash-'));
const target = path.join(dir, 'lists');
let server: Server;
let env: Record<string, string>;

beforeAll(async () => {
  const files = findListFiles(sanctions!);
  const byName = new Map((Object.keys(OFFICIAL_NAMES) as FileRole[]).map((role) => [OFFICIAL_NAMES[role], files[role]!.path] as const));
  server = createServer((req, res) => {
    const file = byName.get(path.basename(req.url ?? ''));
    res.setHeader('Connection', 'close');
    if (file === undefined) res.writeHead(404).end();
    else res.writeHead(200).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  env = { DEMARCHE_OFAC_URL: `${base}/exports/`, DEMARCHE_UN_URL: `${base}/un/consolidated.xml`, DEMARCHE_LISTS: target, DEMARCHE_NO_CACHE: '1' };
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** The lists a reader would use now: a complete download, every file as its manifest says. */
async function usableLists(): Promise<ListManifest> {
  const { dir: used, origin } = resolveListsDir({ env });
  expect(origin).toBe('updated');
  const manifest = readManifest(used)!;
  for (const f of Object.values(manifest.files)) {
    expect(createHash('sha256').update(readFileSync(path.join(used, f!.file))).digest('hex'), f!.file).toBe(f!.sha256);
  }
  const loaded = await loadLists({ env, only: ['un-sc'], cache: false });
  expect(loaded.lists[0]!.entries.length).toBeGreaterThan(500);
  return manifest;
}

const leftovers = () => readdirSync(dir).filter((n) => n.includes('.incoming-') || n.includes('.previous-'));

describe.skipIf(sanctions === null || !existsSync(sanctions))('lists update killed part-way', () => {
  it('keeps the old lists usable until the new ones are complete, then completes', async () => {
    const first = await finished(spawnCli(['lists', 'update', '--json'], env));
    expect(first.code, first.stderr).toBe(0);
    const original = await usableLists();
    const points: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      const ms = 100 + Math.floor(Math.random() * 6000);
      points.push(ms);
      const child = spawnCli(['lists', 'update'], env);
      const done = finished(child);
      await sleep(ms);
      child.kill('SIGKILL');
      await done;
      const now = await usableLists();
      expect(now.updatedAt >= original.updatedAt, `killed after ${points.join(', ')} ms`).toBe(true);
    }
    const last = await finished(spawnCli(['lists', 'update'], env));
    expect(last.code, last.stderr).toBe(0);
    expect(leftovers()).toEqual([]);
    expect((await usableLists()).updatedAt > original.updatedAt).toBe(true);
  }, 600_000);

  it('a kill between the two renames: the set-aside lists are still used, and the next update puts things right', async () => {
    const before = await usableLists();
    renameSync(target, `${target}.previous-99999`);
    mkdirSync(`${target}.incoming-99999`);
    writeFileSync(path.join(`${target}.incoming-99999`, 'SDN.CSV'), 'partial');
    expect((await usableLists()).updatedAt).toBe(before.updatedAt);
    await updateLists({ dir: target, ofacBaseUrl: env.DEMARCHE_OFAC_URL!, unUrl: env.DEMARCHE_UN_URL!, timeoutMs: 60_000 });
    expect(leftovers()).toEqual([]);
    expect((await usableLists()).updatedAt > before.updatedAt).toBe(true);
  }, 300_000);
});
