// The originating office as the released metadata names it ("Embassy Beijing", "Consulate Sao
// Paulo", "Secretary of State", "USUN New York"), from the FM line or, when a copy lost it, from the
// sender's routing indicator or the banner's station.
import { cableVocab, vocabCache } from './vocab.js';

type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^SECSTATE\b/, () => 'Secretary of State'],
  [/^SECDEF\b/, () => 'Secretary of Defense'],
  [/^AMEMBASSY\s+(.+)$/, (m) => `Embassy ${titleCase(m[1]!)}`],
  [/^AMCONSUL(?:ATE)?\s+(.+)$/, (m) => `Consulate ${titleCase(m[1]!)}`],
  [/^USMISSION\s+USUN\s+NEW\s*YORK$/, () => 'USUN New York'],
  [/^USMISSION\s+UNVIE\b.*$/, () => 'UNVIE'],
  [/^USMISSION\s+(US[A-Z]+)$/, (m) => `Mission ${m[1]}`],
  [/^USMISSION\s+(.+)$/, (m) => `Mission ${titleCase(m[1]!)}`],
  [/^USEU\s+BRUSSELS$/, () => 'USEU Brussels'],
  [/^USINT\s+(.+)$/, (m) => `US Interests Section ${titleCase(m[1]!)}`],
  [/^AIT\s+(.+)$/, (m) => `American Institute Taiwan, ${titleCase(m[1]!)}`],
  [/^(?:IRAN\s+)?RPO\s+(.+)$/, (m) => `Iran RPO ${titleCase(m[1]!)}`],
  [/^USDEL\s+SECRETARY\b.*$/, () => 'US Delegation, Secretary'],
  [/^USOFFICE\s+(.+)$/, (m) => `US Office ${titleCase(m[1]!)}`],
  [/^REO\s+(.+)$/, (m) => `REO ${titleCase(m[1]!)}`],
  [/^USUNESCO\b.*$/, () => 'UNESCO Paris'],
  [/^USNATO\b.*$/, () => 'Mission USNATO'],
];

/** Office name from an FM line such as "AMEMBASSY BEIJING"; null when the line fits no known office. */
export function originFromAddress(from: string): string | null {
  const address = from.toUpperCase().replace(/\s+/g, ' ').replace(/\/\/.*$/, '').trim();
  for (const [re, name] of RULES) {
    const m = re.exec(address);
    if (m) return name(m);
  }
  return null;
}

const fallbackCache = vocabCache<string | null>(10_000);

/** Office name when the FM line is missing: the sender's routing indicator, else the banner's station. */
export function originFallback(senderRoute: string | null, stationWords: string | null): string | null {
  return fallbackCache.get(`${senderRoute}|${stationWords}`, () => computeFallback(senderRoute, stationWords));
}

function computeFallback(senderRoute: string | null, stationWords: string | null): string | null {
  const routes = cableVocab().routes;
  if (senderRoute) {
    const name = routes.get(senderRoute);
    const origin = name ? originFromAddress(name) : null;
    if (origin) return origin;
  }
  if (!stationWords) return null;
  const words = stationWords.toUpperCase().replace(/\s+/g, ' ').trim();
  const direct = originFromAddress(words);
  if (direct) return direct;
  // "AMCONSUL SAO PAULO" for SAO PAULO or SAOPAULO: the office kind and the spaced spelling.
  const name = officesByJoinedPlace().get(words.replace(/[^A-Z]/g, ''));
  if (name !== undefined) return originFromAddress(name);
  return `Embassy ${titleCase(words)}`;
}

let offices: { routes: Map<string, string>; byPlace: Map<string, string> } | null = null;

/**
 * The routing table's embassy and consulate names by their place's letters ("SAOPAULO" -> "AMCONSUL
 * SAO PAULO"), the first in the table for each: built once per vocabulary, where every station
 * without a route of its own was compared with every name of the table.
 */
function officesByJoinedPlace(): Map<string, string> {
  const routes = cableVocab().routes;
  if (offices === null || offices.routes !== routes) {
    const byPlace = new Map<string, string>();
    for (const name of routes.values()) {
      const m = /^(AMEMBASSY|AMCONSUL) (.+)$/.exec(name);
      const place = m ? m[2]!.replace(/[^A-Z]/g, '') : null;
      if (place !== null && !byPlace.has(place)) byPlace.set(place, name);
    }
    offices = { routes, byPlace };
  }
  return offices.byPlace;
}

export function titleCase(words: string): string {
  return words
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w) => (w.length > 0 && /[a-z]/.test(w[0]!) ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');
}
