// The API client: every call sends the signed-in user's token and the access day, and turns an
// error body into an ApiError the pages show. The token lives in sessionStorage (this tab only).
export interface Me {
  name: string;
  clearance: string;
  caveats: string[];
  role: 'reader' | 'analyst' | 'admin';
  asOf: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'demarche.token';
const AS_OF_KEY = 'demarche.asOf';

export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

export const asOfStore = {
  get: (): string => sessionStorage.getItem(AS_OF_KEY) ?? '',
  set: (day: string) => (day ? sessionStorage.setItem(AS_OF_KEY, day) : sessionStorage.removeItem(AS_OF_KEY)),
};

/** Listeners told when the server refuses the token (signed out elsewhere, disabled, rotated). */
const unauthorized = new Set<() => void>();
export function onUnauthorized(fn: () => void): () => void {
  unauthorized.add(fn);
  return () => unauthorized.delete(fn);
}

type Query = Record<string, string | number | string[] | undefined | null>;

export function withQuery(path: string, query: Query = {}, asOf = true): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) params.append(k, x);
    else params.set(k, String(v));
  }
  const day = asOfStore.get();
  if (asOf && day && !params.has('asOf')) params.set('asOf', day);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const token = init.token ?? tokenStore.get();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : null;
  if (!res.ok) {
    const err = (data as { error?: { code: string; message: string; details?: { issues?: Array<{ path: string; message: string }> } } } | null)?.error;
    if (res.status === 401 && !init.token) for (const fn of unauthorized) fn();
    throw new ApiError(res.status, err?.code ?? 'ERROR', err?.message ?? `HTTP ${res.status}`, err?.details?.issues ?? []);
  }
  return data as T;
}

export const enc = encodeURIComponent;
