// Keeps the result of expensive reads (parsed lists, reference tables) between runs, so that a
// one-off `demarche screen party` does not parse 10 MB of CSV and XML each time. The key covers
// the source files (path, size, modification time) and the code that reads them; anything
// unexpected means a miss, never an error. DEMARCHE_NO_CACHE=1 turns it off.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/** Bump when a cached shape changes in a way the code stamp would not catch. */
const CACHE_VERSION = 1;

export function cacheDir(listsFolder: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DEMARCHE_NO_CACHE === '1') return null;
  return path.join(listsFolder, '.cache');
}

/** A key over files' identities and the code in `codeDirs` that turns them into the cached value. */
export function cacheKey(files: string[], codeDirs: string[]): string {
  const hash = createHash('sha256').update(String(CACHE_VERSION));
  for (const file of [...files].sort()) {
    const st = statSync(file);
    hash.update(`\0${path.resolve(file)}\0${st.size}\0${st.mtimeMs}`);
  }
  for (const dir of codeDirs) {
    for (const name of readdirSync(dir).sort()) {
      const st = statSync(path.join(dir, name));
      if (st.isFile()) hash.update(`\0${name}\0${st.size}\0${st.mtimeMs}`);
    }
  }
  return hash.digest('hex').slice(0, 24);
}

export function readCache<T>(dir: string | null, name: string, key: string): T | null {
  if (dir === null) return null;
  try {
    const value = v8.deserialize(readFileSync(path.join(dir, `${name}-${key}.v8`))) as { key: string; value: T };
    return value.key === key ? value.value : null;
  } catch {
    return null;
  }
}

/** Writes atomically (temporary file, then rename); a cache that cannot be written is skipped. */
export function writeCache(dir: string | null, name: string, key: string, value: unknown): void {
  if (dir === null) return;
  try {
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir)) {
      // One entry per name: older versions are removed.
      if (old.startsWith(`${name}-`)) rmSync(path.join(dir, old), { force: true });
    }
    const file = path.join(dir, `${name}-${key}.v8`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, v8.serialize({ key, value }));
    renameSync(tmp, file);
  } catch {
    // A read-only or full disk costs speed, not correctness.
  }
}
