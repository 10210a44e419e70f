// Implementation of `demarche match --pairs FILE.csv`: the name comparator alone, for evaluation.
// Reads name1, name2 and optionally schema (FollowTheMoney: Person, Company, Organization ...)
// and prints name1,name2,score,match in the same order.
import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { z } from 'zod';
import { DemarcheError } from '../errors.js';
import { compareNames } from '../screening/compare.js';
import type { NameStyle } from '../screening/normalise.js';
import { getScreener } from '../screening/screen-party.js';
import { csvLine } from './csv-out.js';

const optionsSchema = z.object({ pairs: z.string().min(1), json: z.boolean().optional() });

const PERSON_SCHEMATA = new Set(['person']);
const ORGANISATION_SCHEMATA = new Set(['company', 'organization', 'organisation', 'legalentity', 'publicbody', 'vessel', 'airplane', 'aircraft']);

export function styleOfSchema(schema: string | undefined): NameStyle {
  const s = (schema ?? '').trim().toLowerCase();
  if (PERSON_SCHEMATA.has(s)) return 'person';
  return ORGANISATION_SCHEMATA.has(s) ? 'organization' : 'unknown';
}

export async function runMatch(rawOpts: unknown): Promise<void> {
  const opts = optionsSchema.parse(rawOpts);
  const file = opts.pairs;
  const { screener } = await getScreener();
  const parser = createReadStream(file).pipe(
    parse({ bom: true, columns: header(file), info: true, skip_empty_lines: true, skip_records_with_error: true }),
  );
  parser.on('skip', (e: CsvError) => {
    process.stderr.write(`demarche: ${file}:${(e as { lines?: number }).lines ?? '?'}: not valid CSV: ${e.message}; row skipped\n`);
  });
  let out = `${csvLine(['name1', 'name2', 'score', 'match'])}\n`;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const [a, b] = [record.name1 ?? '', record.name2 ?? ''];
      if (a.trim() === '' || b.trim() === '') {
        process.stderr.write(`demarche: ${file}:${info.lines}: name1 and name2 must both be given; row skipped\n`);
        continue;
      }
      const { score } = compareNames(screener.index, a, b, styleOfSchema(record.schema), screener.params);
      out += `${csvLine([a, b, score.toFixed(3), String(score >= screener.threshold)])}\n`;
      if (out.length > 64 * 1024) {
        process.stdout.write(out);
        out = '';
      }
    }
  } catch (e) {
    if (e instanceof DemarcheError) throw e;
    throw new DemarcheError('BAD_INPUT', `${file}:${(e as { lines?: number }).lines ?? '?'}: ${(e as Error).message}`, { cause: e });
  }
  process.stdout.write(out);
}

function header(file: string): (columns: string[]) => string[] {
  return (columns) => {
    const names = columns.map((c) => c.trim());
    const missing = ['name1', 'name2'].filter((c) => !names.includes(c));
    if (missing.length > 0) {
      throw new DemarcheError(
        'BAD_INPUT',
        `${file}:1: the header lacks ${missing.join(' and ')} (found: ${names.join(', ') || 'nothing'}); expected name1,name2 and optionally schema`,
        { details: { file, line: 1 } },
      );
    }
    return names;
  };
}
