import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../config.js';
import { DemarcheError } from '../errors.js';
import { findListFiles, OFFICIAL_NAMES, type FileRole } from './list-sources.js';
import { loadLists, readManifest } from './list-store.js';
import { updateLists } from './list-update.js';

// A local stand-in for the OFAC and UN servers, serving the shared copies under the official
// names; `overrides` replaces a file's body to simulate a bad download.
const shared = dataDir();
const sanctions = shared ? path.join(shared, 'sanctions') : null;

describe.skipIf(sanctions === null || !existsSync(sanctions))('updateLists against a local server', () => {
  let server: Server;
  let base: string;
  const overrides = new Map<string, Buffer | number>();

  beforeAll(async () => {
    const files = findListFiles(sanctions!);
    const byName = new Map(
      (Object.keys(OFFICIAL_NAMES) as FileRole[]).map((role) => [OFFICIAL_NAMES[role], files[role]!.path] as const),
    );
    server = createServer((req, res) => {
      // One connection per file, as a plain download client would: no reuse of sockets the
      // server may be closing.
      res.setHeader('Connection', 'close');
      const name = path.basename(req.url ?? '');
      const override = overrides.get(name);
      if (typeof override === 'number') {
        res.writeHead(override).end();
        return;
      }
      const file = byName.get(name);
      if (override === undefined && file === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200).end(override ?? readFileSync(file!));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const options = (dir: string) => ({ dir, ofacBaseUrl: `${base}/exports/`, unUrl: `${base}/un/consolidated.xml`, timeoutMs: 30_000 });

  it('downloads, checks and installs every file with a manifest', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'demarche-update-')), 'lists');
    const result = await updateLists(options(dir));
    expect(result.lists.map((l) => l.id)).toEqual(['us-ofac-sdn', 'us-ofac-cons', 'un-sc']);
    expect(result.lists[0]!.entries).toBeGreaterThan(10_000);
    for (const name of Object.values(OFFICIAL_NAMES)) expect(existsSync(path.join(dir, name))).toBe(true);
    const manifest = readManifest(dir)!;
    expect(manifest.files.sdn).toMatchObject({ file: 'SDN.CSV', url: `${base}/exports/SDN.CSV` });
    expect(manifest.files.sdn!.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Loading now prefers the downloaded folder.
    const loaded = await loadLists({ env: { DEMARCHE_LISTS: dir, DEMARCHE_NO_CACHE: '1' }, cache: false });
    expect(loaded.origin).toBe('updated');
    expect(loaded.dir).toBe(dir);
    expect(loaded.lists[0]!.date).toBe(manifest.updatedAt.slice(0, 10));
  });

  it('keeps the old lists when a download is too small or does not parse', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'demarche-update-')), 'lists');
    await updateLists(options(dir));
    const before = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
    overrides.set('SDN.CSV', Buffer.from('1,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'));
    await expect(updateLists(options(dir))).rejects.toThrowError(/SDN\.CSV: only \d+ bytes, expected at least 500000.*Nothing was changed/);
    overrides.set('SDN.CSV', Buffer.concat([readFileSync(findListFiles(sanctions!).sdn!.path), Buffer.from('1,2\r\n')]));
    await expect(updateLists(options(dir))).rejects.toThrowError(/failed their check: .*SDN\.CSV:\d+: expected 12 fields/);
    overrides.clear();
    expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('says so clearly when offline, and changes nothing', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'demarche-update-')), 'lists');
    const err = await updateLists({ dir, ofacBaseUrl: 'http://127.0.0.1:9/', unUrl: 'http://127.0.0.1:9/x.xml', timeoutMs: 5_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(DemarcheError);
    expect((err as DemarcheError).code).toBe('UNAVAILABLE');
    expect((err as DemarcheError).message).toMatch(/cannot download http:\/\/127\.0\.0\.1:9\/.*offline.*Nothing was changed: there are no downloaded lists yet/);
    expect(existsSync(dir)).toBe(false);
  });

  it('reports an HTTP error status', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'demarche-update-')), 'lists');
    overrides.set('consolidated.xml', 503);
    await expect(updateLists(options(dir))).rejects.toThrowError(/consolidated\.xml: HTTP 503/);
    overrides.clear();
  });
});
