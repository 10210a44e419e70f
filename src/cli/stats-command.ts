// Implementation of `demarche stats`, and the archive summary that `demarche start` prints.
// For a named reader, cables are counted whole (headers are never withheld) and paragraphs only
// when the reader may read them, the rest as withheld; nothing here comes from withheld text.
import type { ArchiveStats, Counts } from '../store/cable-store.js';
import { bold, printJson, printLine, table } from './output.js';
import { withSession } from './session.js';

export async function runStats(opts: { json?: boolean }): Promise<void> {
  const stats = await withSession(false, 'read', (s) => s.archive.stats());
  if (opts.json) printJson(stats);
  else printLine(formatStats(stats));
}

const TOP_ORIGINS = 10;

export function formatStats(s: ArchiveStats & { paragraphsWithheld?: number }): string {
  const origins = Object.entries(s.byOrigin);
  const lines = [
    table([
      ['cables', s.cables],
      ['paragraphs', s.paragraphsWithheld ? `${s.paragraphs} (and ${s.paragraphsWithheld} withheld)` : s.paragraphs],
      ['warnings', `${s.warnings} in ${s.cablesWithWarnings} cables`],
      ['references', `${s.references.total} (${s.references.toCables} to cables, ${s.references.resolved} of them stored)`],
    ]),
    '',
    bold('by classification'),
    indent(countsTable(s.byClassification)),
    '',
    bold(`by origin (top ${Math.min(TOP_ORIGINS, origins.length)} of ${origins.length})`),
    indent(countsTable(Object.fromEntries(origins.slice(0, TOP_ORIGINS)))),
    '',
    bold('by year'),
    indent(countsTable(s.byYear)),
  ];
  return lines.join('\n');
}

function countsTable(counts: Counts): string {
  const rows = Object.entries(counts).map(([k, v]) => [k, String(v).padStart(6)]);
  return rows.length > 0 ? table(rows) : '(none)';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
