// Runs the KnowledgeStore contract on PostgreSQL (DEMARCHE_TEST_PG), and checks that one analysis
// writes the same statements into PostgreSQL as into SQLite (the two writers are kept in step).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describePg, freshSchemaUrl } from '../../../test/pg-env.js';
import { analyseArchive } from '../../entities/analyse.js';
import { allStatements, comparable, knowledgeStoreContract, LIMMT_CABLE, OTHER_CABLE } from '../knowledge-store.contract.js';
import { openCableStore, openKnowledgeStore } from '../open-store.js';

describePg('PostgresKnowledgeStore', (url) => {
  const open = async () => {
    const schemaUrl = freshSchemaUrl(url);
    const cables = await openCableStore(schemaUrl);
    return { cables, knowledge: await openKnowledgeStore(schemaUrl) };
  };
  knowledgeStoreContract('postgres', open);

  it('writes statement for statement what SQLite writes for the same cables', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'demarche-k-')), 'k.db');
    const lite = { cables: await openCableStore(file), knowledge: await openKnowledgeStore(file) };
    const pg = await open();
    for (const s of [pg, lite]) {
      for (const c of [LIMMT_CABLE, OTHER_CABLE]) await s.cables.putCable(c);
      await analyseArchive(s.cables, s.knowledge, { screen: null });
    }
    const [a, b] = [await allStatements(pg.knowledge), await allStatements(lite.knowledge)];
    expect(a.length).toBeGreaterThan(10);
    expect(comparable(a)).toEqual(comparable(b));
    // The same order too: views list statements by id.
    expect(a.map((x) => [x.entity, x.prop, x.value])).toEqual(b.map((x) => [x.entity, x.prop, x.value]));
    for (const s of [pg, lite]) {
      await s.knowledge.close();
      await s.cables.close();
    }
  });
});
