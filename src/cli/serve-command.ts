// Implementation of `demarche serve` (and of `demarche start --serve`, which `npm start` runs): the
// HTTP API and the web UI on one Fastify process, logging as JSON lines (pino) on standard output.
import { buildServer, DEFAULT_RATE_LIMIT } from '../api/server.js';
import { databaseUrl } from '../config.js';
import { DemarcheError } from '../errors.js';
import { printLine } from './output.js';

export interface ServeOptions {
  host?: string;
  port?: string;
  rateLimit?: string;
}

export async function runServe(opts: ServeOptions): Promise<void> {
  const host = opts.host ?? '127.0.0.1';
  const port = checkPort(opts.port ?? '8080');
  const max = opts.rateLimit === undefined ? DEFAULT_RATE_LIMIT.max : checkCount(opts.rateLimit, '--rate-limit');
  const app = await buildServer({
    db: databaseUrl(),
    logger: { level: process.env.DEMARCHE_LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] },
    rateLimit: { max, timeWindow: DEFAULT_RATE_LIMIT.timeWindow },
  });
  try {
    await app.listen({ host, port });
  } catch (e) {
    await app.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new DemarcheError('BAD_INPUT', `port ${port} on ${host} is in use: pick another with --port`);
    throw e;
  }
  const shown = host.includes(':') ? `[${host}]` : host;
  printLine(`demarche: serving http://${shown}:${port}/ (web UI; API under /api, OpenAPI at /openapi.json; store ${databaseUrl()})`);
  printLine('demarche: sign in with a user token: `npx demarche user add NAME --clearance SECRET --role analyst` prints one');
  // Load the sanctions lists now, so that the first screening request does not wait for them.
  void import('../screening/screen-party.js').then((m) => m.getScreener()).catch((e: Error) => app.log.warn({ err: e }, 'sanctions lists not loaded'));
  await new Promise<void>((resolve) => {
    const stop = () => void app.close().then(resolve, resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function checkPort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DemarcheError('BAD_INPUT', `--port ${text}: expected a port number from 0 to 65535`);
  return port;
}

function checkCount(text: string, option: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new DemarcheError('BAD_INPUT', `${option} ${text}: expected a whole number of requests per minute, 1 or more`);
  return n;
}
