// Implementation of `demarche screen item`: the determinations with their reasons and questions, the
// extracted parameters, and candidate EU Annex I entries from the legal text.
import { annexCandidates } from '../controls/annex-candidates.js';
import { type Determination, screenItem } from '../controls/screen-item.js';
import { DemarcheError } from '../errors.js';
import { bold, dim, printJson, printLine } from './output.js';
import { itemOptionsSchema, parseOptions, splitParams } from '../controls/screening-options.js';

export async function runScreenItem(words: string[], rawOpts: unknown): Promise<void> {
  const opts = parseOptions(itemOptionsSchema, rawOpts);
  const description = words.join(' ').trim();
  if (description === '') throw new DemarcheError('BAD_INPUT', 'description: describe the goods, e.g. "tungsten powder, 99.9% W, 5 µm"', { details: { field: 'description' } });
  const result = screenItem(description, splitParams(opts.param));
  const annex = opts.search ? annexCandidates(result) : { candidates: [] };
  if (opts.json) {
    printJson({
      parameters: result.parameters,
      determinations: result.determinations.map(contractOrder),
      candidates: annex.candidates,
      ...('warning' in annex && annex.warning ? { warnings: [annex.warning] } : {}),
    });
    return;
  }
  printLine(bold(description));
  const params = result.parameters.filter((p) => p.name !== 'unassigned');
  printLine(`Parameters: ${params.length === 0 ? 'none recognised' : params.map((p) => `${p.name} ${p.display ?? p.value}`).join('; ')}`);
  const unassigned = result.parameters.filter((p) => p.name === 'unassigned');
  if (unassigned.length > 0) printLine(dim(`Not assigned to a parameter: ${unassigned.map((p) => p.text).join('; ')}`));
  printLine();
  if (result.determinations.length === 0) printLine('No control-list entry with parameter rules matches these goods.');
  for (const d of result.determinations) printDetermination(d);
  if (annex.candidates.length > 0) {
    printLine(bold('EU Annex I entries found by words (legal text, not a determination):'));
    for (const c of annex.candidates) printLine(`  ${c.eu.padEnd(12)} ${c.decidedByRules ? '[rules above] ' : ''}${c.text.slice(0, 140)}`);
  }
  if ('warning' in annex && annex.warning) printLine(dim(annex.warning));
}

/** The contract's keys first: regime, entry, category, eu, status, reasons, missing. */
function contractOrder(d: Determination): Record<string, unknown> {
  const { regime, entry, category, eu, status, reasons, missing, ...rest } = d;
  return { regime, entry, category, eu, status, reasons, missing, ...rest };
}

function printDetermination(d: Determination): void {
  const cat = d.category === null ? '' : d.regime === 'MTCR' ? `, Category ${d.category}` : `, ${d.category}`;
  const eu = d.eu && d.eu !== d.entry ? `, EU ${d.eu}` : '';
  printLine(`${bold(`${d.regime} ${d.entry}`)} (${d.title}${cat}${eu}): ${bold(d.status.toUpperCase())}`);
  for (const r of d.reasons) printLine(`  ${d.status === 'not-controlled' ? 'x' : '+'} ${r}`);
  for (const m of d.missing) printLine(`  ? ${m}`);
  for (const f of d.flags) printLine(`  ! ${f}`);
  if (!d.source.verified) printLine(dim(`  numbering: ${d.source.numbering}`));
  printLine();
}
