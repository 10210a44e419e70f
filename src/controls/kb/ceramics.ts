// MTCR Item 6 ceramics and carbon-carbon: radome composites (1C107.c), silicon-carbide and UHTC
// composites (1C107.e, 1C107.f), resaturated pyrolysed carbon-carbon (1C102, 1A102), CVD furnaces (2B105).
import type { Entry } from '../types.js';
import { MTCR_RECALLED, MTCR_SOURCE, flag, form, notForm, q } from './build.js';

export const CERAMIC_ENTRIES: Entry[] = [
  {
    regime: 'MTCR', entry: '6.C.1', category: 'II', eu: '9C110',
    title: 'Resin impregnated fibre prepregs and metal coated fibre preforms',
    subject: { any: ['prepreg'] },
    criteria: [
      q('specificStrength', '>', 7.62e4, 'm', '"specific tensile strength" of the fibrous or filamentary reinforcement greater than 7,62 x 10^4 m'),
      q('specificModulus', '>', 3.18e6, 'm', '"specific modulus" of the reinforcement greater than 3,18 x 10^6 m'),
    ],
    notes: ['for composite structures, laminates and manufactures specified in 9A110, with organic or metal matrix', 'specific values are strength or modulus divided by the weight density (ρ·g)'],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '6.C.5', category: 'II', eu: '1C107.c',
    title: 'Ceramic composite materials for radomes',
    subject: { any: ['ceramic composite', 'uhtc', 'sic composite'], all: ['radome'] },
    criteria: [q('dielectricConstant', '<', 6, '', 'dielectric constant less than 6 at any frequency from 100 MHz to 100 GHz')],
    notes: ["for use in radomes usable in 'missiles', space launch vehicles (9A004) or sounding rockets (9A104)"],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.C.6.b', category: 'II', eu: '1C107.e',
    title: 'Reinforced silicon-carbide ceramic composites',
    subject: { any: ['sic composite'] },
    criteria: [flag('usableForNozzles', true, 'usable for nose tips, re-entry vehicles and nozzle flaps')],
    notes: ["usable in 'missiles', space launch vehicles (9A004) or sounding rockets (9A104)"],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '6.C.6.c', category: 'II', eu: '1C107.f',
    title: "Bulk machinable 'UHTC' matrix composites reinforced with fibres or filaments",
    subject: { any: ['uhtc'] },
    criteria: [
      notForm(['powder', 'fibre', 'liquid'], 'bulk machinable composite (Note: UHTC in non-composite form, such as powder, is not controlled)'),
      flag('fibreReinforced', true, "'UHTC' matrix (melting point of 3 000°C or more; TiB2, ZrB2, NbB2, HfB2, TaB2, TiC, ZrC, NbC, HfC, TaC) reinforced with fibres or filaments"),
    ],
    notes: ["usable for missile components (nose tips, re-entry vehicles, leading edges, jet vanes, control surfaces, throat inserts)"],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '6.C.2', category: 'II', eu: '1C102',
    title: 'Resaturated pyrolised carbon-carbon materials',
    subject: { any: ['carbon-carbon'] },
    criteria: [flag('launchVehicleUse', true, 'designed for space launch vehicles (9A004) or sounding rockets (9A104)')],
    notes: ['resaturated pyrolised carbon-carbon only'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.A.2', category: 'II', eu: '1A102',
    title: 'Resaturated pyrolised carbon-carbon components',
    subject: { any: ['carbon-carbon'] },
    criteria: [
      form(['block', 'plate', 'cylinder', 'tube', 'bar'], 'components (not raw material)'),
      flag('launchVehicleUse', true, 'designed for space launch vehicles (9A004) or sounding rockets (9A104)'),
    ],
    notes: ['resaturated pyrolised carbon-carbon only'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '6.B.4', category: 'II', eu: '2B105',
    title: 'Chemical vapour deposition (CVD) furnaces for carbon-carbon densification',
    subject: { any: ['cvd furnace'] },
    criteria: [flag('ccDensification', true, 'designed or modified for the densification of carbon-carbon composites')],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
];
