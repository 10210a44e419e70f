// Connections to a PostgreSQL store: a pg Pool for the hot paths and Kysely on the same pool for
// migrations and small reads. DEMARCHE_DB=postgres://user@host:port/db[?schema=name]: the schema
// parameter (ours, not libpq's) puts the store's tables in that schema, created when missing, so
// that one database can hold several stores (the tests make one per test).
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { DemarcheError } from '../../errors.js';

export interface PgTarget {
  /** The connection string without our own parameters. */
  connectionString: string;
  schema: string | null;
  /** The URL with any password left out, for messages. */
  display: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function parsePgUrl(url: string): PgTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DemarcheError('BAD_INPUT', `DEMARCHE_DB: "${url}" is not a valid postgres:// URL (postgres://user@host:5432/database)`);
  }
  const schema = parsed.searchParams.get('schema');
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new DemarcheError('BAD_INPUT', `DEMARCHE_DB: schema "${schema}" must be letters, digits and _ (at most 63)`);
  }
  parsed.searchParams.delete('schema');
  const shown = new URL(parsed.href);
  if (shown.password) shown.password = '***';
  return { connectionString: parsed.href, schema, display: shown.href };
}

// bigint (count(*), sums) as a JS number; a value past 2^53 would lose digits, so it fails loudly.
const int8 = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} does not fit a JavaScript number`);
  return n;
};

/** SQLSTATEs for text PostgreSQL cannot hold (a NUL byte, bad encoding): the input's fault. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

/**
 * A client that reports text PostgreSQL cannot hold as BAD_INPUT: a NUL byte is valid in JavaScript
 * and in SQLite, so a search or id typed with one reaches the database and must not be an internal error.
 */
class Client extends pg.Client {
  override query(...args: unknown[]): any {
    // pool.query passes a callback; Kysely and client.query callers take the promise.
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (e: unknown, r: unknown) => (last as (e: unknown, r: unknown) => void)(e ? unstorable(e) : e, r);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.catch((e: unknown) => Promise.reject(unstorable(e))) : result;
  }
}

function unstorable(e: unknown): unknown {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: string };
  if (typeof code !== 'string' || !UNSTORABLE_TEXT.has(code)) return e;
  return new DemarcheError('BAD_INPUT', `the text holds a character the PostgreSQL store cannot hold (${message}): remove NUL bytes and invalid characters`, { cause: e });
}

export interface PgHandles {
  pool: pg.Pool;
  db: Kysely<any>;
}

export async function connectPg(target: PgTarget, max = 10): Promise<PgHandles> {
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === 20 ? int8 : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
  };
  const options = target.schema ? `-c search_path=${target.schema},public` : undefined;
  // A server that drops packets would otherwise leave a command waiting for ever.
  const pool = new pg.Pool({ connectionString: target.connectionString, max, types, Client, connectionTimeoutMillis: 15_000, ...(options ? { options } : {}) });
  // An idle client that loses its server (a restart) must not crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      if (target.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    if ((e as { code?: string }).code === '42P06') return connectPg(target, max); // created by a racing opener
    throw new DemarcheError('UNAVAILABLE', `cannot connect to the PostgreSQL store ${target.display} (DEMARCHE_DB): ${(e as Error).message}`, {
      cause: e,
    });
  }
  return { pool, db: new Kysely<any>({ dialect: new PostgresDialect({ pool }) }) };
}

/** Runs `fn` in one transaction on one client: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
