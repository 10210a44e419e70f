// MTCR Item 4 propellants and constituents: metal powders with their size and purity thresholds
// (1C111.a.1-2) and the substances listed by name (1C111.a.3-6, 1C111.b-c; some only in the EU
// Military List ML8).
import type { Entry } from '../types.js';
import { MTCR_RECALLED, MTCR_SOURCE, any, flag, named, q } from './build.js';

const FINE_FRACTION = any(
  'at least 10% of the total weight made up of particles of less than 63 µm (ISO 2591-1:1988)',
  q('fineFraction', '>=', 10, '%', 'at least 10% of the total weight made up of particles of less than 63 µm'),
  q('particleSize', '<', 63, 'µm', 'all particles under 63 µm'),
);

export const PROPELLANT_ENTRIES: Entry[] = [
  {
    regime: 'MTCR', entry: '4.C.2.a', category: 'II', eu: 'ML8',
    title: 'Hydrazine',
    subject: { any: ['hydrazine'] },
    criteria: [q('purity', '>=', 70, '%', 'hydrazine with a concentration of 70% or more')],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '4.C.2.b', category: 'II', eu: '1C111.a.4',
    title: 'Hydrazine derivatives',
    subject: { any: ['hydrazine derivative'] },
    criteria: [named(['hydrazine derivative'], 'listed hydrazine derivative (1C111.a.4; MMH, UDMH and hydrazine mononitrate in the Military List ML8)')],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '4.C.2.c', category: 'II', eu: '1C111.a.1',
    title: 'Spherical or spheroidal aluminium powder',
    subject: { any: ['aluminium'], forms: ['powder'] },
    criteria: [
      flag('spherical', true, 'spherical or spheroidal'),
      q('particleSize', '<', 200, 'µm', 'particle size of less than 200 µm', ['grainSize']),
      q('purity', '>=', 97, '%', 'aluminium content of 97% by weight or more'),
      FINE_FRACTION,
    ],
    notes: ['other than that specified in the Military Goods Controls'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '4.C.2.d', category: 'II', eu: '1C111.a.2.a',
    title: 'Zirconium, beryllium or magnesium powders',
    subject: { any: ['zirconium', 'beryllium', 'magnesium'], forms: ['powder'] },
    criteria: [
      q('d90', '<', 60, 'µm', 'at least 90% of the total particles by volume or weight made up of particles of less than 60 µm', ['particleSize', 'grainSize']),
      q('purity', '>=', 97, '%', 'consisting 97% by weight or more of zirconium, beryllium or magnesium'),
    ],
    notes: ['whether spherical, atomized, spheroidal, flaked or ground', 'hafnium naturally in zirconium counts with the zirconium'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '4.C.2.e', category: 'II', eu: '1C111.a.2.b',
    title: 'Boron and boron alloy powders',
    subject: { any: ['boron'], forms: ['powder'] },
    criteria: [
      q('purity', '>=', 85, '%', 'boron content of 85% or more by weight'),
      q('d90', '<', 60, 'µm', 'at least 90% of the total particles by volume or weight made up of particles of less than 60 µm', ['particleSize', 'grainSize']),
    ],
    notes: ['whether spherical, atomised, spheroidal, flaked or ground'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '4.C.2.f', category: 'II', eu: '1C111.a.5',
    title: 'High energy density materials',
    subject: { any: ['hed fuel'] },
    criteria: [
      any(
        'mixed fuels of 40 x 10^6 J/kg or more, or other high energy density fuels of 37,5 x 10^9 J/m3 or more',
        q('energyPerMass', '>=', 40, 'MJ/kg', 'mixed fuel that incorporate both solid and liquid fuels, such as boron slurry, having a mass-based energy density of 40 x 106 J/kg or greater'),
        q('energyPerVolume', '>=', 37.5, 'GJ/m3', 'other high energy density fuels and fuel additives (e.g. cubane, ionic solutions, JP-10) having a volume-based energy density of 37,5 x 109 J/m3 or greater, measured at 20°C and one atmosphere'),
      ),
    ],
    notes: ["usable in 'missiles' or UAVs of 9A012 or 9A112.a", 'Note: not fossil refined fuels and biofuels from vegetables, including certified civil aviation fuels, unless specially formulated for missiles or UAVs'],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '4.C.2.g', category: 'II', eu: '1C111.a.6',
    title: 'Hydrazine replacement fuels',
    subject: { any: ['hydrazine replacement'] },
    criteria: [named(['hydrazine replacement'], '2-dimethylaminoethylazide (DMAZ) (CAS 86147-04-8)')],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '4.C.4.a', category: 'II', eu: '1C111.a.3',
    title: 'Liquid propellant oxidisers',
    subject: { any: ['liquid oxidiser'] },
    criteria: [named(['liquid oxidiser'], 'dinitrogen trioxide, nitrogen dioxide / dinitrogen tetroxide, dinitrogen pentoxide, mixed oxides of nitrogen (MON); IRFNA in the Military List')],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '4.C.4.b', category: 'II', eu: 'ML8',
    title: 'Solid propellant oxidisers',
    subject: { any: ['solid oxidiser'] },
    criteria: [named(['solid oxidiser'], 'ammonium perchlorate; ADN, HNF, HMX, RDX, CL-20 (listed substances, EU Military List ML8)')],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '4.C.5', category: 'II', eu: '1C111.b',
    title: 'Polymeric substances for propellants',
    subject: { any: ['propellant polymer'] },
    criteria: [named(['propellant polymer'], 'CTPB, HTPB (CAS 69102-90-5), PBAA, PBAN (CAS 25265-19-4 / 68891-50-9), TPEG')],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '4.C.6', category: 'II', eu: '1C111.c',
    title: 'Other propellant additives and agents',
    subject: { any: ['propellant additive'] },
    criteria: [named(['propellant additive'], 'TEGDN (CAS 111-22-8), DEGDN (CAS 693-21-0), 2-nitrodiphenylamine (CAS 119-75-5), ferrocene derivatives, iso-DAMTR')],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
];
