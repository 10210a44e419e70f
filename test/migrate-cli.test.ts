// `demarche migrate --to postgres://...` end to end: the sample store (1,000 cables, some analysed,
// a user, its audit log) copied into PostgreSQL gives the same search results (totals, hit ids and
// facets; scores differ between bm25 and ts_rank_cd) for the owner and for a restricted reader, the
// same statements, a token that still works, and an audit chain that still verifies.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { viewSelector } from '../src/access/reader-class.js';
import { requireDataDir } from '../src/config.js';
import { EXTRACTOR_VERSION } from '../src/entities/analyse.js';
import { allStatements } from '../src/store/knowledge-store.contract.js';
import { openCableStore, openKnowledgeStore } from '../src/store/open-store.js';
import { parseSearchRequest, type SearchInput } from '../src/store/search-request.js';
import { runCli } from './cli-harness.js';
import { describePg, freshSchemaUrl } from './pg-env.js';

const QUERIES: SearchInput[] = [
  { query: 'iran' },
  { query: 'missile' },
  { query: 'nuclear enrichment' },
  { query: 'uranium OR plutonium' },
  { query: 'centrifug*' },
  { query: '"export control"' },
  { query: 'ballistic missile -cruise' },
  { query: 'north korea', origin: 'Embassy Beijing' },
  { query: 'sanctions', classification: 'SECRET' },
  { query: 'proliferation', from: '2008', to: '2009' },
  { query: 'dual-use' },
  { query: 'U.S. policy' },
  { query: 'Zürich OR Geneva' },
  { query: 'cooperat* investigation' },
  { query: 'terrorism', tag: ['PTER'] },
  { tag: ['MTCR'] },
  { origin: 'Embassy Beijing', from: '2007' },
  { classification: 'SECRET//NOFORN', tag: ['IR'] },
];

describePg('demarche migrate --to postgres://', (url) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'demarche-migrate-'));
  const db = path.join(dir, 'sample.db');
  const target = freshSchemaUrl(url);
  const cli = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { DEMARCHE_DB: db, DEMARCHE_TOKEN: undefined, ...env });
  let token = '';

  beforeAll(async () => {
    const sample = path.join(requireDataDir(), 'cables', 'sample', 'text');
    // A few cables analysed (analysis of all 1,000 takes minutes), the rest only stored.
    const first = path.join(dir, 'first');
    mkdirSync(first);
    for (const f of readdirSync(sample).sort().slice(0, 25)) copyFileSync(path.join(sample, f), path.join(first, f));
    expect((await cli(['ingest', first])).code).toBe(0);
    expect((await cli(['analyse', '--no-screen'])).code).toBe(0);
    expect((await cli(['ingest', sample])).code).toBe(0);
    const added = await cli(['user', 'add', 'carol', '--clearance', 'CONFIDENTIAL', '--json']);
    token = (JSON.parse(added.stdout) as { token: string }).token;
    const migrated = await cli(['migrate', '--to', target, '--json']);
    expect(migrated.stderr).not.toMatch(/error/i);
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.stdout)).toMatchObject({ cables: { stored: 1000, unchanged: 0, replaced: 0 }, users: 1, auditVerified: true });
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same totals, hit ids and facets for every query, as the owner and as a CONFIDENTIAL reader', async () => {
    const [lite, pg] = [await openCableStore(db), await openCableStore(target)];
    const carol = viewSelector({ name: 'carol', clearance: 'CONFIDENTIAL', caveats: [], asOf: '2024-01-01' });
    try {
      for (const input of QUERIES) {
        for (const view of [undefined, carol]) {
          const request = parseSearchRequest({ ...input, limit: 1000 });
          const [a, b] = [await lite.search(request, view), await pg.search(request, view)];
          const label = `${JSON.stringify(input)} as ${view ? 'carol' : 'owner'}`;
          expect(b.total, label).toBe(a.total);
          expect(b.hits.map((h) => h.id).sort(), label).toEqual(a.hits.map((h) => h.id).sort());
          expect(b.facets, label).toEqual(a.facets);
        }
      }
      expect(await pg.stats()).toEqual(await lite.stats());
    } finally {
      await lite.close();
      await pg.close();
    }
  });

  it('copies every statement, and the analysed marks, so nothing is analysed again', async () => {
    const [lite, pg] = [await openKnowledgeStore(db), await openKnowledgeStore(target)];
    try {
      const [a, b] = [await allStatements(lite), await allStatements(pg)];
      expect(a.length).toBeGreaterThan(100);
      expect(b).toEqual(a);
      expect(await pg.counts()).toEqual(await lite.counts());
      const pending = await lite.cablesToAnalyse(EXTRACTOR_VERSION);
      expect(pending).toHaveLength(975);
      expect(await pg.cablesToAnalyse(EXTRACTOR_VERSION)).toEqual(pending);
    } finally {
      await lite.close();
      await pg.close();
    }
  });

  it('keeps users and their tokens, and the audit chain verifies with the migration recorded after it', async () => {
    const onPg = { DEMARCHE_DB: target };
    const search = await cli(['search', 'iran', '--json'], { ...onPg, DEMARCHE_TOKEN: token });
    expect(search.code).toBe(0);
    const verify = await cli(['audit', 'verify', '--json'], onPg);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, guarded: true });
    const entries = JSON.parse((await cli(['audit', '--json', '--limit', '3'], onPg)).stdout) as Array<{ actor: string; details: { op?: string } }>;
    expect(entries.map((e) => e.details.op ?? e.actor)).toContain('migrate');
    // Into a store that already holds users and an audit log, migrate refuses rather than mixing two.
    const again = await cli(['migrate', '--to', target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds statements, users or audit entries/);
  });
});
