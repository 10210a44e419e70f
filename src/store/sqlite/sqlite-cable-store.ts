// The CableStore on SQLite: one file, WAL so readers never wait for a writer, a busy timeout so
// concurrent CLI runs queue instead of failing, foreign keys on. Migrations and the small reads go
// through Kysely; the two hot paths (write-cable.ts, sqlite-search.ts) use better-sqlite3 prepared
// statements directly, for the measured reasons given there. Both share one connection.
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { AuditLog } from '../../access/audit.js';
import type { ViewSelector } from '../../access/reader-class.js';
import type { UserStore } from '../../access/users.js';
import type { Cable } from '../../cable/types.js';
import { DemarcheError } from '../../errors.js';
import {
  normaliseCableId,
  type ArchiveStats,
  type CableStore,
  type ParagraphMarkingCount,
  type PutResult,
  type ReferringCable,
  type ResolvedReference,
  type SearchResult,
} from '../cable-store.js';
import { getCableRecord, paragraphMarkings, referencedBy, referencesOf } from '../kysely-reads.js';
import { KyselyUserStore } from '../kysely-users.js';
import type { SearchRequest } from '../search-request.js';
import { sqliteMigrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import { SqliteAuditLog } from './sqlite-audit.js';
import { SearchThread } from './search-thread.js';
import { SqliteSearcher } from './sqlite-search.js';
import { FULL_VIEW } from './text-rowid.js';
import { statsSqlite } from './sqlite-stats.js';
import { connectSqlite } from './sqlite-connection.js';
import { CableWriter, type PreparedCable, prepareCable } from './write-cable.js';
import { WriteThread, WriteThreadDied } from './write-thread.js';

export class SqliteCableStore implements CableStore {
  private writer: CableWriter | null = null;
  /** Writes batches on another core; undefined until the first batch, null when there is none. */
  private thread: WriteThread | null | undefined = undefined;
  private searcher: SqliteSearcher | null = null;
  private userStore: KyselyUserStore | null = null;
  private audit: SqliteAuditLog | null = null;
  /** putCables calls are written in call order: on the write thread from its queue, else one by one here. */
  readonly batchesInOrder = true;
  /** Own writes, which invalidate the searcher's caches (other connections' show in data_version). */
  private writes = 0;

  private constructor(
    private readonly sqlite: Sqlite.Database,
    private readonly db: Kysely<Database>,
    readonly file: string,
  ) {}

  /** Opens (creating when needed) the SQLite file; ":memory:" gives a private in-memory store. */
  static open(file: string): SqliteCableStore {
    let sqlite: Sqlite.Database;
    try {
      sqlite = connectSqlite(file);
    } catch (e) {
      throw new DemarcheError('BAD_INPUT', `cannot open the SQLite store ${file} (DEMARCHE_DB): ${(e as Error).message}`, {
        cause: e,
      });
    }
    return new SqliteCableStore(sqlite, new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), file);
  }

  async migrate(): Promise<void> {
    // Migrations from parallel branches may land out of name order; each still runs exactly once.
    const migrator = new Migrator({ db: this.db, provider: sqliteMigrationProvider, allowUnorderedMigrations: true });
    const { error } = await migrator.migrateToLatest();
    if (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new DemarcheError('UNAVAILABLE', `cannot bring the store ${this.file} up to date: ${message}`, { cause: error });
    }
  }

  async putCable(cable: Cable): Promise<PutResult> {
    if (!cable.id || cable.id.trim().length === 0) {
      throw new DemarcheError('BAD_INPUT', `${cable.source}: no canonical cable id could be read, so it cannot be stored`);
    }
    const id = normaliseCableId(cable.id);
    const now = new Date().toISOString();
    // Holding Kysely's connection keeps this synchronous write out of any Kysely transaction
    // (a search) that this process may have open on the same handle.
    return this.db.connection().execute(async () => {
      this.writer ??= new CableWriter(this.sqlite);
      this.writes += 1;
      return this.writer.put(prepareCable(cable, id, now));
    });
  }

  /**
   * The cables in one transaction, in order, each with putCable's outcome; a cable without an id is
   * its BAD_INPUT error in the results and the others are stored. Any other failure rolls back the
   * whole transaction and throws. Ingest gives a batch at a time (src/archive/ingest.ts): FTS5 then
   * writes one index segment per batch, not one per cable, and a crash still loses whole cables only.
   */
  async putCables(cables: readonly Cable[]): Promise<Array<PutResult | DemarcheError>> {
    const results: Array<PutResult | DemarcheError | null> = [];
    const items: Array<{ cable: Cable; id: string; at: number }> = [];
    for (const cable of cables) {
      if (!cable.id || cable.id.trim().length === 0) {
        results.push(new DemarcheError('BAD_INPUT', `${cable.source}: no canonical cable id could be read, so it cannot be stored`));
      } else {
        items.push({ cable, id: normaliseCableId(cable.id), at: results.length });
        results.push(null);
      }
    }
    if (items.length === 0) return results as Array<PutResult | DemarcheError>;
    const now = new Date().toISOString();
    // The rows are computed here, on the thread that parsed the cables; the write thread only writes.
    const batch = items.map(({ cable, id }) => prepareCable(cable, id, now));
    const written = (await this.putOnThread(batch)) ?? (await this.db.connection().execute(async () => {
      this.writer ??= new CableWriter(this.sqlite);
      this.writes += 1;
      return this.writer.putMany(batch);
    }));
    items.forEach(({ at }, k) => (results[at] = written[k] as PutResult));
    return results as Array<PutResult | DemarcheError>;
  }

  /**
   * Starts the write thread ahead of the first batch: the thread loads its modules and opens its
   * connection while ingest reads and parses the first files, which it otherwise waited for.
   */
  prepareWrites(): void {
    this.writeThread();
  }

  private writeThread(): WriteThread | null {
    if (this.thread === undefined) this.thread = isFileStore(this.file) ? WriteThread.start(this.file) : null;
    return this.thread;
  }

  /**
   * The batch written on the store's write thread (write-thread.ts), started on first use for a store
   * on a file; null when there is none (an in-memory store, or the thread could not start or died),
   * and the caller writes it on this thread.
   */
  private async putOnThread(batch: PreparedCable[]): Promise<PutResult[] | null> {
    const thread = this.writeThread();
    if (thread === null || !thread.usable) return null;
    try {
      return await thread.putMany(batch);
    } catch (e) {
      if (e instanceof WriteThreadDied) return null;
      throw e;
    } finally {
      // Cached facet chunks see other connections' commits through data_version, and this one too.
      this.writes += 1;
    }
  }

  getCable(id: string): Promise<Cable | null> {
    return getCableRecord(this.db, id);
  }

  referencesOf(id: string): Promise<ResolvedReference[]> {
    return referencesOf(this.db, id);
  }

  referencedBy(id: string): Promise<ReferringCable[]> {
    return referencedBy(this.db, id);
  }

  stats(): Promise<ArchiveStats> {
    return statsSqlite(this.db);
  }

  /** Matching, ranking, snippets and facets use only the text of the view (text-views.ts). */
  search(request: SearchRequest, view: ViewSelector = FULL_VIEW): Promise<SearchResult> {
    // Holding Kysely's connection keeps this synchronous read out of any open Kysely transaction.
    return this.db.connection().execute(async () => {
      // A helper thread ranks half of each broad match on a second core (search-thread.ts).
      this.searcher ??= new SqliteSearcher(this.sqlite, () => this.writes, isFileStore(this.file) ? SearchThread.start(this.file) : null);
      return this.searcher.searchAt(request, view);
    });
  }

  paragraphMarkings(): Promise<ParagraphMarkingCount[]> {
    return paragraphMarkings(this.db);
  }

  users(): UserStore {
    this.userStore ??= new KyselyUserStore(this.db);
    return this.userStore;
  }

  auditLog(): AuditLog {
    // The audit log writes through better-sqlite3 inside Kysely's connection, like putCable.
    this.audit ??= new SqliteAuditLog(this.sqlite, (fn) => this.db.connection().execute(async () => fn()));
    return this.audit;
  }

  async close(): Promise<void> {
    await this.thread?.close();
    this.thread = null;
    await this.searcher?.close();
    this.searcher = null;
    await this.db.destroy();
  }
}

/** An in-memory database is private to its connection: only a store on a file has a write thread. */
function isFileStore(file: string): boolean {
  return file !== ':memory:' && file !== '' && !file.startsWith('file:');
}
