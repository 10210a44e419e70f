// The SQLite searcher's helper thread: a worker with its own read connection to the store's file
// (search-worker.ts) that runs some of a search's statements while the searcher runs the others, so
// that one search uses a second core. Ranking is most of a broad search's CPU (bm25 reads every
// match's positions and size), and bm25 scores a row the same whatever rowid range the statement is
// limited to (its IDF and average length are the whole table's), so the match can be ranked in two
// halves at once and the two pages merged.
// The searcher's API is synchronous (one read transaction), so it waits for the helper with
// Atomics.wait and takes the reply with receiveMessageOnPort. Like the write thread, the helper is
// an accelerator: when it cannot start, fails, or read another snapshot than the searcher's
// transaction (a write committed in between), the caller runs the statements itself.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { availableParallelism, cpus, loadavg } from 'node:os';
import type { SearchJob, SearchJobReply, SearchJobRequest } from './search-worker.js';

/**
 * The full-text index's version: its averages record (row count, token totals) and its structure
 * record (segments, write counter), both rewritten by every transaction that changes cable_text.
 * Two transactions that read the same bytes see the same full text.
 */
export const FTS_VERSION_SQL = 'SELECT group_concat(hex(block)) FROM (SELECT block FROM cable_text_data WHERE id IN (1, 10) ORDER BY id)';

/** A wait longer than this means the thread is stuck or gone: it is not used again. */
const WAIT_MS = 30_000;

export class SearchThread {
  private seq = 0;
  private alive = true;
  private readonly signal: Int32Array;
  private readonly cores = availableParallelism();
  private sample = { at: performance.now(), busy: machineBusyMs(), own: ownCpuMs() };
  /** Until a quarter second has been measured, the load average tells. */
  private spareCore = (loadavg()[0] ?? 0) < this.cores - 1;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    flag: SharedArrayBuffer,
  ) {
    this.signal = new Int32Array(flag);
    // Idle, the thread does not keep the process alive.
    worker.unref();
    port.unref();
    worker.on('error', () => (this.alive = false));
    worker.on('exit', () => (this.alive = false));
  }

  /** A helper thread on the store's file; null on one core, or when no thread can be started. */
  static start(file: string): SearchThread | null {
    if (availableParallelism() < 2 || file === ':memory:' || file === '') return null;
    const fromSources = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSources ? './search-worker-dev.mjs' : './search-worker.js', import.meta.url);
    try {
      // [0] is set when a reply is on the port, [1] once the thread is ready.
      const flag = new SharedArrayBuffer(8);
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(entry, { workerData: { file, port: port2, flag }, transferList: [port2] });
      return new SearchThread(worker, port1, flag);
    } catch {
      return null;
    }
  }

  /** Alive, and started: until its connection is open (tens of milliseconds), searches run without it. */
  get usable(): boolean {
    return this.alive && Atomics.load(this.signal, 1) === 1;
  }

  /**
   * Usable, and the machine has a core to spare: over the last quarter second or more, other work
   * (CPU time of the whole machine less this process's) kept fewer than cores - 1.5 busy, leaving
   * one for this thread and one for the helper. Ranking in two halves costs more CPU in all (each
   * statement computes the terms' IDF over the whole table: +15-45% on the scale queries), so on a
   * busy server it would only take CPU from other searches; then the halves are not split.
   * DEMARCHE_SEARCH_SPLIT=always or never overrides the test (to measure either way).
   */
  get spare(): boolean {
    const mode = process.env.DEMARCHE_SEARCH_SPLIT;
    if (!this.usable || mode === 'never') return false;
    if (mode === 'always') return true;
    const at = performance.now();
    if (at - this.sample.at >= 250) {
      const next = { at, busy: machineBusyMs(), own: ownCpuMs() };
      const others = (next.busy - this.sample.busy - (next.own - this.sample.own)) / (at - this.sample.at);
      this.spareCore = others < this.cores - 1.5;
      this.sample = next;
    }
    return this.spareCore;
  }

  /** Sends the jobs; the thread runs them while the caller goes on. Null when the thread is not usable. */
  submit(jobs: SearchJob[]): PendingJobs | null {
    if (!this.usable) return null;
    // Anything left from an abandoned request is read and dropped first.
    while (receiveMessageOnPort(this.port) !== undefined);
    const seq = (this.seq += 1);
    Atomics.store(this.signal, 0, 0);
    try {
      this.port.postMessage({ seq, jobs } satisfies SearchJobRequest);
    } catch {
      return null; // parameters that cannot be cloned: the caller runs the jobs
    }
    return new PendingJobs(this, seq);
  }

  /** The rows of each job and the version of the full text they were read from; null when they did not come. */
  wait(seq: number): { version: string; rows: unknown[][] } | null {
    const deadline = performance.now() + WAIT_MS;
    for (;;) {
      const m = receiveMessageOnPort(this.port)?.message as SearchJobReply | undefined;
      if (m !== undefined) {
        if (m.seq !== seq) continue;
        return 'error' in m ? null : { version: m.version, rows: m.rows };
      }
      const left = deadline - performance.now();
      if (!this.alive || left <= 0) {
        this.alive = false;
        return null;
      }
      Atomics.wait(this.signal, 0, 0, Math.min(left, 1000));
      // Woken with the reply on the port, or by the time limit (the loop checks the thread is alive).
      Atomics.store(this.signal, 0, 0);
    }
  }

  async close(): Promise<void> {
    if (this.usable) {
      // Its connection is closed before the thread ends (one still starting is just ended).
      const seq = (this.seq += 1);
      this.port.postMessage({ seq, close: true } satisfies SearchJobRequest);
      this.wait(seq);
      this.alive = false;
    }
    await this.worker.terminate();
  }
}

export class PendingJobs {
  constructor(
    private readonly thread: SearchThread,
    private readonly seq: number,
  ) {}

  wait(): { version: string; rows: unknown[][] } | null {
    return this.thread.wait(this.seq);
  }
}

/** Milliseconds all cores have spent busy since boot. */
function machineBusyMs(): number {
  let ms = 0;
  for (const c of cpus()) ms += c.times.user + c.times.nice + c.times.sys + c.times.irq;
  return ms;
}

/** Milliseconds of CPU this process (all its threads) has used. */
function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
