// Labelled item descriptions for `npm run eval:items`, written from the legal texts (EU 2021/821 Annex I
// wording of the MTCR and NSG entries, controls.md) before the extraction rules were tuned.
// A label names the status an entry must get. 'not-controlled' is also met when the entry is not
// proposed at all. `none: true` means the goods are unrelated: no entry may come out controlled or
// possible. An entry that comes out 'controlled' without a label counts as an error.
// Reading rules used for the labels (the same the engine documents):
// - "can be machined to" (6.C.3, 6.C.7.c): the stock must contain one of the products; a solid
//   cylinder of 115 mm or more can be bored into a tube of inner diameter 65 mm and wall 25 mm.
// - end-use or design qualifiers that the item itself cannot show ("for use in a nuclear reactor",
//   "designed for inertial navigation", "designed or modified for missiles") are questions: without an
//   answer the entry stays 'possible'. "usable in missiles" is a note, not a question.
// - "between A and B" includes both ends; "less than" is strict; "or greater"/"or more" is >=.

export type Label = 'controlled' | 'possible' | 'not-controlled';

export interface ItemCase {
  id: string;
  description: string;
  params?: Record<string, string>;
  expect: Record<string, Label>;
  none?: boolean;
}

export const ITEM_CASES: ItemCase[] = [
  // --- fine grain graphite (MTCR 6.C.3 / 1C107.a) and nuclear graphite (0C004)
  { id: 'g01', description: 'graphite cylinders', expect: { '6.C.3': 'possible', '0C004': 'possible' } },
  {
    id: 'g02',
    description: 'isostatic graphite cylinders, bulk density 1.85 g/cm3, grain size 20 µm, 150 mm diameter x 300 mm long',
    expect: { '6.C.3': 'controlled', '0C004': 'possible' },
  },
  {
    id: 'g03',
    description: 'Fine-grain isostatically pressed graphite blocks, 1.78 g/cc, average grain 10 microns, 200 x 200 x 100 mm',
    expect: { '6.C.3': 'controlled' },
  },
  {
    id: 'g04',
    description: 'graphite block, density 1.70 g/cm3, grain size 15 um, 300 x 300 x 150 mm',
    expect: { '6.C.3': 'not-controlled', '0C004': 'possible' },
  },
  {
    id: 'g05',
    description: 'graphite rod 1.72 g/cm3 grain 10 µm dia 130 mm length 200 mm',
    expect: { '6.C.3': 'controlled' },
  },
  {
    id: 'g06',
    description: 'extruded graphite electrodes, density 1.65 g/cm3, grain size 0.8 mm, diameter 400 mm',
    expect: { '6.C.3': 'not-controlled', '0C004': 'possible' },
  },
  {
    id: 'g07',
    description: 'graphite disc Ø100 mm x 40 mm thick, density 1.82 g/cm3, grain 5 µm',
    expect: { '6.C.3': 'not-controlled' },
  },
  {
    id: 'g08',
    description: 'graphite tube OD 200 mm, ID 100 mm, length 500 mm, 1.80 g/cm3, grain size 8 µm',
    expect: { '6.C.3': 'controlled' },
  },
  {
    id: 'g09',
    description: 'graphite tube outer diameter 160 mm, inner diameter 120 mm, length 300 mm, density 1.9 g/cm3, grain 10 µm',
    expect: { '6.C.3': 'not-controlled' },
  },
  {
    id: 'g10',
    description: 'graphite powder, 99.9% C, 5 µm',
    expect: { '6.C.3': 'not-controlled', '0C004': 'possible' },
  },
  {
    id: 'g11',
    description:
      'nuclear grade graphite blocks for use as reactor moderator, boron equivalent 0.5 ppm, density 1.75 g/cm3, 2000 kg',
    expect: { '0C004': 'controlled', '6.C.3': 'possible' },
  },
  {
    id: 'g12',
    description: 'graphite, boron equivalent 12 ppm, density 1.8 g/cm3',
    expect: { '0C004': 'not-controlled', '6.C.3': 'possible' },
  },
  {
    id: 'g13',
    description: 'graphite sheets, density 1.45 g/cm3',
    expect: { '0C004': 'not-controlled', '6.C.3': 'not-controlled' },
  },
  {
    id: 'g14',
    description: 'machined graphite crucibles, 1.74 g/cm³, grain size 150 µm, Ø 250 x 200 mm',
    expect: { '6.C.3': 'not-controlled' },
  },
  {
    id: 'g15',
    description: 'EDM graphite plate 1.88 g/cm3, particle size 3 µm, 150 x 150 x 60 mm',
    expect: { '6.C.3': 'controlled' },
  },
  {
    id: 'g16',
    description: 'Graphite block 1.85 g/cm3 grain 20 µm 130 x 110 x 60 mm',
    expect: { '6.C.3': 'not-controlled' },
  },
  {
    id: 'g17',
    description: 'graphite cylinder 1.9 g/cm3, grain 10 µm, diameter 118 mm, length 100 mm',
    expect: { '6.C.3': 'controlled' },
  },
  {
    id: 'g18',
    description: 'graphite cylinder 1.9 g/cm3, grain 10 µm, diameter 112 mm, length 100 mm',
    expect: { '6.C.3': 'not-controlled' },
  },
  { id: 'g19', description: 'graphite', expect: { '6.C.3': 'possible', '0C004': 'possible' } },
  {
    id: 'g20',
    description: 'pyrolytic graphite inserts for rocket nozzle throats',
    expect: { '6.C.4': 'controlled' },
  },
  { id: 'g21', description: 'carbon fibre reinforced graphite', expect: { '6.C.4': 'possible' } },
  {
    id: 'g22',
    description: 'graphite cylinders',
    params: { density: '1.85 g/cm3', grainSize: '20 um', diameter: '150 mm', length: '300 mm' },
    expect: { '6.C.3': 'controlled' },
  },
  {
    id: 'g23',
    description: 'high-density graphite billets 1.76 g/cm3, max grain size 40 micrometres, 500 x 300 x 300 mm',
    expect: { '6.C.3': 'controlled' },
  },

  // --- tungsten (6.C.7.a / 1C117.a powder, 6.C.7.c / 1C117.c solid, NSG 1C226)
  { id: 't01', description: 'tungsten powder', expect: { '6.C.7.a': 'possible', '1C226': 'not-controlled' } },
  {
    id: 't02',
    description: 'Tungsten powder, 99.95% W, particle size 2-5 µm',
    expect: { '6.C.7.a': 'controlled', '1C226': 'not-controlled' },
  },
  { id: 't03', description: 'wolfram powder purity 99.9%, FSSS 45 micron', expect: { '6.C.7.a': 'controlled' } },
  { id: 't04', description: 'tungsten powder 99.9% W, particle size 60 µm', expect: { '6.C.7.a': 'not-controlled' } },
  { id: 't05', description: 'tungsten powder 96.5% W, 10 µm', expect: { '6.C.7.a': 'not-controlled' } },
  { id: 't06', description: 'W powder, -325 mesh, 99.9%', expect: { '6.C.7.a': 'controlled' } },
  { id: 't07', description: 'tungsten metal powder 99.9%, -100 mesh', expect: { '6.C.7.a': 'not-controlled' } },
  {
    id: 't08',
    description: 'tungsten heavy alloy bars W 93% Ni-Fe, 150 mm diameter x 400 mm',
    expect: { '6.C.7.c': 'not-controlled', '1C226': 'not-controlled', '6.C.7.a': 'not-controlled' },
  },
  {
    id: 't09',
    description: 'pure tungsten rod 99.95% W, diameter 130 mm, length 250 mm',
    expect: { '6.C.7.c': 'controlled' },
  },
  { id: 't10', description: 'tungsten plate 99.9%, 100 x 100 x 20 mm', expect: { '6.C.7.c': 'not-controlled' } },
  {
    id: 't11',
    description: 'copper infiltrated tungsten (W80Cu20) blocks 150 x 150 x 60 mm',
    expect: { '6.C.7.c': 'controlled' },
  },
  {
    id: 't12',
    description: 'copper-infiltrated tungsten W75Cu25 blocks 200 x 200 x 100 mm',
    expect: { '6.C.7.c': 'not-controlled' },
  },
  {
    id: 't13',
    description: 'tungsten alloy hollow cylinder, 95% W, inside diameter 150 mm, mass 40 kg',
    expect: { '1C226': 'controlled', '6.C.7.c': 'not-controlled' },
  },
  {
    id: 't14',
    description: 'tungsten carbide sleeve, hollow cylinder, ID 120 mm, weight 25 kg',
    expect: { '1C226': 'controlled', '6.C.7.a': 'not-controlled' },
  },
  {
    id: 't15',
    description: 'tungsten alloy gamma-ray collimator, hollow cylinder, ID 150 mm, 30 kg, 97% W',
    expect: { '1C226': 'not-controlled', '6.C.7.c': 'possible' },
  },
  {
    id: 't16',
    description: 'tungsten alloy hollow cylinder 92% W, ID 90 mm, 50 kg',
    expect: { '1C226': 'not-controlled' },
  },
  {
    id: 't17',
    description: 'tungsten tube 99.9% W, inner diameter 150 mm, 15 kg',
    expect: { '1C226': 'not-controlled' },
  },
  {
    id: 't18',
    description: 'tungsten wire, diameter 0.5 mm',
    expect: { '6.C.7.c': 'not-controlled', '6.C.7.a': 'not-controlled' },
  },
  {
    id: 't19',
    description: 'tungsten powder',
    params: { purity: '99.9%', particleSize: '5 um' },
    expect: { '6.C.7.a': 'controlled' },
  },
  {
    id: 't20',
    description: 'spherical tungsten powder, W content 97 wt%, D50 25 µm, max 45 µm',
    expect: { '6.C.7.a': 'controlled' },
  },

  // --- molybdenum powder (6.C.7.b / 1C117.b)
  { id: 'm01', description: 'molybdenum powder 99.95% Mo, 3-5 µm', expect: { '6.C.7.b': 'controlled' } },
  {
    id: 'm02',
    description: 'molybdenum powder, purity 99.5%, particle size 75 µm',
    expect: { '6.C.7.b': 'not-controlled' },
  },
  { id: 'm03', description: 'Mo powder', expect: { '6.C.7.b': 'possible' } },
  { id: 'm04', description: 'moly powder 96% Mo, 5 micron', expect: { '6.C.7.b': 'not-controlled' } },

  // --- maraging steel (6.C.8 / 1C116; NSG 1C216)
  {
    id: 'ms01',
    description: 'maraging steel sheet 2 mm thick, UTS 2.0 GPa (aged)',
    expect: { '6.C.8': 'controlled', '1C216': 'possible' },
  },
  {
    id: 'ms02',
    description:
      'maraging steel tube, wall thickness 8 mm, inner diameter 300 mm, ultimate tensile strength 1.9 GPa in the precipitation hardened condition',
    expect: { '6.C.8': 'controlled', '1C216': 'not-controlled' },
  },
  {
    id: 'ms03',
    description: 'maraging steel bar 200 mm diameter, UTS 2050 MPa',
    expect: { '6.C.8': 'not-controlled', '1C216': 'controlled' },
  },
  {
    id: 'ms04',
    description: 'maraging steel 350 grade rings, UTS 2.4 GPa, OD 60 mm x 40 mm high',
    expect: { '1C216': 'not-controlled' },
  },
  {
    id: 'ms05',
    description: 'maraging steel plate 4 mm, ultimate tensile strength 1.0 GPa, solution annealed',
    expect: { '6.C.8': 'controlled', '1C216': 'not-controlled' },
  },
  {
    id: 'ms06',
    description: 'maraging steel plate 3 mm, UTS 1.2 GPa',
    expect: { '6.C.8': 'possible', '1C216': 'not-controlled' },
  },
  {
    id: 'ms07',
    description: 'maraging steel sheet 6 mm thick, UTS 1.8 GPa, aged',
    expect: { '6.C.8': 'not-controlled', '1C216': 'not-controlled' },
  },
  { id: 'ms08', description: 'maraging steel', expect: { '6.C.8': 'possible', '1C216': 'possible' } },
  {
    id: 'ms09',
    description: 'maraging steel plates, 5.0 mm, tensile strength 260 ksi after ageing',
    expect: { '6.C.8': 'controlled' },
  },

  // --- titanium-stabilised duplex stainless steel (6.C.9 / 1C118)
  {
    id: 'd01',
    description:
      'titanium-stabilised duplex stainless steel bar 120 x 120 x 500 mm, 21% Cr, 5.5% Ni, 0.3% Ti, 40% austenite',
    expect: { '6.C.9': 'controlled' },
  },
  {
    id: 'd02',
    description: 'duplex stainless steel sheet 1500 mm wide 2 mm thick, Cr 22%, Ni 5%, Ti 0.05%',
    expect: { '6.C.9': 'not-controlled' },
  },
  {
    id: 'd03',
    description: 'Ti-stabilized duplex stainless sheet, width 1000 mm, thickness 5 mm, 19% Cr 6% Ni 0.2% Ti',
    expect: { '6.C.9': 'not-controlled' },
  },

  // --- gyros (9.A.4 / 7A102)
  { id: 'gy01', description: 'fibre optic gyro, bias stability 0.05 deg/hr', expect: { '9.A.4': 'controlled' } },
  { id: 'gy02', description: 'FOG, drift rate 0.8°/h', expect: { '9.A.4': 'not-controlled' } },
  { id: 'gy03', description: 'ring laser gyroscope, drift 0.003 deg/h', expect: { '9.A.4': 'controlled' } },
  { id: 'gy04', description: 'MEMS gyroscope, bias instability 10°/hr', expect: { '9.A.4': 'not-controlled' } },
  { id: 'gy05', description: 'fiber-optic gyroscope', expect: { '9.A.4': 'possible' } },
  { id: 'gy06', description: 'gyro with drift rate 0.498 deg/hr', expect: { '9.A.4': 'controlled' } },
  { id: 'gy07', description: 'dynamically tuned gyro, drift rate 0.5 °/h', expect: { '9.A.4': 'not-controlled' } },
  { id: 'gy08', description: 'rate gyro, drift 0.0001°/s', expect: { '9.A.4': 'controlled' } },

  // --- accelerometers (9.A.3 / 7A101, 9.A.5)
  {
    id: 'a01',
    description:
      'navigation-grade quartz accelerometer for inertial navigation systems, bias repeatability 50 micro g, scale factor repeatability 80 ppm',
    expect: { '9.A.3': 'controlled' },
  },
  {
    id: 'a02',
    description: 'servo accelerometer, bias repeatability 2000 µg, scale factor repeatability 500 ppm',
    expect: { '9.A.3': 'not-controlled' },
  },
  {
    id: 'a03',
    description: 'accelerometer for INS, bias repeatability 100 micro-g',
    expect: { '9.A.3': 'possible' },
  },
  {
    id: 'a04',
    description: 'MEMS accelerometer for guidance systems, bias repeatability 1000 ug, scale factor repeatability 1500 ppm',
    expect: { '9.A.3': 'not-controlled' },
  },
  {
    id: 'a05',
    description: 'high-g accelerometer for guidance systems, specified to operate at 20,000 g',
    expect: { '9.A.5': 'controlled' },
  },
  {
    id: 'a06',
    description: 'accelerometer for machine vibration monitoring, range ±50 g',
    expect: { '9.A.5': 'not-controlled' },
  },

  // --- navigation (9.A.7 / 7A103.c)
  {
    id: 'n01',
    description: 'GPS/INS integrated navigation system designed for missiles, 10 m CEP',
    expect: { '9.A.7': 'controlled' },
  },
  { id: 'n02', description: 'integrated navigation system, accuracy 500 m CEP', expect: { '9.A.7': 'not-controlled' } },
  { id: 'n03', description: 'integrated navigation system, 50 m CEP', expect: { '9.A.7': 'possible' } },

  // --- isostatic presses (6.B.3 / 2B104; NSG 2B204)
  {
    id: 'p01',
    description: 'hot isostatic press, max working pressure 200 MPa, 2000°C, chamber inside diameter 400 mm',
    expect: { '6.B.3': 'controlled', '2B204': 'controlled' },
  },
  {
    id: 'p02',
    description: 'HIP, 100 MPa, 1400 °C, hot zone inside diameter 200 mm',
    expect: { '6.B.3': 'not-controlled', '2B204': 'controlled' },
  },
  {
    id: 'p03',
    description: 'cold isostatic press 400 MPa, maximum temperature 90°C, chamber diameter 300 mm',
    expect: { '6.B.3': 'not-controlled', '2B204': 'controlled' },
  },
  {
    id: 'p04',
    description: 'isostatic press 60 MPa, 1000°C, chamber 500 mm inside diameter',
    expect: { '6.B.3': 'not-controlled', '2B204': 'not-controlled' },
  },
  {
    id: 'p05',
    description: 'isostatic press rated 10,000 psi, 1250°C, 12 inch chamber',
    expect: { '6.B.3': 'not-controlled', '2B204': 'not-controlled' },
  },
  {
    id: 'p06',
    description: 'isostatic press 15,000 psi, 1400 °C, 16-inch diameter chamber',
    expect: { '6.B.3': 'controlled', '2B204': 'controlled' },
  },
  { id: 'p07', description: 'HIP unit, 207 MPa', expect: { '6.B.3': 'possible', '2B204': 'possible' } },

  // --- vibration test equipment (15.B.1 / 2B116)
  {
    id: 'v01',
    description:
      'electrodynamic vibration test system with digital closed-loop controller, 80 kN sine force, 5 Hz to 3000 Hz, 100 g',
    expect: { '15.B.1.a': 'controlled' },
  },
  {
    id: 'v02',
    description: 'vibration test system 40 kN, 5-3000 Hz, 100 g rms, digital controller',
    expect: { '15.B.1.a': 'not-controlled', '15.B.1.c': 'not-controlled' },
  },
  { id: 'v03', description: 'vibration shaker, 60 kN force, bare table', expect: { '15.B.1.c': 'controlled' } },
  {
    id: 'v04',
    description: 'digital vibration controller with real-time control bandwidth of 10 kHz',
    expect: { '15.B.1.b': 'possible' },
  },
  {
    id: 'v05',
    description: 'vibration test system, 50 kN, 10-2000 Hz, 10 g rms, digital controller',
    expect: { '15.B.1.a': 'controlled' },
  },
  {
    id: 'v06',
    description: 'vibration test system, 100 kN, 20-1500 Hz, 50 g, digital controller',
    expect: { '15.B.1.a': 'not-controlled' },
  },

  // --- rocket test stands (15.B.3 / 9B117)
  { id: 'ts01', description: 'rocket motor test stand capable of 100 kN thrust', expect: { '15.B.3': 'controlled' } },
  { id: 'ts02', description: 'static test stand for rocket engines, 50 kN thrust', expect: { '15.B.3': 'possible' } },
  {
    id: 'ts03',
    description: 'rocket motor test stand measuring the three axial thrust components simultaneously, 20 kN',
    expect: { '15.B.3': 'controlled' },
  },

  // --- bearings (3.A.7 / 2A101)
  {
    id: 'b01',
    description: 'radial ball bearing ABEC-9, bore 20 mm, OD 47 mm, width 14 mm',
    expect: { '3.A.7': 'controlled' },
  },
  { id: 'b02', description: 'ball bearing 6204 P4, 20 x 47 x 14 mm', expect: { '3.A.7': 'not-controlled' } },
  {
    id: 'b03',
    description: 'radial ball bearing ISO 492 class 2, bore 60 mm, OD 95 mm, width 18 mm',
    expect: { '3.A.7': 'not-controlled' },
  },
  { id: 'b04', description: 'precision radial ball bearing 25x52x15 mm, ABEC 9', expect: { '3.A.7': 'controlled' } },
  { id: 'b05', description: 'ball bearing 17x40x12 mm', expect: { '3.A.7': 'possible' } },
  { id: 'b06', description: 'thrust ball bearing ABEC 9, 20x47x14 mm', expect: { '3.A.7': 'not-controlled' } },

  // --- batch mixers (4.B.3.a / 1B117)
  {
    id: 'x01',
    description:
      'vertical planetary batch mixer, 300 litre, mixing under vacuum, jacketed temperature control, off-centre mixing shafts',
    expect: { '4.B.3.a': 'controlled' },
  },
  {
    id: 'x02',
    description: 'batch mixer 100 L, mixing under vacuum, temperature controlled jacket, off-centre shaft',
    expect: { '4.B.3.a': 'not-controlled' },
  },
  { id: 'x03', description: 'planetary batch mixer, 600 gallon', expect: { '4.B.3.a': 'possible' } },

  // --- turbojet and turbofan engines (3.A.1 / 9A101.a)
  {
    id: 'e01',
    description: 'small turbojet engine, 1.2 kN thrust, SFC 0.12 kg/N/h, dry weight 25 kg, rotor diameter 0.2 m',
    expect: { '3.A.1': 'controlled' },
  },
  {
    id: 'e02',
    description: 'civil certified turbofan engine, thrust 120 kN, SFC 0.06 kg/N/h, dry weight 2500 kg',
    expect: { '3.A.1': 'not-controlled' },
  },
  { id: 'e03', description: 'model turbojet, 350 N thrust', expect: { '3.A.1': 'not-controlled' } },
  {
    id: 'e04',
    description: 'turbofan 5 kN thrust, specific fuel consumption 0.09 kg/(N·h), dry weight 100 kg',
    expect: { '3.A.1': 'possible' },
  },

  // --- rocket motors and complete systems (2.A.1.c, 20.A.1.b, 1.A.1, 19.A.1, 1.A.2, 19.A.2, 2.A.1.d)
  {
    id: 'r01',
    description: 'solid rocket motor, total impulse 1.5 MN·s',
    expect: { '2.A.1.c': 'controlled', '20.A.1.b': 'not-controlled' },
  },
  {
    id: 'r02',
    description: 'solid propellant rocket motor with total impulse of 900 kNs',
    expect: { '20.A.1.b': 'controlled', '2.A.1.c': 'not-controlled' },
  },
  {
    id: 'r03',
    description: 'liquid rocket engine, total impulse capacity 0.5 MNs',
    expect: { '20.A.1.b': 'not-controlled', '2.A.1.c': 'not-controlled' },
  },
  { id: 'r04', description: 'rocket motor', expect: { '2.A.1.c': 'possible', '20.A.1.b': 'possible' } },
  {
    id: 's01',
    description: 'ballistic missile, range 600 km, payload 700 kg',
    expect: { '1.A.1': 'controlled', '19.A.1': 'not-controlled', ML4: 'controlled' },
  },
  {
    id: 's02',
    description: 'sounding rocket, 350 km range, 100 kg payload',
    expect: { '19.A.1': 'controlled', '1.A.1': 'not-controlled' },
  },
  {
    id: 's03',
    description: 'UAV with 200 km range',
    expect: { '1.A.2': 'not-controlled', '19.A.2': 'not-controlled' },
  },
  {
    id: 's04',
    description: 'unmanned aerial vehicle, range 1000 km, payload 50 kg',
    expect: { '19.A.2': 'controlled', '1.A.2': 'not-controlled' },
  },
  {
    id: 's05',
    description: 'cruise missile, range 2,500 km, payload 450 kg',
    expect: { '19.A.2': 'controlled', '1.A.2': 'not-controlled', ML4: 'controlled' },
  },
  { id: 's06', description: 'guidance set with CEP of 1 km at a range of 300 km', expect: { '2.A.1.d': 'controlled' } },
  { id: 's07', description: 'guidance set, accuracy 5% of range', expect: { '2.A.1.d': 'not-controlled' } },

  // --- metal powders for propellants (4.C.2.c-e / 1C111.a.1-2)
  {
    id: 'al01',
    description: 'spherical aluminium powder, 99.7% Al, particle size 30 µm',
    expect: { '4.C.2.c': 'controlled' },
  },
  {
    id: 'al02',
    description: 'atomized spherical aluminum powder 99.5% Al, 250 µm',
    expect: { '4.C.2.c': 'not-controlled' },
  },
  { id: 'al03', description: 'aluminium flake pigment powder, 95% Al', expect: { '4.C.2.c': 'not-controlled' } },
  { id: 'al04', description: 'spherical aluminium powder', expect: { '4.C.2.c': 'possible' } },
  { id: 'zr01', description: 'zirconium powder 98% Zr, particle size 10 µm', expect: { '4.C.2.d': 'controlled' } },
  { id: 'mg01', description: 'magnesium powder 99.8% Mg, 100-200 µm', expect: { '4.C.2.d': 'not-controlled' } },
  { id: 'be01', description: 'beryllium powder, -325 mesh, 99.5%', expect: { '4.C.2.d': 'controlled' } },
  { id: 'bo01', description: 'amorphous boron powder, 95% B, 1 µm', expect: { '4.C.2.e': 'controlled' } },
  { id: 'bo02', description: 'boron powder 80% B, 1 µm', expect: { '4.C.2.e': 'not-controlled' } },

  // --- named propellant chemicals (Item 4)
  { id: 'c01', description: 'HTPB (hydroxyl-terminated polybutadiene) resin, 200 kg drums', expect: { '4.C.5': 'controlled' } },
  { id: 'c02', description: 'ammonium perchlorate, 200 µm', expect: { '4.C.4.b': 'controlled' } },
  { id: 'c03', description: 'dinitrogen tetroxide', expect: { '4.C.4.a': 'controlled' } },
  { id: 'c04', description: 'MON-3 mixed oxides of nitrogen', expect: { '4.C.4.a': 'controlled' } },
  { id: 'c05', description: 'unsymmetrical dimethylhydrazine nitrate', expect: { '4.C.2.b': 'controlled' } },
  { id: 'c06', description: 'hydrazine hydrate 64% hydrazine', expect: { '4.C.2.a': 'not-controlled' } },
  { id: 'c07', description: 'anhydrous hydrazine, 99%', expect: { '4.C.2.a': 'controlled' } },
  { id: 'c08', description: 'triethylene glycol dinitrate (TEGDN)', expect: { '4.C.6': 'controlled' } },
  { id: 'c09', description: 'PBAN polymer binder', expect: { '4.C.5': 'controlled' } },
  { id: 'c10', description: '2-dimethylaminoethylazide (DMAZ)', expect: { '4.C.2.g': 'controlled' } },
  { id: 'c11', description: '2-nitrodiphenylamine stabiliser', expect: { '4.C.6': 'controlled' } },
  { id: 'c12', description: 'polybutadiene rubber for car tyres', expect: {}, none: true },

  // --- ceramics (6.C.5 / 1C107.c, 6.C.6.c / 1C107.f) and carbon-carbon
  {
    id: 'k01',
    description: 'ceramic composite radome material, dielectric constant 5.2 at 10 GHz',
    expect: { '6.C.5': 'controlled' },
  },
  {
    id: 'k02',
    description: 'radome ceramic composite with dielectric constant 7.5',
    expect: { '6.C.5': 'not-controlled' },
  },
  {
    id: 'k03',
    description: 'carbon fibre reinforced ZrB2-SiC ultra high temperature ceramic composite',
    expect: { '6.C.6.c': 'controlled' },
  },
  { id: 'k04', description: 'hafnium carbide powder', expect: { '6.C.6.c': 'not-controlled' } },
  { id: 'k05', description: 'resaturated pyrolysed carbon-carbon material', expect: { '6.C.2': 'possible' } },
  {
    id: 'k06',
    description: 'CVD furnace designed for the densification of carbon-carbon composites',
    expect: { '6.B.4': 'controlled' },
  },

  // --- radiation-hardened microcircuits (18.A.1)
  {
    id: 'rh01',
    description: 'radiation hardened microcircuits, total dose 1 Mrad(Si)',
    expect: { '18.A.1': 'controlled' },
  },
  { id: 'rh02', description: 'radiation-hardened FPGA rated 100 krad(Si)', expect: { '18.A.1': 'not-controlled' } },

  // --- conventional arms (EU Common Military List)
  { id: 'ar01', description: 'AK-47 assault rifles', expect: { ML1: 'controlled' } },
  { id: 'ar02', description: '7.62 mm rifle ammunition', expect: { ML3: 'controlled' } },
  { id: 'ar03', description: 'main battle tanks', expect: { ML6: 'controlled' } },
  { id: 'ar04', description: '155 mm self-propelled howitzers', expect: { ML2: 'controlled' } },

  // --- unrelated goods: nothing may come out controlled or possible
  { id: 'u01', description: 'cotton T-shirts', expect: {}, none: true },
  { id: 'u02', description: 'office furniture: desks and chairs', expect: {}, none: true },
  { id: 'u03', description: 'frozen shrimp, 20 tonnes', expect: {}, none: true },
  { id: 'u04', description: 'stainless steel kitchen sinks 600 x 500 mm', expect: {}, none: true },
  { id: 'u05', description: 'laptop computers with 16 GB RAM', expect: {}, none: true },
  { id: 'u06', description: 'carbon steel pipe, 150 mm diameter, 6 m lengths', expect: {}, none: true },
  { id: 'u07', description: 'tennis rackets with carbon fibre frames', expect: {}, none: true },
  { id: 'u08', description: 'copper wire 2.5 mm2', expect: {}, none: true },
  { id: 'u09', description: 'solar panels 400 W', expect: {}, none: true },
  { id: 'u10', description: 'passenger car tyres 205/55 R16', expect: {}, none: true },
  { id: 'u11', description: 'titanium dioxide pigment', expect: {}, none: true },
  { id: 'u12', description: 'aluminium beverage cans', expect: {}, none: true },
  { id: 'u13', description: 'table salt (sodium chloride), 25 kg bags', expect: {}, none: true },
  { id: 'u14', description: 'wooden pallets 1200 x 800 mm', expect: {}, none: true },
  { id: 'u15', description: 'industrial sewing machines', expect: {}, none: true },
  { id: 'u16', description: 'LED light bulbs, 9 W', expect: {}, none: true },
  { id: 'u17', description: 'printer paper A4, 80 g/m2', expect: {}, none: true },
  { id: 'u18', description: 'mobile phones with 6.1 inch screens', expect: {}, none: true },
  { id: 'u19', description: 'olive oil, 1 litre bottles', expect: {}, none: true },
  { id: 'u20', description: 'children’s toys: plastic building blocks', expect: {}, none: true },
];
