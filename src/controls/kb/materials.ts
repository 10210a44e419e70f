// MTCR Item 6 materials and their NSG twins: graphite, tungsten, molybdenum, maraging and duplex
// steels, ceramics and carbon-carbon. Thresholds from EU 2021/821 Annex I (1C107, 1C116-1C118, 0C004,
// 1C216, 1C226), which carries the MTCR and NSG wording.
import { STOCK_FORMS } from '../parameters.js';
import type { Entry } from '../types.js';
import { MTCR_SOURCE, NSG_SOURCE, all, any, between, condition, flag, form, infiltrant, dimension, named, q } from './build.js';

const MACHINABLE_TEXT =
  'which can be machined to: cylinders of diameter 120 mm or greater and length 50 mm or greater; tubes of inner diameter 65 mm or greater, wall thickness 25 mm or greater and length 50 mm or greater; or blocks of 120 mm x 120 mm x 50 mm or greater';

export const MATERIAL_ENTRIES: Entry[] = [
  {
    regime: 'MTCR', entry: '6.C.3', category: 'II', eu: '1C107.a',
    title: 'Fine grain graphite usable for rocket nozzles and re-entry vehicle nose tips',
    subject: { any: ['graphite'] },
    criteria: [
      form(STOCK_FORMS, 'a bulk piece that can be machined (not powder, fibre, foil or wire)'),
      q('density', '>=', 1.72, 'g/cm3', 'bulk density of 1,72 g/cm3 or greater, measured at 288 K (15°C)'),
      q('grainSize', '<=', 100, 'µm', 'grain size of 100 µm or less', ['particleSize']),
      { kind: 'machinable', text: MACHINABLE_TEXT },
    ],
    notes: ['usable for rocket nozzles and re-entry vehicle nose tips', 'density measured at 288 K (15 °C)', 'other than graphite specified in 1C007'],
    twins: ['0C004'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'NSG', entry: '0C004', category: 'Part 1', eu: '0C004',
    title: 'Nuclear-grade graphite',
    subject: { any: ['graphite'] },
    criteria: [
      q('boronEquivalent', '<', 5, 'ppm', "purity level better than 5 parts per million 'boron equivalent'"),
      q('density', '>', 1.5, 'g/cm3', 'density greater than 1,50 g/cm3'),
      q('mass', '>', 1, 'kg', 'in quantities exceeding 1 kg'),
      flag('nuclearReactorUse', true, 'for use in a "nuclear reactor" (Note 1: not controlled when not for nuclear reactor use)'),
    ],
    twins: ['6.C.3'],
    classes: ['nsg1'],
    source: NSG_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.C.4', category: 'II', eu: '1C107.b',
    title: 'Pyrolytic or fibrous reinforced graphites',
    subject: { any: ['pyrolytic graphite', 'reinforced graphite'] },
    criteria: [flag('usableForNozzles', true, 'usable for rocket nozzles and re-entry vehicle nose tips')],
    notes: ["usable in 'missiles', space launch vehicles (9A004) or sounding rockets (9A104)"],
    twins: ['0C004'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.C.7.a', category: 'II', eu: '1C117.a',
    title: 'Tungsten and tungsten alloys in particulate form',
    subject: { any: ['tungsten'], forms: ['powder'] },
    criteria: [
      q('purity', '>=', 97, '%', 'tungsten content of 97% by weight or more'),
      q('particleSize', '<=', 50, 'µm', 'particle size of 50 x 10-6 m (50 µm) or less', ['d90', 'grainSize']),
    ],
    notes: ["materials for the fabrication of 'missile' components"],
    twins: ['1C226'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.C.7.b', category: 'II', eu: '1C117.b',
    title: 'Molybdenum and molybdenum alloys in particulate form',
    subject: { any: ['molybdenum'], forms: ['powder'] },
    criteria: [
      q('purity', '>=', 97, '%', 'molybdenum content of 97% by weight or more'),
      q('particleSize', '<=', 50, 'µm', 'particle size of 50 x 10-6 m (50 µm) or less', ['d90', 'grainSize']),
    ],
    notes: ["materials for the fabrication of 'missile' components"],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.C.7.c', category: 'II', eu: '1C117.c',
    title: 'Tungsten materials in solid form',
    subject: { any: ['tungsten'] },
    criteria: [
      form(STOCK_FORMS, 'solid form, in a piece that can be machined (not powder, foil or wire)'),
      any(
        'tungsten content: 97% by weight or more, or 80% or more when copper or silver infiltrated',
        q('purity', '>=', 97, '%', 'tungsten and alloys containing 97% by weight or more of tungsten'),
        all('copper infiltrated, 80% or more', infiltrant(['copper'], 'copper infiltrated tungsten'), q('purity', '>=', 80, '%', 'containing 80% by weight or more of tungsten')),
        all('silver infiltrated, 80% or more', infiltrant(['silver'], 'silver infiltrated tungsten'), q('purity', '>=', 80, '%', 'containing 80% by weight or more of tungsten')),
      ),
      { kind: 'machinable', text: MACHINABLE_TEXT },
    ],
    notes: ["materials for the fabrication of 'missile' components"],
    twins: ['1C226'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'NSG', entry: '1C226', category: 'Part 2', eu: '1C226',
    title: 'Tungsten, tungsten carbide and alloys of more than 90% tungsten in hollow cylindrical forms',
    subject: { any: ['tungsten', 'tungsten carbide'] },
    criteria: [
      any('tungsten, tungsten carbide, or alloys containing more than 90% tungsten by weight', named(['tungsten carbide'], 'tungsten carbide'), q('purity', '>', 90, '%', 'more than 90% tungsten by weight')),
      form(['tube'], 'forms with a hollow cylindrical symmetry (including cylinder segments)'),
      between('innerDiameter', 100, 300, 'mm', 'inside diameter between 100 mm and 300 mm'),
      q('mass', '>', 20, 'kg', 'a mass greater than 20 kg'),
      flag('collimatorOrWeight', false, 'Note: not manufactures specially designed as weights or gamma-ray collimators', false),
    ],
    twins: ['6.C.7.c'],
    classes: ['nsg2'],
    source: NSG_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.C.8', category: 'II', eu: '1C116',
    title: 'Maraging steels',
    subject: { any: ['maraging steel'] },
    criteria: [
      any(
        'ultimate tensile strength at 293 K (20°C) of 0,9 GPa or more in the solution annealed stage, or 1,5 GPa or more in the precipitation hardened stage',
        q('tensileStrength', '>=', 1.5, 'GPa', 'ultimate tensile strength of 1,5 GPa or more (meets either stage)'),
        all('solution annealed, 0,9 GPa or more', condition(['solution annealed'], 'in the solution annealed stage'), q('tensileStrength', '>=', 0.9, 'GPa', 'ultimate tensile strength of 0,9 GPa or more')),
      ),
      any(
        'sheet, plate or tubing with a wall or plate thickness of 5,0 mm or less; or tubular forms with a wall thickness of 50 mm or less and an inner diameter of 270 mm or more',
        all('sheet, plate or tubing of 5,0 mm or less', form(['plate', 'foil', 'tube'], 'sheet, plate or tubing'), q('thickness', '<=', 5, 'mm', 'wall or plate thickness equal to or less than 5,0 mm', ['wallThickness'])),
        all('tubular form', form(['tube'], 'tubular form'), q('wallThickness', '<=', 50, 'mm', 'wall thickness equal to or less than 50 mm'), q('innerDiameter', '>=', 270, 'mm', 'inner diameter equal to or greater than 270 mm')),
      ),
    ],
    notes: ["useable in 'missiles'"],
    twins: ['1C216'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'NSG', entry: '1C216', category: 'Part 2', eu: '1C216',
    title: 'Maraging steel capable of 1 950 MPa',
    subject: { any: ['maraging steel'] },
    criteria: [
      q('tensileStrength', '>=', 1950, 'MPa', "'capable of' an ultimate tensile strength of 1 950 MPa or more, at 293 K (20°C)"),
      dimension('largest', '>', 75, 'Note: not forms in which all linear dimensions are 75 mm or less'),
    ],
    twins: ['6.C.8'],
    classes: ['nsg2'],
    source: NSG_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.C.9', category: 'II', eu: '1C118',
    title: 'Titanium-stabilised duplex stainless steel (Ti-DSS)',
    subject: { any: ['duplex stainless'] },
    criteria: [
      between('chromium', 17, 23, '%', 'containing 17,0 - 23,0% by weight of chromium'),
      between('nickel', 4.5, 7, '%', 'and 4,5 - 7,0% by weight of nickel'),
      q('titanium', '>', 0.1, '%', 'titanium content of greater than 0,10% by weight'),
      q('austenite', '>=', 10, '%', 'ferritic-austenitic microstructure of which at least 10% by volume is austenite'),
      any(
        'ingots or bars of 100 mm or more in each dimension; sheets 600 mm or more wide and 3 mm or less thick; or tubes of outer diameter 600 mm or more and wall 3 mm or less',
        all('ingots or bars', form(['bar', 'block', 'cylinder'], 'ingots or bars'), dimension('smallest', '>=', 100, 'a size of 100 mm or more in each dimension')),
        all('sheets', form(['plate', 'foil'], 'sheets'), q('width', '>=', 600, 'mm', 'a width of 600 mm or more'), q('thickness', '<=', 3, 'mm', 'a thickness of 3 mm or less')),
        all('tubes', form(['tube'], 'tubes'), q('diameter', '>=', 600, 'mm', 'an outer diameter of 600 mm or more'), q('wallThickness', '<=', 3, 'mm', 'a wall thickness of 3 mm or less')),
      ),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
];
