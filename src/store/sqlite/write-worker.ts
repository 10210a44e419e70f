// Worker thread body for write-thread.ts: opens its own connection to the store's file and writes
// each batch of cables it is sent in one transaction (CableWriter.putMany), so that the thread that
// reads and parses the next files runs on another core meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { PutResult } from '../cable-store.js';
import { connectSqlite } from './sqlite-connection.js';
import { CableWriter, type PreparedCable } from './write-cable.js';

export type WriteRequest = { seq: number; cables: PreparedCable[] } | { seq: number; close: true };

/** A failure of the write keeps its message and code (a DemarcheError's, or SQLite's such as SQLITE_BUSY). */
export type WriteReply = { seq: number; results: PutResult[] } | { seq: number; error: { name: string; message: string; code?: string } };

const port = parentPort;
if (port) {
  // No memory map: the writer's reads are index probes the page cache serves, and mapped pages of an
  // 11 GB store it touched would count in the process's resident memory beside the reader's.
  const db = connectSqlite((workerData as { file: string }).file, { mmapBytes: 0 });
  let writer: CableWriter | null = null;
  port.on('message', (m: WriteRequest) => {
    if ('close' in m) {
      db.close();
      port.postMessage({ seq: m.seq, results: [] } satisfies WriteReply);
      port.close();
      return;
    }
    let reply: WriteReply;
    try {
      writer ??= new CableWriter(db);
      reply = { seq: m.seq, results: writer.putMany(m.cables) };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const code = (error as { code?: unknown }).code;
      reply = { seq: m.seq, error: { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) } };
    }
    port.postMessage(reply);
  });
}
