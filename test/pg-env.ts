// The PostgreSQL test database: DEMARCHE_TEST_PG names a server (postgres://...) that tests may
// fill; each store a test opens gets a schema of its own, dropped when the file's tests end.
// In CI (CI set, or DEMARCHE_REQUIRE_PG=1, as .ci/run sets) a missing DEMARCHE_TEST_PG fails the
// PostgreSQL suites instead of skipping them, so a green CI always means both stores passed.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';

export const PG_URL = process.env.DEMARCHE_TEST_PG && process.env.DEMARCHE_TEST_PG.length > 0 ? process.env.DEMARCHE_TEST_PG : null;

export function pgRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI ?? '';
  return env.DEMARCHE_REQUIRE_PG === '1' || (ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false');
}

/** A describe that runs with a test database, fails without one in CI, and skips otherwise. */
export function describePg(name: string, body: (url: string) => void): void {
  if (PG_URL !== null) {
    describe(name, () => body(PG_URL));
    return;
  }
  if (pgRequired()) {
    describe(name, () => {
      it('has a PostgreSQL test database', () => {
        throw new Error('DEMARCHE_TEST_PG is not set: CI must run the PostgreSQL suites (.ci/run starts a cluster and sets it)');
      });
    });
    return;
  }
  // The body is not run to collect its tests: it may open stores or parse the URL while collecting.
  describe.skip(name, () => {
    it('needs a PostgreSQL test database: set DEMARCHE_TEST_PG=postgres://... to run', () => {});
  });
}

const created: string[] = [];

/** A store URL on a fresh schema of the test database; the schema goes when the file's tests end. */
export function freshSchemaUrl(url: string): string {
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  created.push(schema);
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.href;
}

afterAll(async () => {
  if (PG_URL === null || created.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const schema of created.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
});
