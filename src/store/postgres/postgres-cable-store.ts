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
import { PgLexer } from './pg-lexer.js';
import { pgMigrationProvider } from './pg-migrations.js';
import { PgSearcher } from './pg-search.js';
import { statsPg } from './pg-stats.js';
import { prepareWrites, WRITE_SETTINGS, writeCables } from './pg-write-cable.js';

/** Errors of a catalog read racing a DROP: undefined schema, table, column, object. */
const CATALOG_RACES = new Set(['3F000', '42P01', '42703', '42704']);

export class PostgresCableStore implements CableStore {
  private readonly searcher: PgSearcher;
  private userStore: KyselyUserStore | null = null;
  private begin: Promise<string> | null = null;
  private audit: PgAuditLog | null = null;
  /** Stems of the words this store has written, for building text vectors here (pg-lexer.ts). */
  private readonly lexer = new PgLexer();
  /** putCables calls are written in the order they are made, each once the one before has finished. */
  readonly batchesInOrder = true;
  /**
   * Ingest's batches of 300 cables, not 100: each batch writes a row of term counts per lexeme it
   * holds (pg-postings.ts), 32 rows a cable in batches of 500 and 72 in batches of 100.
   */
  readonly batchSize = 300;
  private writing: Promise<void> = Promise.resolve();

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
    const put = { cable, id: cableIdOf(cable) };
    const now = new Date().toISOString();
    const begin = await this.writeBegin();
    const write = () => inTransaction(this.handles.pool, async (client) => (await writeCables(client, this.lexer, [put], now))[0] as PutResult, begin);
    try {
      return await write();
    } catch (e) {
      // Another writer stored the same new id between our look and our insert: look again.
      if ((e as { code?: string }).code === '23505') return write();
      throw e;
    }
  }

  /**
   * All the cables in one transaction, a statement for as many as have distinct ids. When the batch
   * fails (text the store cannot hold, another writer storing one of the ids at the same moment),
   * nothing of it stays and each cable is put on its own, so that one bad cable fails alone.
   * Batches are written one after another in the order of the calls (batchesInOrder): a batch's rows
   * and text vectors are made while the batch before is still being written, so that the server
   * does not wait for this process between two batches, nor this process for the server.
   */
  putCables(cables: readonly Cable[]): Promise<Array<PutResult | DemarcheError>> {
    const results: Array<PutResult | DemarcheError | null> = [];
    const puts: Array<{ cable: Cable; id: string; at: number }> = [];
    for (const cable of cables) {
      try {
        puts.push({ cable, id: cableIdOf(cable), at: results.length });
        results.push(null);
      } catch (e) {
        results.push(e as DemarcheError);
      }
    }
    if (puts.length === 0) return Promise.resolve(results as Array<PutResult | DemarcheError>);
    const now = new Date().toISOString();
    const runs = distinctRuns(puts);
    // Started now, before the batch ahead is done; a failure here only means no head start.
    const prepared = Promise.all(runs.map((run) => prepareWrites(this.handles.pool, this.lexer, run, now))).catch(() => null);
    const previous = this.writing;
    const write = (async () => {
      await previous;
      const ready = await prepared;
      const begin = await this.writeBegin();
      try {
        const stored = await inTransaction(
          this.handles.pool,
          async (client) => {
            const out: PutResult[] = [];
            for (const [i, run] of runs.entries()) out.push(...(await writeCables(client, this.lexer, run, now, ready?.[i])));
            return out;
          },
          begin,
        );
        puts.forEach((p, i) => (results[p.at] = stored[i] as PutResult));
      } catch {
        for (const p of puts) {
          try {
            results[p.at] = await this.putCable(p.cable);
          } catch (one) {
            if (!(one instanceof DemarcheError && one.code === 'BAD_INPUT')) throw one;
            results[p.at] = one;
          }
        }
      }
      return results as Array<PutResult | DemarcheError>;
    })();
    this.writing = write.then(
      () => undefined,
      () => undefined,
    );
    return write;
  }

  /**
   * How a write transaction starts: with lz4 for the long values PostgreSQL compresses (records,
   * view texts, vectors) when the server has it. Its default, pglz, was a fifth of the server's
   * time in an ingest; lz4 compresses several times faster, decompresses faster for search, and
   * costs a little more disk. Values already stored keep their compression; both read the same.
   */
  private writeBegin(): Promise<string> {
    this.begin ??= this.handles.pool
      .query<{ lz4: boolean }>(`SELECT 'lz4' = ANY (enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`)
      .then((r) => `BEGIN; ${WRITE_SETTINGS}${r.rows[0]?.lz4 ? "; SET LOCAL default_toast_compression = 'lz4'" : ''}`)
      .catch((e: unknown) => {
        this.begin = null; // asked again next time: the server may be back
        throw e;
      });
    return this.begin;
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
    await this.searcher.close();
    await this.handles.db.destroy();
  }
}

function cableIdOf(cable: Cable): string {
  if (!cable.id || cable.id.trim().length === 0) {
    throw new DemarcheError('BAD_INPUT', `${cable.source}: no canonical cable id could be read, so it cannot be stored`);
  }
  return normaliseCableId(cable.id);
}

/** The puts cut where an id comes again, so that no statement holds one id twice. */
function distinctRuns<T extends { id: string }>(puts: readonly T[]): T[][] {
  const runs: T[][] = [];
  let ids = new Set<string>();
  for (const p of puts) {
    if (runs.length === 0 || ids.has(p.id)) {
      runs.push([]);
      ids = new Set();
    }
    ids.add(p.id);
    (runs[runs.length - 1] as T[]).push(p);
  }
  return runs;
}
