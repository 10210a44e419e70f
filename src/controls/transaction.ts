// The decision on a transaction (a party, an item, a destination, a date):
//   prohibited       the party matches a listed entry, or a UN measure in force that day bans the
//                    item's class to that destination;
//   review           information is missing that could make it prohibited (a possible party match, an
//                    item that would be banned if a 'possible' entry applied), or the item is only
//                    possibly controlled;
//   licence-required the item is controlled (an export authorisation or a UN prior approval is needed);
//   clear            none of these.
// Party screening is injected (PartyScreener), so this module does not depend on the lists.
import { type DestinationScreening, screenDestination } from './destination.js';
import type { Measure } from './measures/types.js';
import { type Determination, type ItemScreening, screenItem } from './screen-item.js';

export type Decision = 'prohibited' | 'licence-required' | 'review' | 'clear';

export interface PartyHitLike {
  list: string;
  id: string;
  name: string;
  score: number;
  match: boolean;
  programs?: string[];
}

export interface PartyResultLike {
  threshold: number;
  hits: PartyHitLike[];
}

/** Screens a party by name; the CLI wires it to src/screening's screenParty. */
export type PartyScreener = (query: { name: string }) => Promise<PartyResultLike>;

/** Hits this close under the match threshold are possible matches that need review. */
export const PARTY_REVIEW_BAND = 0.1;

export interface TransactionInput {
  party: string;
  item: string;
  to: string;
  date: string;
  params?: Array<[string, string]>;
}

export interface TransactionDecision {
  decision: Decision;
  reasons: string[];
  party: PartyResultLike & { name: string; matches: PartyHitLike[]; possible: PartyHitLike[] };
  item: ItemScreening;
  destination: DestinationScreening;
}

interface Findings {
  prohibited: string[];
  review: string[];
  licence: string[];
  notes: string[];
}

export async function decideTransaction(input: TransactionInput, screenParty: PartyScreener): Promise<TransactionDecision> {
  const destination = screenDestination(input.to, input.date);
  const item = screenItem(input.item, input.params ?? []);
  const partyResult = await screenParty({ name: input.party });
  const matches = partyResult.hits.filter((h) => h.match);
  const possible = partyResult.hits.filter((h) => !h.match && h.score >= partyResult.threshold - PARTY_REVIEW_BAND);
  const f: Findings = { prohibited: [], review: [], licence: [], notes: [] };
  for (const h of matches) f.prohibited.push(`party "${input.party}" matches ${h.list} entry ${h.id} "${h.name}" (score ${h.score.toFixed(2)}${h.programs?.length ? `; ${h.programs.join(', ')}` : ''})`);
  for (const h of possible) f.review.push(`party "${input.party}" may match ${h.list} entry ${h.id} "${h.name}" (score ${h.score.toFixed(2)}, under the ${partyResult.threshold} threshold)`);
  for (const m of destination.measures) if (m.direction === 'to') applyMeasure(m, item.determinations, f);
  itemFindings(item, f);
  f.notes.push(...destination.notes);
  return {
    decision: decide(f, item),
    reasons: [...f.prohibited, ...f.review, ...f.licence, ...f.notes],
    party: { ...partyResult, name: input.party, matches, possible },
    item,
    destination,
  };
}

function decide(f: Findings, item: ItemScreening): Decision {
  if (f.prohibited.length > 0) return 'prohibited';
  if (f.review.length > 0) return 'review';
  if (item.determinations.some((d) => d.status === 'controlled')) return 'licence-required';
  if (item.determinations.some((d) => d.status === 'possible')) return 'review';
  return 'clear';
}

function covers(m: Measure, d: Determination): boolean {
  if (m.scope.exceptEntries?.includes(d.entry)) return false;
  if (m.scope.exceptClasses?.some((c) => d.classes.includes(c))) return false;
  return m.scope.classes.some((c) => d.classes.includes(c));
}

function cite(m: Measure): string {
  const flags = [m.verification === 'knowledge' ? 'wording recalled, not quoted' : '', m.contested ? `contested: ${m.contested}` : ''].filter(Boolean);
  return `${m.resolution} para ${m.paragraph}${flags.length ? ` (${flags.join('; ')})` : ''}`;
}

function applyMeasure(m: Measure, ds: Determination[], f: Findings): void {
  for (const d of ds.filter((x) => x.status !== 'not-controlled' && covers(m, x))) {
    const what = `${d.regime} ${d.entry}${d.eu && d.eu !== d.entry ? ` (EU ${d.eu})` : ''}`;
    if (d.status === 'possible') {
      if (m.kind === 'prohibition') f.review.push(`if the item is ${what} (${d.missing.length} question(s) open), ${cite(m)} bans it: ${m.scope.text}`);
      continue;
    }
    if (m.kind === 'prohibition') f.prohibited.push(`${what} to ${m.country} on this date is banned by ${cite(m)}: ${m.scope.text}`);
    else if (m.kind === 'prior-approval') f.licence.push(`${what} needs prior approval under ${cite(m)}: ${m.scope.text}`);
    else if (m.kind === 'conditional') f.licence.push(`${what}: ${cite(m)} bans it if the exporting State determines it would contribute to the programme`);
    else if (m.kind === 'notification') f.licence.push(`${what}: ${cite(m)} requires notice to the Committee: ${m.scope.text}`);
    else if (m.kind === 'vigilance') f.notes.push(`${cite(m)} calls for vigilance and restraint (not a ban): ${m.scope.text}${m.note ? `. ${m.note}` : ''}`);
  }
}

function itemFindings(item: ItemScreening, f: Findings): void {
  for (const d of item.determinations) {
    const cat = d.category === null ? '' : d.regime === 'MTCR' ? ` (Category ${d.category})` : ` (${d.category})`;
    if (d.status === 'controlled') f.licence.push(`${d.regime} ${d.entry}${cat}: controlled, an export authorisation is needed: ${d.reasons.join('; ')}`);
    if (d.status === 'possible') f.notes.push(`${d.regime} ${d.entry}: possibly controlled; open: ${d.missing.join(' | ')}`);
  }
}
