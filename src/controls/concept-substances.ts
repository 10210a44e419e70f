// Listed substances (MTCR Item 4 propellant chemicals, by name, abbreviation and CAS number) and
// conventional arms (EU Common Military List categories), as concepts.
import type { ConceptDef } from './concepts.js';

const chem = (id: string, patterns: string[], exact: string[] = []): ConceptDef => ({ ids: [id], kind: 'material', patterns, exact });

export const SUBSTANCE_CONCEPTS: ConceptDef[] = [
  // 4.C.4.a liquid propellant oxidisers (1C111.a.3; IRFNA in the Military List)
  chem('liquid oxidiser', ['dinitrogen trioxide', '10544-73-7'], ['N2O3']),
  chem('liquid oxidiser', ['nitrogen dioxide', '10102-44-0', 'dinitrogen tetr?oxide', 'nitrogen tetroxide', '10544-72-6'], ['NO2', 'N2O4', 'NTO']),
  chem('liquid oxidiser', ['dinitrogen pentoxide', '10102-03-1'], ['N2O5']),
  chem('liquid oxidiser', ['mixed oxides of nitrogen', 'mon-?\\d{1,2}'], ['MON']),
  chem('liquid oxidiser', ['inhibited red fuming nitric acid'], ['IRFNA']),
  // 4.C.4.b solid propellant oxidisers (Military List ML8)
  chem('solid oxidiser', ['ammonium perchlorate', '7790-98-9'], ['AP']),
  chem('solid oxidiser', ['ammonium dinitramide', '140456-78-6'], ['ADN']),
  chem('solid oxidiser', ['hydrazinium nitroformate', '20773-28-8'], ['HNF']),
  chem('solid oxidiser', ['cyclotetramethylene[- ]?tetranitramine', 'octogen'], ['HMX']),
  chem('solid oxidiser', ['cyclotrimethylene[- ]?trinitramine', 'hexogen'], ['RDX']),
  chem('solid oxidiser', ['hexanitrohexaazaisowurtzitane', 'cl-20'], ['HNIW']),
  // 4.C.5 polymeric substances (1C111.b)
  chem('propellant polymer', ['carboxy(?:l)?[- ]terminated polybutadiene'], ['CTPB']),
  chem('propellant polymer', ['hydroxy(?:l)?[- ]terminated polybutadiene', '69102-90-5'], ['HTPB']),
  chem('propellant polymer', ['polybutadiene[- ]acrylic acid[- ]acrylonitrile', '25265-19-4', '68891-50-9'], ['PBAN']),
  chem('propellant polymer', ['polybutadiene[- ]acrylic acid'], ['PBAA']),
  chem('propellant polymer', ['polytetrahydrofuran polyethylene glycol'], ['TPEG']),
  // 4.C.6 other propellant additives and agents (1C111.c)
  chem('propellant additive', ['triethylene glycol dinitrate', '111-22-8'], ['TEGDN']),
  chem('propellant additive', ['diethylene glycol dinitrate', '693-21-0'], ['DEGDN']),
  chem('propellant additive', ['2-nitrodiphenylamine', '119-75-5'], ['2-NDPA']),
  chem('propellant additive', ['catocene', '37206-42-1', 'butacene', '125856-62-4', 'n-butyl ferrocene', 'ethyl ferrocene', 'ferrocene carboxylic acid']),
  chem('propellant additive', ['4,5-diazidomethyl-2-methyl-1,2,3-triazole'], ['iso-DAMTR']),
  // 4.C.2.b hydrazine derivatives (1C111.a.4; MMH and UDMH themselves in the Military List)
  chem('hydrazine derivative', [
    'trimethylhydrazine', '1741-01-1', 'tetramethylhydrazine', '6415-12-9', 'n,n-diallylhydrazine', '5164-11-4',
    'allylhydrazine', '7422-78-8', 'ethylene dihydrazine', '6068-98-0', 'monomethylhydrazine dinitrate',
    'unsymmetrical dimethylhydrazine nitrate', 'hydrazinium azide', '14546-44-2', '1,[12]-dimethylhydrazinium azide',
    'hydrazinium dinitrate', '13464-98-7', 'diimido oxalic acid dihydrazine', '3457-37-2',
    '2-hydroxyethylhydrazine nitrate', 'hydrazinium diperchlorate', '13812-39-0', 'methylhydrazine nitrate',
    '29674-96-2', '1,[12]-diethylhydrazine nitrate', '363453-17-2', '3,6-dihydrazino tetrazine nitrate',
    'monomethylhydrazine', '60-34-4', 'unsymmetrical dimethylhydrazine', '1,1-dimethylhydrazine', '57-14-7',
    'hydrazine mononitrate',
  ], ['MMH', 'UDMH', 'HEHN', 'MHN', 'DEHN', 'DHTN']),
  // 4.C.2.g hydrazine replacement fuels (1C111.a.6)
  chem('hydrazine replacement', ['2-dimethylaminoethylazide', '86147-04-8'], ['DMAZ']),
];

const arms = (ids: string[], patterns: string[], exact: string[] = []): ConceptDef => ({ ids, kind: 'product', patterns, exact });

export const ARMS_CONCEPTS: ConceptDef[] = [
  arms(
    ['arms:ML1', 'salw'],
    ['(?:assault |sniper |battle |automatic |semi-automatic |hunting )?rifles?', 'carbines?', 'pistols?', 'revolvers?', '(?:sub-?|heavy |light )?machine[- ]?guns?', 'ak-?47s?', 'akms?', 'kalashnikovs?', 'shotguns?'],
    ['M16', 'M4', 'SMG', 'SMGs'],
  ),
  arms(['arms:ML2', 'arms-heavy'], ['(?:self-propelled |towed )?howitzers?', 'artillery(?: pieces?| systems?| guns?)?', 'mortars?', 'field guns?', 'multiple[- ]rocket launchers?'], ['MLRS']),
  arms(['arms:ML3'], ['ammunition', 'cartridges?', 'artillery shells?', 'projectiles?', 'bullets?']),
  arms(['arms:ML4', 'arms-heavy'], ['(?:anti-tank|anti-ship|anti-aircraft|surface-to-air|air-to-air|air-to-surface|guided) missiles?', 'man-portable air defen[cs]e systems?'], ['MANPADS', 'ATGM', 'ATGMs', 'SAM', 'SAMs']),
  arms(['arms:ML4'], ['(?:aerial |guided )?bombs?', '(?:hand )?grenades?', 'torpedo(?:e)?s?', '(?:land|naval|sea) ?mines?', 'rocket[- ]propelled grenades?'], ['RPG', 'RPGs']),
  arms(['arms:ML6', 'arms-heavy'], ['(?:main )?battle tanks?', 'armou?red (?:personnel carriers?|combat vehicles?|fighting vehicles?)', 'infantry fighting vehicles?'], ['MBT', 'MBTs', 'APC', 'APCs', 'IFV', 'IFVs']),
  arms(['arms:ML9', 'arms-heavy'], ['warships?', 'frigates?', 'corvettes?', 'destroyers?', 'naval vessels?', 'missile boats?', '(?:attack |military )?submarines?']),
  arms(['arms:ML10', 'arms-heavy'], ['fighter(?:[- ]bomber)? (?:aircraft|jets?|planes?)', 'combat aircraft', 'attack helicopters?', 'helicopter gunships?', 'bomber aircraft']),
];
