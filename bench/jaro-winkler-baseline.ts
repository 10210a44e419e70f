// The brute-force baseline of bench/screen.ts: every listed name scored with token Jaro-Winkler,
// the published algorithm of moov-io/watchman and OFAC's Sanctions List Search (lowercased,
// punctuation removed, each query word paired with its best listed word, greedily one to one,
// scores weighted by word length, with watchman's penalty for listed words left over).
import type { ListEntry } from '../src/lists/types.js';

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = 1;
      mb[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[j]) j++;
    if (a[i] !== b[j]) t++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

export function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** Greedy best pairs of query and listed words, weighted by word length. */
export function tokenJaroWinkler(query: string[], listed: string[]): number {
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < query.length; i++) for (let j = 0; j < listed.length; j++) pairs.push([jaroWinkler(query[i]!, listed[j]!), i, j]);
  pairs.sort((x, y) => y[0] - x[0]);
  const usedQ = new Set<number>();
  const usedL = new Set<number>();
  let sum = 0;
  let weight = 0;
  for (const [s, i, j] of pairs) {
    if (usedQ.has(i) || usedL.has(j)) continue;
    usedQ.add(i);
    usedL.add(j);
    const w = query[i]!.length;
    sum += s * w;
    weight += w;
  }
  for (let i = 0; i < query.length; i++) if (!usedQ.has(i)) weight += query[i]!.length;
  if (weight === 0) return 0;
  const unmatched = listed.filter((_, j) => !usedL.has(j)).reduce((a, w) => a + w.length, 0);
  const total = listed.reduce((a, w) => a + w.length, 0);
  // Listed words with no partner lower the score in proportion to their share of the name.
  return (sum / weight) * (1 - 0.5 * (total > 0 ? unmatched / total : 0));
}

export class BruteForceScreener {
  private readonly names: Array<{ entry: number; words: string[] }> = [];

  constructor(readonly entries: ListEntry[]) {
    entries.forEach((e, i) => {
      for (const n of e.names) this.names.push({ entry: i, words: words(n.name) });
    });
  }

  /** The best-scoring entry for a query, scanning every listed name. */
  best(query: string): { entry: number; score: number } | null {
    const q = words(query);
    let best: { entry: number; score: number } | null = null;
    for (const n of this.names) {
      const s = tokenJaroWinkler(q, n.words);
      if (best === null || s > best.score) best = { entry: n.entry, score: s };
    }
    return best;
  }
}
