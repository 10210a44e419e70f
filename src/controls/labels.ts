// The words that name a quantity's parameter, written before ("bulk density 1.85 g/cm3") or after
// ("150 mm diameter") the number, and the comparison words around it ("max 45 µm", "5 ppm or less").
// More specific labels come first: "chamber inside diameter" before "inside diameter" before "diameter".
import type { NumParam } from './parameters.js';

export const LABELS: Array<[NumParam, string]> = [
  ['d90', String.raw`d ?90`],
  ['d50', String.raw`d ?50|median(?: particle)?(?: size)?`],
  ['grainSize', String.raw`(?:max(?:imum)?\.? |average |mean )?grain(?: size)?|grain-?size`],
  ['particleSize', String.raw`(?:max(?:imum)?\.? |average |mean |top )?particle(?: size)?|fsss|fisher(?: sub-?sieve)?(?: size)?|apd|(?:powder |top )?size|d ?100|d ?99|d ?97|granulometry|aps|apd|mean size|average size`],
  ['density', String.raw`(?:bulk |apparent |sintered |nominal )?density|dens\.|specific gravity|s\.g\.|ρ`],
  ['boronEquivalent', String.raw`boron equivalent|b\.?e\.?|boron(?: content)?(?: equivalent)?|eq(?:uivalent)?\.? boron`],
  ['scaleFactorRepeatability', String.raw`scale[- ]factor(?: repeatability| stability)?|sf(?: repeatability)?`],
  ['biasRepeatability', String.raw`bias(?: repeatability)?|bias stability|bias instability`],
  ['driftRate', String.raw`(?:bias |drift rate |drift )?(?:in)?stability|drift(?: rate)?|bias(?: (?:in)?stability| repeatability)?|random drift`],
  ['acceleration', String.raw`acceleration(?: level)?|g[- ]level|shock|operat(?:e|ing|ion) (?:at|to|up to)|rated (?:to|for|at)|specified to (?:operate|function) (?:at|to|up to)|full[- ]scale(?: range)?|(?:measuring |input )?range|sine|random`],
  ['chamberDiameter', String.raw`(?:chamber|cavity|work(?:ing)?[- ]?zone|hot[- ]?zone|vessel|furnace|pressure vessel)(?: (?:inside |inner |internal |clear )?(?:diameter|dia\.?|i\.?d\.?|size))?|(?:inside |inner |internal )?(?:diameter|dia\.?|i\.?d\.?) (?:of the )?(?:chamber|cavity|work(?:ing)? zone|hot zone)|(?:diameter )?chamber`],
  ['rotorDiameter', String.raw`(?:first[- ]stage )?(?:rotor|fan|compressor)(?: rotor)? diameter`],
  ['innerDiameter', String.raw`(?:inner|inside|internal) diameter|i\.?d\.?|bore(?: diameter)?|inner ring bore`],
  ['wallThickness', String.raw`wall(?: thickness)?|wall thick`],
  ['diameter', String.raw`(?:outer |outside |external )?diameter|dia\.?|ø|⌀|φ|Φ|o\.?d\.?|round|outer ring|d`],
  ['thickness', String.raw`thick(?:ness)?|gauge`],
  ['width', String.raw`wide|width`],
  ['length', String.raw`long|length|height|high|tall|l|h`],
  ['dryWeight', String.raw`dry (?:weight|mass)`],
  ['payload', String.raw`payload|warhead|throw[- ]weight`],
  ['mass', String.raw`(?:net |gross |unit |piece )?(?:weight|mass)|weighs|weighing|quantity|qty`],
  ['cep', String.raw`cep|c\.e\.p\.|circular error(?: probable)?|accuracy(?: of)?`],
  ['range', String.raw`(?:maximum |max\.? )?range|reach|flight distance`],
  ['tensileStrength', String.raw`uts|(?:ultimate )?tensile(?: strength)?|strength|rm`],
  ['pressure', String.raw`(?:max(?:imum)?\.? )?(?:working |operating |design )?pressure|rated`],
  ['meltingPoint', String.raw`melting(?: point| temperature)?|m\.p\.`],
  ['temperature', String.raw`(?:max(?:imum)?\.? |operating |working )?temp(?:erature)?\.?|heated to|up to`],
  ['thrust', String.raw`(?:max(?:imum)? |rated |static |sea[- ]level )?thrust`],
  ['force', String.raw`(?:sine |random |rated |peak )?force|bare table|shaker force`],
  ['controlBandwidth', String.raw`(?:real-time )?(?:control )?bandwidth`],
  ['totalImpulse', String.raw`(?:total )?impulse(?: capacity)?`],
  ['volume', String.raw`(?:working |total |volumetric |usable )?(?:capacity|volume)|batch size`],
  ['sfc', String.raw`sfc|tsfc|(?:specific|thrust specific) fuel consumption`],
  ['totalDose', String.raw`(?:total )?(?:ionizing |ionising )?dose|tid`],
  ['austenite', String.raw`austenite(?: content| share| phase)?`],
  ['modulus', String.raw`(?:tensile |young'?s |elastic )?modulus|e-?modulus`],
  ['speed', String.raw`(?:max(?:imum)? )?(?:speed|velocity)`],
  ['electronEnergy', String.raw`(?:electron |beam |x-ray |output )?energy`],
  ['purity', String.raw`purity|pure|assay|content|concentration|grade`],
];

export const BEFORE_LABELS: Array<[NumParam, RegExp]> = LABELS.map(([p, src]) => [p, new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${src})$`, 'iu')]);
export const AFTER_LABELS: Array<[NumParam, RegExp]> = LABELS.map(([p, src]) => [p, new RegExp(`^(?:${src})(?![\\p{L}\\p{N}])`, 'iu')]);

export type Comparator = 'max' | 'lt' | 'le' | 'gt' | 'ge' | 'better';

const TRAILING: Array<[RegExp, Comparator | null]> = [
  [/(?:<=|≤|=<|not more than|no more than|not exceeding|at most)$/, 'le'],
  [/(?:>=|≥|=>|not less than|at least|min(?:imum)?\.?|minimum of)$/, 'ge'],
  [/(?:<|less than|under|below|lower than|smaller than|finer than)$/, 'lt'],
  [/(?:>|more than|greater than|over|above|exceeding|in excess of|higher than)$/, 'gt'],
  [/(?:max(?:imum)?\.?|up to|maximum of|max of)$/, 'max'],
  [/(?:better than)$/, 'better'],
  [/(?:of|is|at|approx\.?|approximately|about|ca\.?|around|typ(?:ical(?:ly)?)?\.?|nominal(?:ly)?|rated(?: at)?|:|=|~|\(|±|\+\/-|-|–)$/, null],
];

/** Strips stop words and comparison words from the end of the text before a number. */
export function splitBefore(text: string): { label: string; comparator?: Comparator } {
  let rest = text.trimEnd();
  let comparator: Comparator | undefined;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const [re, c] of TRAILING) {
      const m = re.exec(rest.toLowerCase());
      if (m && (m.index === 0 || /[^\p{L}\p{N}]/u.test(rest.charAt(m.index - 1)) || !/^\p{L}/u.test(m[0]))) {
        if (c && !comparator) comparator = c;
        rest = rest.slice(0, m.index).trimEnd();
        changed = true;
      }
    }
  }
  return { label: rest, ...(comparator ? { comparator } : {}) };
}

const LEADING: Array<[RegExp, Comparator | null]> = [
  [/^(?:or less|or lower|or below|or smaller|or finer|and (?:less|below|under)|max(?:imum)?\b\.?)/, 'le'],
  [/^(?:or more|or greater|or higher|or above|and (?:more|above|over)|min(?:imum)?\b\.?)/, 'ge'],
  [/^(?:or better)/, 'better'],
  [/^(?:\)|:|,(?=\s*$))/, null],
];

/** Strips comparison words from the start of the text after a number and its unit. */
export function splitAfter(text: string): { label: string; comparator?: Comparator } {
  let rest = text.trimStart();
  let comparator: Comparator | undefined;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const [re, c] of LEADING) {
      const m = re.exec(rest.toLowerCase());
      if (m) {
        if (c && !comparator) comparator = c;
        rest = rest.slice(m[0].length).trimStart();
        changed = true;
      }
    }
  }
  return { label: rest, ...(comparator ? { comparator } : {}) };
}
