// Reads OFAC's legacy headerless CSV files (SDN.CSV, ALT.CSV, ADD.CSV, SDN_COMMENTS.CSV and the
// CONS_* twins) into rows of named fields. Handles the format's traps: no header row, `-0- ` as
// the null marker, a trailing Ctrl-Z, and cp1252 bytes in files that are mostly UTF-8.
import { parse } from 'csv-parse/sync';
import { DemarcheError } from '../errors.js';

export const SDN_COLUMNS = [
  'ent_num',
  'name',
  'type',
  'programs',
  'title',
  'call_sign',
  'vessel_type',
  'tonnage',
  'grt',
  'vessel_flag',
  'vessel_owner',
  'remarks',
] as const;
export const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;
export const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city', 'country', 'add_remarks'] as const;
export const COMMENT_COLUMNS = ['ent_num', 'remarks'] as const;

export type OfacRow<C extends readonly string[]> = { [K in C[number]]: string | null };

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as cp1252 (what OFAC's older files use). */
export function decodeListBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // The files end with a DOS end-of-file byte; it is not data.
  return text.replace(/\x1a+\s*$/, '');
}

function nullable(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed === '-0-' ? null : trimmed;
}

/**
 * Parses one OFAC CSV file. Every row must have exactly the expected columns and a numeric
 * ent_num; otherwise the whole file is rejected with its line number, since a list that is
 * silently missing entries is worse than no list.
 */
export function parseOfacCsv<C extends readonly string[]>(
  bytes: Uint8Array,
  columns: C,
  file: string,
  required: ReadonlyArray<C[number]> = [],
): Array<OfacRow<C>> {
  const text = decodeListBytes(bytes);
  let records: string[][];
  try {
    // Line numbers are only needed for a bad row; tracking them for every row costs a third of
    // the parse, so they are recovered by a second pass when something is wrong.
    records = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new DemarcheError('BAD_INPUT', `${file}${line ? `:${line}` : ''}: not a valid OFAC CSV file: ${(e as Error).message}`, {
      cause: e,
      details: { file, line },
    });
  }
  try {
    return records.map((record, i) => toRow(record, i + 1, columns, file, required));
  } catch (e) {
    const bad = (e as DemarcheError).details?.line as number;
    throw relocate(e as DemarcheError, lineOfRecord(text, bad - 1), bad);
  }
}

/** The 1-based line on which record `index` (0-based) ends. */
function lineOfRecord(text: string, index: number): number {
  const records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Array<{
    info: { lines: number };
  }>;
  return records[index]?.info.lines ?? index + 1;
}

function relocate(e: DemarcheError, line: number, recordNo: number): DemarcheError {
  const file = e.details?.file as string;
  const message = e.message.replace(`${file}:${recordNo}:`, `${file}:${line}:`);
  return new DemarcheError(e.code, message, { details: { ...e.details, line } });
}

function toRow<C extends readonly string[]>(
  record: string[],
  line: number,
  columns: C,
  file: string,
  required: ReadonlyArray<C[number]>,
): OfacRow<C> {
  if (record.length !== columns.length) {
    throw new DemarcheError(
      'BAD_INPUT',
      `${file}:${line}: expected ${columns.length} fields (${columns.join(', ')}), found ${record.length}; is this the right file for its role?`,
      { details: { file, line } },
    );
  }
  const row = {} as Record<string, string | null>;
  columns.forEach((column, i) => {
    row[column] = nullable(record[i]);
  });
  for (const field of required) {
    if (row[field] === null) {
      throw new DemarcheError('BAD_INPUT', `${file}:${line}: field ${field} is empty`, { details: { file, line, field } });
    }
  }
  const ent = row.ent_num;
  if (ent === null || ent === undefined || !/^\d+$/.test(ent)) {
    throw new DemarcheError('BAD_INPUT', `${file}:${line}: field ent_num must be a number, found ${JSON.stringify(ent)}`, {
      details: { file, line, field: 'ent_num' },
    });
  }
  return row as OfacRow<C>;
}

/** Splits OFAC's multi-valued program field, written `NPWMD] [IFSR`. */
export function splitPrograms(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter((p) => p.length > 0);
}
