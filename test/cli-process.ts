// Runs the demarche CLI from the TypeScript sources in a child process, for tests that must kill it
// (crash safety) or run it beside another process; test/cli-entry.ts is its entry point.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export function spawnCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.resolve('test/cli-entry.ts'), ...args], {
    env: { ...process.env, ...env, DEMARCHE_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
