// Implementation of `demarche screen destination`: the UN measures in force for a country on a date.
import { screenDestination } from '../controls/destination.js';
import type { Measure } from '../controls/measures/types.js';
import { bold, dim, printJson, printLine } from './output.js';
import { destinationOptionsSchema, parseOptions } from '../controls/screening-options.js';

export async function runScreenDestination(country: string, rawOpts: unknown): Promise<void> {
  const opts = parseOptions(destinationOptionsSchema, rawOpts);
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  const result = screenDestination(country, date);
  if (opts.json) {
    printJson(result);
    return;
  }
  printLine(bold(`${result.country} on ${result.date}: ${result.measures.length} UN measure(s) in force`));
  if (result.measures.length === 0 && !result.covered.includes(result.country)) {
    printLine(dim(`No UN measure is encoded for ${result.country}; encoded: ${result.covered.join(', ')}.`));
  }
  for (const m of result.measures) printMeasure(m);
  for (const n of result.notes) printLine(`note: ${n}`);
}

function printMeasure(m: Measure): void {
  const span = `${m.from} to ${m.until ? `${m.until} (exclusive)` : 'now'}`;
  printLine();
  printLine(`${bold(`${m.resolution} para ${m.paragraph}`)}: ${m.kind}, ${m.direction} ${m.country}, ${span}`);
  printLine(`  covers: ${m.scope.text}`);
  printLine(`  "${m.citation.quote}"`);
  printLine(dim(`  source: ${m.citation.source}${m.verification === 'knowledge' ? ' (wording recalled, not quoted: check the resolution text)' : ''}`));
  if (m.contested) printLine(`  CONTESTED: ${m.contested}`);
  if (m.note) printLine(`  note: ${m.note}`);
}
