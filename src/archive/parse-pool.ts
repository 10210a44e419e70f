// A pool of worker threads that parse cables, so that ingest parses on spare cores while the main
// thread writes to the store (SQLite writes stay on one thread). When a worker cannot start or
// dies, parsing falls back to this thread: the pool is an accelerator, never a point of failure.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseCable } from '../cable/parse-cable.js';
import type { Cable } from '../cable/types.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';

export interface ParsePool {
  parse(bytes: Buffer, source: string): Promise<Cable>;
  /** How many cables were parsed on workers and how many fell back to this thread. */
  counts(): { inWorkers: number; inThread: number };
  close(): Promise<void>;
}

/** Spare cores for parsing: all but the one the store writes on, at most four. */
export function defaultParseWorkers(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

/** The worker, not the cable, failed: the cable is parsed again on this thread. */
class WorkerDied extends Error {}

interface Pending {
  resolve: (cable: Cable) => void;
  reject: (error: Error) => void;
}

class WorkerSlot {
  readonly pending = new Map<number, Pending>();
  alive = true;

  constructor(readonly worker: Worker) {
    worker.on('message', (reply: ParseReply) => {
      const p = this.pending.get(reply.seq);
      this.pending.delete(reply.seq);
      if ('error' in reply) p?.reject(new Error(reply.error));
      else p?.resolve(reply.cable);
    });
    const fail = (error: Error) => {
      this.alive = false;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', (e) => fail(new WorkerDied(e.message)));
    worker.on('exit', (code) => fail(new WorkerDied(`parse worker exited (code ${code})`)));
  }
}

export function createParsePool(size: number): ParsePool {
  // From the TypeScript sources the worker needs the tsx loader; the build runs plain JS.
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './parse-worker-dev.mjs' : './parse-worker.js', import.meta.url);
  const slots = Array.from({ length: size }, () => new WorkerSlot(new Worker(entry)));
  let seq = 0;
  let closed = false;
  const counts = { inWorkers: 0, inThread: 0 };
  const inThread = (bytes: Buffer, source: string): Cable => {
    counts.inThread += 1;
    return parseCable(bytes, source);
  };
  return {
    parse(bytes, source) {
      seq += 1;
      const live = slots.filter((s) => s.alive);
      const slot = live[seq % Math.max(1, live.length)];
      if (!slot) return Promise.resolve(inThread(bytes, source));
      const copy = new Uint8Array(bytes); // a private copy whose buffer can be transferred
      const request: ParseRequest = { seq, source, bytes: copy };
      const parsed = new Promise<Cable>((resolve, reject) => {
        slot.pending.set(request.seq, { resolve, reject });
        slot.worker.postMessage(request, [copy.buffer]);
      });
      return parsed.then(
        (cable) => {
          counts.inWorkers += 1;
          return cable;
        },
        (e: unknown) => {
          if (e instanceof WorkerDied && !closed) return inThread(bytes, source);
          throw e;
        },
      );
    },
    counts: () => ({ ...counts }),
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
