// Implementation of `demarche screen party`: one name, its hits best first, each explained.
import { z } from 'zod';
import { DemarcheError } from '../errors.js';
import { partyLimitSchema, requirePartyQuery } from '../screening/party-query.js';
import { getScreener } from '../screening/screen-party.js';
import type { PartyHit, PartyResult } from '../screening/screener.js';
import { bold, dim, printJson, printLine } from './output.js';

const optionsSchema = z.object({
  type: z.string().optional(),
  country: z.string().optional(),
  dob: z.string().optional(),
  limit: partyLimitSchema,
  json: z.boolean().optional(),
});

export async function runScreenParty(words: string[], rawOpts: unknown): Promise<void> {
  const parsed = optionsSchema.safeParse(rawOpts);
  if (!parsed.success) throw new DemarcheError('USAGE', parsed.error.issues.map((i) => i.message).join('; '));
  const opts = parsed.data;
  const query = requirePartyQuery({ name: words.join(' '), type: opts.type, country: opts.country, dob: opts.dob }, 'query');
  const { screener } = await getScreener();
  const result = screener.screen(query, { limit: opts.limit });
  if (opts.json) printJson(result);
  else printResult(result);
}

function printResult(r: PartyResult): void {
  const context = [r.query.type, r.query.country, r.query.dob && `born ${r.query.dob}`].filter(Boolean).join(', ');
  printLine(`${bold(r.query.name)}${context ? ` (${context})` : ''}`);
  printLine(dim(`lists: ${r.lists.map((l) => `${l.id} ${l.date ?? 'undated'}`).join(', ')}; decision threshold ${r.threshold}`));
  const matches = r.hits.filter((h) => h.match).length;
  printLine(matches > 0 ? bold(`${matches} match${matches === 1 ? '' : 'es'}`) : 'no match');
  for (const hit of r.hits) printHit(hit);
}

function printHit(h: PartyHit): void {
  printLine('');
  const programs = h.programs.length > 0 ? ` [${h.programs.join(', ')}]` : '';
  const countries = h.countries.length > 0 ? ` listed in ${h.countries.join(', ')}` : '';
  printLine(`${h.match ? bold('MATCH') : '     '} ${h.score.toFixed(3)}  ${h.list} ${h.id}  ${h.name} (${h.type})${programs}${countries}`);
  if (h.alias) printLine(`      via ${h.weakAlias ? 'weak alias' : 'alias'} "${h.matchedName}"`);
  for (const e of h.explanation) printLine(dim(`      ${e.text}`));
}
