// Other UN arms embargoes, kept only where the resolution's words were checked in the excerpts:
// Libya (1970 para 9) and South Sudan (2428, to 31 May 2019 as quoted). The other embargoes listed as
// [unverified] in docs/controls.md (DRC, CAR, Somalia, Sudan, Yemen, Haiti, Iraq, Lebanon, ISIL,
// Taliban) and South Sudan's yearly renewals are left out until their texts are checked.
import type { Measure } from './types.js';

const EXCERPTS = 'unscr_excerpts.md';

export const OTHER_MEASURES: Measure[] = [
  {
    id: 'LY-1970-9', country: 'LY', resolution: 'S/RES/1970 (2011)', paragraph: '9',
    kind: 'prohibition', direction: 'to',
    scope: { classes: ['arms'], text: 'arms and related materiel of all types, including weapons and ammunition, military vehicles and equipment, paramilitary equipment and spare parts' },
    from: '2011-02-26',
    citation: {
      quote: 'prevent the direct or indirect supply, sale or transfer to the Libyan Arab Jamahiriya ... of arms and related matériel of all types, including weapons and ammunition, military vehicles and equipment, paramilitary equipment, and spare parts',
      source: `S/RES/1970 (2011) para 9 (unsanctionsapp); ${EXCERPTS}`,
    },
    verification: 'quoted',
    note: 'Supplies to the Government can be exempted through the Committee (2174 (2014) para 8).',
  },
  {
    id: 'SS-2428-4', country: 'SS', resolution: 'S/RES/2428 (2018)', paragraph: '4',
    kind: 'prohibition', direction: 'to',
    scope: { classes: ['arms'], text: 'arms and related materiel of all types to the territory of South Sudan' },
    from: '2018-07-13', until: '2019-06-01',
    citation: {
      quote: 'until 31 May 2019, all Member States shall ... prevent the direct or indirect supply ... to the territory of South Sudan ... of arms and related materiel of all types',
      source: `S/RES/2428 (2018) (unsanctionsapp); ${EXCERPTS}`,
    },
    verification: 'quoted',
    note: 'Renewed annually since; the renewing resolutions are not encoded because their texts were not checked.',
  },
];
