// End to end through the CLI: ingest fixture cables (invented text in the WikiLeaks format) with
// the real parser into a temporary store, then show, search, stats and start, and their errors.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDataDir } from '../src/config.js';
import { runCli } from './cli-harness.js';

const FIXTURES = path.resolve('test/fixtures/cables');
const dir = mkdtempSync(path.join(tmpdir(), 'demarche-cli-'));
const db = path.join(dir, 'archive.db');
const cli = (...args: string[]) => runCli(args, { DEMARCHE_DB: db });
const json = (s: string) => JSON.parse(s) as Record<string, any>;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demarche ingest', () => {
  it('stores the good cables, reports each bad file with its reason, and exits 1', async () => {
    const run = await cli('ingest', FIXTURES, '--json');
    expect(run.code).toBe(1);
    const summary = json(run.stdout);
    expect(summary).toMatchObject({ files: 6, stored: 3, unchanged: 0, replaced: 0 });
    const reasons = Object.fromEntries(summary.failed.map((f: { file: string; reason: string }) => [path.basename(f.file), f.reason]));
    expect(reasons['binary.txt']).toMatch(/binary file \(NUL byte at offset \d+\)/);
    expect(reasons['empty.txt']).toBe('empty file');
    expect(reasons['not-a-cable.txt']).toMatch(/no canonical cable id/);
  });

  it('adds nothing on a second run', async () => {
    const run = await cli('ingest', FIXTURES);
    expect(run.stdout).toMatch(/6 files: 0 stored, 3 unchanged, 0 replaced, 3 failed/);
    expect(json((await cli('stats', '--json')).stdout).cables).toBe(3);
  });

  it('replaces a cable whose file changed, and says so', async () => {
    const copy = path.join(dir, 'changed', '07REYKJAVIK290.txt');
    mkdirSync(path.dirname(copy), { recursive: true });
    const text = readFileSync(path.join(FIXTURES, '07REYKJAVIK290.txt'), 'utf8');
    writeFileSync(copy, text.replace('agreed to inspect it', 'agreed to inspect it within a week'));
    const run = await cli('ingest', copy);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 replaced');
    expect(run.stdout).toContain(`replaced 07REYKJAVIK290 with the changed ${copy}`);
    expect(json((await cli('search', 'within week', '--json')).stdout).total).toBe(1);
    copyFileSync(path.join(FIXTURES, '07REYKJAVIK290.txt'), copy);
    expect((await cli('ingest', copy)).stdout).toContain('1 replaced');
  });
});

describe('demarche show', () => {
  it('prints header, labelled TAGS, marked paragraphs and references both ways', async () => {
    const run = await cli('show', '07reykjavik311');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/classification\s+SECRET/);
    expect(run.stdout).toMatch(/MTCR\s+Missile Technology Control Regime.*\[unverified title\]/);
    expect(run.stdout).toMatch(/IC\s+Iceland/);
    expect(run.stdout).toContain('¶1. (S) Customs officers');
    expect(run.stdout).toContain('¶2. (C) The Ministry');
    expect(run.stdout).toMatch(/A\. 07REYKJAVIK290\s+2007-07-14\s+CONFIDENTIAL\s+FIRST APPROACH/);
    expect(run.stdout).toMatch(/B\. 07STATE104400\s+not in the archive/);
    const earlier = await cli('show', '07REYKJAVIK290');
    expect(earlier.stdout).toMatch(/Referenced by\n\s+07REYKJAVIK311\s+2007-08-02\s+SECRET/);
  });

  it('prints the record and resolved references as JSON', async () => {
    const out = json((await cli('show', '07REYKJAVIK311', '--json')).stdout);
    expect(out.cable.id).toBe('07REYKJAVIK311');
    expect(out.cable.paragraphs.map((p: { marking: string }) => p.marking)).toEqual(['S', 'C', 'U']);
    expect(out.references[0].stored.id).toBe('07REYKJAVIK290');
    expect(out.tags.find((t: { code: string }) => t.code === 'IC').title).toBe('Iceland');
  });

  it('says NOT_FOUND for an unknown id, exit 1, no stack trace', async () => {
    const run = await cli('show', '07NOWHERE1');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^demarche: no cable 07NOWHERE1 in the archive/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const asJson = await cli('show', '07NOWHERE1', '--json');
    expect(json(asJson.stdout).error.code).toBe('NOT_FOUND');
  });
});

describe('demarche search and stats', () => {
  it('finds ranked hits with highlighted snippets and facets', async () => {
    const run = await cli('search', 'valve', '--tag', 'ettc', '--json');
    const result = json(run.stdout);
    expect(result.total).toBe(2);
    for (const hit of result.hits) {
      const [start, end] = hit.highlights[0];
      expect(hit.snippet.slice(start, end).toLowerCase()).toMatch(/^valves?$/);
    }
    expect(result.facets.origin).toEqual([{ value: 'Embassy Reykjavik', count: 2 }]);
    const human = await cli('search', 'valve', '--classification', 'secret');
    expect(human.stdout).toMatch(/1 cable match "valve"/);
    expect(human.stdout).toMatch(/\[valves?\]/);
    expect(human.stdout).toMatch(/classification\s+SECRET 1/);
  });

  it('reads words after the query as exclusions, and a mistyped option as a usage error', async () => {
    const result = json((await cli('search', 'valve', '-maraging', '--json')).stdout);
    expect(result.hits.map((h: { id: string }) => h.id)).toEqual(['07REYKJAVIK290']);
    const typo = await cli('search', 'valve', '--tga', 'ETTC');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown option --tga for search/);
  });

  it('browses with filters only', async () => {
    const result = json((await cli('search', '--from', '2008', '--json')).stdout);
    expect(result.hits.map((h: { id: string }) => h.id)).toEqual(['08WELLINGTON77']);
  });

  it.each([
    [['search', '"valve'], /unbalanced quote/],
    [['search', '-valve'], /only excludes/],
    [['search'], /empty search/],
    [['search', 'valve', '-fisheries', '-harbour', 'NOT', 'customs', '--limit', '0'], /--limit/],
    [['search', 'valve', '--from', '2008-13'], /--from: no such date/],
    [['search', 'valve', '--limit', 'many'], /--limit/],
  ])('rejects %j with a clear error and exit 1', async (args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('counts the archive', async () => {
    const stats = json((await cli('stats', '--json')).stdout);
    expect(stats).toMatchObject({
      cables: 3,
      byClassification: { SECRET: 1, CONFIDENTIAL: 1, UNCLASSIFIED: 1 },
      byOrigin: { 'Embassy Reykjavik': 2, 'Embassy Wellington': 1 },
      byYear: { '2007': 2, '2008': 1 },
    });
    expect((await cli('stats')).stdout).toMatch(/cables\s+3/);
  });
});

describe('store selection', () => {
  it('opens a postgres:// URL as PostgreSQL, and says clearly when the server cannot be reached', async () => {
    const run = await runCli(['stats'], { DEMARCHE_DB: 'postgres://demarche@127.0.0.1:9/demarche' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot connect to the PostgreSQL store postgres:\/\/demarche@127\.0\.0\.1:9\/demarche \(DEMARCHE_DB\)/);
  });

  it('tells how to create a store that does not exist yet', async () => {
    const run = await runCli(['search', 'valve'], { DEMARCHE_DB: path.join(dir, 'absent.db') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no cable store at .*absent\.db.*npm start/);
  });
});

describe('demarche start', () => {
  let data: string;
  beforeAll(() => {
    // A miniature shared layout: data/cables/sample/text beside seeds/.
    data = path.join(dir, 'shared', 'data');
    const sample = path.join(data, 'cables', 'sample', 'text');
    mkdirSync(sample, { recursive: true });
    mkdirSync(path.join(dir, 'shared', 'seeds'));
    cpSync(path.join(FIXTURES, '07REYKJAVIK290.txt'), path.join(sample, '07REYKJAVIK290.txt'));
    cpSync(path.join(FIXTURES, 'more', '08WELLINGTON77.txt'), path.join(sample, '08WELLINGTON77.txt'));
    cpSync(path.join(FIXTURES, '07REYKJAVIK311.txt'), path.join(dir, 'shared', 'seeds', '07REYKJAVIK311.txt'));
    // start analyses what it ingested, screening parties against the real lists.
    symlinkSync(path.join(requireDataDir(), 'sanctions'), path.join(data, 'sanctions'));
  });

  it('ingests the sample and the seeds, summarises, and adds nothing the second time', async () => {
    const env = { DEMARCHE_DB: path.join(dir, 'start.db'), DEMARCHE_DATA: data };
    const first = await runCli(['start'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/3 files: 3 stored, 0 unchanged, 0 replaced, 0 failed/);
    expect(first.stdout).toMatch(/by classification\n\s+CONFIDENTIAL\s+1/);
    expect(first.stdout).toMatch(/by origin \(top 2 of 2\)/);
    expect(first.stdout).toMatch(/by year\n\s+2007\s+2\n\s+2008\s+1/);
    const second = await runCli(['start', '--json'], env);
    expect(json(second.stdout).ingest).toMatchObject({ stored: 0, unchanged: 3 });
    expect(json(second.stdout).stats.cables).toBe(3);
  });

  it('explains a missing sample folder', async () => {
    const run = await runCli(['start'], { DEMARCHE_DB: path.join(dir, 'x.db'), DEMARCHE_DATA: path.join(dir, 'nothing') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DEMARCHE_DATA/);
  });
});
