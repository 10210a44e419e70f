// Worker thread body for search-thread.ts: opens its own connection to the store's file and runs the
// read statements it is sent, each batch in one read transaction, answering with their rows and the
// full-text index's version as this transaction saw it (so that the searcher can tell whether it
// read the same snapshot as its own transaction).
import type Sqlite from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { connectSqlite } from './sqlite-connection.js';
import { FTS_VERSION_SQL } from './search-thread.js';

export interface SearchJob {
  sql: string;
  params: unknown[];
}

export type SearchJobRequest = { seq: number; jobs: SearchJob[] } | { seq: number; close: true };
export type SearchJobReply = { seq: number; version: string; rows: unknown[][] } | { seq: number; error: string };

const { file, port, flag } = (workerData ?? {}) as { file: string; port: MessagePort; flag: SharedArrayBuffer };
if (parentPort && port) {
  const db = connectSqlite(file);
  const signal = new Int32Array(flag);
  const statements = new Map<string, Sqlite.Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare<unknown[]>(sql)));
    return s;
  };
  const version = db.prepare(FTS_VERSION_SQL).pluck();
  const run = db.transaction((jobs: SearchJob[]) => ({
    version: version.get() as string,
    rows: jobs.map((j) => prepared(j.sql).all(...j.params)),
  }));
  Atomics.store(signal, 1, 1);
  port.on('message', (m: SearchJobRequest) => {
    let reply: SearchJobReply;
    if ('close' in m) {
      db.close();
      reply = { seq: m.seq, error: 'closed' };
    } else {
      try {
        reply = { seq: m.seq, ...run.deferred(m.jobs) };
      } catch (e) {
        reply = { seq: m.seq, error: e instanceof Error ? e.message : String(e) };
      }
    }
    // The reply is on the port before the flag wakes the searcher, which then reads it synchronously.
    port.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
    if ('close' in m) port.close();
  });
}
