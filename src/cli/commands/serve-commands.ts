// `demarche serve`: the HTTP API and the web UI. Loads the server only when it runs, so that
// `demarche --help` stays fast.
import type { Command } from 'commander';
import { action } from '../action.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /openapi.json) and the web UI on one process')
    .option('--host <host>', 'address to listen on (default 127.0.0.1: this machine only)')
    .option('--port <port>', 'port to listen on (default 8080)')
    .option('--rate-limit <n>', 'requests per minute per client address and worker (default 600)')
    .option('--workers <n>', 'processes sharing the port, one core each (default 1)')
    .action(
      action(async (opts: { host?: string; port?: string; rateLimit?: string; workers?: string }) => {
        const { runServe } = await import('../serve-command.js');
        await runServe(opts);
      }),
    );
}
