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
  /** The Cablegate ids (of the id,month list); loaded on first use, it is large. */
  cablegateIds(): IdSet;
}

/** A read-only set of ids. */
export interface IdSet {
  has(id: string): boolean;
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
  let ids: IdSet | null = null;
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
    cablegateIds() {
      ids ??= readCableIds(vocabDir && path.join(vocabDir, 'cablemap_cable2month.csv.gz'));
      return ids;
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

function readCableIds(file: string | null): IdSet {
  let text = '';
  if (file !== null) {
    try {
      text = gunzipSync(readFileSync(file)).toString('utf8');
    } catch {
      text = '';
    }
  }
  return new LineKeySet(text);
}

/**
 * The keys of an "id,month" list (the text before the first comma of each line, when there is
 * one), kept as the text itself and a hash table of where each key starts: the 251,287 ids as
 * strings in a Map took ~0.3 s of CPU to build (a sixth of a cold parse of the sample) and ~30 MB.
 */
class LineKeySet implements IdSet {
  /** Open addressing: 1 + the key's offset in the text, 0 for an empty slot; at most half full. */
  private starts: Int32Array;
  private lengths: Int32Array;
  private count = 0;

  constructor(private readonly text: string) {
    // Ids take 15 characters a line or more: the table is sized for that and grows if need be.
    let size = 16;
    while (size * 8 < text.length) size *= 2;
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    let comma = text.indexOf(',');
    for (let start = 0; start < text.length; ) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = text.length;
      if (comma >= 0 && comma < start) comma = text.indexOf(',', start);
      if (comma > start && comma < nl) this.insert(start, comma - start);
      start = nl + 1;
    }
  }

  has(id: string): boolean {
    const mask = this.starts.length - 1;
    for (let slot = keyHash(id, 0, id.length) & mask; this.starts[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.lengths[slot] === id.length && this.text.startsWith(id, this.starts[slot]! - 1)) return true;
    }
    return false;
  }

  private insert(start: number, length: number): void {
    if ((this.count + 1) * 2 > this.starts.length) this.grow();
    const mask = this.starts.length - 1;
    let slot = keyHash(this.text, start, start + length) & mask;
    while (this.starts[slot] !== 0) slot = (slot + 1) & mask;
    this.starts[slot] = start + 1;
    this.lengths[slot] = length;
    this.count++;
  }

  private grow(): void {
    const { starts, lengths } = this;
    this.starts = new Int32Array(starts.length * 2);
    this.lengths = new Int32Array(starts.length * 2);
    this.count = 0;
    for (let slot = 0; slot < starts.length; slot++) if (starts[slot] !== 0) this.insert(starts[slot]! - 1, lengths[slot]!);
  }
}

/** A hash of text[from, to) from its length, first two and last eight characters (ids differ in their serial and station). */
function keyHash(text: string, from: number, to: number): number {
  let h = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
  if (to - from > 10) {
    h = Math.imul(h ^ text.charCodeAt(from), 0x01000193);
    h = Math.imul(h ^ text.charCodeAt(from + 1), 0x01000193);
    from = to - 8;
  }
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 15);
}
