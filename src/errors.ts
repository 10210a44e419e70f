// One error class for everything demarche reports on purpose, with a closed set of codes.
// The CLI maps a code to an exit code and the HTTP API to a status through exhaustive tables:
// adding a code that is not mapped fails to compile.

export const ERROR_CODES = [
  'BAD_INPUT', // the user's input is wrong: a file, a field, a query
  'NOT_FOUND', // a named thing does not exist
  'USAGE', // the command line itself is wrong
  'UNAUTHORIZED', // unknown, disabled or missing user
  'FORBIDDEN', // the user may not do this
  'CONFLICT', // the request clashes with stored state
  'UNAVAILABLE', // a resource outside the process is unreachable (network, database)
  'TOO_LARGE', // an upload or request body over its limit
  'RATE_LIMITED', // too many requests from one user or address in a window (HTTP API)
  'INTERNAL', // a bug: never the user's fault
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Exit codes: 0 ok, 1 error in the input, 2 usage, 3 internal. */
export const EXIT_CODE: Record<ErrorCode, 1 | 2 | 3> = {
  BAD_INPUT: 1,
  NOT_FOUND: 1,
  USAGE: 2,
  UNAUTHORIZED: 1,
  FORBIDDEN: 1,
  CONFLICT: 1,
  UNAVAILABLE: 1,
  TOO_LARGE: 1,
  RATE_LIMITED: 1,
  INTERNAL: 3,
};

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  USAGE: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface ErrorOptions {
  cause?: unknown;
  /** Structured detail for machine readers, e.g. `{file, line, field}`. */
  details?: Record<string, unknown>;
}

export class DemarcheError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DemarcheError';
    this.code = code;
    this.details = options.details;
  }

  toJSON(): { error: { code: ErrorCode; message: string; details?: Record<string, unknown> } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

/** Normalise anything thrown into a DemarcheError; unknown throws are internal errors. */
export function toDemarcheError(e: unknown): DemarcheError {
  if (e instanceof DemarcheError) return e;
  if (isNodeError(e) && (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'ENOTDIR')) {
    return new DemarcheError('BAD_INPUT', `${e.path ?? 'file'}: ${describeFsCode(e.code)}`, { cause: e });
  }
  if (isNodeError(e) && (e.code === 'EACCES' || e.code === 'EPERM')) {
    return new DemarcheError('BAD_INPUT', `${e.path ?? 'file'}: permission denied`, { cause: e });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new DemarcheError('INTERNAL', `internal error: ${message}`, { cause: e });
}

function describeFsCode(code: string): string {
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  return 'not a directory';
}

function isNodeError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** Expected failures are data: a parse returns a result, not an exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: string[] };
