// The contract every KnowledgeStore implementation must pass (SQLite and PostgreSQL): run it from an
// implementation's test file with a function that opens a fresh cable store and its statement store
// on one empty database. Analysis runs the real extractor on small fixture cables, without screening.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseArchive, EXTRACTOR_VERSION } from '../entities/analyse.js';
import type { KnowledgeStore } from '../entities/knowledge-store.js';
import type { Statement } from '../entities/types.js';
import { makeCable } from './cable-store.contract.js';
import type { CableStore } from './cable-store.js';

export interface StorePair {
  cables: CableStore;
  knowledge: KnowledgeStore;
}

export const LIMMT_CABLE = makeCable({
  id: '07BEIJING5039',
  subject: 'LIMMT INVESTIGATION',
  classification: 'SECRET',
  created: '2007-08-02T07:04:00Z',
  paragraphs: [
    ['S', 'On August 1, the Charge urged the Ministry of Foreign Affairs to share the results of its investigation into LIMMT Economic and Trade Company.'],
    ['S', 'In February 2006 LIMMT shipped graphite cylinders and tungsten powder to the Omid Research and Industrial Company in Iran.'],
    ['C', 'The United States requested an update in May 2007 and has received no reply.'],
  ],
});

export const OTHER_CABLE = makeCable({
  id: '08BEIJING100',
  subject: 'EXPORT CONTROL TALKS',
  classification: 'CONFIDENTIAL',
  created: '2008-01-10T00:00:00Z',
  paragraphs: [['C', 'On January 9, 2008 LIMMT Economic and Trade Company told the Ministry of Commerce in Beijing that it had stopped all exports.']],
});

/** Statements without what a store assigns (ids, times), in a stable order. */
export function comparable(statements: Statement[]): Array<Omit<Statement, 'id' | 'createdAt'>> {
  return statements
    .map(({ id: _id, createdAt: _at, ...rest }) => rest)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

export async function allStatements(k: KnowledgeStore): Promise<Statement[]> {
  const keys: string[] = [];
  for (const schema of ['Person', 'Organization', 'Place', 'Item', 'Resolution', 'Regime', 'Event', 'Case'] as const) {
    keys.push(...(await k.entitiesOfSchema(schema)).map((e) => e.key));
  }
  return k.statementsOf(keys);
}

export function knowledgeStoreContract(name: string, open: () => Promise<StorePair>): void {
  describe(`KnowledgeStore contract (${name})`, () => {
    let s: StorePair;
    beforeEach(async () => {
      s = await open();
      await s.cables.putCable(LIMMT_CABLE);
      await s.cables.putCable(OTHER_CABLE);
    });
    afterEach(async () => {
      await s.knowledge.close();
      await s.cables.close();
    });
    const analyse = () => analyseArchive(s.cables, s.knowledge, { screen: null });

    it('lists cables not yet analysed, oldest first, and none once analysed', async () => {
      expect(await s.knowledge.cablesToAnalyse(EXTRACTOR_VERSION)).toEqual(['07BEIJING5039', '08BEIJING100']);
      const report = await analyse();
      expect(report).toMatchObject({ analysed: 2, failed: [] });
      expect(report.statements).toBeGreaterThan(0);
      expect(await s.knowledge.cablesToAnalyse(EXTRACTOR_VERSION)).toEqual([]);
      expect(await s.knowledge.cablesToAnalyse('another-version')).toHaveLength(2);
      await s.knowledge.forget(['08BEIJING100']);
      expect(await s.knowledge.cablesToAnalyse(EXTRACTOR_VERSION)).toEqual(['08BEIJING100']);
    });

    it('resolves one organisation named by two cables to one entity, findable by name', async () => {
      await analyse();
      const found = (await s.knowledge.findByName('limmt economic', 10)).filter((e) => e.schema === 'Organization');
      expect(found).toHaveLength(1);
      const names = (await s.knowledge.statementsOf([found[0]!.key])).filter((x) => x.prop === 'name');
      expect(new Set(names.map((n) => n.cable))).toEqual(new Set(['07BEIJING5039', '08BEIJING100']));
      // Each name carries its paragraph's marking (the subject line is unclassified in the fixtures).
      for (const n of names) expect(n.marking).toMatch(n.cable === '08BEIJING100' ? /^CONFIDENTIAL$/ : /^(SECRET|UNCLASSIFIED)$/);
      expect(await s.knowledge.entity(found[0]!.key)).toEqual(found[0]);
      expect(await s.knowledge.entity('org:no-such-thing')).toBeNull();
      expect(await s.knowledge.findByName('%', 10)).toEqual([]);
    });

    it('analysing again replaces extracted statements, never duplicates them, and keeps people\'s', async () => {
      await analyse();
      const org = (await s.knowledge.findByName('limmt', 10)).find((e) => e.schema === 'Organization')!;
      await s.knowledge.addStatements([
        { entity: org.key, schema: 'Organization', prop: 'sanctionsDecision', value: '{"list":"us-ofac-sdn","id":"1","status":"confirmed"}', cable: null, paragraph: null, marking: 'UNCLASSIFIED', declassifyOn: null, origin: 'person', author: 'ana' },
      ]);
      const before = comparable(await allStatements(s.knowledge));
      await s.knowledge.forget(['07BEIJING5039', '08BEIJING100']);
      await analyse();
      expect(comparable(await allStatements(s.knowledge))).toEqual(before);
      const decisions = await s.knowledge.statementsWithValue('sanctionsDecision', ['{"list":"us-ofac-sdn","id":"1","status":"confirmed"}']);
      expect(decisions.map((d) => [d.entity, d.origin, d.author, d.cable])).toEqual([[org.key, 'person', 'ana', null]]);
    });

    it('a replaced cable leaves no orphan statement and is analysed again', async () => {
      await analyse();
      const counts = await s.knowledge.counts();
      expect(counts.analysedCables).toBe(2);
      await s.cables.putCable(makeCable({ id: '08BEIJING100', created: '2008-01-10T00:00:00Z', paragraphs: [['U', 'Nothing to report.']] }));
      const left = (await allStatements(s.knowledge)).filter((x) => x.cable === '08BEIJING100' && x.origin === 'extracted');
      expect(left).toEqual([]);
      expect((await s.knowledge.counts()).analysedCables).toBe(1);
      expect(await s.knowledge.cablesToAnalyse(EXTRACTOR_VERSION)).toEqual(['08BEIJING100']);
    });

    it('adds people\'s statements, creating entities, and finds them by value', async () => {
      await s.knowledge.addStatements([
        { entity: 'case:manual', schema: 'Case', prop: 'summary', value: 'A case opened by hand', cable: null, paragraph: null, marking: 'UNCLASSIFIED', declassifyOn: null, origin: 'person', author: 'ana' },
        { entity: 'case:manual', schema: 'Case', prop: 'event', value: 'event:x', cable: '07BEIJING5039', paragraph: 2, marking: 'SECRET', declassifyOn: '2027-08-02', origin: 'person', author: 'ana' },
      ]);
      expect(await s.knowledge.entitiesOfSchema('Case')).toEqual([expect.objectContaining({ key: 'case:manual', schema: 'Case' })]);
      const events = await s.knowledge.statementsWithValue('event', ['event:x', 'event:none']);
      expect(events.map((e) => [e.entity, e.cable, e.paragraph, e.marking, e.declassifyOn])).toEqual([['case:manual', '07BEIJING5039', 2, 'SECRET', '2027-08-02']]);
      expect(await s.knowledge.counts()).toEqual({ entities: 1, statements: 2, analysedCables: 0 });
    });

    it('refuses to analyse a cable that is not stored, and writes nothing', async () => {
      const input = { knowledge: { cableId: '99NOWHERE1', declassifyOn: null, subject: null, entities: [], events: [], subjectEntities: [] }, candidates: new Map(), topics: [], version: EXTRACTOR_VERSION };
      await expect(s.knowledge.replaceCableKnowledge(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await s.knowledge.counts()).toEqual({ entities: 0, statements: 0, analysedCables: 0 });
    });
  });
}
