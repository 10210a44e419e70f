// Conventional arms by EU Common Military List category, named by what they are: enough to tell
// which UN arms embargo covers a shipment (heavy categories of the UN Register, small arms, all arms).
import type { Entry } from '../types.js';
import { ML_SOURCE, named } from './build.js';

const ml = (entry: string, title: string): Entry => ({
  regime: 'ML',
  entry,
  category: null,
  eu: entry,
  title,
  subject: { any: [`arms:${entry}`] },
  criteria: [named([`arms:${entry}`], `named as ${title.toLowerCase()}`)],
  classes: ['arms'],
  source: ML_SOURCE,
});

export const ARMS_ENTRIES: Entry[] = [
  ml('ML1', 'Smooth-bore weapons with a calibre of less than 20 mm, other arms and automatic weapons with a calibre of 12,7 mm or less'),
  ml('ML2', 'Smooth-bore weapons with a calibre of 20 mm or more, other weapons or armament with a calibre greater than 12,7 mm'),
  ml('ML3', 'Ammunition and fuze setting devices'),
  ml('ML4', 'Bombs, torpedoes, rockets, missiles, other explosive devices and charges'),
  ml('ML6', 'Ground vehicles and components (tanks, armoured vehicles)'),
  ml('ML9', 'Vessels of war, special naval equipment'),
  ml('ML10', 'Aircraft, unmanned aerial vehicles, aero-engines and aircraft equipment'),
];
