// Loads the name-reference tables of $DEMARCHE_DATA/reference/legal-forms (legal forms, company
// descriptors, person titles) into phrase maps keyed by normalised text, so that "Co., Ltd." and
// "Company Limited" or "Corporation" and "Corp" reduce to the same comparison token.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fileURLToPath } from 'node:url';
import { dataDir } from '../config.js';
import { DemarcheError } from '../errors.js';
import { cacheKey, readCache, writeCache } from '../lists/list-cache.js';

export interface PhraseTable {
  /** Normalised phrase ("co ltd") to its canonical token ("~llc"). */
  map: Map<string, string>;
  /** Proper beginnings and endings of the phrases ("co", "ltd"), to stop a search early. */
  prefixes: Set<string>;
  suffixes: Set<string>;
}

export interface ReferenceData {
  legalForms: PhraseTable;
  orgSymbols: PhraseTable;
  personTitles: PhraseTable;
  /** Where the tables came from, or why they are missing. */
  source: string;
}

/** Prefixes that normalised text never produces, so canonical tokens cannot collide with words. */
export const LEGAL_PREFIX = '~';
export const SYMBOL_PREFIX = '#';

type Normaliser = (text: string) => string[];

export function emptyReferenceData(source: string): ReferenceData {
  return { legalForms: table(), orgSymbols: table(), personTitles: table(), source };
}

const FILES = ['org_types.yml', 'symbols.yml', 'stopwords.yml'];
const CODE_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * The tables, from `dir` (default $DEMARCHE_DATA/reference/legal-forms), reusing an earlier
 * run's parse from `cache` when the files and the normaliser are unchanged.
 */
export function loadReferenceData(normalise: Normaliser, dir?: string, cache: string | null = null): ReferenceData {
  const base = dir ?? referenceDir();
  if (base === null || !existsSync(path.join(base, 'org_types.yml'))) {
    return emptyReferenceData(`missing: no ${base ?? '$DEMARCHE_DATA/reference/legal-forms'}/org_types.yml; legal forms are not canonicalised`);
  }
  const files = FILES.map((f) => path.join(base, f)).filter((f) => existsSync(f));
  const key = cacheKey(files, [CODE_DIR]);
  const cached = readCache<ReferenceData>(cache, 'reference', key);
  if (cached !== null) return cached;
  const data = parseReferenceData(normalise, base);
  writeCache(cache, 'reference', key, data);
  return data;
}

function parseReferenceData(normalise: Normaliser, base: string): ReferenceData {
  const orgTypes = readYaml(path.join(base, 'org_types.yml')) as { types?: Array<Record<string, unknown>> };
  // Only the first section of symbols.yml (company descriptors) is used; parsing the rest would
  // double the start-up cost.
  const symbols = readYaml(path.join(base, 'symbols.yml'), /^org_domains:/m) as { org_symbols?: Record<string, unknown[]> };
  const stopwords = readYaml(path.join(base, 'stopwords.yml')) as { PERSON_NAME_PREFIXES?: unknown[] };
  const legalForms = table();
  for (const type of orgTypes.types ?? []) {
    const canonical = String(type.generic ?? type.compare ?? type.display ?? '');
    const key = normalise(canonical).join('');
    if (key === '') continue;
    for (const alias of (type.aliases as unknown[] | undefined) ?? []) add(legalForms, normalise(String(alias)), LEGAL_PREFIX + key);
  }
  const orgSymbols = table();
  for (const [group, words] of Object.entries(symbols.org_symbols ?? {})) {
    for (const word of words ?? []) add(orgSymbols, normalise(String(word)), SYMBOL_PREFIX + group);
  }
  const personTitles = table();
  for (const title of stopwords.PERSON_NAME_PREFIXES ?? []) add(personTitles, normalise(String(title)), '');
  return { legalForms, orgSymbols, personTitles, source: base };
}

function referenceDir(): string | null {
  const data = dataDir();
  return data === null ? null : path.join(data, 'reference', 'legal-forms');
}

function readYaml(file: string, stopAt?: RegExp): unknown {
  let text = readFileSync(file, 'utf8');
  const stop = stopAt ? text.search(stopAt) : -1;
  if (stop > 0) text = text.slice(0, stop);
  try {
    return parseYaml(text);
  } catch (e) {
    throw new DemarcheError('BAD_INPUT', `${file}: not valid YAML: ${(e as Error).message}`, { cause: e, details: { file } });
  }
}

function table(): PhraseTable {
  return { map: new Map(), prefixes: new Set(), suffixes: new Set() };
}

function add(t: PhraseTable, tokens: string[], canonical: string): void {
  if (tokens.length === 0) return;
  const key = tokens.join(' ');
  // The first table entry for a phrase wins, as in the source files' own order of preference.
  if (!t.map.has(key)) t.map.set(key, canonical);
  for (let n = 1; n < tokens.length; n++) {
    t.prefixes.add(tokens.slice(0, n).join(' '));
    t.suffixes.add(tokens.slice(tokens.length - n).join(' '));
  }
}
