// Implementation of `demarche screen batch`: streams a CSV of names through the screener and
// writes one result row per input row, in order. A malformed row is reported with its line
// number and skipped; the rest of the file still runs.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { parse, type CsvError } from 'csv-parse';
import { z } from 'zod';
import { DemarcheError } from '../errors.js';
import { parsePartyQuery } from '../screening/party-query.js';
import { getScreener } from '../screening/screen-party.js';
import { byteProgress } from './byte-progress.js';
import { csvLine } from './csv-out.js';

const optionsSchema = z.object({ out: z.string().optional(), json: z.boolean().optional() });

export const BATCH_COLUMNS = ['name', 'type', 'country', 'list', 'id', 'matchedName', 'score', 'match'];
const INPUT_COLUMNS = new Set(['name', 'type', 'country', 'dob']);

export interface BatchSummary {
  file: string;
  rows: number;
  screened: number;
  matches: number;
  skipped: Array<{ line: number; reason: string }>;
  seconds: number;
}

export async function runScreenBatch(file: string, rawOpts: unknown): Promise<void> {
  const opts = optionsSchema.parse(rawOpts);
  const size = statSync(file).size;
  const { screener } = await getScreener();
  const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
  const summary: BatchSummary = { file, rows: 0, screened: 0, matches: 0, skipped: [], seconds: 0 };
  const skip = (line: number, reason: string): void => {
    summary.skipped.push({ line, reason });
    process.stderr.write(`demarche: ${file}:${line}: ${reason}; row skipped\n`);
  };
  const progress = byteProgress(`screening ${file}`, size);
  const started = performance.now();
  const parser = createReadStream(file).pipe(
    parse({ bom: true, columns: header(file), info: true, skip_empty_lines: true, skip_records_with_error: true, trim: true }),
  );
  parser.on('skip', (e: CsvError) => skip(Number((e as { lines?: number }).lines ?? 0), `not valid CSV: ${e.message}`));
  let buffer = `${csvLine(BATCH_COLUMNS)}\n`;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; bytes: number } }>) {
      summary.rows += 1;
      const q = parsePartyQuery({ name: record.name ?? '', type: record.type, country: record.country, dob: record.dob });
      if (!q.ok) {
        skip(info.lines, q.issues.join('; '));
        continue;
      }
      const best = screener.best(q.value);
      summary.screened += 1;
      if (best?.match) summary.matches += 1;
      const hit = best ? [best.entry.list, best.entry.id, best.matchedName, best.score.toFixed(3), String(best.match)] : ['', '', '', '', ''];
      buffer += `${csvLine([q.value.name, q.value.type ?? '', q.value.country ?? '', ...hit])}\n`;
      if (buffer.length > 64 * 1024) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
        progress.update(info.bytes, summary.screened);
      }
    }
  } catch (e) {
    if (e instanceof DemarcheError) throw e;
    throw new DemarcheError('BAD_INPUT', `${file}:${(e as { lines?: number }).lines ?? '?'}: ${(e as Error).message}`, { cause: e });
  } finally {
    progress.stop();
  }
  out.write(buffer);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  summary.seconds = (performance.now() - started) / 1000;
  report(summary, opts.json === true);
}

/** Checks the header row: a `name` column is required; unknown columns are ignored. */
function header(file: string): (columns: string[]) => string[] {
  return (columns) => {
    const names = columns.map((c) => c.trim());
    if (!names.includes('name')) {
      throw new DemarcheError(
        'BAD_INPUT',
        `${file}:1: no "name" column in the header (found: ${names.join(', ') || 'nothing'}); expected name and optionally type, country, dob`,
        { details: { file, line: 1, field: 'name' } },
      );
    }
    return names.map((n) => (INPUT_COLUMNS.has(n) ? n : `_${n}`));
  };
}

function report(s: BatchSummary, json: boolean): void {
  if (json) {
    process.stderr.write(`${JSON.stringify(s)}\n`);
    return;
  }
  const rate = s.seconds > 0 ? Math.round(s.screened / s.seconds) : s.screened;
  const skipped = s.skipped.length > 0 ? `; ${s.skipped.length} rows skipped` : '';
  process.stderr.write(`screened ${s.screened} of ${s.rows} rows in ${s.seconds.toFixed(1)} s (${rate} rows/s): ${s.matches} matches${skipped}\n`);
}
