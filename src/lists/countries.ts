// Country names as the lists write them ("Korea, North", "Iran (Islamic Republic of)", "Burma")
// mapped to ISO 3166 alpha-2 codes, so that a query's --country can be compared with an entry's
// nationality and addresses. English names come from the runtime's ICU data.
import anyAscii from 'any-ascii';

// Spellings used by OFAC and the UN that ICU's English display names do not produce.
const ALIASES: Record<string, string> = {
  'north korea': 'KP',
  "democratic people's republic of korea": 'KP',
  'south korea': 'KR',
  'republic of korea': 'KR',
  turkey: 'TR',
  burma: 'MM',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  congo: 'CG',
  palestinian: 'PS',
  'state of palestine': 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  'syrian arab republic': 'SY',
  'iran (islamic republic of)': 'IR',
  'british virgin islands': 'VG',
  gambia: 'GM',
  'north macedonia, the republic of': 'MK',
  'united kingdom of great britain and northern ireland': 'GB',
  'united states of america': 'US',
  'russian federation': 'RU',
  'czech republic': 'CZ',
  "cote d'ivoire": 'CI',
  'united republic of tanzania': 'TZ',
  'isle of man': 'IM',
  'cabo verde': 'CV',
  'viet nam': 'VN',
  macau: 'MO',
  'hong kong': 'HK',
  'china, hong kong special administrative region': 'HK',
  crimea: 'UA',
};

let table: Map<string, string> | null = null;
let codes: Set<string> | null = null;

/** A spelling-insensitive key: ASCII letters only, "X, Y" read as "Y X", "St." as "Saint". */
function key(name: string): string {
  let s = anyAscii(name).toLowerCase().replace(/^region:\s*/, '').replace(/\bst\.?\s/g, 'saint ').replace(/&/g, ' and ');
  const comma = /^([^,]+),\s*(.+)$/.exec(s);
  if (comma) s = `${comma[2]} ${comma[1]}`;
  return s
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z]+/)
    .filter((w) => w && w !== 'the' && w !== 'of' && w !== 'and')
    .join('');
}

function build(): Map<string, string> {
  const map = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      // Withdrawn codes (SU, BU ...) display as their successors and are left out.
      if (!name || name === code || new Intl.Locale(`und-${code}`).region !== code) continue;
      map.set(key(name), code);
      // "Myanmar (Burma)": both the name and the name in parentheses.
      const paren = /\(([^)]+)\)/.exec(name);
      if (paren) map.set(key(paren[1]!), code);
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) map.set(key(name), code);
  return map;
}

/** Every country name countryCode knows, as written (ICU's English names and the aliases). */
export function countryNames(): string[] {
  const names: string[] = Object.keys(ALIASES);
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      try {
        names.push(display.of(String.fromCharCode(a, b)) ?? '');
      } catch {
        // Not a region code.
      }
    }
  }
  return names.filter(Boolean);
}

/** The ISO alpha-2 code for a country name or code, or null when it is not a known country. */
export function countryCode(name: string): string | null {
  const trimmed = name.trim();
  table ??= build();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    codes ??= new Set(table.values());
    const code = trimmed.toUpperCase();
    return codes.has(code) ? code : null;
  }
  return table.get(key(trimmed)) ?? null;
}
