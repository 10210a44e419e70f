// End to end through the CLI: `demarche extract` on a cable file and on a plain text, its JSON
// contract, the readable tables and its usage errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-harness.js';

const CABLE = path.resolve('src/extract/fixtures/demarche-cable.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'demarche-extract-'));
const PLAIN = path.join(dir, 'note.txt');
writeFileSync(PLAIN, 'Yesterday Ambassador John Smith met Foreign Minister Ali Khan in Tehran about UNSCR 1737.\n');

describe('demarche extract', () => {
  it('prints mentions per paragraph and events for a cable, as JSON', async () => {
    const run = await runCli(['extract', CABLE, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { mentions: Array<Record<string, unknown>>; events: Array<Record<string, unknown>> };
    expect(Object.keys(out.mentions[0]!).slice(0, 7)).toEqual(['type', 'text', 'start', 'end', 'paragraph', 'normalized', 'entity']);
    expect(out.mentions.some((m) => m.paragraph === 0)).toBe(true);
    expect(out.events.some((e) => e.kind === 'meeting' && (e.date as { value: string }).value === '2009-04-01')).toBe(true);
  });

  it('reads a plain text against --as-of, with paragraph null', async () => {
    const run = await runCli(['extract', PLAIN, '--json', '--as-of', '2008-03-05']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { mentions: Array<Record<string, unknown>> };
    expect(out.mentions.every((m) => m.paragraph === null)).toBe(true);
    expect(out.mentions.find((m) => m.type === 'DATE')?.normalized).toBe('2008-03-04');
    expect(out.mentions.find((m) => m.type === 'RESOLUTION')?.normalized).toBe('UNSCR 1737');
  });

  it('prints readable tables without --json', async () => {
    const run = await runCli(['extract', CABLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Mentions \(\d+\)/);
    expect(run.stdout).toMatch(/Events \(\d+\)/);
  });

  it('rejects a bad --as-of with exit 2 and a missing file with exit 1', async () => {
    const bad = await runCli(['extract', PLAIN, '--as-of', '2008-3-5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of 2008-3-5: expected a date as YYYY-MM-DD/);
    const missing = await runCli(['extract', path.join(dir, 'none.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('refuses a binary or empty file, as ingest does, with exit 1 and no mentions', async () => {
    const binary = path.join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x41, 0x42, 0x43, 0x20, 0x4d, 0x49, 0x4e, 0x49, 0x53, 0x54, 0x52, 0x59]));
    const bin = await runCli(['extract', binary, '--json']);
    expect(bin.code).toBe(1);
    expect(bin.stdout).not.toMatch(/mentions/);
    expect(bin.stderr).toMatch(/image\.txt: binary file \(NUL byte at offset 5\)/);
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const none = await runCli(['extract', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/empty\.txt: empty file/);
  });
});
