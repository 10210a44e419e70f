// Acceptance on the real data (read through DEMARCHE_DATA, never copied): `demarche start` ingests
// the 1,000 sample cables and the seed; a second run adds nothing; show, search and stats work on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireDataDir } from '../src/config.js';
import { runCli } from './cli-harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-sample-'));
const env = { DEMARCHE_DB: path.join(dir, 'archive.db'), DEMARCHE_DATA: requireDataDir() };
const json = (s: string) => JSON.parse(s) as Record<string, any>;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sample archive', { timeout: 600_000 }, () => {
  it('ingests the sample and the seed, and a second run adds nothing: 1,001 cables', async () => {
    const first = json((await runCli(['start', '--json'], env)).stdout);
    expect(first.ingest).toMatchObject({ files: 1001, stored: 1001, failed: [] });
    expect(first.stats.cables).toBe(1001);
    const second = json((await runCli(['start', '--json'], env)).stdout);
    expect(second.ingest).toMatchObject({ stored: 0, unchanged: 1001, replaced: 0, failed: [] });
    expect(second.stats.cables).toBe(1001);
    expect(Object.values(second.stats.byClassification as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1001);
  });

  it('shows the seed cable with its marked paragraphs and labelled TAGS', async () => {
    const run = await runCli(['show', '07BEIJING5039'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/07BEIJING5039\s+LIMMT INVESTIGATION/);
    expect(run.stdout).toMatch(/IR\s+Iran/);
    expect(run.stdout).toContain('¶1. (S) On July 25');
    expect(run.stdout).toContain('¶5. (S) Zhang used the opportunity');
    expect(run.stdout).toMatch(/References\n\s+07BEIJING1625/);
  });

  it('finds the seed first for LIMMT, with facets over all matches', async () => {
    const result = json((await runCli(['search', 'LIMMT', '--json'], env)).stdout);
    expect(result.hits[0].id).toBe('07BEIJING5039');
    expect(result.total).toBeGreaterThanOrEqual(1);
    expect(result.facets.origin.length).toBeGreaterThan(0);
    const browse = json((await runCli(['search', '--tag', 'MTCR', '--origin', 'embassy beijing', '--json'], env)).stdout);
    expect(browse.total).toBeGreaterThan(0);
    expect(browse.facets.tags).toContainEqual({ value: 'MTCR', count: browse.total });
    expect(browse.facets.origin).toEqual([{ value: 'Embassy Beijing', count: browse.total }]);
  });
});
