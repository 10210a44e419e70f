// Screens an item described in plain words against the knowledge base: extracts its parameters,
// proposes the entries whose subject it names, and decides each one three ways with its reasons and
// the questions that remain.
import { scanConcepts } from './concept-scan.js';
import { type Outcome, evaluate } from './evaluate.js';
import { applyExplicit } from './explicit.js';
import { type QuantityReport, addQuantities, deriveFacts, factsFromConcepts } from './extract.js';
import { ENTRIES } from './kb/index.js';
import { type NumParam, isNumParam } from './parameters.js';
import { reportParameters, type ParameterReport } from './report-parameters.js';
import type { Criterion, Entry, Facts, ItemClass, Regime, Status } from './types.js';

export interface Determination {
  regime: Regime;
  entry: string;
  category: Entry['category'];
  eu: string | null;
  status: Status;
  reasons: string[];
  missing: string[];
  flags: string[];
  title: string;
  notes: string[];
  twins: string[];
  /** The classes of goods UN measures name that this entry belongs to (MTCR, NSG Part 1/2, arms...). */
  classes: ItemClass[];
  source: Entry['source'];
}

export interface ItemScreening {
  description: string;
  parameters: ParameterReport[];
  determinations: Determination[];
  /** The classes of goods UN measures are written against, for controlled and for possible entries. */
  classes: { controlled: ItemClass[]; possible: ItemClass[] };
}

export function screenItem(description: string, explicit: Array<[string, string]> = []): ItemScreening {
  const facts = factsFromConcepts(description, scanConcepts(description));
  applyExplicit(explicit.filter(([n]) => !isNumeric(n)), facts);
  const candidates = ENTRIES.filter((e) => isCandidate(e, facts));
  const quantities: QuantityReport[] = addQuantities(description, facts, wantedParams(candidates));
  applyExplicit(explicit.filter(([n]) => isNumeric(n)), facts);
  deriveFacts(facts);
  const determinations = candidates.map((e) => determine(e, facts)).sort(byStatus);
  for (const d of determinations) if (d.regime === 'ML') d.classes.push(...armsClasses(facts));
  return { description, parameters: reportParameters(facts, quantities), determinations, classes: classesOf(determinations) };
}

// Numbers are applied after the text's quantities so that they override them; names and features
// before, because they decide which entries are candidates.
function isNumeric(name: string): boolean {
  return isNumParam(name) || name === 'dimensions';
}

export function isCandidate(e: Entry, facts: Facts): boolean {
  const item = new Set(facts.concepts.filter((c) => c.role === 'item').map((c) => c.id));
  const anywhere = new Set(facts.concepts.map((c) => c.id));
  if (!e.subject.any.some((id) => item.has(id))) return false;
  if (e.subject.all && !e.subject.all.every((id) => anywhere.has(id))) return false;
  if (e.subject.forms && !(facts.form && e.subject.forms.includes(facts.form.value))) return false;
  return true;
}

function wantedParams(entries: Entry[]): Set<NumParam> {
  const out = new Set<NumParam>();
  const walk = (c: Criterion): void => {
    if (c.kind === 'quantity') [c.param, ...(c.fallback ?? [])].forEach((p) => out.add(p));
    if (c.kind === 'between') out.add(c.param);
    if (c.kind === 'machinable' || c.kind === 'dimension') (['diameter', 'length', 'innerDiameter', 'wallThickness', 'width', 'thickness'] as NumParam[]).forEach((p) => out.add(p));
    if (c.kind === 'any' || c.kind === 'all') c.of.forEach(walk);
  };
  entries.forEach((e) => e.criteria.forEach(walk));
  return out;
}

export function determine(e: Entry, facts: Facts): Determination {
  const outcomes = e.criteria.map((c) => evaluate(c, facts));
  const status = statusOf(outcomes);
  const pick = (o: Outcome): boolean => (status === 'not-controlled' ? o.value === false : o.value === true);
  return {
    regime: e.regime,
    entry: e.entry,
    category: e.category,
    eu: e.eu,
    status,
    reasons: outcomes.filter(pick).flatMap((o) => o.reasons),
    missing: status === 'possible' ? [...new Set(outcomes.flatMap((o) => (o.value === 'unknown' ? o.missing : [])))] : [],
    flags: [...new Set(outcomes.flatMap((o) => o.flags))],
    title: e.title,
    notes: e.notes ?? [],
    twins: e.twins ?? [],
    classes: [...e.classes],
    source: e.source,
  };
}

function statusOf(outcomes: Outcome[]): Status {
  if (outcomes.some((o) => o.value === false)) return 'not-controlled';
  return outcomes.every((o) => o.value === true) ? 'controlled' : 'possible';
}

const ORDER: Record<Status, number> = { controlled: 0, possible: 1, 'not-controlled': 2 };
function byStatus(a: Determination, b: Determination): number {
  return ORDER[a.status] - ORDER[b.status];
}

function classesOf(ds: Determination[]): ItemScreening['classes'] {
  const pick = (status: Status): ItemClass[] => [...new Set(ds.filter((d) => d.status === status).flatMap((d) => d.classes))];
  return { controlled: pick('controlled'), possible: pick('possible') };
}

function armsClasses(facts: Facts): ItemClass[] {
  const ids = new Set(facts.concepts.filter((c) => c.role === 'item').map((c) => c.id));
  return [...(ids.has('arms-heavy') ? (['arms-heavy'] as const) : []), ...(ids.has('salw') ? (['salw'] as const) : [])];
}
