// Runs a command's action at the CLI boundary: unknown throws become DemarcheErrors, errors print
// as a clear message (or as JSON with --json) and map to the documented exit codes.
import { DemarcheError, EXIT_CODE, toDemarcheError } from '../errors.js';

export interface JsonOption {
  json?: boolean;
}

/** Wraps an async action so that every failure leaves through reportError. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      reportError(e, wantsJson(args));
    }
  };
}

export function reportError(e: unknown, json: boolean): never {
  const err = toDemarcheError(e);
  if (json) {
    process.stdout.write(`${JSON.stringify(err.toJSON())}\n`);
  }
  process.stderr.write(`demarche: ${err.message}\n`);
  if (err.code === 'INTERNAL' && process.env.DEMARCHE_DEBUG) {
    process.stderr.write(`${String((err.cause as Error | undefined)?.stack ?? err.stack)}\n`);
  }
  process.exitCode = EXIT_CODE[err.code];
  // Flush and stop: an error ends the command.
  throw new CliExit(EXIT_CODE[err.code]);
}

/** Thrown to stop a command after its error was reported; main() turns it into the exit code. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

function wantsJson(args: unknown[]): boolean {
  // commander passes (…positionals, options, command): the options object is second to last.
  const opts = args.length >= 2 ? args[args.length - 2] : undefined;
  return typeof opts === 'object' && opts !== null && (opts as JsonOption).json === true;
}

export function usage(message: string): DemarcheError {
  return new DemarcheError('USAGE', message);
}
