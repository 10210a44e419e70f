// Implementation of `demarche serve` (and of `demarche start --serve`, which `npm start` runs): the
// HTTP API and the web UI on Fastify, logging as JSON lines (pino) on standard output. With
// --workers N the process forks N workers (node:cluster) sharing the port: screening is CPU-bound
// and one Node thread uses one core; each worker loads its own lists and keeps its own rate counts.
import cluster from 'node:cluster';
import { buildServer, DEFAULT_RATE_LIMIT } from '../api/server.js';
import { databaseUrl } from '../config.js';
import { DemarcheError } from '../errors.js';
import { printLine } from './output.js';

export interface ServeOptions {
  host?: string;
  port?: string;
  rateLimit?: string;
  workers?: string;
}

export async function runServe(opts: ServeOptions): Promise<void> {
  const host = opts.host ?? '127.0.0.1';
  const port = checkNumber(opts.port ?? '8080', '--port', 0, 65535);
  const workers = checkNumber(opts.workers ?? '1', '--workers', 1, 64);
  const max = opts.rateLimit === undefined ? DEFAULT_RATE_LIMIT.max : checkNumber(opts.rateLimit, '--rate-limit', 1, 1e9);
  if (workers > 1 && cluster.isPrimary) return supervise(workers, () => announce(host, port, workers));
  const app = await buildServer({
    db: databaseUrl(),
    logger: { level: process.env.DEMARCHE_LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] },
    rateLimit: { max, timeWindow: DEFAULT_RATE_LIMIT.timeWindow },
  });
  try {
    await app.listen({ host, port });
  } catch (e) {
    await app.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new DemarcheError('BAD_INPUT', `port ${port} on ${host} is in use: pick another with --port`);
    throw e;
  }
  if (cluster.isPrimary) announce(host, port, 1);
  // Load the sanctions lists now, so that the first screening request does not wait for them.
  void import('../screening/screen-party.js').then((m) => m.getScreener()).catch((e: Error) => app.log.warn({ err: e }, 'sanctions lists not loaded'));
  await new Promise<void>((resolve) => {
    const stop = () => void app.close().then(resolve, resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (cluster.isWorker) process.once('disconnect', stop);
  });
}

function announce(host: string, port: number, workers: number): void {
  const shown = host.includes(':') ? `[${host}]` : host;
  const many = workers > 1 ? `, ${workers} workers` : '';
  printLine(`demarche: serving http://${shown}:${port}/ (web UI; API under /api, OpenAPI at /openapi.json; store ${databaseUrl()}${many})`);
  printLine('demarche: sign in with a user token: `npx demarche user add NAME --clearance SECRET --role analyst` prints one');
}

/** The primary process: forks the workers, replaces one that dies, stops them all on a signal. */
function supervise(workers: number, ready: () => void): Promise<void> {
  return new Promise((resolve) => {
    let listening = 0;
    let stopping = false;
    cluster.on('listening', () => {
      if (++listening === workers) ready();
    });
    cluster.on('exit', (worker, code) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve();
        return;
      }
      process.stderr.write(`demarche: worker ${worker.process.pid} exited with code ${code}; starting another\n`);
      cluster.fork();
    });
    const stop = () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.disconnect();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    for (let i = 0; i < workers; i++) cluster.fork();
  });
}

function checkNumber(text: string, option: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new DemarcheError('BAD_INPUT', `${option} ${text}: expected a whole number from ${min} to ${max}`);
  return n;
}
