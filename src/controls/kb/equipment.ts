// Production and test equipment: isostatic presses (2B104, NSG twin 2B204), vibration test equipment
// (2B116), rocket test stands (9B117), precision bearings (2A101) and propellant batch mixers (1B117).
import type { Entry } from '../types.js';
import { MTCR_RECALLED, MTCR_SOURCE, NSG_SOURCE, any, between, flag, q } from './build.js';

export const EQUIPMENT_ENTRIES: Entry[] = [
  {
    regime: 'MTCR', entry: '6.B.3', category: 'II', eu: '2B104',
    title: 'Isostatic presses',
    subject: { any: ['isostatic press'] },
    criteria: [
      q('pressure', '>=', 69, 'MPa', 'maximum working pressure of 69 MPa or greater'),
      q('temperature', '>=', 600, '°C', 'designed to achieve and maintain a controlled thermal environment of 873 K (600°C) or greater'),
      q('chamberDiameter', '>=', 254, 'mm', 'chamber cavity with an inside diameter of 254 mm or greater', ['innerDiameter']),
    ],
    twins: ['2B204'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'NSG', entry: '2B204', category: 'Part 2', eu: '2B204',
    title: 'Isostatic presses',
    subject: { any: ['isostatic press'] },
    criteria: [
      q('pressure', '>=', 69, 'MPa', 'capable of achieving a maximum working pressure of 69 MPa or greater'),
      q('chamberDiameter', '>', 152, 'mm', 'a chamber cavity with an inside diameter in excess of 152 mm', ['innerDiameter']),
    ],
    notes: ['the chamber dimension is that of the chamber where both working temperature and pressure are achieved, without fixtures'],
    twins: ['6.B.3'],
    classes: ['nsg2'],
    source: NSG_SOURCE,
  },
  {
    regime: 'MTCR', entry: '3.B.3', category: 'II', eu: '2B109.a',
    title: 'Flow-forming machines',
    subject: { any: ['flow forming machine'] },
    criteria: [
      flag('numericalControl', true, 'equipped with, or according to the manufacturer\'s technical specification capable of being equipped with, "numerical control" units or computer control'),
      q('axes', '>', 2, '', 'more than two axes which can be coordinated simultaneously for "contouring control"'),
    ],
    notes: ['usable in the production of propulsion components and equipment (e.g. motor cases and interstages) for "missiles"', 'other than those specified in 2B009'],
    twins: ['2B209'],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'NSG', entry: '2B209', category: 'Part 2', eu: '2B209.a',
    title: 'Flow forming machines and spin forming machines capable of flow forming',
    subject: { any: ['flow forming machine'] },
    criteria: [
      q('rollers', '>=', 3, '', 'three or more rollers (active or guiding)'),
      flag('numericalControl', true, 'can be equipped with "numerical control" units or a computer control, according to the manufacturer\'s technical specification'),
    ],
    notes: ['includes machines with a single deforming roller plus two auxiliary rollers supporting the mandrel'],
    twins: ['3.B.3'],
    classes: ['nsg2'],
    source: NSG_SOURCE,
  },
  {
    regime: 'MTCR', entry: '15.B.1.a', category: 'II', eu: '2B116.a',
    title: 'Vibration test systems',
    subject: { any: ['vibration test system'] },
    criteria: [
      flag('digitalController', true, 'employing feedback or closed loop techniques and incorporating a digital controller'),
      q('acceleration', '>=', 10, 'g', 'capable of vibrating a system at an acceleration equal to or greater than 10 g rms'),
      q('frequencyMin', '<=', 20, 'Hz', 'between 20 Hz and 2 kHz (covers 20 Hz)'),
      q('frequencyMax', '>=', 2000, 'Hz', 'between 20 Hz and 2 kHz (covers 2 kHz)'),
      q('force', '>=', 50, 'kN', "imparting forces equal to or greater than 50 kN, measured 'bare table'"),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '15.B.1.b', category: 'II', eu: '2B116.b',
    title: 'Digital vibration controllers',
    subject: { any: ['vibration controller'] },
    criteria: [
      q('controlBandwidth', '>', 5, 'kHz', "'real-time control bandwidth' greater than 5 kHz"),
      flag('vibrationSystemUse', true, 'designed for use with vibration test systems specified in 2B116.a, combined with specially designed vibration test software'),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '15.B.1.c', category: 'II', eu: '2B116.c',
    title: 'Vibration thrusters (shaker units)',
    subject: { any: ['shaker'] },
    criteria: [q('force', '>=', 50, 'kN', "capable of imparting a force equal to or greater than 50 kN, measured 'bare table'")],
    notes: ['usable in vibration test systems specified in 2B116.a'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '15.B.3', category: 'II', eu: '9B117',
    title: 'Test benches or test stands for rockets or rocket motors',
    subject: { any: ['test stand'], all: ['rocket context'] },
    criteria: [
      any(
        'more than 68 kN of thrust, or simultaneous measurement of the three axial thrust components',
        q('thrust', '>', 68, 'kN', 'the capacity to handle more than 68 kN of thrust', ['force']),
        flag('threeAxisThrust', true, 'capable of simultaneously measuring the three axial thrust components'),
      ),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '3.A.7', category: 'II', eu: '2A101',
    title: 'Radial ball bearings',
    subject: { any: ['ball bearing'] },
    criteria: [
      flag('radialBall', true, 'radial ball bearings'),
      q('bearingGrade', '>=', 9, '', 'all tolerances to ISO 492 Tolerance Class 2 (ANSI/ABMA Std 20 ABEC-9) or better'),
      between('innerDiameter', 12, 50, 'mm', 'inner ring bore diameter between 12 mm and 50 mm'),
      between('diameter', 25, 100, 'mm', 'outer ring outside diameter between 25 mm and 100 mm'),
      between('width', 10, 20, 'mm', 'width between 10 mm and 20 mm'),
    ],
    notes: ['other than those specified in 2A001'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '4.B.3.a', category: 'II', eu: '1B117',
    title: 'Batch mixers',
    subject: { any: ['batch mixer'] },
    criteria: [
      flag('vacuumMixing', true, 'designed or modified for mixing under vacuum in the range of zero to 13,326 kPa'),
      flag('temperatureControl', true, 'capable of controlling the temperature of the mixing chamber'),
      q('volume', '>=', 110, 'L', 'a total volumetric capacity of 110 litres or more'),
      flag('offCentreShaft', true, "at least one 'mixing/kneading shaft' mounted off centre"),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
];
