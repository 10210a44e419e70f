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

/** Optimal string alignment distance (adjacent transpositions count one), capped above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (i > 0 && rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

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
