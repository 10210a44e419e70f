// Implementation of `demarche parse`: JSON for one file (--json), JSON lines for many (--jsonl), or a
// one-line summary per file for people, with the parser's warnings.
import { readFile } from 'node:fs/promises';
import { listCableFiles } from '../cable/cable-files.js';
import { parseCable } from '../cable/parse-cable.js';
import type { Cable } from '../cable/types.js';
import { DemarcheError } from '../errors.js';
import { bold, dim, printJson, printLine } from './output.js';

export async function runParse(paths: string[], opts: { json?: boolean; jsonl?: boolean }): Promise<void> {
  const files = await listCableFiles(paths);
  if (files.length === 0) throw new DemarcheError('BAD_INPUT', `no cable files under ${paths.join(', ')}`);
  if (opts.json && !opts.jsonl && files.length !== 1) {
    throw new DemarcheError(
      'USAGE',
      `--json prints one cable, but ${files.length} files were given; use --jsonl for several files or a directory`,
    );
  }
  for (const file of files) {
    const cable = parseCable(await readFile(file), file);
    if (opts.jsonl) process.stdout.write(`${JSON.stringify(cable)}\n`);
    else if (opts.json) printJson(cable);
    else printLine(summaryLine(cable));
  }
}

function summaryLine(c: Cable): string {
  const head = `${bold(c.id ?? '(no id)')}  ${c.classification ?? '?'}  ${c.created ?? 'no date'}  ${c.origin ?? ''}`;
  const counts = dim(`${c.paragraphs.length} paragraphs, ${c.tags.length} tags, ${c.references.length} references  ${c.source}`);
  const warnings = c.warnings.map((w) => `\n    warning: ${w}`).join('');
  return `${head}\n  ${c.subject ?? '(no subject)'}\n  ${counts}${warnings}`;
}
