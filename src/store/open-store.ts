// Opens the cable store that DEMARCHE_DB names: a file path (SQLite) now, a postgres:// URL later.
import { existsSync } from 'node:fs';
import { DemarcheError } from '../errors.js';
import type { CableStore } from './cable-store.js';
import { SqliteCableStore } from './sqlite/sqlite-cable-store.js';

export interface OpenOptions {
  /** False for commands that only read: a missing store is then an error, not a new empty file. */
  create?: boolean;
}

export async function openCableStore(url: string, options: OpenOptions = {}): Promise<CableStore> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new DemarcheError(
      'BAD_INPUT',
      'PostgreSQL stores (DEMARCHE_DB=postgres://...) are not supported yet; set DEMARCHE_DB to a file path to use SQLite (default ./demarche.db)',
    );
  }
  if (options.create === false && url !== ':memory:' && !existsSync(url)) {
    throw new DemarcheError(
      'NOT_FOUND',
      `no cable store at ${url} (DEMARCHE_DB): run \`npm start\` or \`demarche ingest PATH\` first`,
    );
  }
  const store = SqliteCableStore.open(url);
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
