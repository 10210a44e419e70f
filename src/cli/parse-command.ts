// Implementation of `demarche parse`.
import { readFile } from 'node:fs/promises';
import { parseCable } from '../cable/parse-cable.js';
import { DemarcheError } from '../errors.js';
import { listCableFiles } from '../cable/cable-files.js';
import { printJson } from './output.js';

export async function runParse(paths: string[], opts: { json?: boolean; jsonl?: boolean }): Promise<void> {
  const files = await listCableFiles(paths);
  if (opts.json && !opts.jsonl && files.length !== 1) {
    throw new DemarcheError(
      'USAGE',
      `--json prints one cable, but ${files.length} files were given; use --jsonl for several files or a directory`,
    );
  }
  if (opts.jsonl) {
    for (const file of files) {
      const cable = parseCable(await readFile(file), file);
      process.stdout.write(`${JSON.stringify(cable)}\n`);
    }
    return;
  }
  for (const file of files) printJson(parseCable(await readFile(file), file));
}
