// The CableStore on PostgreSQL (DEMARCHE_DB=postgres://...), for archives and user counts past one
// machine's SQLite file (README "Scaling out"). Migrations and the small reads go through Kysely,
// shared with SQLite where the SQL is the same (kysely-reads.ts, kysely-users.ts); writes, search,
// stats and the audit log use pg directly (pg-write-cable.ts, pg-search.ts, pg-stats.ts, pg-audit.ts).
import { Migrator } from 'kysely';
import type pg from 'pg';
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
import { FULL_VIEW } from '../sqlite/text-rowid.js';
import { PgAuditLog } from './pg-audit.js';
import { connectPg, inTransaction, parsePgUrl, type PgHandles, type PgTarget } from './pg-connection.js';
import { PgFacetCache } from './pg-facets.js';
import { pgMigrationProvider } from './pg-migrations.js';
import { PgSearcher } from './pg-search.js';
import { statsPg } from './pg-stats.js';
import { writeCable } from './pg-write-cable.js';

/** Errors of a catalog read racing a DROP: undefined schema, table, column, object. */
const CATALOG_RACES = new Set(['3F000', '42P01', '42703', '42704']);

export class PostgresCableStore implements CableStore {
  private readonly searcher: PgSearcher;
  private userStore: KyselyUserStore | null = null;
  private audit: PgAuditLog | null = null;

  private constructor(
    private readonly handles: PgHandles,
    readonly target: PgTarget,
  ) {
    this.searcher = new PgSearcher(handles.pool, new PgFacetCache());
  }

  static async open(url: string): Promise<PostgresCableStore> {
    const target = parsePgUrl(url);
    return new PostgresCableStore(await connectPg(target), target);
  }

  /** The pool, for the statement store and `migrate --to` on the same database. */
  get pool(): pg.Pool {
    return this.handles.pool;
  }

  async migrate(): Promise<void> {
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    const schema = this.target.schema ? { migrationTableSchema: this.target.schema } : {};
    const migrator = new Migrator({ db: this.handles.db, provider: pgMigrationProvider, allowUnorderedMigrations: true, ...schema });
    let { error } = await migrator.migrateToLatest();
    // Kysely reads the tables of every schema to find its own, and a schema or table dropped by
    // someone else in the meantime fails that read (schema "t_..." does not exist): the tests drop
    // theirs while others migrate. Each step runs in a transaction, so trying again is safe.
    for (let retry = 0; error && CATALOG_RACES.has((error as { code?: string }).code ?? '') && retry < 3; retry += 1) {
      ({ error } = await migrator.migrateToLatest());
    }
    if (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new DemarcheError('UNAVAILABLE', `cannot bring the store ${this.target.display} up to date: ${message}`, { cause: error });
    }
  }

  async putCable(cable: Cable): Promise<PutResult> {
    if (!cable.id || cable.id.trim().length === 0) {
      throw new DemarcheError('BAD_INPUT', `${cable.source}: no canonical cable id could be read, so it cannot be stored`);
    }
    const id = normaliseCableId(cable.id);
    const now = new Date().toISOString();
    const put = () => inTransaction(this.handles.pool, (client) => writeCable(client, cable, id, now));
    try {
      return await put();
    } catch (e) {
      // Another writer stored the same new id between our look and our insert: look again.
      if ((e as { code?: string }).code === '23505') return put();
      throw e;
    }
  }

  getCable(id: string): Promise<Cable | null> {
    return getCableRecord(this.handles.db, id);
  }

  referencesOf(id: string): Promise<ResolvedReference[]> {
    return referencesOf(this.handles.db, id);
  }

  referencedBy(id: string): Promise<ReferringCable[]> {
    return referencedBy(this.handles.db, id);
  }

  stats(): Promise<ArchiveStats> {
    return statsPg(this.handles.pool);
  }

  search(request: SearchRequest, view: ViewSelector = FULL_VIEW): Promise<SearchResult> {
    return this.searcher.search(request, view);
  }

  paragraphMarkings(): Promise<ParagraphMarkingCount[]> {
    return paragraphMarkings(this.handles.db);
  }

  users(): UserStore {
    this.userStore ??= new KyselyUserStore(this.handles.db);
    return this.userStore;
  }

  auditLog(): AuditLog {
    this.audit ??= new PgAuditLog(this.handles.pool);
    return this.audit;
  }

  async close(): Promise<void> {
    await this.handles.db.destroy();
  }
}
