// Helpers that let the knowledge-base files state criteria in the legal text's own units
// ("1.72 g/cm3 or greater") while storing them in SI.
import type { Op } from '../interval.js';
import { type Condition, type FlagName, type Form, type Infiltrant, NUM_PARAMS, type NumParam } from '../parameters.js';
import type { Criterion, Source } from '../types.js';
import { toSI, unitFor } from '../units.js';

function si(param: NumParam, value: number, unit: string): number {
  const def = NUM_PARAMS[param];
  if (def.kind === 'number') return value;
  return toSI(value, unitFor(def.kind, unit));
}

export function q(param: NumParam, op: Op, value: number, unit: string, text: string, fallback?: NumParam[]): Criterion {
  return { kind: 'quantity', param, op, value: si(param, value, unit), text, ...(fallback ? { fallback } : {}) };
}

export function between(param: NumParam, lo: number, hi: number, unit: string, text: string): Criterion {
  return { kind: 'between', param, lo: si(param, lo, unit), hi: si(param, hi, unit), text };
}

export function flag(name: FlagName, want: boolean, text: string, assume?: boolean): Criterion {
  return { kind: 'flag', flag: name, want, text, ...(assume === undefined ? {} : { assume }) };
}

export const form = (allowed: Form[], text: string): Criterion => ({ kind: 'form', allowed, text });
export const notForm = (excluded: Form[], text: string): Criterion => ({ kind: 'notForm', excluded, text });
export const condition = (allowed: Condition[], text: string): Criterion => ({ kind: 'condition', allowed, text });
export const infiltrant = (allowed: Infiltrant[], text: string): Criterion => ({ kind: 'infiltrant', allowed, text });
export const named = (concepts: string[], text: string): Criterion => ({ kind: 'named', concepts, text });
export const any = (text: string, ...of: Criterion[]): Criterion => ({ kind: 'any', of, text });
export const all = (text: string, ...of: Criterion[]): Criterion => ({ kind: 'all', of, text });

export function dimension(which: 'largest' | 'smallest', op: Op, mm: number, text: string): Criterion {
  return { kind: 'dimension', which, op, value: mm * 1e-3, text };
}

const EU_WORDING = 'EU Regulation 2021/821 Annex I (version of 2022), $DEMARCHE_DATA/controls';

/** MTCR numbers and categories as tabled in controls.md from the MTCR Annex of 14 March 2024. */
export const MTCR_SOURCE: Source = {
  numbering: 'MTCR Annex MTCR/TEM/2024/Annex (14 March 2024), as tabled in docs/controls.md',
  wording: EU_WORDING,
  date: '2024-03-14',
  verified: true,
};

/** MTCR numbers recalled from the Annex but not in the documents at hand: to be checked. */
export const MTCR_RECALLED: Source = {
  ...MTCR_SOURCE,
  numbering: 'MTCR Annex (14 March 2024); number recalled, not in docs/controls.md: verify against MTCR/TEM/2024/Annex',
  verified: false,
};

export const NSG_SOURCE: Source = {
  numbering: 'EU Regulation 2021/821 Annex I, NSG-derived entry (INFCIRC/254 Part 1 or Part 2)',
  wording: EU_WORDING,
  date: '2022-10-20',
  verified: true,
};

export const ML_SOURCE: Source = {
  numbering: 'EU Common Military List (categories ML1-ML22)',
  wording: 'category title, paraphrased',
  date: '2024-02-19',
  verified: true,
};
