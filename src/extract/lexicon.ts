// How a word is usually written in mixed-case prose: "l" mostly lower-case (a common word), "c"
// mostly capitalised mid-sentence (a name), "m" both, "a" in capitals (an acronym), "" unseen. In an ALL-CAPS cable this is the
// strongest hint that "ROTH" is a name and "ROOF" is not. Counted at run time from the sample
// cables in the shared data and cached under .cache/extract/ (derived data: never committed).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT, dataDir } from '../config.js';
import { writeCache } from './cache-file.js';
import { isMixedCase } from './tokens.js';

export type CaseClass = 'l' | 'c' | 'm' | 'a' | '';

let lexicon: Map<string, CaseClass> | undefined;

function count(files: string[]): Map<string, CaseClass> {
  const lower = new Map<string, number>();
  const cap = new Map<string, number>();
  const acronyms = new Map<string, number>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!isMixedCase(line)) continue;
      // The first word of a sentence is capitalised whatever it is: skip it.
      for (const m of line.matchAll(/(?<![.!?:"(]\s*|^\s*|[A-Za-z'-])([A-Za-z][a-z'-]+)\b/g)) {
        const w = m[1]!;
        const key = w.toUpperCase();
        const map = /^[a-z]/.test(w) ? lower : cap;
        map.set(key, (map.get(key) ?? 0) + 1);
      }
      for (const m of line.matchAll(/\b([A-Z]{2,6})\b/g)) acronyms.set(m[1]!, (acronyms.get(m[1]!) ?? 0) + 1);
    }
  }
  const out = new Map<string, CaseClass>();
  for (const [key, n] of acronyms) if (n >= 2 && (lower.get(key) ?? 0) + (cap.get(key) ?? 0) < n) out.set(key, 'a');
  for (const key of new Set([...lower.keys(), ...cap.keys()])) {
    const l = lower.get(key) ?? 0;
    const c = cap.get(key) ?? 0;
    if (l + c < 2 || out.has(key)) continue;
    out.set(key, l >= 4 * c ? 'l' : c >= 4 * l ? 'c' : 'm');
  }
  return out;
}

/** The case lexicon, empty when the shared sample cables are not there. */
export function caseLexicon(env: NodeJS.ProcessEnv = process.env): Map<string, CaseClass> {
  if (lexicon) return lexicon;
  const data = dataDir(env);
  const dir = data ? path.join(data, 'cables', 'sample', 'text') : null;
  if (!dir || !existsSync(dir)) return (lexicon = new Map());
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const key = createHash('sha256').update(`v2:${files.join(',')}`).digest('hex').slice(0, 16);
  const cache = path.join(PACKAGE_ROOT, '.cache', 'extract', `case-lexicon-${key}.json`);
  if (existsSync(cache)) return (lexicon = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8'))) as Array<[string, CaseClass]>));
  lexicon = count(files.map((f) => path.join(dir, f)));
  writeCache(cache, Object.fromEntries(lexicon));
  return lexicon;
}

export function caseClass(word: string): CaseClass {
  return caseLexicon().get(word.toUpperCase()) ?? '';
}
