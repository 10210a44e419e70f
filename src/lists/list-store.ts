// Where the lists come from and how they are loaded: the folder that `lists update` fills
// ($DEMARCHE_LISTS, default ./lists) when it holds a complete download, else the shared data
// folder's copies ($DEMARCHE_DATA/sanctions).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireDataDir } from '../config.js';
import { DemarcheError } from '../errors.js';
import { cacheDir, cacheKey, readCache, writeCache } from './list-cache.js';
import { findListFiles, type FileRole, type SourceFiles } from './list-sources.js';
import { readOfacList } from './ofac-list.js';
import type { ListId, LoadedList } from './types.js';
import { readUnList } from './un-xml.js';

export const MANIFEST = 'manifest.json';

/** The folder of the list readers: their code is part of the cache key. */
const CODE_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface ListManifest {
  updatedAt: string;
  files: Partial<Record<FileRole, { file: string; url: string; bytes: number; sha256: string }>>;
}

export interface LoadedLists {
  /** The folder the lists were read from. */
  dir: string;
  /** "updated" for a `lists update` download, "shared" for the shared data folder, "given" for --lists. */
  origin: 'updated' | 'shared' | 'given';
  lists: LoadedList[];
}

/** The project's own lists folder: $DEMARCHE_LISTS, default ./lists. */
export function listsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DEMARCHE_LISTS && env.DEMARCHE_LISTS.length > 0 ? env.DEMARCHE_LISTS : 'lists');
}

export function readManifest(dir: string): ListManifest | null {
  const file = path.join(dir, MANIFEST);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ListManifest;
  } catch (e) {
    throw new DemarcheError('BAD_INPUT', `${file}: not valid JSON (${(e as Error).message}); run \`demarche lists update\` again`);
  }
}

/** Picks the folder to read: an explicit one, else a completed update, else the shared copies. */
export function resolveListsDir(opts: { dir?: string; env?: NodeJS.ProcessEnv } = {}): Pick<LoadedLists, 'dir' | 'origin'> {
  if (opts.dir) return { dir: path.resolve(opts.dir), origin: 'given' };
  const own = listsDir(opts.env);
  if (readManifest(own) !== null) return { dir: own, origin: 'updated' };
  // An update killed between its two renames left the old lists aside: they are still the lists.
  const aside = setAside(own);
  if (aside !== null) return { dir: aside, origin: 'updated' };
  return { dir: path.join(requireDataDir(opts.env), 'sanctions'), origin: 'shared' };
}

function setAside(own: string): string | null {
  const parent = path.dirname(own);
  if (existsSync(own) || !existsSync(parent)) return null;
  const name = readdirSync(parent).find((n) => n.startsWith(`${path.basename(own)}.previous-`) && existsSync(path.join(parent, n, MANIFEST)));
  return name ? path.join(parent, name) : null;
}

export interface LoadOptions {
  dir?: string;
  env?: NodeJS.ProcessEnv;
  only?: ListId[];
  /** Reuse lists parsed by an earlier run with the same files (default true). */
  cache?: boolean;
}

export async function loadLists(opts: LoadOptions = {}): Promise<LoadedLists> {
  const { dir, origin } = resolveListsDir(opts);
  if (!existsSync(dir)) throw new DemarcheError('BAD_INPUT', `lists folder ${dir} does not exist`);
  const files = findListFiles(dir);
  const cache = opts.cache === false ? null : cacheDir(listsDir(opts.env), opts.env);
  const paths = Object.values(files).map((f) => f.path);
  if (existsSync(path.join(dir, MANIFEST))) paths.push(path.join(dir, MANIFEST));
  const key = cacheKey(paths, [CODE_DIR]);
  const name = opts.only ? `lists_${opts.only.join('+')}` : 'lists';
  const cached = readCache<LoadedList[]>(cache, name, key);
  if (cached !== null) return { dir, origin, lists: cached };
  const lists = await parseLists(dir, files, opts.only);
  writeCache(cache, name, key, lists);
  return { dir, origin, lists };
}

async function parseLists(dir: string, files: SourceFiles, only: ListId[] | undefined): Promise<LoadedList[]> {
  const manifest = readManifest(dir);
  const updated = manifest ? manifest.updatedAt.slice(0, 10) : null;
  const wanted = (id: ListId): boolean => only === undefined || only.includes(id);
  const lists: LoadedList[] = [];
  if (wanted('us-ofac-sdn') && files.sdn) lists.push(await readOfac('us-ofac-sdn', files, ['sdn', 'sdn-alt', 'sdn-add', 'sdn-comments'], updated));
  if (wanted('us-ofac-cons') && files['cons-prim']) {
    lists.push(await readOfac('us-ofac-cons', files, ['cons-prim', 'cons-alt', 'cons-add', 'cons-comments'], updated));
  }
  if (wanted('un-sc') && files.un) lists.push(await readUnList(files.un.path));
  if (lists.length === 0) {
    throw new DemarcheError(
      'BAD_INPUT',
      `no sanctions list files in ${dir} (expected SDN.CSV, CONS_PRIM.CSV or consolidated.xml); run \`demarche lists update\` or set DEMARCHE_DATA`,
    );
  }
  return lists;
}

async function readOfac(
  id: ListId,
  files: SourceFiles,
  [primary, alt, add, comments]: [FileRole, FileRole, FileRole, FileRole],
  updated: string | null,
): Promise<LoadedList> {
  const main = files[primary]!;
  const set: Parameters<typeof readOfacList>[1] = { primary: main.path };
  if (files[alt]) set.alt = files[alt].path;
  if (files[add]) set.add = files[add].path;
  if (files[comments]) set.comments = files[comments].path;
  return readOfacList(id, set, main.date ?? updated);
}
