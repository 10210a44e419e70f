// Finds cable files under the paths a user names: files as given, directories walked recursively
// in a stable (sorted) order, hidden files skipped.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DemarcheError } from '../errors.js';

const CABLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);

export async function listCableFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new DemarcheError('BAD_INPUT', `${p}: no such file or directory`);
    }
    if (info.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return out;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && CABLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}
