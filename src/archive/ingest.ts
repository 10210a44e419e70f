// Ingests cable files into a CableStore: walks the paths, reads and parses each file and stores
// it in its own transaction, or a batch of files in one when the store takes batches (putCables);
// a store that writes batches in call order (batchesInOrder) gets the next while it writes one.
// A file that cannot be read, is not a cable text or yields no canonical id is reported with its
// reason and skipped; it never stops the rest. Re-running is safe: stored cables come back
// "unchanged", so an interrupted ingest resumes by running it again.
import fs from 'node:fs';
import { listCableFiles } from '../cable/cable-files.js';
import { parseCable } from '../cable/parse-cable.js';
import type { Cable } from '../cable/types.js';
import { DemarcheError, toDemarcheError } from '../errors.js';
import type { CableStore, PutResult, PutStatus } from '../store/cable-store.js';
import { createParsePool } from './parse-pool.js';

/** Real cables are at most a few hundred KB; anything far larger is not a cable text. */
export const MAX_CABLE_BYTES = 5 * 1024 * 1024;

export type FileStatus = PutStatus | 'failed';

export interface FileOutcome {
  file: string;
  status: FileStatus;
  id?: string;
  reason?: string;
  previousSha?: string;
  sha256?: string;
  warnings?: number;
}

export interface IngestProgress {
  done: number;
  total: number;
  outcome: FileOutcome;
}

export interface IngestSummary {
  files: number;
  stored: number;
  unchanged: number;
  replaced: number;
  failed: Array<{ file: string; reason: string }>;
  /** Cables ingested (stored, unchanged or replaced) whose record carries parse warnings. */
  withWarnings: number;
  /** Which ids were replaced, by a changed file or (reparsed) by a new parse of the same bytes. */
  replacedCables: Array<{ id: string; file: string; previousSha: string; reparsed: boolean }>;
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** Called once the files are listed, before any is read. */
  onStart?: (total: number) => void;
  /** The parser; tests may substitute one (it then runs on this thread). */
  parse?: (input: Buffer, source: string) => Cable;
  /** Worker threads that parse while this thread stores; 0 parses here. See defaultParseWorkers(). */
  parseWorkers?: number;
  /** With fewer files than this, parsing stays on this thread (default 5,000). */
  minFilesForWorkers?: number;
  maxBytes?: number;
}

/** Files read and parsed ahead of the one being stored, so workers never wait for the store. */
const LOOKAHEAD = 16;
// Each worker loads the parser's vocabularies and warms up on its own (about a second), so on this
// project's 2-core machines workers did not pay off for the 1,000-file sample (bench:ingest:
// 194 cables/s with one worker, 304 without); they are for larger runs.
const MIN_FILES_FOR_WORKERS = 5000;

/** Cables given at once to a store that takes batches (putCables): one transaction each. */
const STORE_BATCH = 100;

type Prepared = { file: string; cable: Cable } | { file: string; failed: string };

export async function ingestPaths(store: CableStore, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { files: 0, stored: 0, unchanged: 0, replaced: 0, failed: [], withWarnings: 0, replacedCables: [] };
  const files: string[] = [];
  for (const p of paths) {
    try {
      // One push per file: spreading 250,000 paths into one call overflows the stack.
      for (const file of await listCableFiles([p])) files.push(file);
    } catch (e) {
      summary.failed.push({ file: p, reason: toDemarcheError(e).message });
    }
  }
  summary.files = files.length;
  options.onStart?.(files.length);
  const workers = options.parse ? 0 : (options.parseWorkers ?? 0);
  const usePool = workers > 0 && files.length >= (options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS);
  const pool = usePool ? createParsePool(workers) : null;
  const parse = pool ? (b: Buffer, f: string) => pool.parse(b, f) : async (b: Buffer, f: string) => (options.parse ?? parseCable)(b, f);
  try {
    // Stored strictly in file order, a batch at a time; files are read and parsed ahead, a batch's
    // worth more while one is stored. Progress is reported once a file's batch is committed.
    const batchSize = store.putCables ? (store.batchSize ?? STORE_BATCH) : 1;
    // The store gets ready to write batches while the first is read and parsed.
    if (batchSize > 1 && files.length > 1) store.prepareWrites?.();
    const lookahead = Math.max(LOOKAHEAD, 2 * batchSize);
    const ahead: Array<Promise<Prepared>> = [];
    let next = 0;
    const fill = () => {
      while (ahead.length < lookahead && next < files.length) ahead.push(prepare(files[next++] as string, parse, options.maxBytes ?? MAX_CABLE_BYTES));
    };
    // A store that takes batches in call order (batchesInOrder) is handed the next batch while it
    // still writes the last one, so that it never waits for this thread to gather a batch.
    const inFlight: Array<Promise<FileOutcome[]>> = [];
    const maxInFlight = store.batchesInOrder ? 2 : 1;
    let done = 0;
    const report = async () => {
      for (const outcome of await (inFlight.shift() as Promise<FileOutcome[]>)) {
        tally(summary, outcome);
        done += 1;
        options.onProgress?.({ done, total: files.length, outcome });
      }
    };
    for (let taken = 0; taken < files.length; ) {
      const batch: Prepared[] = [];
      while (batch.length < batchSize && taken < files.length) {
        fill();
        batch.push(await (ahead.shift() as Promise<Prepared>));
        taken += 1;
      }
      fill();
      const storing = storeBatch(store, batch);
      // Awaited in turn below; until then a failure must not count as an unhandled rejection.
      storing.catch(() => undefined);
      inFlight.push(storing);
      if (inFlight.length >= maxInFlight) await report();
    }
    while (inFlight.length > 0) await report();
  } finally {
    await pool?.close();
  }
  return summary;
}

function tally(summary: IngestSummary, o: FileOutcome): void {
  if (o.status === 'failed') {
    summary.failed.push({ file: o.file, reason: o.reason ?? 'failed' });
    return;
  }
  summary[o.status] += 1;
  if ((o.warnings ?? 0) > 0) summary.withWarnings += 1;
  if (o.status === 'replaced' && o.id && o.previousSha) {
    summary.replacedCables.push({ id: o.id, file: o.file, previousSha: o.previousSha, reparsed: o.previousSha === o.sha256 });
  }
}

/** Ingests one file on this thread. */
export async function ingestFile(store: CableStore, file: string, options: IngestOptions = {}): Promise<FileOutcome> {
  const parse = async (b: Buffer, f: string) => (options.parse ?? parseCable)(b, f);
  return storePrepared(store, await prepare(file, parse, options.maxBytes ?? MAX_CABLE_BYTES));
}

/** Reads and parses one file; problems with the file itself come back as a reason, never thrown. */
async function prepare(file: string, parse: (b: Buffer, f: string) => Promise<Cable>, maxBytes: number): Promise<Prepared> {
  const read = await readCableBytes(file, maxBytes);
  if ('reason' in read) return { file, failed: read.reason };
  try {
    return { file, cable: await parse(read.bytes, file) };
  } catch (e) {
    // The parser promises never to throw; if it does, that is one bad file, not a stopped ingest.
    return { file, failed: `the parser failed on this file: ${(e as Error).message}` };
  }
}

/**
 * Stores one prepared file. A cable without a canonical id is a failed file; a failure of the store
 * (locked, full, broken) is thrown, because every later file would fail the same way.
 */
async function storePrepared(store: CableStore, p: Prepared): Promise<FileOutcome> {
  const refused = unstorable(p);
  if (refused !== null || !('cable' in p)) return refused as FileOutcome;
  try {
    return storedOutcome(p, await store.putCable(p.cable));
  } catch (e) {
    if (e instanceof DemarcheError) return storedOutcome(p, e);
    throw e;
  }
}

/** Stores prepared files through putCables, as storePrepared would one by one. */
async function storeBatch(store: CableStore, batch: Prepared[]): Promise<FileOutcome[]> {
  // A lone file goes through putCable, unless batches are in flight that it must not overtake.
  if (!store.putCables || (batch.length < 2 && !store.batchesInOrder)) {
    const out: FileOutcome[] = [];
    for (const p of batch) out.push(await storePrepared(store, p));
    return out;
  }
  const outcomes = batch.map(unstorable);
  const todo = batch.flatMap((p, i) => (outcomes[i] === null && 'cable' in p ? [{ i, p }] : []));
  const results = await store.putCables(todo.map(({ p }) => p.cable));
  todo.forEach(({ i, p }, k) => (outcomes[i] = storedOutcome(p, results[k])));
  return outcomes as FileOutcome[];
}

/** The outcome of a file that cannot be stored (unreadable, no canonical id); null when it can. */
function unstorable(p: Prepared): FileOutcome | null {
  const { file } = p;
  if ('failed' in p) return { file, status: 'failed', reason: p.failed };
  const { cable } = p;
  if (cable.id) return null;
  const hint = cable.warnings.length > 0 ? ` (parser warnings: ${cable.warnings.slice(0, 3).join('; ')})` : '';
  return { file, status: 'failed', reason: `no canonical cable id could be read${hint}` };
}

/** What the store answered for one cable: a refusal of the cable (BAD_INPUT) fails the file; anything else is thrown. */
function storedOutcome(p: { file: string; cable: Cable }, result: PutResult | DemarcheError | undefined): FileOutcome {
  const { file, cable } = p;
  if (result === undefined) throw new Error(`the store gave no result for ${file}`);
  if (result instanceof DemarcheError) {
    if (result.code === 'BAD_INPUT') return { file, status: 'failed', reason: result.message };
    throw result;
  }
  const { status, id, previousSha } = result;
  return { file, status, id, previousSha, sha256: cable.sha256, warnings: cable.warnings.length };
}
/**
 * The file's bytes, or why they are not read (missing, unreadable, too large to be a cable text).
 * Through fs's callback functions: the same stat and read as fs/promises, whose FileHandle and
 * promise per step cost ~0.04 ms more CPU a file (~90 -> ~55 ms reading the 1,000 sample files).
 */
function readCableBytes(file: string, maxBytes: number): Promise<{ bytes: Buffer } | { reason: string }> {
  return new Promise((resolve) => {
    const failed = (e: unknown) => resolve({ reason: toDemarcheError(e).message });
    fs.stat(file, (statError, info) => {
      if (statError) return failed(statError);
      if (info.size > maxBytes) {
        return resolve({ reason: `file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for a cable text` });
      }
      fs.readFile(file, (readError, bytes) => {
        if (readError) return failed(readError);
        const problem = cableBytesProblem(bytes, maxBytes);
        resolve(problem === null ? { bytes } : { reason: problem });
      });
    });
  });
}

/** Why these bytes cannot be a cable text (empty, too large, binary), or null when they may be. */
export function cableBytesProblem(bytes: Uint8Array, maxBytes = MAX_CABLE_BYTES): string | null {
  if (bytes.length === 0) return 'empty file';
  if (bytes.length > maxBytes) return `file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a cable text`;
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `binary file (NUL byte at offset ${nul}), not a cable text`;
  return null;
}

/**
 * Ingests one cable text received as bytes (an upload) under the name `source`, with the same
 * checks, parser and store transaction as a file on disk; problems come back as a failed outcome.
 */
export async function ingestBytes(store: CableStore, source: string, bytes: Buffer, options: Pick<IngestOptions, 'parse' | 'maxBytes'> = {}): Promise<FileOutcome> {
  const problem = cableBytesProblem(bytes, options.maxBytes ?? MAX_CABLE_BYTES);
  if (problem !== null) return { file: source, status: 'failed', reason: problem };
  const parse = options.parse ?? parseCable;
  let cable: Cable;
  try {
    cable = parse(bytes, source);
  } catch (e) {
    return { file: source, status: 'failed', reason: `the parser failed on this file: ${(e as Error).message}` };
  }
  return storePrepared(store, { file: source, cable });
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
