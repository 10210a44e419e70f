// Units as they are written in trade documents and legal texts, with their conversion to SI.
// Criteria and extracted values are compared in SI; each parameter is shown in the unit of the legal
// text. A few spellings are ambiguous ("g" is a gram or an acceleration, "µg" a microgram or a
// micro-g): those carry a second reading that context decides.

export type Kind =
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'density'
  | 'arealDensity'
  | 'fraction'
  | 'pressure'
  | 'temperature'
  | 'angularRate'
  | 'angularRandomWalk'
  | 'acceleration'
  | 'force'
  | 'frequency'
  | 'impulse'
  | 'velocity'
  | 'energy'
  | 'energyPerMass'
  | 'energyPerVolume'
  | 'dose'
  | 'sfc'
  | 'power'
  | 'data';

export interface UnitDef {
  /** The canonical symbol, used for display. */
  symbol: string;
  /** Spellings, matched case-sensitively unless `ci`; longer spellings win. */
  spellings: string[];
  kind: Kind;
  /** SI value = value * factor + offset. */
  factor: number;
  offset?: number;
  ci?: boolean;
  /** A second reading of the same spelling, chosen by context. */
  alt?: { kind: Kind; factor: number; symbol: string };
}

const G0 = 9.80665; // standard gravity, m/s2
const DEG = Math.PI / 180;

export const UNITS: UnitDef[] = [
  // length
  { symbol: 'µm', spellings: ['µm', 'μm', 'um', 'micron', 'microns', 'micrometre', 'micrometres', 'micrometer', 'micrometers', 'microm'], kind: 'length', factor: 1e-6, ci: true },
  { symbol: 'nm', spellings: ['nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers'], kind: 'length', factor: 1e-9 },
  { symbol: 'mm', spellings: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], kind: 'length', factor: 1e-3, ci: true },
  { symbol: 'cm', spellings: ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], kind: 'length', factor: 1e-2 },
  { symbol: 'm', spellings: ['m', 'metre', 'metres', 'meter', 'meters'], kind: 'length', factor: 1 },
  { symbol: 'km', spellings: ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], kind: 'length', factor: 1e3, ci: true },
  { symbol: 'in', spellings: ['in.', 'inch', 'inches', '″', '"'], kind: 'length', factor: 0.0254, ci: true },
  { symbol: 'ft', spellings: ['ft', 'feet', 'foot'], kind: 'length', factor: 0.3048 },
  { symbol: 'nmi', spellings: ['nmi', 'nautical miles', 'nautical mile'], kind: 'length', factor: 1852, ci: true },
  { symbol: 'mi', spellings: ['mi', 'miles', 'mile'], kind: 'length', factor: 1609.344, ci: true },
  // area, areal density: recognised so that "2.5 mm2" or "80 g/m2" are not read as a length or a mass
  { symbol: 'mm2', spellings: ['mm2', 'mm²', 'sq mm', 'sq. mm'], kind: 'area', factor: 1e-6 },
  { symbol: 'cm2', spellings: ['cm2', 'cm²'], kind: 'area', factor: 1e-4 },
  { symbol: 'm2', spellings: ['m2', 'm²', 'sq m'], kind: 'area', factor: 1 },
  { symbol: 'g/m2', spellings: ['g/m2', 'g/m²', 'gsm'], kind: 'arealDensity', factor: 1e-3 },
  // volume
  { symbol: 'L', spellings: ['L', 'l', 'litre', 'litres', 'liter', 'liters', 'ltr', 'lt'], kind: 'volume', factor: 1e-3 },
  { symbol: 'mL', spellings: ['ml', 'mL', 'millilitre', 'milliliter', 'millilitres', 'milliliters'], kind: 'volume', factor: 1e-6 },
  { symbol: 'gal', spellings: ['gal', 'gallon', 'gallons', 'US gal'], kind: 'volume', factor: 3.785411784e-3, ci: true },
  { symbol: 'm3', spellings: ['m3', 'm³', 'cubic metre', 'cubic meter', 'cubic metres', 'cubic meters'], kind: 'volume', factor: 1 },
  { symbol: 'cm3', spellings: ['cm3', 'cm³', 'cc'], kind: 'volume', factor: 1e-6 },
  // mass
  { symbol: 'kg', spellings: ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos'], kind: 'mass', factor: 1, ci: true },
  { symbol: 'g', spellings: ['g', 'gram', 'grams'], kind: 'mass', factor: 1e-3, alt: { kind: 'acceleration', factor: G0, symbol: 'g' } },
  { symbol: 'mg', spellings: ['mg'], kind: 'mass', factor: 1e-6, alt: { kind: 'acceleration', factor: 1e-3 * G0, symbol: 'mg' } },
  { symbol: 'µg', spellings: ['µg', 'μg', 'ug'], kind: 'mass', factor: 1e-9, alt: { kind: 'acceleration', factor: 1e-6 * G0, symbol: 'µg' } },
  { symbol: 't', spellings: ['t', 'tonne', 'tonnes', 'ton', 'tons', 'MT', 'mt'], kind: 'mass', factor: 1000 },
  { symbol: 'lb', spellings: ['lb', 'lbs', 'pound', 'pounds'], kind: 'mass', factor: 0.45359237 },
  // density
  { symbol: 'g/cm3', spellings: ['g/cm3', 'g/cm³', 'g/cc', 'gm/cc', 'g/ccm', 'g cm-3', 'g·cm-3', 'g·cm⁻³', 'g cm⁻³', 'g/ml', 'g/mL', 'g/cm^3', 'gr/cm3', 'gr/cc'], kind: 'density', factor: 1000, ci: true },
  { symbol: 'kg/m3', spellings: ['kg/m3', 'kg/m³', 'kg m-3', 'kg/m^3'], kind: 'density', factor: 1, ci: true },
  // fraction
  { symbol: '%', spellings: ['%', 'wt%', 'wt.%', 'wt %', 'wt. %', 'weight %', 'weight%', 'mass%', 'mass %', '% by weight', '% by wt', '% wt', 'percent', 'per cent', 'pct', 'vol%', 'vol.%', 'vol %', '% by volume'], kind: 'fraction', factor: 0.01, ci: true },
  { symbol: 'ppm', spellings: ['ppm', 'ppmw', 'ppm wt', 'parts per million'], kind: 'fraction', factor: 1e-6, ci: true },
  { symbol: 'ppb', spellings: ['ppb', 'parts per billion'], kind: 'fraction', factor: 1e-9, ci: true },
  // pressure and stress
  { symbol: 'Pa', spellings: ['Pa'], kind: 'pressure', factor: 1 },
  { symbol: 'kPa', spellings: ['kPa', 'KPa', 'kpa'], kind: 'pressure', factor: 1e3 },
  { symbol: 'MPa', spellings: ['MPa', 'Mpa', 'MPA', 'mpa', 'N/mm2', 'N/mm²', 'N/mm^2'], kind: 'pressure', factor: 1e6 },
  { symbol: 'GPa', spellings: ['GPa', 'Gpa', 'GPA', 'gpa'], kind: 'pressure', factor: 1e9 },
  { symbol: 'bar', spellings: ['bar', 'bars', 'barg'], kind: 'pressure', factor: 1e5, ci: true },
  { symbol: 'psi', spellings: ['psi', 'psig', 'lbf/in2', 'lb/in2'], kind: 'pressure', factor: 6894.757293168, ci: true },
  { symbol: 'ksi', spellings: ['ksi'], kind: 'pressure', factor: 6894757.293168, ci: true },
  { symbol: 'atm', spellings: ['atm'], kind: 'pressure', factor: 101325, ci: true },
  // temperature
  { symbol: '°C', spellings: ['°C', '° C', 'ºC', 'º C', '℃', 'degC', 'deg C', 'deg. C', 'degrees C', 'degrees Celsius', 'degree Celsius', 'Celsius', 'oC'], kind: 'temperature', factor: 1, offset: 273.15 },
  { symbol: 'K', spellings: ['K', 'kelvin', 'Kelvin'], kind: 'temperature', factor: 1 },
  { symbol: '°F', spellings: ['°F', '° F', 'ºF', '℉', 'degF', 'deg F', 'degrees F', 'Fahrenheit'], kind: 'temperature', factor: 5 / 9, offset: 273.15 - (32 * 5) / 9 },
  // angular rate, and angle random walk (recognised so that "°/√h" is not read as a drift rate)
  { symbol: '°/h', spellings: ['°/h', '°/hr', '°/hour', 'º/h', 'º/hr', '° /h', '° per hour', 'deg/h', 'deg/hr', 'deg/hour', 'deg./hr', 'deg h-1', 'degree/hour', 'degrees/hour', 'degree per hour', 'degrees per hour', 'dph'], kind: 'angularRate', factor: DEG / 3600, ci: true },
  { symbol: '°/s', spellings: ['°/s', '°/sec', 'º/s', 'deg/s', 'deg/sec', 'degree/s', 'degrees/s', 'degrees/second', 'degrees per second', 'dps'], kind: 'angularRate', factor: DEG, ci: true },
  { symbol: 'rad/s', spellings: ['rad/s', 'rad/sec'], kind: 'angularRate', factor: 1, ci: true },
  { symbol: '°/√h', spellings: ['°/√h', '°/√hr', 'deg/√h', 'deg/√hr', 'deg/rt-hr', 'deg/rthr', 'deg/sqrt(h)', 'deg/sqrt(hr)', '°/sqrt(h)'], kind: 'angularRandomWalk', factor: 1, ci: true },
  // acceleration
  { symbol: 'g', spellings: ['g rms', 'grms', 'g-rms', 'g (rms)', 'gRMS', 'g RMS', 'gn', 'G', 'gee', "g's"], kind: 'acceleration', factor: G0 },
  { symbol: 'µg', spellings: ['micro g', 'micro-g', 'microg', 'micro-gee'], kind: 'acceleration', factor: 1e-6 * G0, ci: true },
  { symbol: 'mg', spellings: ['milli g', 'milli-g'], kind: 'acceleration', factor: 1e-3 * G0, ci: true },
  { symbol: 'm/s2', spellings: ['m/s2', 'm/s²', 'm/s^2', 'm s-2'], kind: 'acceleration', factor: 1 },
  // force
  { symbol: 'N', spellings: ['N', 'newton', 'newtons'], kind: 'force', factor: 1 },
  { symbol: 'kN', spellings: ['kN', 'KN', 'kn'], kind: 'force', factor: 1e3 },
  { symbol: 'MN', spellings: ['MN'], kind: 'force', factor: 1e6 },
  { symbol: 'lbf', spellings: ['lbf', 'lb-f', 'lbs thrust', 'lb thrust'], kind: 'force', factor: 4.4482216152605 },
  { symbol: 'kgf', spellings: ['kgf'], kind: 'force', factor: G0 },
  // frequency
  { symbol: 'Hz', spellings: ['Hz', 'hz', 'HZ', 'hertz'], kind: 'frequency', factor: 1 },
  { symbol: 'kHz', spellings: ['kHz', 'KHz', 'khz'], kind: 'frequency', factor: 1e3 },
  { symbol: 'MHz', spellings: ['MHz', 'Mhz'], kind: 'frequency', factor: 1e6 },
  { symbol: 'GHz', spellings: ['GHz', 'Ghz'], kind: 'frequency', factor: 1e9 },
  // total impulse
  { symbol: 'N·s', spellings: ['N·s', 'N-s', 'Ns', 'N s', 'N.s', 'N*s'], kind: 'impulse', factor: 1 },
  { symbol: 'kN·s', spellings: ['kN·s', 'kN-s', 'kNs', 'kN s', 'kN.s'], kind: 'impulse', factor: 1e3 },
  { symbol: 'MN·s', spellings: ['MN·s', 'MN-s', 'MNs', 'MN s', 'MN.s'], kind: 'impulse', factor: 1e6 },
  { symbol: 'lbf·s', spellings: ['lbf·s', 'lbf-s', 'lbf-sec', 'lb-s', 'lb-sec', 'lbf s'], kind: 'impulse', factor: 4.4482216152605 },
  // velocity
  { symbol: 'm/s', spellings: ['m/s', 'm/sec', 'm s-1'], kind: 'velocity', factor: 1 },
  { symbol: 'km/h', spellings: ['km/h', 'km/hr', 'kph'], kind: 'velocity', factor: 1 / 3.6, ci: true },
  { symbol: 'km/s', spellings: ['km/s'], kind: 'velocity', factor: 1000 },
  { symbol: 'nmi/h', spellings: ['nm/hr', 'nm/h', 'nmi/hr', 'nmi/h', 'NM/hr', 'NM/h', 'knots', 'knot'], kind: 'velocity', factor: 1852 / 3600 },
  // particle energy (accelerators) and energy densities (high energy density fuels)
  { symbol: 'keV', spellings: ['keV'], kind: 'energy', factor: 1.602176634e-16 },
  { symbol: 'MeV', spellings: ['MeV', 'Mev', 'MEV'], kind: 'energy', factor: 1.602176634e-13 },
  { symbol: 'GeV', spellings: ['GeV'], kind: 'energy', factor: 1.602176634e-10 },
  { symbol: 'MJ/kg', spellings: ['MJ/kg', 'MJ kg-1', 'MJ·kg-1'], kind: 'energyPerMass', factor: 1e6 },
  { symbol: 'kJ/kg', spellings: ['kJ/kg'], kind: 'energyPerMass', factor: 1e3 },
  { symbol: 'J/kg', spellings: ['J/kg'], kind: 'energyPerMass', factor: 1 },
  { symbol: 'GJ/m3', spellings: ['GJ/m3', 'GJ/m³', 'GJ m-3'], kind: 'energyPerVolume', factor: 1e9 },
  { symbol: 'MJ/L', spellings: ['MJ/L', 'MJ/l', 'MJ/litre', 'MJ/liter'], kind: 'energyPerVolume', factor: 1e9 },
  { symbol: 'J/m3', spellings: ['J/m3', 'J/m³'], kind: 'energyPerVolume', factor: 1 },
  // absorbed dose (silicon)
  { symbol: 'rad(Si)', spellings: ['rad(Si)', 'rads(Si)', 'rad (Si)', 'rads (Si)', 'rad', 'rads'], kind: 'dose', factor: 0.01 },
  { symbol: 'krad(Si)', spellings: ['krad(Si)', 'krad (Si)', 'krads(Si)', 'krad', 'krads'], kind: 'dose', factor: 10 },
  { symbol: 'Mrad(Si)', spellings: ['Mrad(Si)', 'Mrad (Si)', 'Mrads(Si)', 'Mrad', 'Mrads'], kind: 'dose', factor: 1e4 },
  { symbol: 'Gy(Si)', spellings: ['Gy(Si)', 'Gy (Si)', 'Gy'], kind: 'dose', factor: 1 },
  { symbol: 'kGy(Si)', spellings: ['kGy(Si)', 'kGy (Si)', 'kGy'], kind: 'dose', factor: 1e3 },
  // specific fuel consumption, in kg per newton per hour as the legal text writes it
  { symbol: 'kg/(N·h)', spellings: ['kg/(N·h)', 'kg/(N h)', 'kg/(N.h)', 'kg/(N*h)', 'kg/N/h', 'kg/N/hr', 'kg/N·h', 'kg/N-h', 'kg/Nh', 'kg N-1 h-1', 'kg/(N·hr)'], kind: 'sfc', factor: 1 / 3600, ci: true },
  { symbol: 'lb/(lbf·h)', spellings: ['lb/(lbf·h)', 'lb/(lbf h)', 'lb/lbf/h', 'lb/lbf/hr', 'lb/lbf-hr', 'lb/lbf·h', 'lb/lbf.h'], kind: 'sfc', factor: 0.45359237 / 4.4482216152605 / 3600, ci: true },
  // power, data: recognised only so that "400 W" or "16 GB" are not mistaken for something else
  // A bare "W" is left out: in these texts it is tungsten ("99.9% W", "90W-7Ni-3Fe") more often than watts.
  { symbol: 'W', spellings: ['watt', 'watts'], kind: 'power', factor: 1 },
  { symbol: 'kW', spellings: ['kW', 'KW'], kind: 'power', factor: 1e3 },
  { symbol: 'MW', spellings: ['MW'], kind: 'power', factor: 1e6 },
  { symbol: 'GB', spellings: ['GB', 'MB', 'TB', 'kB', 'KB'], kind: 'data', factor: 1 },
];

const BY_SYMBOL = new Map<string, UnitDef>();
for (const u of UNITS) if (!BY_SYMBOL.has(`${u.kind}:${u.symbol}`)) BY_SYMBOL.set(`${u.kind}:${u.symbol}`, u);

/** The unit used to show a parameter, looked up by kind and symbol ('g' exists as mass and acceleration). */
export function unitFor(kind: Kind, symbol: string): UnitDef {
  const u = BY_SYMBOL.get(`${kind}:${symbol}`) ?? altUnit(kind, symbol);
  if (!u) throw new Error(`no unit ${symbol} of kind ${kind}`);
  return u;
}

function altUnit(kind: Kind, symbol: string): UnitDef | undefined {
  for (const u of UNITS) {
    if (u.alt && u.alt.kind === kind && u.alt.symbol === symbol) {
      return { symbol, spellings: [], kind, factor: u.alt.factor };
    }
  }
  return undefined;
}

export function toSI(value: number, unit: UnitDef): number {
  return value * unit.factor + (unit.offset ?? 0);
}

export function fromSI(si: number, unit: UnitDef): number {
  return (si - (unit.offset ?? 0)) / unit.factor;
}

/** A number as people write it: at most 4 significant digits, no trailing zeros, no float noise. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n !== 0 && (Math.abs(n) >= 1e7 || Math.abs(n) < 1e-4)) return n.toExponential(3).replace(/\.?0+e/, 'e');
  const s = Number(n.toPrecision(Math.abs(n) >= 1e4 ? Math.ceil(Math.log10(Math.abs(n))) + 1 : 4)).toString();
  return s;
}

export function formatSI(si: number, unit: UnitDef): string {
  const v = fromSI(si, unit);
  const sep = unit.symbol === '%' || unit.symbol.startsWith('°') ? '' : ' ';
  return `${formatNumber(v)}${sep}${unit.symbol}`;
}

/** Parses a unit spelling; for explicit parameters ("1.85 g/cm3", "20um"). */
export function findUnit(spelling: string): UnitDef | undefined {
  const s = spelling.trim();
  const exact = UNITS.find((u) => u.spellings.includes(s));
  if (exact) return exact;
  const lower = s.toLowerCase();
  return UNITS.find((u) => u.ci && u.spellings.some((sp) => sp.toLowerCase() === lower));
}
