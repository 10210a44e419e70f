// SQL and FTS injection through every text parameter of the CLI's store paths, on SQLite and (with
// DEMARCHE_TEST_PG) on PostgreSQL: each run ends with results (exit 0) or a clear refusal (exit 1,
// or 2 for a malformed command line), never an internal error (exit 3); a CONFIDENTIAL reader never
// sees words only SECRET portions hold; the store is intact afterwards (counts, audit chain).
// Oversize and binary files are refused by ingest with a clear message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedsDir } from '../src/config.js';
import { runCli } from './cli-harness.js';
import { freshSchemaUrl, PG_URL } from './pg-env.js';

const INJECTIONS = [
  "' OR 1=1 --",
  "zzz'; DROP TABLE cables; --",
  '" OR ""="',
  "x') OR ('1'='1",
  '%',
  '_',
  '\\',
  'NEAR(a b)',
  'subject:secret',
  '{subject body}: x',
  "':* | !'",
  '1; SELECT pg_sleep(5)',
  '$1::text',
  '/* */',
  '\u0000',
  '‮ mirrored',
  'a'.repeat(700),
];
// Words the seed cable holds only in SECRET portions (its subject line is unclassified).
const SECRET_WORDS = ['tungsten', 'graphite', 'Zhang'];

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every command with a text parameter that reaches a store, with the parameter at `x`. */
function commands(x: string): string[][] {
  return [
    ['search', x, '--json'],
    ['search', 'visa', '--tag', x, '--json'],
    ['search', 'visa', '--origin', x, '--json'],
    ['search', 'visa', '--classification', x, '--json'],
    ['search', 'visa', '--from', x, '--json'],
    ['search', 'visa', '--limit', x, '--json'],
    ['show', x, '--json'],
    ['entity', 'show', x, '--json'],
    ['entity', 'list', '--schema', x, '--json'],
    ['case', 'show', x, '--json'],
    ['audit', '--user', x, '--since', '2000-01-01', '--json'],
    ['audit', '--since', x, '--json'],
    ['stats', '--as-of', x, '--json'],
  ];
}

function hostileSuite(name: string, db: () => string): void {
  describe(`injection through the CLI (${name})`, () => {
    const cli = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { DEMARCHE_DB: db(), DEMARCHE_TOKEN: undefined, ...env });

    it('answers every text parameter with results or a refusal, never an internal error or another reader\'s data', async () => {
      const seeds = seedsDir();
      expect(seeds).not.toBeNull();
      expect((await cli(['ingest', seeds!])).code).toBe(0);
      expect((await cli(['analyse', '--no-screen'])).code).toBe(0);
      const carol = JSON.parse((await cli(['user', 'add', 'carol', '--clearance', 'C', '--json'])).stdout) as { token: string };
      const before = JSON.parse((await cli(['stats', '--json'])).stdout) as { cables: number; paragraphs: number };
      for (const x of INJECTIONS) {
        for (const args of commands(x)) {
          for (const env of [{}, { DEMARCHE_TOKEN: carol.token }]) {
            const run = await cli(args, env);
            const label = `${JSON.stringify(args)} as ${'DEMARCHE_TOKEN' in env ? 'carol' : 'owner'}: ${run.stderr}`;
            expect([0, 1, 2], label).toContain(run.code);
            expect(run.stderr, label).not.toMatch(/internal error/i);
            if ('DEMARCHE_TOKEN' in env && args[0] !== 'audit') {
              for (const w of SECRET_WORDS) expect(run.stdout.toLowerCase(), label).not.toContain(w.toLowerCase());
            }
          }
        }
      }
      // The words are there, for whoever may read them: the check above was not vacuous.
      expect((await cli(['search', 'tungsten', '--json'])).stdout.toLowerCase()).toContain('tungsten');
      expect(JSON.parse((await cli(['stats', '--json'])).stdout)).toMatchObject(before);
      const verify = JSON.parse((await cli(['audit', 'verify', '--json'])).stdout) as { ok: boolean; guarded: boolean };
      expect(verify).toMatchObject({ ok: true, guarded: true });
    }, 600_000);
  });
}

hostileSuite('sqlite', () => path.join(dir, 'hostile.db'));
if (PG_URL !== null) {
  const url = freshSchemaUrl(PG_URL);
  hostileSuite('postgres', () => url);
}

describe('ingest refuses files that are not cable texts, and says why', () => {
  it('names an oversize file and a binary file with their reasons, and stores the rest', async () => {
    const folder = path.join(dir, 'odd');
    const { mkdirSync, copyFileSync, readdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    const seeds = seedsDir()!;
    for (const f of readdirSync(seeds)) copyFileSync(path.join(seeds, f), path.join(folder, f));
    writeFileSync(path.join(folder, 'huge.txt'), Buffer.alloc(6 * 1024 * 1024, 'A'));
    writeFileSync(path.join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const run = await runCli(['ingest', folder, '--json'], { DEMARCHE_DB: path.join(dir, 'odd.db'), DEMARCHE_TOKEN: undefined });
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as { stored: number; failed: Array<{ file: string; reason: string }> };
    expect(summary.stored).toBe(1);
    const reasons = Object.fromEntries(summary.failed.map((f) => [path.basename(f.file), f.reason]));
    expect(reasons['huge.txt']).toMatch(/file is 6\.0 MB, over the 5\.0 MB limit for a cable text/);
    expect(reasons['image.txt']).toMatch(/binary file \(NUL byte at offset 8\), not a cable text/);
  });
});
