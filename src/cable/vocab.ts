// Reference tables the parser needs, read at run time from $DEMARCHE_DATA/cables/vocab (never
// copied into the repository): cablemap's station list, alias and malformed-id tables, the TAGS
// vocabulary, routing-indicator names and the list of all Cablegate ids. Without the data folder
// the parser still works, with plain rules only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataDir } from '../config.js';

export interface TagInfo {
  code: string;
  kind: string;
  category: string | null;
  title: string | null;
}

export interface CableVocab {
  available: boolean;
  stations: Set<string>;
  c14nFixes: Map<string, string>;
  malformedIds: Map<string, string>;
  tagFixes: Map<string, string[]>;
  tags: Map<string, TagInfo>;
  /** Acronyms that stay upper case when a subject is title-cased (cablemap's list). */
  acronyms: Set<string>;
  /** Routing indicator (RUEHBJ) to addressee name (AMEMBASSY BEIJING). */
  routes: Map<string, string>;
  /** Cablegate id to its month (YYYY-MM-DD...); loaded on first use, it is large. */
  cableMonths(): Map<string, string>;
}

let cached: CableVocab | null = null;
const resetHooks: (() => void)[] = [];

export function cableVocab(): CableVocab {
  if (cached === null) cached = loadVocab(dataDir());
  return cached;
}

/** For tests: use the tables from another data folder (or none). */
export function setCableVocabDir(dir: string | null): void {
  cached = loadVocab(dir);
  for (const reset of resetHooks) reset();
}

/**
 * A cache of results that depend on the vocabulary (station spellings, title words): bounded, and
 * emptied when the vocabulary changes.
 */
export function vocabCache<V>(limit = 50_000): { get(key: string, compute: () => V): V } {
  const map = new Map<string, V>();
  resetHooks.push(() => map.clear());
  return {
    get(key, compute) {
      // One lookup: no computed value is undefined, so undefined means not cached.
      const cached = map.get(key);
      if (cached !== undefined) return cached;
      const value = compute();
      if (map.size >= limit) map.clear();
      map.set(key, value);
      return value;
    },
  };
}

function loadVocab(data: string | null): CableVocab {
  const vocabDir = data === null ? null : path.join(data, 'cables', 'vocab');
  const constants = readJson(vocabDir && path.join(vocabDir, 'cablemap_constants.json')) as Record<string, unknown> | null;
  const tagsJson = readJson(vocabDir && path.join(vocabDir, 'tags_vocabulary.json')) as { tags?: TagRow[] } | null;
  let months: Map<string, string> | null = null;
  return {
    available: constants !== null,
    stations: new Set((constants?._STATIONS as string[] | undefined) ?? []),
    c14nFixes: toMap(constants?._C14N_FIXES),
    malformedIds: new Map([
      ...toMap<string>(constants?.INVALID_CABLE_IDS),
      ...toMap<string>(constants?.MALFORMED_CABLE_IDS),
    ]),
    tagFixes: toMap(constants?._TAG_FIXES),
    tags: new Map((tagsJson?.tags ?? []).map((t) => [t.code, toTagInfo(t)])),
    acronyms: readLines(vocabDir && path.join(vocabDir, 'cablemap_acronyms.txt')),
    routes: readRoutes(vocabDir && path.join(vocabDir, 'cablemap_route2name.csv')),
    cableMonths() {
      months ??= readCableMonths(vocabDir && path.join(vocabDir, 'cablemap_cable2month.csv.gz'));
      return months;
    },
  };
}

interface TagRow {
  code: string;
  kind?: string;
  category?: string;
  title?: string;
}

function toTagInfo(t: TagRow): TagInfo {
  return { code: t.code, kind: t.kind ?? 'unknown', category: t.category || null, title: t.title || null };
}

function readJson(file: string | null): unknown {
  if (file === null) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function toMap<V>(value: unknown): Map<string, V> {
  if (typeof value !== 'object' || value === null) return new Map();
  return new Map(Object.entries(value as Record<string, V>));
}

function readLines(file: string | null): Set<string> {
  if (file === null) return new Set();
  try {
    return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0));
  } catch {
    return new Set();
  }
}

function readRoutes(file: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (file === null) return out;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const comma = line.indexOf(',');
    if (comma <= 0) continue;
    const name = line.slice(comma + 1).replace(/^"|"$/g, '').trim();
    out.set(line.slice(0, comma).trim(), name);
  }
  return out;
}

function readCableMonths(file: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (file === null) return out;
  let text: string;
  try {
    text = gunzipSync(readFileSync(file)).toString('utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const comma = line.indexOf(',');
    if (comma > 0) out.set(line.slice(0, comma), line.slice(comma + 1).trim());
  }
  return out;
}
