// Opens the stores that DEMARCHE_DB names: a file path (SQLite) or a postgres:// URL (PostgreSQL).
// The cable store opens first and migrates; the statement store then opens on the same database.
import { existsSync } from 'node:fs';
import type { KnowledgeStore } from '../entities/knowledge-store.js';
import { DemarcheError } from '../errors.js';
import type { CableStore } from './cable-store.js';
import { isPostgresUrl } from './postgres/pg-connection.js';
import { SqliteCableStore } from './sqlite/sqlite-cable-store.js';
import { SqliteKnowledgeStore } from './sqlite/sqlite-knowledge-store.js';

export interface OpenOptions {
  /** False for commands that only read: a missing store is then an error, not a new empty file. */
  create?: boolean;
}

export async function openCableStore(url: string, options: OpenOptions = {}): Promise<CableStore> {
  if (isPostgresUrl(url)) {
    // Loaded only when used: SQLite users never load pg.
    const { PostgresCableStore } = await import('./postgres/postgres-cable-store.js');
    return migrated(await PostgresCableStore.open(url));
  }
  if (options.create === false && url !== ':memory:' && !existsSync(url)) {
    throw new DemarcheError(
      'NOT_FOUND',
      `no cable store at ${url} (DEMARCHE_DB): run \`npm start\` or \`demarche ingest PATH\` first`,
    );
  }
  return migrated(SqliteCableStore.open(url));
}

/** The statement store on the database DEMARCHE_DB names; open (and so migrate) the cable store first. */
export async function openKnowledgeStore(url: string): Promise<KnowledgeStore> {
  if (isPostgresUrl(url)) {
    const { PostgresKnowledgeStore } = await import('./postgres/pg-knowledge-store.js');
    return PostgresKnowledgeStore.open(url);
  }
  return SqliteKnowledgeStore.open(url);
}

async function migrated<S extends CableStore>(store: S): Promise<S> {
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
