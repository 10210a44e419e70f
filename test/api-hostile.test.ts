// The HTTP API against hostile input: path traversal in uploaded file names is refused file by file
// and writes nothing anywhere; injection through every query and path parameter answers 200, 400 or
// 404 (414 for a path over Fastify's length limit), never 500, and never hands a CONFIDENTIAL reader what only SECRET portions hold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiServer, bearer, makeApiStore, type ApiStore } from './api-harness.js';

let store: ApiStore;
let app: Awaited<ReturnType<typeof apiServer>>;

beforeAll(async () => {
  store = await makeApiStore('demarche-api-hostile-');
  app = await apiServer(store);
}, 300_000);

afterAll(async () => {
  await app?.close();
  store?.remove();
});

const INJECTIONS = [
  "' OR 1=1 --",
  "x'; DROP TABLE cables; --",
  '" OR ""="',
  '%',
  '_',
  '\\',
  'NEAR(a b)',
  'subject:x',
  "':* | !'",
  '../../etc/passwd',
  '%2e%2e%2f',
  '$1',
  '\u0000',
  '<script>alert(1)</script>',
  'a'.repeat(3000),
];
const SECRET_WORDS = ['tungsten', 'graphite', 'zhang'];

function multipart(files: Array<[string, string | Buffer]>): { headers: Record<string, string>; body: Buffer } {
  const boundary = '----demarche-hostile-boundary';
  const parts: Buffer[] = [];
  for (const [name, content] of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`));
    parts.push(Buffer.isBuffer(content) ? content : Buffer.from(content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat(parts) };
}

describe('uploads', () => {
  it('refuses every file name that is a path, and writes no file anywhere', async () => {
    const cable = readFileSync('test/fixtures/cables/more/08WELLINGTON77.txt');
    const names = ['../evil.txt', '..\\evil.txt', '/etc/evil.txt', 'C:\\evil.txt', 'a/../../evil.txt', '..', '.evil', 'sub/evil.txt', 'evil\u0000.txt'];
    const before = new Set(readdirSync(store.dir));
    const form = multipart(names.map((n) => [n, cable]));
    const r = await app.inject({ method: 'POST', url: '/api/ingest?analyse=false', headers: { ...bearer(store.tokens.ada), ...form.headers }, payload: form.body });
    expect(r.statusCode).toBe(200);
    const files = r.json().files as Array<{ file: string; status: string; reason?: string }>;
    expect(files).toHaveLength(names.length);
    for (const f of files) expect([f.status, f.reason], f.file).toEqual(['failed', expect.stringMatching(/path|hidden|control|no file name/)]);
    expect(new Set(readdirSync(store.dir))).toEqual(before);
    for (const p of ['evil.txt', '../evil.txt', '/etc/evil.txt', path.join(store.dir, '..', 'evil.txt')]) expect(existsSync(p), p).toBe(false);
  });
});

describe('injection through parameters', () => {
  const urls = (x: string): string[] => {
    const e = encodeURIComponent(x);
    return [
      `/api/cables?q=${e}`,
      `/api/cables?q=visa&tag=${e}`,
      `/api/cables?q=visa&origin=${e}`,
      `/api/cables?q=visa&classification=${e}`,
      `/api/cables?q=visa&from=${e}`,
      `/api/cables?q=visa&limit=${e}`,
      `/api/cables?q=visa&asOf=${e}`,
      `/api/cables/${e}`,
      `/api/entities/${e}`,
      `/api/entities/${e}/graph`,
      `/api/cases/${e}`,
      `/api/followups?dueDays=${e}`,
      `/api/audit?actor=${e}`,
      `/api/audit?since=${e}`,
    ];
  };

  it('answers 200, 400 or 404, never 500, and shows a CONFIDENTIAL reader nothing SECRET', async () => {
    for (const x of INJECTIONS) {
      for (const url of urls(x)) {
        for (const who of ['ada', 'carol'] as const) {
          const r = await app.inject({ method: 'GET', url, headers: bearer(store.tokens[who]) });
          // 414 is Fastify's answer to a path parameter over its length limit: a client error too.
          expect([200, 400, 403, 404, 414], `${who} GET ${url.slice(0, 120)}: ${r.body.slice(0, 300)}`).toContain(r.statusCode);
          if (who === 'carol' && !url.startsWith('/api/audit')) {
            for (const w of SECRET_WORDS) expect(r.body.toLowerCase(), `${who} GET ${url.slice(0, 120)}`).not.toContain(w);
          }
        }
      }
      for (const [route, body] of [
        ['/api/screen/party', { name: x }],
        ['/api/screen/item', { description: x }],
        ['/api/screen/destination', { country: x }],
      ] as const) {
        const r = await app.inject({ method: 'POST', url: route, headers: bearer(store.tokens.carol), payload: body });
        expect([200, 400], `POST ${route} ${JSON.stringify(body).slice(0, 80)}: ${r.body.slice(0, 300)}`).toContain(r.statusCode);
      }
    }
    // The words are there for a reader who may see them: the checks above were not vacuous.
    const secret = await app.inject({ method: 'GET', url: '/api/cables?q=tungsten', headers: bearer(store.tokens.sam) });
    expect(secret.body.toLowerCase()).toContain('tungsten');
  }, 600_000);
});
