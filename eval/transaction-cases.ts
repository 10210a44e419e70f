// Dated transaction cases for `npm run eval:items`, written from the resolution texts and excerpts in
// $DEMARCHE_DATA/controls/unscr_excerpts.md before the rules were tuned. Edges: a measure applies from its
// effective day; Implementation Day (16 Jan 2016) ends the 1737-family measures and starts 2231 Annex B;
// "until the date five/eight/ten years after Adoption Day" ends a 2231 restriction on 18 Oct of that year
// (the day itself is free); the September 2025 snapback applies from 28 Sep 2025 (00:00 GMT).
// Most parties are invented names that match no list, so the item and the destination decide.

export type Decision = 'prohibited' | 'licence-required' | 'review' | 'clear';

export interface TransactionCase {
  id: string;
  party: string;
  item: string;
  to: string;
  date: string;
  expect: Decision;
  /** The resolution the decision must cite, when one decides. */
  cites?: string;
}

const CLEAN = 'Nordwind Precision Parts GmbH';
const SEED_GRAPHITE =
  'graphite cylinders, bulk density 1.85 g/cm3, grain size 20 µm, 150 mm diameter x 300 mm long';
const SEED_TUNGSTEN = 'tungsten powder, 99.9% W, particle size 5 µm';
const NSG_TUNGSTEN = 'tungsten alloy hollow cylinder, 95% W, inside diameter 150 mm, mass 40 kg';

export const TRANSACTION_CASES: TransactionCase[] = [
  // The seed: LIMMT's graphite and tungsten to Iran, August 2007.
  { id: 'x01', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2007-08-02', expect: 'prohibited', cites: '1737' },
  { id: 'x02', party: CLEAN, item: 'graphite cylinders', to: 'IR', date: '2007-08-02', expect: 'review', cites: '1737' },
  { id: 'x03', party: CLEAN, item: SEED_TUNGSTEN, to: 'IR', date: '2007-08-02', expect: 'prohibited', cites: '1737' },
  { id: 'x04', party: CLEAN, item: 'tungsten powder', to: 'IR', date: '2007-08-02', expect: 'review', cites: '1737' },
  // 1737 edges and the 2231 period.
  { id: 'x05', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2006-12-22', expect: 'licence-required' },
  { id: 'x06', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2006-12-23', expect: 'prohibited', cites: '1737' },
  { id: 'x07', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2016-01-15', expect: 'prohibited', cites: '1737' },
  { id: 'x08', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2016-01-16', expect: 'licence-required', cites: '2231' },
  { id: 'x09', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2023-10-17', expect: 'licence-required', cites: '2231' },
  { id: 'x10', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2023-10-18', expect: 'licence-required' },
  { id: 'x11', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2025-09-27', expect: 'licence-required' },
  { id: 'x12', party: CLEAN, item: SEED_GRAPHITE, to: 'IR', date: '2025-09-28', expect: 'prohibited', cites: '1737' },
  { id: 'x13', party: CLEAN, item: 'cotton T-shirts', to: 'IR', date: '2007-08-02', expect: 'clear' },
  // Nuclear-list items to Iran: Part 1 banned by 1737 para 3; Part 2 conditional under 1737 para 4, banned by 1803.
  {
    id: 'x14',
    party: CLEAN,
    item: 'nuclear grade graphite blocks for use as reactor moderator, boron equivalent 0.5 ppm, density 1.75 g/cm3, 2000 kg',
    to: 'IR',
    date: '2007-08-02',
    expect: 'prohibited',
    cites: '1737',
  },
  { id: 'x15', party: CLEAN, item: NSG_TUNGSTEN, to: 'IR', date: '2007-08-02', expect: 'licence-required', cites: '1737' },
  { id: 'x16', party: CLEAN, item: NSG_TUNGSTEN, to: 'IR', date: '2008-03-03', expect: 'prohibited', cites: '1803' },
  { id: 'x17', party: CLEAN, item: NSG_TUNGSTEN, to: 'IR', date: '2020-01-01', expect: 'licence-required', cites: '2231' },
  // Arms to Iran: restraint only until 1929, a ban from 9 June 2010, prior approval under 2231 until 18 Oct 2020.
  { id: 'x18', party: CLEAN, item: 'main battle tanks', to: 'IR', date: '2009-05-01', expect: 'licence-required' },
  { id: 'x19', party: CLEAN, item: 'main battle tanks', to: 'IR', date: '2010-06-09', expect: 'prohibited', cites: '1929' },
  { id: 'x20', party: CLEAN, item: 'main battle tanks', to: 'IR', date: '2019-03-01', expect: 'licence-required', cites: '2231' },
  { id: 'x21', party: CLEAN, item: 'main battle tanks', to: 'IR', date: '2020-10-18', expect: 'licence-required' },
  { id: 'x22', party: CLEAN, item: 'AK-47 assault rifles', to: 'IR', date: '2008-01-10', expect: 'licence-required' },
  // DPRK: 1718 heavy arms and the MTCR/NSG lists; 1874 all arms but SALW; 2270 all arms.
  { id: 'x23', party: CLEAN, item: SEED_GRAPHITE, to: 'KP', date: '2006-10-13', expect: 'licence-required' },
  { id: 'x24', party: CLEAN, item: SEED_GRAPHITE, to: 'KP', date: '2006-10-14', expect: 'prohibited', cites: '1718' },
  { id: 'x25', party: CLEAN, item: 'main battle tanks', to: 'KP', date: '2007-01-01', expect: 'prohibited', cites: '1718' },
  { id: 'x26', party: CLEAN, item: 'AK-47 assault rifles', to: 'KP', date: '2010-01-01', expect: 'licence-required' },
  { id: 'x27', party: CLEAN, item: 'AK-47 assault rifles', to: 'KP', date: '2016-03-02', expect: 'prohibited', cites: '2270' },
  { id: 'x28', party: CLEAN, item: '155 mm self-propelled howitzers', to: 'KP', date: '2009-06-12', expect: 'prohibited', cites: '1718' },
  // Other UN arms embargoes verified against the excerpts: Libya 1970, South Sudan 2428.
  { id: 'x29', party: CLEAN, item: 'AK-47 assault rifles', to: 'LY', date: '2011-02-25', expect: 'licence-required' },
  { id: 'x30', party: CLEAN, item: 'AK-47 assault rifles', to: 'LY', date: '2011-02-26', expect: 'prohibited', cites: '1970' },
  { id: 'x31', party: CLEAN, item: '7.62 mm rifle ammunition', to: 'SS', date: '2018-07-13', expect: 'prohibited', cites: '2428' },
  { id: 'x32', party: CLEAN, item: '7.62 mm rifle ammunition', to: 'SS', date: '2018-07-12', expect: 'licence-required' },
  // No UN measure: controlled goods need a licence, others are clear.
  { id: 'x33', party: CLEAN, item: SEED_GRAPHITE, to: 'FR', date: '2020-01-01', expect: 'licence-required' },
  { id: 'x34', party: CLEAN, item: 'office furniture: desks and chairs', to: 'DE', date: '2020-01-01', expect: 'clear' },
  { id: 'x35', party: CLEAN, item: 'fibre optic gyro, bias stability 0.05 deg/hr', to: 'IR', date: '2024-01-01', expect: 'licence-required' },
  { id: 'x36', party: CLEAN, item: 'fibre optic gyro, bias stability 0.05 deg/hr', to: 'IR', date: '2012-05-05', expect: 'prohibited', cites: '1737' },
  // A listed party decides on its own.
  {
    id: 'x37',
    party: 'LIMMT (Dalian) Metallurgy and Minerals Co., Ltd.',
    item: 'cotton T-shirts',
    to: 'CN',
    date: '2015-01-01',
    expect: 'prohibited',
  },
];
