// Implementation of `demarche extract FILE`: a file with a cable's structure (an id or a DTG) is
// parsed and read paragraph by paragraph against its DTG; anything else is plain text, read as one
// unit against --as-of (default today). Prints JSON with --json, else two readable tables.
import { readFile } from 'node:fs/promises';
import { cableBytesProblem } from '../archive/ingest.js';
import { parseCable } from '../cable/parse-cable.js';
import { DemarcheError } from '../errors.js';
import { extractCable, extractText } from '../extract/extract.js';
import { extractVisible } from '../extract/extract-visible.js';
import type { Extraction } from '../extract/types.js';
import { bold, dim, printJson, printLine, table } from './output.js';

function asOfDate(asOf: string | undefined): Date {
  if (asOf === undefined) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m![3])) {
    throw new DemarcheError('USAGE', `--as-of ${asOf}: expected a date as YYYY-MM-DD, e.g. --as-of 2007-08-02`);
  }
  return d;
}

/** `extract --cable ID`: a stored cable, cut to what the session's reader may see first. */
export async function runExtractStored(id: string, opts: { json?: boolean }): Promise<void> {
  const { withSession } = await import('./session.js');
  const result = await withSession(false, 'read', (s) => extractVisible(s.archive, id));
  if (opts.json) {
    printJson(result.extraction);
    return;
  }
  printLine(bold(`${result.cable.id}  ${result.cable.created ?? ''}`));
  printHuman(result.extraction);
}

export async function runExtract(file: string, opts: { json?: boolean; asOf?: string }): Promise<void> {
  const asOf = asOfDate(opts.asOf);
  const bytes = await readFile(file);
  // The checks `ingest` makes: a binary file would otherwise yield names read from its stray letters.
  const problem = cableBytesProblem(bytes);
  if (problem !== null) throw new DemarcheError('BAD_INPUT', `${file}: ${problem}`);
  const cable = parseCable(bytes, file);
  const structured = cable.id !== null || cable.created !== null;
  const result = structured ? extractCable(cable, asOf) : extractText(bytes.toString('utf8'), asOf);
  if (opts.json) {
    printJson(result);
    return;
  }
  printLine(bold(structured ? `${cable.id ?? file}  ${cable.created ?? ''}` : `${file} (plain text, dates as of ${asOf.toISOString().slice(0, 10)})`));
  printHuman(result);
}

function printHuman(r: Extraction): void {
  printLine();
  printLine(bold(`Mentions (${r.mentions.length})`));
  const rows = r.mentions.map((m) => [m.paragraph ?? '-', m.type, m.text.replace(/\s+/g, ' '), m.normalized, m.entity]);
  printLine(table([['para', 'type', 'text', 'normalized', 'entity'], ...rows]));
  printLine();
  printLine(bold(`Events (${r.events.length})`));
  const ev = r.events.map((e) => [
    e.paragraph ?? '-',
    e.date ? `${e.date.value}${e.date.approximate ? '~' : ''}` : '?',
    e.kind,
    e.actors.slice(0, 3).join(', '),
    e.items.join(', '),
  ]);
  printLine(table([['para', 'date', 'kind', 'actors', 'items'], ...ev]));
  printLine(dim('~ marks an approximate date; ? an event whose sentence gives no date'));
}
