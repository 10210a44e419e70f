// UN measures on Iran: 1737, 1747, 1803, 1929 (from their adoption to Implementation Day, 16 Jan 2016),
// resolution 2231 Annex B with its 2020, 2023 and 2025 end dates, and the September 2025 re-application
// of the earlier resolutions, whose legality Russia, China and Iran contest.
// Quotes: $DEMARCHE_DATA/controls/unscr_excerpts.md.
import type { Measure } from './types.js';

const EXCERPTS = 'unscr_excerpts.md';
/** 2231 para 7(a): the earlier resolutions end when the IAEA confirms Iran's first steps (Implementation Day). */
const IMPLEMENTATION_DAY = '2016-01-16';
/** Snapback: "effective on Sept. 27 at 8 p.m. Eastern Daylight Time" = 00:00 GMT on 28 Sep 2025. */
const SNAPBACK = '2025-09-28';
const CONTESTED =
  'Re-applied under 2231 paras 11-12 after the E3 notice of 28 Aug 2025; Russia, China and Iran reject its legality and treat 18 Oct 2025 as Termination Day.';

const BEFORE_2231: Measure[] = [
  {
    id: 'IR-1737-3', country: 'IR', resolution: 'S/RES/1737 (2006)', paragraph: '3',
    kind: 'prohibition', direction: 'to',
    scope: {
      classes: ['nsg1', 'mtcr'],
      exceptEntries: ['19.A.3'],
      text: 'NSG Part 1 items (S/2006/814, light-water-reactor exceptions) and all MTCR Annex items (S/2006/815) except 19.A.3',
    },
    from: '2006-12-23', until: IMPLEMENTATION_DAY,
    citation: {
      quote: 'all States shall take the necessary measures to prevent the supply, sale or transfer ... to, or for the use in or benefit of, Iran ... of ... (c) those set out in document S/2006/815, except the supply, sale or transfer of items covered by 19.A.3 of Category II',
      source: `S/RES/1737 (2006) para 3; ${EXCERPTS}`,
    },
    verification: 'quoted',
  },
  {
    id: 'IR-1737-4', country: 'IR', resolution: 'S/RES/1737 (2006)', paragraph: '4',
    kind: 'conditional', direction: 'to',
    scope: { classes: ['nsg2'], text: 'NSG Part 2 items (INFCIRC/254/Rev.7/Part 2), and any item, if the State determines they would contribute to enrichment, reprocessing, heavy water or nuclear weapon delivery systems' },
    from: '2006-12-23', until: IMPLEMENTATION_DAY,
    citation: {
      quote: '(a) those set out in INFCIRC/254/Rev.7/Part 2 of document S/2006/814 if the State determines that they would contribute to enrichment-related, reprocessing or heavy water-related activities',
      source: `S/RES/1737 (2006) para 4; ${EXCERPTS}`,
    },
    verification: 'quoted',
  },
  {
    id: 'IR-1737-12', country: 'IR', resolution: 'S/RES/1737 (2006)', paragraph: '12',
    kind: 'asset-freeze', direction: 'to',
    scope: { classes: [], listedParties: true, text: 'funds and economic resources of the persons and entities in the Annex (exemptions paras 13-15)' },
    from: '2006-12-23', until: IMPLEMENTATION_DAY,
    citation: { quote: 'asset freeze on persons/entities in the Annex (and those acting on their behalf)', source: `S/RES/1737 (2006) para 12; ${EXCERPTS}` },
    verification: 'quoted',
  },
  {
    id: 'IR-1747-5', country: 'IR', resolution: 'S/RES/1747 (2007)', paragraph: '5',
    kind: 'prohibition', direction: 'from',
    scope: { classes: ['arms'], text: 'any arms or related materiel from Iran' },
    from: '2007-03-24', until: IMPLEMENTATION_DAY,
    citation: {
      quote: 'Iran shall not supply, sell or transfer directly or indirectly from its territory ... any arms or related materiel, and ... all States shall prohibit the procurement of such items from Iran',
      source: `S/RES/1747 (2007) para 5; ${EXCERPTS}`,
    },
    verification: 'quoted',
  },
  {
    id: 'IR-1747-6', country: 'IR', resolution: 'S/RES/1747 (2007)', paragraph: '6',
    kind: 'vigilance', direction: 'to',
    scope: { classes: ['arms-heavy'], text: 'the seven UN Register categories (tanks, armoured combat vehicles, large calibre artillery, combat aircraft, attack helicopters, warships, missiles)' },
    from: '2007-03-24', until: IMPLEMENTATION_DAY,
    citation: {
      quote: 'Calls upon all States to exercise vigilance and restraint in the supply, sale or transfer ... of any battle tanks, armoured combat vehicles, large calibre artillery systems, combat aircraft, attack helicopters, warships, missiles or missile systems ... to Iran',
      source: `S/RES/1747 (2007) para 6; ${EXCERPTS}`,
    },
    verification: 'quoted',
    note: 'A call, not a ban: 1747 has no exclusion for previously contracted arms deliveries; the prior-contract carve-outs of 1737 (paras 13-15) concern the asset freeze.',
  },
  {
    id: 'IR-1803-8', country: 'IR', resolution: 'S/RES/1803 (2008)', paragraph: '8',
    kind: 'prohibition', direction: 'to',
    scope: { classes: ['nsg2'], text: 'NSG Part 2 items (INFCIRC/254/Rev.7/Part 2, light-water-reactor exceptions) and MTCR item 19.A.3' },
    from: '2008-03-03', until: IMPLEMENTATION_DAY,
    citation: { quote: 'extends the para-3 prohibitions of 1737 to the NSG Part 2 dual-use items of S/2006/814 (with exceptions)', source: `S/RES/1803 (2008) para 8 [knowledge: text not in ${EXCERPTS}]` },
    verification: 'knowledge',
  },
  {
    id: 'IR-1929-8', country: 'IR', resolution: 'S/RES/1929 (2010)', paragraph: '8',
    kind: 'prohibition', direction: 'to',
    scope: { classes: ['arms-heavy'], text: 'the seven UN Register categories and related materiel, including spare parts' },
    from: '2010-06-09', until: IMPLEMENTATION_DAY,
    citation: {
      quote: 'States shall prevent the supply to Iran of battle tanks, armoured combat vehicles, large calibre artillery systems, combat aircraft, attack helicopters, warships, missiles or missile systems ... or related materiel incl. spare parts',
      source: `S/RES/1929 (2010) para 8; ${EXCERPTS}`,
    },
    verification: 'quoted',
  },
  {
    id: 'IR-1929-8-other', country: 'IR', resolution: 'S/RES/1929 (2010)', paragraph: '8',
    kind: 'vigilance', direction: 'to',
    scope: { classes: ['arms'], exceptClasses: ['arms-heavy'], text: 'all other arms and related materiel' },
    from: '2010-06-09', until: IMPLEMENTATION_DAY,
    citation: { quote: 'calls upon all States to exercise vigilance and restraint over the supply, sale, transfer, provision, manufacture and use of all other arms and related materiel', source: `S/RES/1929 (2010) para 8; ${EXCERPTS}` },
    verification: 'quoted',
  },
];

const RESOLUTION_2231: Measure[] = [
  {
    id: 'IR-2231-B2', country: 'IR', resolution: 'S/RES/2231 (2015)', paragraph: 'Annex B para 2',
    kind: 'prior-approval', direction: 'to',
    scope: { classes: ['nsg1', 'nsg2'], text: 'NSG Part 1 and Part 2 items, through the Procurement Channel' },
    from: IMPLEMENTATION_DAY, until: '2025-10-18',
    citation: { quote: 'nuclear items via the Procurement Channel ... until Termination Day = 10 years after Adoption Day => 18 Oct 2025', source: `S/RES/2231 (2015) Annex B para 2 [knowledge]; ${EXCERPTS}` },
    verification: 'knowledge',
  },
  {
    id: 'IR-2231-B4', country: 'IR', resolution: 'S/RES/2231 (2015)', paragraph: 'Annex B para 4',
    kind: 'prior-approval', direction: 'to',
    scope: { classes: ['mtcr'], text: 'all MTCR Annex items (S/2015/546), case-by-case Security Council approval in advance' },
    from: IMPLEMENTATION_DAY, until: '2023-10-18',
    citation: { quote: 'ballistic-missile items, list S/2015/546 = MTCR Annex: SC approval required until 8 years after Adoption Day => 18 Oct 2023', source: `S/RES/2231 (2015) Annex B para 4 [knowledge]; ${EXCERPTS}` },
    verification: 'knowledge',
  },
  {
    id: 'IR-2231-B5', country: 'IR', resolution: 'S/RES/2231 (2015)', paragraph: 'Annex B para 5',
    kind: 'prior-approval', direction: 'to',
    scope: { classes: ['arms-heavy'], text: 'the seven UN Register categories and related materiel' },
    from: IMPLEMENTATION_DAY, until: '2020-10-18',
    citation: {
      quote: 'These restrictions on arms-related transfers shall apply until the date five years after the JCPOA Adoption Day (18 October 2015) or until the date on which the IAEA submits a report confirming the Broader Conclusion, whichever is earlier.',
      source: `un.org/en/sc/2231/restrictions-arms.shtml; ${EXCERPTS}`,
    },
    verification: 'quoted',
  },
  {
    id: 'IR-2231-B6b', country: 'IR', resolution: 'S/RES/2231 (2015)', paragraph: 'Annex B para 6(b)',
    kind: 'prior-approval', direction: 'from',
    scope: { classes: ['arms'], text: 'arms and related materiel from Iran' },
    from: IMPLEMENTATION_DAY, until: '2020-10-18',
    citation: { quote: 'Annex B para 5 (arms TO Iran) and para 6(b) (arms FROM Iran): prior case-by-case Security Council approval required', source: `un.org/en/sc/2231/restrictions-arms.shtml; ${EXCERPTS}` },
    verification: 'quoted',
  },
  {
    id: 'IR-2231-B6cd', country: 'IR', resolution: 'S/RES/2231 (2015)', paragraph: 'Annex B para 6(c)-(e)',
    kind: 'asset-freeze', direction: 'to',
    scope: { classes: [], listedParties: true, text: 'asset freeze and travel ban on the listed parties' },
    from: IMPLEMENTATION_DAY, until: '2023-10-18',
    citation: { quote: 'Asset freeze / travel ban on listed parties: also to 18 Oct 2023', source: `S/RES/2231 (2015) Annex B [knowledge]; ${EXCERPTS}` },
    verification: 'knowledge',
  },
];

const REAPPLIED = ['IR-1737-3', 'IR-1737-4', 'IR-1737-12', 'IR-1747-5', 'IR-1747-6', 'IR-1803-8', 'IR-1929-8', 'IR-1929-8-other'];

const SNAPBACK_MEASURES: Measure[] = BEFORE_2231.filter((m) => REAPPLIED.includes(m.id)).map((m) => {
  const { until: _ended, ...rest } = m;
  return {
    ...rest,
    id: `${m.id}-2025`,
    from: SNAPBACK,
    contested: CONTESTED,
    citation: {
      quote: `${m.citation.quote} — re-applied: "effective on Sept. 27 at 8 p.m. Eastern Daylight Time, all provisions of Resolutions 1696 (2006), 1737 (2006), 1747 (2007), 1803 (2008), 1835 (2008) and 1929 (2010) have been re-applied"`,
      source: `${m.citation.source}; UN Spokesperson note of 28 Sep 2025 (${EXCERPTS})`,
    },
  };
});

export const IRAN_MEASURES: Measure[] = [...BEFORE_2231, ...RESOLUTION_2231, ...SNAPBACK_MEASURES];
