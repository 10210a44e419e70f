// The SQLite store's write thread: putCables hands each batch of cables to a worker thread with its
// own connection to the file (write-worker.ts), which stores the batch in one transaction as this
// thread would (CableWriter.putMany). Storing a cable is mostly SQLite's work (full-text indexing
// above all) and synchronous, so on this thread it stopped everything else; on its own thread it
// runs on a second core while ingest reads and parses the next files here.
// Like the parse pool, the thread is an accelerator: when it cannot start or dies, batches are
// written on the calling thread (a dying thread's connection closes, rolling back a batch it had
// not committed). A failure of the write itself (a locked or full store) is the caller's, as before.
import { Worker } from 'node:worker_threads';
import { DemarcheError, ERROR_CODES, type ErrorCode } from '../../errors.js';
import type { PutResult } from '../cable-store.js';
import type { PreparedCable } from './write-cable.js';
import type { WriteReply, WriteRequest } from './write-worker.js';

/** The thread itself, not the write, failed: the batch is written on the calling thread. */
export class WriteThreadDied extends Error {}

interface Pending {
  resolve: (results: PutResult[]) => void;
  reject: (error: Error) => void;
}

export class WriteThread {
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private alive = true;

  private constructor(private readonly worker: Worker) {
    // Idle, the thread does not keep the process alive; a batch in flight does.
    worker.unref();
    worker.on('message', (reply: WriteReply) => {
      const p = this.pending.get(reply.seq);
      this.pending.delete(reply.seq);
      if (this.pending.size === 0) worker.unref();
      if (!p) return;
      if ('error' in reply) p.reject(rebuildError(reply.error));
      else p.resolve(reply.results);
    });
    const fail = (error: Error) => {
      this.alive = false;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      worker.unref();
    };
    worker.on('error', (e) => fail(new WriteThreadDied(`the store's write thread failed: ${e.message}`)));
    worker.on('exit', (code) => fail(new WriteThreadDied(`the store's write thread exited (code ${code})`)));
  }

  /** Starts a write thread on the store file; null when no thread can be started. */
  static start(file: string): WriteThread | null {
    // From the TypeScript sources the worker needs the tsx loader; the build runs plain JS.
    const fromSources = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSources ? './write-worker-dev.mjs' : './write-worker.js', import.meta.url);
    try {
      return new WriteThread(new Worker(entry, { workerData: { file } }));
    } catch {
      return null;
    }
  }

  get usable(): boolean {
    return this.alive;
  }

  /** The batch in one transaction on the write thread: CableWriter.putMany's results, or its error. */
  putMany(cables: PreparedCable[]): Promise<PutResult[]> {
    return this.send({ seq: (this.seq += 1), cables });
  }

  /** Closes the thread's connection and ends the thread. */
  async close(): Promise<void> {
    if (this.alive) {
      try {
        await this.send({ seq: (this.seq += 1), close: true });
      } catch {
        // A thread that died has nothing left to close.
      }
    }
    this.alive = false;
    await this.worker.terminate();
  }

  private send(request: WriteRequest): Promise<PutResult[]> {
    if (!this.alive) return Promise.reject(new WriteThreadDied("the store's write thread has ended"));
    return new Promise<PutResult[]>((resolve, reject) => {
      this.pending.set(request.seq, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(request);
    });
  }
}

function rebuildError(e: { name: string; message: string; code?: string }): Error {
  if (e.name === 'DemarcheError' && (ERROR_CODES as readonly string[]).includes(e.code ?? '')) {
    return new DemarcheError(e.code as ErrorCode, e.message);
  }
  const error = new Error(e.message);
  error.name = e.name;
  if (e.code !== undefined) (error as Error & { code: string }).code = e.code;
  return error;
}
