// Parameters written without a unit, found by their label: a bearing's tolerance class ("ABEC-9",
// "ISO 492 class 2", "P4") and a dielectric constant ("dielectric constant 5.2", "εr < 6").
import { type Interval, atMost, point } from './interval.js';
import type { NumParam } from './parameters.js';

export interface UnitlessValue {
  param: NumParam;
  value: Interval;
  text: string;
}

// ISO 492 classes (and DIN 620 P classes) against ABEC grades: Normal = 1, 6 = 3, 5 = 5, 4 = 7, 2 = 9.
const ISO_TO_ABEC: Record<string, number> = { normal: 1, n: 1, '0': 1, '6': 3, '5': 5, '4': 7, '2': 9 };

const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const countWord = (w: string): number => COUNTS[w.toLowerCase()] ?? Number(w);

export function scanUnitless(text: string, bearing: boolean): UnitlessValue[] {
  const out: UnitlessValue[] = [];
  const abec = /\bABEC[- ]?(1|3|5|7|9)\b/i.exec(text);
  if (abec) out.push({ param: 'bearingGrade', value: point(Number(abec[1])), text: abec[0] });
  const iso = /\bISO\s*492\b[^,;]*?\bclass\s*(normal|N|0|6|5|4|2)\b/i.exec(text) ?? (bearing ? /\b(?:tolerance\s+)?class\s*(normal|N|0|6|5|4|2)\b/i.exec(text) : null);
  if (!abec && iso?.[1]) out.push({ param: 'bearingGrade', value: point(ISO_TO_ABEC[iso[1].toLowerCase()] ?? 1), text: iso[0] });
  const din = bearing && !abec && !iso ? /\bP([06542])\b/.exec(text) : null;
  if (din?.[1]) out.push({ param: 'bearingGrade', value: point(ISO_TO_ABEC[din[1]] ?? 1), text: din[0] });
  const dk = /(?:dielectric constant|relative permittivity|permittivity|ε\s?r|\bDk\b)\s*(?:of|=|:|is|~|approx\.?|about)?\s*(<|≤|less than|below|under)?\s*(\d+(?:[.,]\d+)?)(?!\s*(?:%|[A-Za-z]))/i.exec(text);
  if (dk?.[2]) {
    const n = Number(dk[2].replace(',', '.'));
    out.push({ param: 'dielectricConstant', value: dk[1] ? atMost(n, dk[1] !== '≤') : point(n), text: dk[0] });
  }
  const axes = /\b(\d|two|three|four|five|six)[- ](?:simultaneous(?:ly)?[- ])?(?:controlled |coordinated )?ax(?:is|es)\b/i.exec(text);
  if (axes?.[1]) out.push({ param: 'axes', value: point(countWord(axes[1])), text: axes[0] });
  const rollers = /\b(\d|one|two|three|four|five|six)[- ](?:active |forming |guiding )?rollers?\b/i.exec(text);
  if (rollers?.[1]) out.push({ param: 'rollers', value: point(countWord(rollers[1])), text: rollers[0] });
  const mach = /\bMach\s*(\d+(?:[.,]\d+)?)/i.exec(text) ?? /\bM\s?=\s?(\d+(?:[.,]\d+)?)\b/.exec(text);
  if (mach?.[1]) out.push({ param: 'mach', value: point(Number(mach[1].replace(',', '.'))), text: mach[0] });
  // "bulk density 1.74" with no unit: a density between 0.1 and 25 can only be in g/cm3.
  const rho = /\b(?:bulk |apparent |nominal )?density\s*(?:of|:|=|~)?\s*(\d{1,2}[.,]\d{1,3})(?![\d.,]|\s*(?:[A-Za-zµ%/]))/i.exec(text);
  const g = rho?.[1] ? Number(rho[1].replace(',', '.')) : Number.NaN;
  if (rho && g > 0.1 && g < 25) out.push({ param: 'density', value: point(g * 1000), text: `${rho[0]} (taken as g/cm3)` });
  return out;
}
