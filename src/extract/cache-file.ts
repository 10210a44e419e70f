// Writes a derived-data cache file under .cache/extract/ atomically: test workers and CLI runs may
// build the same file at once, so each writes its own temporary file and renames it into place.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeCache(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  try {
    renameSync(tmp, file);
  } catch {
    // Another writer got there first with the same content: ours is not needed.
    rmSync(tmp, { force: true });
  }
}
