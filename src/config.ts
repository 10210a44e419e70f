// Where demarche finds its data and its store: DEMARCHE_DATA and DEMARCHE_DB, with the documented defaults.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemarcheError } from './errors.js';

/** The repository root (the folder holding package.json), whether running from src/ or dist/. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The shared data folder: $DEMARCHE_DATA, else ../shared/data beside the repository (or beside the
 * working directory). Returns null when none exists; callers that need it use requireDataDir().
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.DEMARCHE_DATA;
  if (fromEnv) return path.resolve(fromEnv);
  for (const base of [PACKAGE_ROOT, process.cwd()]) {
    const candidate = path.resolve(base, '..', 'shared', 'data');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export function requireDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = dataDir(env);
  if (dir === null) {
    throw new DemarcheError(
      'BAD_INPUT',
      'no data folder: set DEMARCHE_DATA to the shared data folder (e.g. DEMARCHE_DATA=../shared/data)',
    );
  }
  if (!existsSync(dir)) {
    throw new DemarcheError('BAD_INPUT', `DEMARCHE_DATA points to ${dir}, which does not exist`);
  }
  return dir;
}

/** The seed cables folder: ../seeds beside the data folder (the shared layout). */
export function seedsDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const data = dataDir(env);
  if (data === null) return null;
  const candidate = path.resolve(data, '..', 'seeds');
  return existsSync(candidate) ? candidate : null;
}

/** The store location: $DEMARCHE_DB (a file path or a postgres:// URL), default ./demarche.db. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DEMARCHE_DB && env.DEMARCHE_DB.length > 0 ? env.DEMARCHE_DB : './demarche.db';
}
