// The HTTP API through Fastify's inject: health, OpenAPI, auth (401/403), validation (400 with
// field paths, malformed JSON), errors without internals, security headers, rate limiting, cable
// search and reading with redaction per reader, audit of reads, ingest uploads and lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../src/api/errors.js';
import { apiServer, bearer, makeApiStore, type ApiStore } from './api-harness.js';

let store: ApiStore;
let app: Awaited<ReturnType<typeof apiServer>>;

beforeAll(async () => {
  store = await makeApiStore();
  app = await apiServer(store);
});

afterAll(async () => {
  await app?.close();
  store?.remove();
});

const get = (url: string, token?: string) => app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });

/** Every route of the issue's contract, plus the analysts' edits the UI uses. */
const ROUTES: Array<[string, string]> = [
  ['get', '/openapi.json'], ['get', '/api/health'], ['get', '/api/me'], ['get', '/api/cables'], ['get', '/api/cables/{id}'],
  ['post', '/api/ingest'], ['post', '/api/screen/party'], ['post', '/api/screen/item'], ['post', '/api/screen/destination'],
  ['post', '/api/screen/transaction'], ['get', '/api/cases'], ['get', '/api/cases/{id}'], ['get', '/api/followups'],
  ['get', '/api/entities/{id}'], ['get', '/api/entities/{id}/graph'], ['get', '/api/lists'], ['get', '/api/audit'],
  ['post', '/api/entities/{id}/confirm'], ['post', '/api/entities/{id}/reject'], ['post', '/api/cases'],
  ['post', '/api/cases/{id}/events'], ['post', '/api/cases/{id}/close'],
];

describe('meta', () => {
  it('answers health without a token, with security headers', async () => {
    const r = await get('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok' });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['content-security-policy'])).toMatch(/default-src 'self'/);
    expect(r.headers['x-frame-options']).toBeDefined();
  });

  it('documents every route in /openapi.json, with its parameters and the bearer scheme', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [method, path] of ROUTES) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
      expect(doc.paths[path][method].summary, `${method} ${path} summary`).toBeTruthy();
    }
    const party = doc.paths['/api/screen/party'].post;
    expect(Object.keys(party.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['name', 'type', 'country', 'dob']));
    const search = doc.paths['/api/cables'].get.parameters.map((p: { name: string }) => p.name);
    expect(search).toEqual(expect.arrayContaining(['q', 'tag', 'origin', 'classification', 'from', 'to', 'limit', 'asOf']));
    expect(doc.paths['/api/health'].get.security).toEqual([]);
  });

  it('says who the token is, with the clearance', async () => {
    expect((await get('/api/me', store.tokens.carol)).json()).toMatchObject({ name: 'carol', clearance: 'CONFIDENTIAL', role: 'reader' });
  });
});

describe('auth', () => {
  it('refuses a request without a token, a malformed header and a bad token with 401', async () => {
    for (const headers of [{}, { authorization: store.tokens.carol }, { authorization: 'Bearer dmk_1_nope' }]) {
      const r = await app.inject({ url: '/api/cables?q=iran', headers });
      expect(r.statusCode).toBe(401);
      expect(r.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(r.json().error.code).toBe('UNAUTHORIZED');
    }
  });

  it('refuses with 403 what the role does not allow', async () => {
    expect((await get('/api/audit', store.tokens.carol)).statusCode).toBe(403);
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...bearer(store.tokens.sam), ...multipart([['a.txt', 'x']]).headers }, payload: multipart([['a.txt', 'x']]).body });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toMatchObject({ code: 'FORBIDDEN' });
    expect(r.json().error.message).toMatch(/admin/);
  });
});

describe('validation and errors', () => {
  it('names the field of a bad query parameter', async () => {
    const r = await get('/api/cables?q=iran&from=2007-13&limit=0', store.tokens.sam);
    expect(r.statusCode).toBe(400);
    const paths = r.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.from', 'querystring.limit']));
  });

  it('refuses a bad access day, an empty search and a malformed query with 400', async () => {
    expect((await get('/api/cables/07BEIJING5039?asOf=2027-02-30', store.tokens.sam)).json().error.message).toMatch(/asOf/);
    expect((await get('/api/cables', store.tokens.sam)).json().error.message).toMatch(/empty search/);
    expect((await get('/api/cables?q=%22unbalanced', store.tokens.sam)).statusCode).toBe(400);
  });

  it('refuses malformed JSON with 400 and a JSON error body', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/screen/party', headers: { ...bearer(store.tokens.sam), 'content-type': 'application/json' }, payload: '{"name": "LIMMT"' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/malformed JSON/) });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const r = await get('/api/nothing', store.tokens.sam);
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('NOT_FOUND');
  });

  it('never puts an internal error message or stack in a response', () => {
    const e = toApiError(new Error('SQLITE_CORRUPT at /var/db/secret.db'));
    expect(e.code).toBe('INTERNAL');
    expect(JSON.stringify(e.toJSON())).not.toMatch(/SQLITE|secret\.db|at /);
  });

  it('rate limits per client address with 429', async () => {
    const limited = await apiServer(store, { rateLimit: { max: 2, timeWindow: '1 minute' } });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await limited.inject({ url: '/api/health' })).statusCode);
      expect(codes).toEqual([200, 200, 429]);
      expect((await limited.inject({ url: '/api/health' })).json().error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('cables', () => {
  it('finds LIMMT for a SECRET reader, with highlighted snippets and labelled facets', async () => {
    const r = (await get('/api/cables?q=LIMMT', store.tokens.sam)).json();
    expect(r.hits.map((h: { id: string }) => h.id)).toContain('07BEIJING5039');
    const hit = r.hits[0];
    const [start, end] = hit.highlights[0];
    expect(hit.snippet.slice(start, end)).toMatch(/LIMMT/i);
    expect(r.facets.tags.map((f: { value: string }) => f.value)).toContain('MTCR');
    expect(r.tagLabels.MTCR).toBeTruthy();
  });

  it('finds nothing a CONFIDENTIAL reader may not read', async () => {
    const r = (await get('/api/cables?q=tungsten', store.tokens.carol)).json();
    expect(r.total).toBe(0);
    expect(JSON.stringify(r)).not.toMatch(/tungsten|LIMMT/i);
  });

  it('filters by repeated tags', async () => {
    const r = (await get('/api/cables?tag=MTCR&tag=ETTC&limit=50', store.tokens.sam)).json();
    expect(r.hits.map((h: { id: string }) => h.id).sort()).toEqual(['07BEIJING5039', '07REYKJAVIK311']);
  });

  it('shows 07BEIJING5039 to a CONFIDENTIAL reader with its header and every paragraph withheld', async () => {
    const r = await get('/api/cables/07beijing5039', store.tokens.carol);
    expect(r.statusCode).toBe(200);
    const { cable, access } = r.json();
    expect(cable).toMatchObject({ id: '07BEIJING5039', classification: 'SECRET', subject: null, subjectWithheld: 'SECRET', declassifyOn: '2027-08-02' });
    expect(cable.paragraphs.length).toBe(5);
    for (const p of cable.paragraphs) expect(p).toEqual({ n: p.n, marking: 'S', withheld: true, withheldMarking: 'SECRET' });
    expect(access.withheld.paragraphs).toEqual([1, 2, 3, 4, 5]);
    expect(r.body).not.toMatch(/LIMMT|tungsten|graphite|Omid/i);
    expect(cable.tags[0]).toMatchObject({ code: 'ETTC', title: expect.any(String) });
  });

  it('lets the CONFIDENTIAL reader read it as of the day after its declassification', async () => {
    const { cable, access } = (await get('/api/cables/07BEIJING5039?asOf=2027-08-03', store.tokens.carol)).json();
    expect(access.declassified).toBe(true);
    expect(cable.paragraphs[0].text).toMatch(/LIMMT/);
  });

  it('answers an unknown cable with 404', async () => {
    expect((await get('/api/cables/99NOWHERE1', store.tokens.sam)).statusCode).toBe(404);
  });

  it('records every read in the audit log, which admins read', async () => {
    await get('/api/cables/07BEIJING5039', store.tokens.carol);
    const r = (await get('/api/audit?user=carol&limit=500', store.tokens.ada)).json();
    const reads = r.entries.filter((e: { action: string; target: string }) => e.action === 'read' && e.target === 'cable:07BEIJING5039');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.at(-1).details.withheld.paragraphs).toEqual([1, 2, 3, 4, 5]);
    expect((await get('/api/audit?since=yesterday', store.tokens.ada)).statusCode).toBe(400);
  });
});

describe('ingest', () => {
  it('stores uploaded cables with a status per file, refusing paths, binary and oversize files', async () => {
    const cable = await import('node:fs').then((fs) => fs.readFileSync('test/fixtures/cables/more/08WELLINGTON77.txt'));
    const form = multipart([
      ['08WELLINGTON77.txt', cable],
      ['../../etc/evil.txt', 'x'],
      ['binary.txt', Buffer.from([0x41, 0x00, 0x42])],
      ['big.txt', Buffer.alloc(5 * 1024 * 1024 + 10, 0x41)],
    ]);
    const r = await app.inject({ method: 'POST', url: '/api/ingest?analyse=false', headers: { ...bearer(store.tokens.ada), ...form.headers }, payload: form.body });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.files.map((f: { status: string }) => f.status)).toEqual(['stored', 'failed', 'failed', 'failed']);
    expect(body.files[0].id).toBe('08WELLINGTON77');
    expect(body.files[1].reason).toMatch(/path/);
    expect(body.files[2].reason).toMatch(/binary/);
    expect(body.files[3].reason).toMatch(/limit/);
    expect(body).toMatchObject({ stored: 1, failed: 3, analysis: null });
    const again = await app.inject({ method: 'POST', url: '/api/ingest?analyse=false', headers: { ...bearer(store.tokens.ada), ...multipart([['w.txt', cable]]).headers }, payload: multipart([['w.txt', cable]]).body });
    expect(again.json().files[0].status).toBe('unchanged');
  });

  it('refuses a body that is not multipart', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: bearer(store.tokens.ada), payload: { file: 'x' } });
    expect(r.statusCode).toBe(400);
  });
});

describe('lists', () => {
  it('names the lists screening uses, with dates and counts', async () => {
    const r = (await get('/api/lists', store.tokens.carol)).json();
    expect(r.lists.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(['us-ofac-sdn', 'un-sc']));
    expect(r.lists[0].entries).toBeGreaterThan(1000);
  });
});

/** A multipart/form-data body with one file part per [name, content]. */
function multipart(files: Array<[string, string | Buffer]>): { headers: Record<string, string>; body: Buffer } {
  const boundary = '----demarche-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, content] of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`));
    parts.push(Buffer.isBuffer(content) ? content : Buffer.from(content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat(parts) };
}
