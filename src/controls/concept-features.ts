// Forms ("cylinders", "powder"), conditions ("solution annealed") and features that answer a
// criterion's question from the description's words ("jacketed" = temperature control).
import type { ConceptDef } from './concepts.js';

export const FORM_CONCEPTS: ConceptDef[] = [
  { ids: ['form'], kind: 'form', form: 'powder', patterns: ['powders?', 'powdered', 'particulates?', 'particles', 'dust', 'granules', 'granulate'] },
  { ids: ['form'], kind: 'form', form: 'powder', patterns: ['flakes?', 'flaky', 'flake pigments?'], flags: { spherical: false } },
  {
    ids: ['form'],
    kind: 'form',
    form: 'tube',
    patterns: ['hollow cylinders?', 'tubes?', 'tubing', 'tubular(?: forms?)?', 'pipes?', 'sleeves?', 'rings?', 'bush(?:es|ings?)', 'crucibles?', 'cylinder segments?', 'hollow'],
  },
  {
    ids: ['form'],
    kind: 'form',
    form: 'cylinder',
    patterns: ['cylinders?', 'cylindrical', 'rods?', 'round bars?', 'rounds', 'discs?', 'disks?', 'pucks?', 'electrodes?'],
  },
  { ids: ['form'], kind: 'form', form: 'block', patterns: ['blocks?', 'bricks?', 'slabs?', 'cubes?', 'billets?', 'blanks?'] },
  { ids: ['form'], kind: 'form', form: 'plate', patterns: ['plates?', 'sheets?', 'strips?', 'coils?'] },
  { ids: ['form'], kind: 'form', form: 'foil', patterns: ['foils?', 'films?', 'gaskets?', 'packings?', 'tapes?', 'papers?', 'flexible', 'expanded', 'exfoliated'] },
  { ids: ['form'], kind: 'form', form: 'bar', patterns: ['bar stock', '(?<!\\d\\s?)bars?', 'ingots?', 'blooms?', 'forgings?'] },
  { ids: ['form'], kind: 'form', form: 'wire', patterns: ['wires?', 'filaments?'] },
  { ids: ['form'], kind: 'form', form: 'fibre', patterns: ['fib(?:re|er)s?', 'tows?', 'yarns?', 'felts?', 'cloths?', 'fabrics?', 'braids?'] },
  { ids: ['form'], kind: 'form', form: 'liquid', patterns: ['liquids?', 'solutions?', 'slurr(?:y|ies)', 'lubricants?', 'greases?', 'paints?', 'sprays?', 'pastes?', 'inks?', 'dispersions?'] },
];

export const FEATURE_CONCEPTS: ConceptDef[] = [
  { ids: ['feature'], kind: 'feature', patterns: ['spherical', 'spheroidal', 'spheres', 'spheroidi[sz]ed'], flags: { spherical: true } },
  { ids: ['feature'], kind: 'feature', patterns: ['irregular', 'angular particles', 'dendritic', 'crushed'], flags: { spherical: false } },
  { ids: ['feature'], kind: 'feature', patterns: ['copper[- ]infiltrated', 'cu[- ]infiltrated', 'infiltrated with copper'], infiltrant: 'copper' },
  { ids: ['feature'], kind: 'feature', patterns: ['silver[- ]infiltrated', 'ag[- ]infiltrated', 'infiltrated with silver'], infiltrant: 'silver' },
  { ids: ['feature'], kind: 'feature', patterns: ['solution[- ](?:annealed|treated)', 'annealed'], condition: 'solution annealed' },
  {
    ids: ['feature'],
    kind: 'feature',
    patterns: ['precipitation[- ]hardened', 'age[- ]hardened', 'aged', 'after age?ing', 'age?ing treated', 'maraged', 'hardened condition'],
    condition: 'precipitation hardened',
  },
  { ids: ['feature'], kind: 'feature', patterns: ['(?:mixing )?under vacuum', 'vacuum(?:[- ]mixing| mixer| capable| tight)?'], flags: { vacuumMixing: true } },
  {
    ids: ['feature'],
    kind: 'feature',
    patterns: ['temperature[- ]control(?:led|s)?', 'jacketed', '(?:heating|cooling|thermal)(?:/cooling)? jackets?', 'temperature[- ]controlled jackets?', 'thermostat(?:ed|ically controlled)'],
    flags: { temperatureControl: true },
  },
  // A planetary mixer's blades turn on shafts that orbit the bowl's axis: they are mounted off centre.
  { ids: ['feature'], kind: 'feature', patterns: ['off[- ]cent(?:re|er)(?:ed)?(?: mixing| kneading)?(?: shafts?| blades?)?', 'eccentric(?:ally mounted)? (?:shafts?|blades?)', 'planetary'], flags: { offCentreShaft: true } },
  { ids: ['feature'], kind: 'feature', patterns: ['numerical(?:ly)? control(?:led)?', 'computer(?:ised|ized)? control(?:led)?'], exact: ['CNC', 'NC'], flags: { numericalControl: true } },
  { ids: ['feature'], kind: 'feature', patterns: ['digital (?:closed[- ]loop )?(?:vibration )?controllers?', 'closed[- ]loop', 'feedback control'], flags: { digitalController: true } },
  {
    ids: ['feature'],
    kind: 'feature',
    patterns: ['(?:the )?three axial thrust components', 'three[- ]axis thrust', '3[- ]axis thrust', '(?:six|6|three|3)[- ]component', 'multi[- ]axis thrust'],
    flags: { threeAxisThrust: true },
  },
  { ids: ['feature'], kind: 'feature', patterns: ['civil(?:ian)?[- ](?:type[- ])?certified', 'certified for civil', 'civil aviation certified', 'faa[- ]certified', 'easa[- ]certified'], flags: { civilCertified: true } },
  {
    ids: ['feature'],
    kind: 'feature',
    patterns: ['nuclear reactors?', 'reactor moderators?', 'moderator', 'reactor[- ]grade', 'reactor cores?', 'reactor reflectors?', 'for (?:a |the )?reactors?'],
    flags: { nuclearReactorUse: true },
  },
  { ids: ['feature'], kind: 'feature', patterns: ['missile[- ]grade'], flags: { designedForMissiles: true } },
  { ids: ['feature'], kind: 'feature', patterns: ['airborne', 'avionics?', 'aircraft'], flags: { airborne: true } },
  { ids: ['feature'], kind: 'feature', patterns: ['anti-?jam(?:ming)?', 'null[- ]steering', 'controlled reception pattern antennas?', 'beam[- ]steering'], exact: ['CRPA'], flags: { antiJam: true } },
  { ids: ['feature'], kind: 'feature', patterns: ['m-?code', 'military (?:codes?|signals?)', 'encrypted (?:codes?|signals?)'], exact: ['P(Y)', 'SAASM', 'PRS'], flags: { militaryDecryption: true } },
  {
    ids: ['feature'],
    kind: 'feature',
    patterns: ['rocket nozzles?', 'nozzle throats?', 'throat inserts?', 'nose ?tips?', 'nozzle inserts?', 'exit cones?', 're-?entry vehicles?'],
    flags: { usableForNozzles: true },
  },
  { ids: ['feature'], kind: 'feature', patterns: ['measurement[- ]while[- ]drilling', 'down[- ]?hole', 'well logging'], exact: ['MWD'], flags: { mwd: true } },
  {
    ids: ['feature'],
    kind: 'feature',
    patterns: ['densification of carbon[- /]carbon(?: composites?)?', 'carbon[- /]carbon densification', 'c/c densification'],
    flags: { ccDensification: true },
  },
  { ids: ['feature'], kind: 'feature', patterns: [`fib(?:re|er)[- ]reinforced`, '(?:fib(?:re|er)|filament)s? reinforced', 'continuous fib(?:re|er)s?'], exact: ['Cf/', 'SiCf/'], flags: { fibreReinforced: true } },
];
