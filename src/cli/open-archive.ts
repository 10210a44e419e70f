// Opens the store DEMARCHE_DB names for one command and always closes it.
import { databaseUrl } from '../config.js';
import type { CableStore } from '../store/cable-store.js';
import { openCableStore } from '../store/open-store.js';

/** Runs `fn` with the archive; read-only commands pass create=false so a typo'd path is an error. */
export async function withArchive<T>(create: boolean, fn: (store: CableStore) => Promise<T>): Promise<T> {
  const store = await openCableStore(databaseUrl(), { create });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
