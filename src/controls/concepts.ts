// Materials, products, forms and features as they are named in trade: synonyms, abbreviations,
// chemical names and CAS numbers, each mapped to the concepts the knowledge base is written in.
// Longer names win over shorter ones ("tungsten carbide" is not "tungsten"), so a name is listed
// under the most specific concept that fits.
import type { Condition, FlagName, Form, Infiltrant } from './parameters.js';

export type ConceptKind = 'material' | 'product' | 'form' | 'feature';

export interface ConceptDef {
  ids: string[];
  kind: ConceptKind;
  /** Regular-expression sources, matched case-insensitively on word boundaries. */
  patterns: string[];
  /** Case-sensitive patterns (chemical symbols, abbreviations). */
  exact?: string[];
  form?: Form;
  flags?: Partial<Record<FlagName, boolean>>;
  /** Flags set only when the concept names what the item is for ("designed for missiles"). */
  purposeFlags?: Partial<Record<FlagName, boolean>>;
  condition?: Condition;
  infiltrant?: Infiltrant;
}

const FIBRE = 'fib(?:re|er)s?';
const BEFORE_PRODUCT = '(?=\\s*(?:metal\\s+)?(?:powders?|particles|rods?|bars?|plates?|sheets?|wires?|ingots?|billets?|blocks?|tubes?|crucibles?|discs?))';

const MATERIALS: ConceptDef[] = [
  { ids: ['graphite'], kind: 'material', patterns: ['graphites?', 'iso-?graphite', 'poco graphite'] },
  { ids: ['pyrolytic graphite'], kind: 'material', patterns: ['pyrolytic graphites?', 'pyro-?graphite', 'pyrolyti[cz]ally deposited graphite'] },
  {
    ids: ['reinforced graphite'],
    kind: 'material',
    patterns: [`(?:carbon[- ])?${FIBRE}[- ]reinforced graphites?`, `graphite[- ]${FIBRE}[- ]reinforced`, 'fibrous reinforced graphites?'],
    flags: { fibreReinforced: true },
  },
  { ids: ['carbon-carbon'], kind: 'material', patterns: ['carbon[- /]carbon(?: composites?| materials?)?', 'c/c composites?', 'resaturated pyroly[sz]ed carbon[- ]carbon(?: materials?| composites?)?'], exact: ['C/C', 'C-C'] },
  { ids: ['tungsten'], kind: 'material', patterns: ['tungsten(?: metal| heavy alloys?| alloys?)?', 'wolfram', 'heavy metal alloys?'], exact: [`W${BEFORE_PRODUCT}`, 'WHA'] },
  { ids: ['tungsten carbide'], kind: 'material', patterns: ['tungsten carbides?', 'cemented carbides?', 'hard ?metal'], exact: [`WC${BEFORE_PRODUCT}`] },
  { ids: ['molybdenum'], kind: 'material', patterns: ['molybdenum(?: metal| alloys?)?', 'moly'], exact: [`Mo${BEFORE_PRODUCT}`, 'TZM'] },
  { ids: ['aluminium'], kind: 'material', patterns: ['alumin(?:i)?um(?: metal| alloys?)?'], exact: [`Al${BEFORE_PRODUCT}`] },
  { ids: ['zirconium'], kind: 'material', patterns: ['zirconium(?: metal| alloys?)?'], exact: [`Zr${BEFORE_PRODUCT}`] },
  { ids: ['beryllium'], kind: 'material', patterns: ['beryllium(?: metal| alloys?)?'], exact: [`Be${BEFORE_PRODUCT}`] },
  { ids: ['magnesium'], kind: 'material', patterns: ['magnesium(?: metal| alloys?)?'], exact: [`Mg${BEFORE_PRODUCT}`] },
  { ids: ['boron'], kind: 'material', patterns: ['boron(?: metal| alloys?)?', 'amorphous boron', 'crystalline boron'], exact: [`B${BEFORE_PRODUCT}`] },
  // Compounds named so that their metal's name does not make them that metal.
  {
    ids: ['compound'],
    kind: 'material',
    patterns: [
      'alumin(?:i)?um (?:oxide|hydroxide|nitride|chloride|sulphate|sulfate)',
      'alumina',
      'zirconi(?:a|um (?:oxide|silicate))',
      'magnesi(?:a|um (?:oxide|hydroxide|stearate|sulphate|sulfate))',
      'boron (?:carbide|nitride|oxide)',
      'boric acid',
      'molybdenum (?:disulphide|disulfide|disilicide|trioxide|oxide)',
      'tungsten (?:oxide|trioxide)',
      'ammonium paratungstate',
      'titanium dioxide',
      'sodium chloride',
      // everyday words that would otherwise read as arms
      '(?:cement|masonry|tile|lime|dry|grout) mortars?',
      '(?:ink|toner|printer|filter|water[- ]filter|gas|co2|heater|fuse|vape) cartridges?',
      'bullet (?:points?|journals?|trains?)',
      // a painting process, not a powder for sale
      'powder[- ]coat(?:ing|ed|s)?',
    ],
  },
  { ids: ['maraging steel'], kind: 'material', patterns: ['maraging(?: steels?)?', 'vascomax', '18 ?ni ?\\(?(?:200|250|300|350)\\)?', 'ms ?1\\.2709'] },
  {
    ids: ['duplex stainless'],
    kind: 'material',
    patterns: ['duplex stainless(?: steels?)?', 'ti-?dss', 'duplex steels?', 'austenitic[- ]ferritic stainless(?: steels?)?', 'ferritic[- ]austenitic stainless(?: steels?)?'],
  },
  {
    ids: ['uhtc'],
    kind: 'material',
    patterns: [
      'ultra[- ]high[- ]temperature ceramics?',
      '(?:titanium|zirconium|niobium|hafnium|tantalum) (?:diborides?|carbides?)',
    ],
    exact: ['UHTC', 'UHTCs', 'TiB2', 'ZrB2', 'NbB2', 'HfB2', 'TaB2', 'TiC', 'ZrC', 'NbC', 'HfC', 'TaC'],
  },
  {
    ids: ['sic composite'],
    kind: 'material',
    patterns: ['(?:reinforced )?silicon[- ]carbide (?:reinforced )?(?:ceramic )?(?:matrix )?composites?', 'silicon[- ]carbide[- ]reinforced (?:unfired )?ceramics?'],
    exact: ['SiC/SiC', 'C/SiC', 'SiCf/SiC', 'Cf/SiC'],
    flags: { fibreReinforced: true },
  },
  { ids: ['ceramic composite'], kind: 'material', patterns: ['ceramic(?:[- ]matrix)? composites?(?: materials?)?', 'ceramic composite'] },
  { ids: ['hed fuel'], kind: 'material', patterns: ['boron slurr(?:y|ies)', 'high[- ]energy[- ]density (?:fuels?|materials?)', 'jp-?10', 'cubane', 'mixed fuels?'] },
  {
    ids: ['prepreg'],
    kind: 'material',
    patterns: ['prepregs?', 'pre-?impregnated (?:fib(?:re|er)s?|tapes?|fabrics?|tows?)', 'resin[- ]impregnated fib(?:re|er)s?', 'metal[- ]coated fib(?:re|er) preforms?'],
  },
  { ids: ['hydrazine'], kind: 'material', patterns: ['hydrazine(?: hydrate| monohydrate| anhydrous)?', 'anhydrous hydrazine'], exact: ['N2H4'] },
];

const PRODUCTS: ConceptDef[] = [
  {
    ids: ['gyro'],
    kind: 'product',
    patterns: [
      `(?:${FIBRE}[- ]optic(?:al)? |ring[- ]laser |dynamically[- ]tuned |hemispherical[- ]resonator |mems |rate |laser |vibrating |quartz |integrating |interferometric )*gyro(?:scope)?s?`,
    ],
    exact: ['FOG', 'FOGs', 'IFOG', 'RLG', 'RLGs', 'DTG', 'HRG'],
  },
  { ids: ['accelerometer'], kind: 'product', patterns: ['(?:linear |servo |quartz |pendulous |mems |high[- ]g )*accelerometers?', 'acceleration sensors?'] },
  {
    ids: ['integrated navigation system'],
    kind: 'product',
    patterns: ['integrated navigation (?:systems?|units?)', '(?:gps|gnss)[- ]?aided (?:ins|inertial navigation(?: systems?)?)', '(?:gps|gnss) ?/ ?ins', 'ins ?/ ?(?:gps|gnss)'],
    exact: ['EGI'],
  },
  {
    ids: ['navigation'],
    kind: 'feature',
    patterns: ['inertial navigation(?: systems?| units?)?', 'inertial measurement (?:units?|equipment|systems?)', 'inertial reference (?:units?|systems?)', 'attitude and heading reference systems?', 'gyro-?compass(?:es)?', 'guidance systems?', 'navigation systems?', 'missile guidance'],
    exact: ['INS', 'IMU', 'IMUs', 'IRU', 'IRS', 'AHRS'],
    flags: { navigationUse: true },
  },
  { ids: ['feature'], kind: 'feature', patterns: ['navigation[- ]grade', 'tactical[- ]grade', 'strategic[- ]grade'], flags: { navigationUse: true } },
  {
    ids: ['flow forming machine'],
    kind: 'product',
    patterns: ['flow[- ]?forming machines?', 'flow[- ]?formers?', 'spin[- ]?forming machines?(?: capable of flow[- ]forming)?', 'spinning machines?'],
  },
  {
    ids: ['isostatic press'],
    kind: 'product',
    patterns: ['(?:hot |cold |warm )?isostatic press(?:es)?(?: units?| systems?| equipment)?', '(?:hot |cold )?isostatic pressing (?:units?|systems?|equipment|furnaces?)'],
    exact: ['HIP', 'CIP', 'WIP'],
  },
  {
    ids: ['vibration test system'],
    kind: 'product',
    patterns: ['vibration (?:test(?:ing)?) (?:systems?|equipment|facilit(?:y|ies))', 'shaker systems?', 'vibration tables?'],
    purposeFlags: { vibrationSystemUse: true },
  },
  { ids: ['shaker'], kind: 'product', patterns: ['(?:electrodynamic |hydraulic |electro-dynamic )?shakers?(?: units?)?', 'vibration (?:thrusters?|exciters?|generators?)'] },
  { ids: ['vibration controller'], kind: 'product', patterns: ['(?:digital )?vibration (?:control(?:lers?)?|control systems?)'] },
  { ids: ['test stand'], kind: 'product', patterns: ['(?:static )?(?:test|firing) (?:stands?|benches?|cells?|rigs?)'] },
  { ids: ['rocket context'], kind: 'feature', patterns: ['rockets?'] },
  { ids: ['ball bearing'], kind: 'product', patterns: ['(?:radial |deep[- ]groove |angular[- ]contact |(?:super[- ])?precision |spindle |miniature )*ball bearings?', 'radial bearings?', '(?:deep[- ]groove|angular[- ]contact|spindle) bearings?'], flags: { radialBall: true } },
  // Bearings of unnamed type are candidates too, with the question whether they are radial ball bearings.
  { ids: ['ball bearing'], kind: 'product', patterns: ['(?:super[- ])?precision bearings?', 'bearings?'] },
  { ids: ['thrust bearing'], kind: 'product', patterns: ['thrust (?:ball )?bearings?', '(?:tapered |cylindrical )?roller bearings?'] },
  {
    ids: ['batch mixer'],
    kind: 'product',
    // "vacuum" is left out of the name so that it still answers the vacuum-mixing question.
    patterns: ['(?:vertical |horizontal |double |twin[- ]shaft |propellant )*batch (?:mixers?|kneaders?)'],
  },
  {
    // A planetary mixer's blades turn on shafts that orbit the bowl's axis: they are mounted off centre.
    ids: ['batch mixer'],
    kind: 'product',
    patterns: ['(?:vertical |horizontal |double |propellant )*planetary (?:batch )?(?:mixers?|kneaders?)'],
    flags: { offCentreShaft: true },
  },
  { ids: ['continuous mixer'], kind: 'product', patterns: ['continuous (?:mixers?|kneaders?)'] },
  { ids: ['turbojet'], kind: 'product', patterns: ['turbo[- ]?jets?(?: engines?)?', 'turbo[- ]?fans?(?: engines?)?', 'jet engines?'] },
  {
    ids: ['rocket motor', 'rocket context'],
    kind: 'product',
    patterns: ['(?:solid|liquid|hybrid|gel)?(?:[- ](?:propellant|fuel(?:ed)?))?\\s*rocket (?:motors?|engines?)', '(?:apogee|kick) (?:motors?|engines?)'],
  },
  {
    ids: ['rocket system', 'arms:ML4', 'rocket context'],
    kind: 'product',
    patterns: ['(?:ballistic|tactical|short[- ]range|medium[- ]range|intercontinental|surface[- ]to[- ]surface) missiles?(?: systems?)?'],
    exact: ['SRBM', 'MRBM', 'IRBM', 'ICBM', 'SRBMs', 'MRBMs', 'ICBMs'],
  },
  {
    ids: ['rocket system', 'rocket context'],
    kind: 'product',
    patterns: ['space launch vehicles?', 'sounding rockets?', 'launch vehicles?', 'rocket systems?'],
    exact: ['SLV', 'SLVs'],
    purposeFlags: { launchVehicleUse: true },
  },
  {
    ids: ['rocket system', 'arms:ML4', 'rocket context'],
    kind: 'product',
    patterns: ['missiles?(?: systems?)?'],
    purposeFlags: { designedForMissiles: true },
  },
  { ids: ['uav', 'arms:ML4'], kind: 'product', patterns: ['cruise missiles?'] },
  { ids: ['uav'], kind: 'product', patterns: ['unmanned (?:aerial|air) vehicles?', 'unmanned aircraft(?: systems?)?', 'drones?', 'target drones?'], exact: ['UAV', 'UAVs', 'UAS', 'RPAS'], purposeFlags: { uavUse: true } },
  { ids: ['guidance set'], kind: 'product', patterns: ['guidance (?:sets?|packages?|units?|kits?)'] },
  { ids: ['radome'], kind: 'feature', patterns: ['radomes?'] },
  { ids: ['accelerator'], kind: 'product', patterns: ['(?:electron |linear |particle |industrial )accelerators?', 'linacs?', 'betatrons?', '(?:flash )?x-ray (?:generators?|machines?|sources?)'] },
  { ids: ['wind tunnel'], kind: 'product', patterns: ['(?:supersonic |hypersonic |transonic |subsonic )?wind tunnels?', 'aerodynamic test facilit(?:y|ies)'] },
  {
    ids: ['gnss receiver'],
    kind: 'product',
    patterns: ['(?:gps|gnss|glonass|galileo|beidou|satellite navigation)(?: navigation)? (?:receivers?|receiving equipment|modules?|engines?|chipsets?)'],
  },
  {
    ids: ['cvd furnace'],
    kind: 'product',
    patterns: ['(?:cvd|cvi|chemical vapou?r (?:deposition|infiltration)) (?:furnaces?|reactors?|systems?|equipment)'],
  },
  { ids: ['rad-hard'], kind: 'feature', patterns: ['radiation[- ](?:hardened|hard)', 'rad[- ]?hard(?:ened)?'] },
  {
    ids: ['microcircuit'],
    kind: 'product',
    patterns: ['microcircuits?', 'integrated circuits?', 'microprocessors?', 'processors?', 'microcontrollers?', 'chips?', 'memor(?:y|ies)', 'fpgas?', 'asics?'],
    exact: ['IC', 'ICs'],
  },
  { ids: ['collimator'], kind: 'feature', patterns: ['(?:gamma[- ]ray |radiation )?collimators?', 'counter[- ]?weights?', 'balance weights?', 'ballast weights?'], flags: { collimatorOrWeight: true } },
];

export const CONCEPTS: ConceptDef[] = [...MATERIALS, ...PRODUCTS];
