// Canonical cable ids: two-digit year + station + serial without leading zeros ("07BEIJING5039"),
// following cablemap's rules: station aliases (SECSTATE -> STATE, RIO -> RIODEJANEIRO), the known
// malformed WikiLeaks ids (08ECTION01OF02MANAMA492), and the 1970s form (1973STATE089296).
import { cableVocab, vocabCache } from './vocab.js';

const CABLEGATE_ID = /^(\d{2})([A-Z][A-Z-]*?)(\d{1,7})$/;
const CFPF_ID = /^(\d{4})([A-Z][A-Z]*?)(\d{3,7})(_[a-z])?$/;

const stationCache = vocabCache<string>();

/** Canonical form of a station as written ("SAO PAULO", "SECSTATE", "EFTO LONDON"). */
export function canonicalStation(written: string): string {
  return stationCache.get(written, () => computeStation(written));
}

function computeStation(written: string): string {
  let station = written.toUpperCase().replace(/[^A-Z-]/g, '');
  station = station.replace(/^(?:AM)?EMBASSY(?=[A-Z]{3})/, '').replace(/^EFTO(?=[A-Z]{3})/, '');
  const vocab = cableVocab();
  if (vocab.stations.has(station.replace(/-/g, ''))) return station.replace(/-/g, '');
  const fixed = vocab.c14nFixes.get(station) ?? vocab.c14nFixes.get(station.replace(/-/g, ''));
  if (fixed) return fixed;
  return nearestStation(station.replace(/-/g, '')) ?? station.replace(/-/g, '');
}

/**
 * A misspelt station ("USEUBRUSEELS", "COTON0U") to the one known station it is closest to: OCR
 * digits read as letters, then one edit (two for long names). Ambiguous or far names stay as they are.
 */
function nearestStation(station: string): string | null {
  const stations = cableVocab().stations;
  if (stations.size === 0 || station.length < 5) return null;
  const deOcr = station.replace(/0/g, 'O').replace(/1/g, 'I');
  if (stations.has(deOcr)) return deOcr;
  const limit = station.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of stations) {
    if (Math.abs(candidate.length - station.length) > limit) continue;
    const d = editDistance(station, candidate, limit);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best !== null && !tie ? best : null;
}

/**
 * Optimal string alignment distance (adjacent transpositions count one), capped above `limit`: the
 * distance when it is at most `limit`, else limit + 1.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const cap = limit + 1;
  // The distance is at least the difference in length.
  if (a.length - b.length > limit || b.length - a.length > limit) return cap;
  const m = b.length;
  // Three rows (i - 2, i - 1, i) of the table, reused between calls: the table was arrays of arrays
  // built on every call, and a cold parse misses the station cache hundreds of times (a tenth of it).
  if (rowA.length < m + 1) [rowA, rowB, rowC] = [new Int32Array(m + 8), new Int32Array(m + 8), new Int32Array(m + 8)];
  let before = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= m; j++) prev[j] = Math.min(j, cap);
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    row[0] = Math.min(i, cap);
    let rowMin = row[0]!;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j]! + 1;
      const insert = row[j - 1]! + 1;
      if (insert < v) v = insert;
      const change = prev[j - 1]! + (ai === bj ? 0 : 1);
      if (change < v) v = change;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj && before[j - 2]! + 1 < v) v = before[j - 2]! + 1;
      if (v > cap) v = cap;
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return cap;
    const free = before;
    before = prev;
    prev = row;
    row = free;
  }
  return prev[m]!;
}

let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

export function makeCableId(year: number, station: string, serial: string | number): string {
  const yy = String(year % 100).padStart(2, '0');
  const id = `${yy}${canonicalStation(station)}${Number(serial)}`;
  return cableVocab().malformedIds.get(id) ?? id;
}

/** Canonicalises an id as written anywhere (a reference, a WikiLeaks page name). */
export function canonicalizeId(id: string): string {
  const upper = id.toUpperCase().trim();
  const vocab = cableVocab();
  const known = vocab.malformedIds.get(upper);
  if (known) return known;
  const m = CABLEGATE_ID.exec(upper);
  if (!m) {
    const cfpf = CFPF_ID.exec(upper);
    return cfpf ? `${cfpf[1]}${cfpf[2]}${cfpf[3]}${cfpf[4] ?? ''}` : upper;
  }
  const [, yy, station, serial] = m;
  const fixed = `${yy}${canonicalStation(station!)}${Number(serial)}`;
  return vocab.malformedIds.get(fixed) ?? fixed;
}

/** True when the id is one of the 251,287 Cablegate ids (false when that list is unavailable). */
export function isKnownCablegateId(id: string): boolean {
  return cableVocab().cablegateIds().has(id);
}

/**
 * The year a cable id dates its cable to ("03KATHMANDU1870" 2003, "1973STATE089296" 1973), or null.
 * Two-digit years run from 1966, the first year of the State Department's cable ids.
 */
export function cableIdYear(id: string): number | null {
  const upper = id.toUpperCase().trim();
  const cfpf = CFPF_ID.exec(upper);
  if (cfpf) return Number(cfpf[1]);
  const m = CABLEGATE_ID.exec(upper);
  if (!m) return null;
  const yy = Number(m[1]);
  return yy >= 66 ? 1900 + yy : 2000 + yy;
}
