// UN measures on the DPRK: 1718 (heavy arms, the NSG, MTCR and related lists, luxury goods, both
// directions), 1874 (all arms except small arms and light weapons, which need notice) and 2270 (all
// arms). All remain in force; the Panel of Experts lapsed on 30 Apr 2024, the measures did not.
import type { Measure } from './types.js';

const EXCERPTS = 'unscr_excerpts.md';
const PRESS_1718 = `un.org press SC/8853; ${EXCERPTS}`;

export const DPRK_MEASURES: Measure[] = [
  {
    id: 'KP-1718-8a', country: 'KP', resolution: 'S/RES/1718 (2006)', paragraph: '8(a)(i)-(ii)',
    kind: 'prohibition', direction: 'to',
    scope: {
      classes: ['arms-heavy', 'mtcr', 'nsg1', 'nsg2'],
      text: 'the seven UN Register categories and related materiel; items in S/2006/814 (NSG), S/2006/815 (MTCR) and S/2006/816',
    },
    from: '2006-10-14',
    citation: {
      quote: 'prohibited the provision of large-scale arms, nuclear technology and related training ... as well as luxury goods',
      source: `${PRESS_1718} [para 8(a) detail: knowledge]`,
    },
    verification: 'quoted',
  },
  {
    id: 'KP-1718-8a-iii', country: 'KP', resolution: 'S/RES/1718 (2006)', paragraph: '8(a)(iii)',
    kind: 'prohibition', direction: 'to',
    scope: { classes: [], text: 'luxury goods (not decided by item screening: check national luxury-goods lists)' },
    from: '2006-10-14',
    citation: { quote: 'as well as luxury goods', source: PRESS_1718 },
    verification: 'quoted',
  },
  {
    id: 'KP-1718-8b', country: 'KP', resolution: 'S/RES/1718 (2006)', paragraph: '8(b)',
    kind: 'prohibition', direction: 'from',
    scope: { classes: ['arms-heavy', 'mtcr', 'nsg1', 'nsg2'], text: 'the same items from the DPRK (the DPRK shall cease their export)' },
    from: '2006-10-14',
    citation: { quote: '8(b) DPRK shall cease export of those items', source: `S/RES/1718 (2006) para 8(b) [knowledge]; ${EXCERPTS}` },
    verification: 'knowledge',
  },
  {
    id: 'KP-1718-8d', country: 'KP', resolution: 'S/RES/1718 (2006)', paragraph: '8(d)-(e)',
    kind: 'asset-freeze', direction: 'to',
    scope: { classes: [], listedParties: true, text: 'asset freeze and travel ban on designated persons and entities' },
    from: '2006-10-14',
    citation: { quote: 'asset freeze and travel ban', source: PRESS_1718 },
    verification: 'quoted',
  },
  {
    id: 'KP-1874-9', country: 'KP', resolution: 'S/RES/1874 (2009)', paragraph: '9',
    kind: 'prohibition', direction: 'from',
    scope: { classes: ['arms'], text: 'all arms and related materiel from the DPRK' },
    from: '2009-06-12',
    citation: { quote: 'extends the 1718 para 8(b) ban to all arms and related materiel', source: `S/RES/1874 (2009) para 9 [knowledge]; ${EXCERPTS}` },
    verification: 'knowledge',
  },
  {
    id: 'KP-1874-10', country: 'KP', resolution: 'S/RES/1874 (2009)', paragraph: '10',
    kind: 'prohibition', direction: 'to',
    scope: { classes: ['arms'], exceptClasses: ['salw'], text: 'all arms and related materiel except small arms and light weapons' },
    from: '2009-06-12',
    citation: { quote: 'embargo extended to all arms "...except for small arms and light weapons and their related materiel"', source: `S/RES/1874 (2009) para 10 (unsanctionsapp); ${EXCERPTS}` },
    verification: 'quoted',
  },
  {
    id: 'KP-1874-10-salw', country: 'KP', resolution: 'S/RES/1874 (2009)', paragraph: '10',
    kind: 'notification', direction: 'to',
    scope: { classes: ['salw'], text: 'small arms and light weapons: notify the 1718 Committee at least five days before' },
    from: '2009-06-12', until: '2016-03-02',
    citation: { quote: 'States shall notify the Committee at least five days prior to selling, supplying or transferring small arms or light weapons to the DPRK', source: `S/RES/1874 (2009) para 10 (unsanctionsapp); ${EXCERPTS}` },
    verification: 'quoted',
  },
  {
    id: 'KP-2270-6', country: 'KP', resolution: 'S/RES/2270 (2016)', paragraph: '6',
    kind: 'prohibition', direction: 'to',
    scope: { classes: ['arms'], text: 'arms and related materiel of all types, small arms and light weapons included' },
    from: '2016-03-02',
    citation: { quote: '2270 (2 Mar 2016) removes the SALW carve-out (all arms)', source: `S/RES/2270 (2016) [knowledge]; ${EXCERPTS}` },
    verification: 'knowledge',
  },
];
