// Edit similarity between two name tokens: optimal-string-alignment distance (Levenshtein plus
// adjacent transpositions, the commonest typing slip) scaled by the longer token's length.

const rowA = new Int32Array(64);
const rowB = new Int32Array(64);
const rowC = new Int32Array(64);

const peq = new Int32Array(65536);

/**
 * The OSA distance by Hyyrö's bit-parallel algorithm (2003), one machine word per column: about
 * ten operations per character instead of a row of the dynamic programme. `a` is at most 31 long.
 */
function osaBits(a: string, b: string): number {
  const m = a.length;
  for (let i = 0; i < m; i++) peq[a.charCodeAt(i)]! |= 1 << i;
  const top = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let pmPrev = 0;
  let score = m;
  for (let j = 0; j < b.length; j++) {
    const pm = peq[b.charCodeAt(j)]!;
    const tr = ((~d0 & pm) << 1) & pmPrev;
    d0 = ((((pm & vp) + vp) ^ vp) | pm | vn | tr) | 0;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if (hp & top) score++;
    else if (hn & top) score--;
    const x = (hp << 1) | 1;
    vn = x & d0;
    vp = (hn << 1) | ~(x | d0);
    pmPrev = pm;
  }
  for (let i = 0; i < m; i++) peq[a.charCodeAt(i)] = 0;
  return score;
}

/**
 * The OSA distance between a and b, or max + 1 as soon as it is certain to exceed max.
 * Tokens longer than 62 characters are compared by equality only.
 */
export function osaDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la >= 1 && la <= 31) return Math.min(osaBits(a, b), max + 1);
  if (la > 62 || lb > 62) return max + 1;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

/** The largest distance worth computing for a token pair to stay at or above minSimilarity. */
export function maxEdits(longer: number, minSimilarity: number): number {
  return Math.floor(longer * (1 - minSimilarity) + 1e-9);
}

/** 1 for equal tokens, 1 - distance / longer length otherwise, 0 below minSimilarity. */
export function editSimilarity(a: string, b: string, minSimilarity: number): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  const max = maxEdits(longer, minSimilarity);
  if (max < 1) return 0;
  const d = osaDistance(a, b, max);
  if (d > max) return 0;
  return 1 - d / longer;
}
