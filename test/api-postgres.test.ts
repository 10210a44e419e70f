// The HTTP API on a PostgreSQL store (DEMARCHE_DB=postgres://...): the server opens both stores from
// the URL, and search, reading and entities answer as on SQLite.
import { expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { seedsDir } from '../src/config.js';
import { runCli } from './cli-harness.js';
import { describePg, freshSchemaUrl } from './pg-env.js';

describePg('the HTTP API on PostgreSQL', (url) => {
  it('searches, shows and finds entities', async () => {
    const db = freshSchemaUrl(url);
    const cli = (args: string[]) => runCli(args, { DEMARCHE_DB: db, DEMARCHE_TOKEN: undefined });
    expect((await cli(['ingest', seedsDir()!])).code).toBe(0);
    expect((await cli(['analyse', '--no-screen'])).code).toBe(0);
    const token = (JSON.parse((await cli(['user', 'add', 'sam', '--clearance', 'S', '--caveat', 'NOFORN', '--json'])).stdout) as { token: string }).token;
    const app = await buildServer({ db, logger: false, rateLimit: false, webRoot: null });
    try {
      const headers = { authorization: `Bearer ${token}` };
      const search = await app.inject({ method: 'GET', url: '/api/cables?q=limmt', headers });
      expect(search.statusCode).toBe(200);
      expect(search.json().hits.map((h: { id: string }) => h.id)).toEqual(['07BEIJING5039']);
      expect((await app.inject({ method: 'GET', url: '/api/cables/07BEIJING5039', headers })).statusCode).toBe(200);
      const cases = await app.inject({ method: 'GET', url: '/api/cases', headers });
      expect(cases.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  }, 300_000);
});
