// The parameters that control-list criteria are written in: their kind, the unit they are shown in
// (the legal text's unit), and the question to ask when a description does not give them.
import type { Kind } from './units.js';

export interface NumParamDef {
  label: string;
  kind: Kind | 'number';
  unit: string;
  /** Distribution sizes ("particle size 2-5 µm"): the largest size is the one the criterion reads. */
  distribution?: boolean;
}

export const NUM_PARAMS = {
  density: { label: 'bulk density', kind: 'density', unit: 'g/cm3' },
  grainSize: { label: 'grain size', kind: 'length', unit: 'µm', distribution: true },
  particleSize: { label: 'particle size', kind: 'length', unit: 'µm', distribution: true },
  d90: { label: 'particle size of 90% of the particles (D90)', kind: 'length', unit: 'µm' },
  d50: { label: 'median particle size (D50)', kind: 'length', unit: 'µm' },
  fineFraction: { label: 'share by weight of particles under 63 µm', kind: 'fraction', unit: '%' },
  purity: { label: 'content of the main element by weight', kind: 'fraction', unit: '%' },
  chromium: { label: 'chromium content by weight', kind: 'fraction', unit: '%' },
  nickel: { label: 'nickel content by weight', kind: 'fraction', unit: '%' },
  titanium: { label: 'titanium content by weight', kind: 'fraction', unit: '%' },
  austenite: { label: 'austenite share by volume', kind: 'fraction', unit: '%' },
  boronEquivalent: { label: 'boron equivalent', kind: 'fraction', unit: 'ppm' },
  mass: { label: 'mass', kind: 'mass', unit: 'kg' },
  diameter: { label: 'diameter', kind: 'length', unit: 'mm' },
  innerDiameter: { label: 'inner diameter', kind: 'length', unit: 'mm' },
  wallThickness: { label: 'wall thickness', kind: 'length', unit: 'mm' },
  length: { label: 'length', kind: 'length', unit: 'mm' },
  width: { label: 'width', kind: 'length', unit: 'mm' },
  thickness: { label: 'thickness', kind: 'length', unit: 'mm' },
  chamberDiameter: { label: 'chamber inside diameter', kind: 'length', unit: 'mm' },
  pressure: { label: 'maximum working pressure', kind: 'pressure', unit: 'MPa' },
  temperature: { label: 'maximum temperature', kind: 'temperature', unit: '°C' },
  tensileStrength: { label: 'ultimate tensile strength', kind: 'pressure', unit: 'GPa' },
  driftRate: { label: 'drift rate stability', kind: 'angularRate', unit: '°/h' },
  biasRepeatability: { label: 'bias repeatability', kind: 'acceleration', unit: 'µg' },
  scaleFactorRepeatability: { label: 'scale factor repeatability', kind: 'fraction', unit: 'ppm' },
  acceleration: { label: 'acceleration', kind: 'acceleration', unit: 'g' },
  force: { label: 'force', kind: 'force', unit: 'kN' },
  frequencyMin: { label: 'lowest frequency', kind: 'frequency', unit: 'Hz' },
  frequencyMax: { label: 'highest frequency', kind: 'frequency', unit: 'Hz' },
  controlBandwidth: { label: 'real-time control bandwidth', kind: 'frequency', unit: 'kHz' },
  thrust: { label: 'thrust', kind: 'force', unit: 'kN' },
  totalImpulse: { label: 'total impulse', kind: 'impulse', unit: 'MN·s' },
  range: { label: 'range', kind: 'length', unit: 'km' },
  payload: { label: 'payload', kind: 'mass', unit: 'kg' },
  cep: { label: 'CEP', kind: 'length', unit: 'm' },
  accuracyFraction: { label: 'accuracy as a share of range', kind: 'fraction', unit: '%' },
  sfc: { label: 'specific fuel consumption', kind: 'sfc', unit: 'kg/(N·h)' },
  dryWeight: { label: 'dry weight', kind: 'mass', unit: 'kg' },
  rotorDiameter: { label: 'first-stage rotor diameter', kind: 'length', unit: 'm' },
  volume: { label: 'total volumetric capacity', kind: 'volume', unit: 'L' },
  dielectricConstant: { label: 'dielectric constant', kind: 'number', unit: '' },
  meltingPoint: { label: 'melting point', kind: 'temperature', unit: '°C' },
  totalDose: { label: 'total dose rating', kind: 'dose', unit: 'rad(Si)' },
  bearingGrade: { label: 'tolerance class (as ABEC grade)', kind: 'number', unit: 'ABEC' },
  electronEnergy: { label: 'electron energy', kind: 'energy', unit: 'MeV' },
  mach: { label: 'Mach number', kind: 'number', unit: '' },
  speed: { label: 'speed', kind: 'velocity', unit: 'm/s' },
  energyPerMass: { label: 'mass-based energy density', kind: 'energyPerMass', unit: 'MJ/kg' },
  energyPerVolume: { label: 'volume-based energy density', kind: 'energyPerVolume', unit: 'GJ/m3' },
  modulus: { label: 'tensile modulus', kind: 'pressure', unit: 'GPa' },
  specificStrength: { label: "specific tensile strength", kind: 'length', unit: 'm' },
  specificModulus: { label: 'specific modulus', kind: 'length', unit: 'm' },
  axes: { label: 'axes coordinated simultaneously for contouring control', kind: 'number', unit: '' },
  rollers: { label: 'rollers (active or guiding)', kind: 'number', unit: '' },
} satisfies Record<string, NumParamDef>;

export type NumParam = keyof typeof NUM_PARAMS;

export const FLAGS = {
  spherical: 'spherical or spheroidal particles',
  radialBall: 'a radial ball bearing',
  numericalControl: 'equipped with, or capable of being equipped with, numerical or computer control',
  uavUse: 'designed or modified for unmanned aerial vehicles',
  airborne: 'designed or modified for airborne applications',
  antiJam: 'specially designed with anti-jam features (e.g. null steering or electronically steerable antenna)',
  militaryDecryption: "employing decryption for a military or governmental 'navigation satellite system' signal",
  nuclearReactorUse: 'for use in a nuclear reactor',
  navigationUse: 'designed for inertial navigation or guidance systems',
  designedForMissiles: "designed or modified for 'missiles'",
  usableForNozzles: 'usable for rocket nozzles or re-entry vehicle nose tips',
  launchVehicleUse: 'designed for space launch vehicles or sounding rockets',
  vacuumMixing: 'designed or modified for mixing under vacuum (0 to 13.326 kPa)',
  temperatureControl: 'capable of controlling the temperature of the mixing chamber',
  offCentreShaft: 'at least one mixing/kneading shaft mounted off centre',
  digitalController: 'feedback or closed-loop control with a digital controller',
  vibrationSystemUse: 'designed for use with vibration test systems of 2B116.a',
  threeAxisThrust: 'capable of simultaneously measuring the three axial thrust components',
  civilCertified: 'civil certified engine',
  mwd: 'specially designed as a measurement-while-drilling (MWD) sensor',
  collimatorOrWeight: 'specially designed as a weight or gamma-ray collimator',
  fibreReinforced: 'reinforced with fibres or filaments (composite form)',
  ccDensification: 'designed or modified for the densification of carbon-carbon composites',
} as const;

export type FlagName = keyof typeof FLAGS;

/** Named values: the material, the form, the heat-treatment condition, the infiltrant. */
export const FORMS = [
  'powder',
  'cylinder',
  'tube',
  'block',
  'plate',
  'bar',
  'wire',
  'foil',
  'fibre',
  'liquid',
] as const;
export type Form = (typeof FORMS)[number];

export const SOLID_FORMS: Form[] = ['cylinder', 'tube', 'block', 'plate', 'bar', 'wire', 'foil'];

/** Stock that can hold a piece 50 mm thick: wire and foil never can. */
export const STOCK_FORMS: Form[] = ['cylinder', 'tube', 'block', 'plate', 'bar'];

export const CONDITIONS = ['solution annealed', 'precipitation hardened'] as const;
export type Condition = (typeof CONDITIONS)[number];

// 'none': a sintered alloy (tungsten heavy alloy), not an infiltrated composite.
export const INFILTRANTS = ['copper', 'silver', 'none'] as const;
export type Infiltrant = (typeof INFILTRANTS)[number];

export function isNumParam(name: string): name is NumParam {
  return Object.hasOwn(NUM_PARAMS, name);
}

export function isFlag(name: string): name is FlagName {
  return Object.hasOwn(FLAGS, name);
}
