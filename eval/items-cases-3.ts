// A third batch for the entries added last (flow-forming machines, inertial measurement equipment,
// bearings of unnamed type) and for wording found while reading trade descriptions, written before
// running the rules on them. Same label conventions as items-cases.ts.
import type { ItemCase } from './items-cases.js';

export const ITEM_CASES_3: ItemCase[] = [
  { id: 'f01', description: 'CNC flow forming machine, 3 rollers, 5-axis contouring control', expect: { '3.B.3': 'controlled', '2B209': 'controlled' } },
  { id: 'f02', description: 'manual spinning machine, 1 roller, 2 axes', expect: { '3.B.3': 'not-controlled', '2B209': 'not-controlled' } },
  { id: 'f03', description: 'flow forming machine', expect: { '3.B.3': 'possible', '2B209': 'possible' } },
  { id: 'f04', description: 'flow former with numerical control and two simultaneously controlled axes, four rollers', expect: { '3.B.3': 'not-controlled', '2B209': 'controlled' } },
  { id: 'i01', description: 'inertial measurement unit with fibre optic gyros, bias stability 0.02 deg/h', expect: { '9.A.6': 'controlled' } },
  { id: 'i02', description: 'AHRS with MEMS gyros, bias instability 8 °/h', expect: { '9.A.6': 'possible', '9.A.4': 'not-controlled' } },
  { id: 'i03', description: 'inertial navigation system', expect: { '9.A.6': 'possible' } },
  { id: 'i04', description: 'INS with accelerometer bias repeatability 40 µg and scale factor repeatability 30 ppm', expect: { '9.A.6': 'controlled' } },
  { id: 'b07', description: 'bearings, 40 x 68 x 15 mm, ABEC 9', expect: { '3.A.7': 'possible' } },
  { id: 'b08', description: 'tapered roller bearings ABEC 9', expect: { '3.A.7': 'not-controlled' } },
  { id: 'm01x', description: 'maraging steel 300 bar stock, 6 inch diameter', expect: { '6.C.8': 'not-controlled', '1C216': 'possible' } },
  { id: 'g24', description: 'graphite electrodes, 600 mm diameter, 2400 mm long, bulk density 1.74, grain size 0.5 mm', expect: { '6.C.3': 'not-controlled' } },
  { id: 'g25', description: 'graphite block, density 1.9 g/cm3, grain 10 µm, 50 x 50 x 50 mm', expect: { '6.C.3': 'not-controlled' } },
  { id: 'u21', description: 'aluminium powder coating for window frames', expect: {}, none: true },
  { id: 'u22', description: 'tungsten filament light bulbs', expect: { '6.C.7.c': 'not-controlled', '6.C.7.a': 'not-controlled' } },
];
