// The server half of `npm run bench:api`, in processes of its own so that the load generator does
// not share their event loop: BENCH_WORKERS workers (node:cluster, as `demarche serve --workers`)
// build the API on the store BENCH_DB names, log at info level to /dev/null (the cost of structured
// logs is measured, not their disk), with the rate limiter on but raised past the bench's rate.
// The primary prints the port once every worker listens.
import cluster from 'node:cluster';
import { createServer } from 'node:net';
import { buildServer } from '../src/api/server.js';

const db = process.env.BENCH_DB;
if (!db) throw new Error('BENCH_DB is not set: run `npm run bench:api`');
const workers = Number(process.env.BENCH_WORKERS ?? 2);

if (cluster.isPrimary) {
  const port = await freePort();
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) process.stdout.write(`${JSON.stringify({ port, workers })}\n`);
  });
  for (let i = 0; i < workers; i++) cluster.fork({ BENCH_PORT: String(port) }).on('error', () => {});
  process.on('SIGTERM', () => {
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
  });
} else {
  const app = await buildServer({ db, logger: { level: 'info', file: '/dev/null' }, rateLimit: { max: 10_000_000, timeWindow: '1 minute' }, webRoot: null });
  // The lists are loaded before the port opens: the bench measures serving, not start-up.
  const { getScreener } = await import('../src/screening/screen-party.js');
  await getScreener();
  await app.listen({ host: '127.0.0.1', port: Number(process.env.BENCH_PORT) });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
