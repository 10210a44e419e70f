// The contract every CableStore implementation must pass (SQLite now, PostgreSQL later): run it
// from an implementation's test file with a function that opens a fresh, empty, migrated store.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cable, Paragraph, Reference } from '../cable/types.js';
import { DemarcheError } from '../errors.js';
import type { CableStore } from './cable-store.js';
import { searchContract } from './cable-store-search.contract.js';
import { parseSearchRequest, type SearchInput } from './search-request.js';

export interface FixtureSpec {
  id: string | null;
  subject?: string;
  subjectMarking?: string | null;
  classification?: string | null;
  origin?: string;
  created?: string | null;
  tags?: string[];
  paragraphs?: Array<[string | null, string]>;
  references?: Reference[];
  warnings?: string[];
}

/** A complete Cable record built from a few fields; sha256 follows the content, as a parse's would. */
export function makeCable(spec: FixtureSpec): Cable {
  const paragraphs: Paragraph[] = (spec.paragraphs ?? [['U', 'Nothing to report.']]).map(([marking, text], i) => ({
    n: i + 1,
    marking,
    text,
  }));
  // Asserted rather than annotated: the parser's record grows extra fields, which a store must keep
  // (getCable returns the record as given) but which this fixture need not know about.
  const base = {
    source: `fixtures/${spec.id ?? 'no-id'}.txt`,
    id: spec.id,
    created: spec.created === undefined ? '2007-08-02T07:04:00Z' : spec.created,
    origin: spec.origin ?? 'Embassy Testville',
    station: 'TESTVILLE',
    from: 'AMEMBASSY TESTVILLE',
    to: [{ route: 'RUEHC', name: 'SECSTATE WASHDC', precedence: 'PRIORITY', mcn: '0001' }],
    info: [{ route: null, name: 'AMEMBASSY ELSEWHERE', precedence: 'ROUTINE', mcn: null }],
    precedence: 'PRIORITY',
    classification: spec.classification === undefined ? 'CONFIDENTIAL' : spec.classification,
    tags: spec.tags ?? ['PREL'],
    subject: spec.subject ?? 'A SUBJECT',
    subjectMarking: spec.subjectMarking === undefined ? 'U' : spec.subjectMarking,
    references: spec.references ?? [],
    classifiedBy: 'Test Officer',
    classifiedByNames: ['Test Officer'],
    normalization: [],
    reasons: ['1.4(b)'],
    executiveOrder: '12958',
    declassifyOn: '2027-08-02',
    paragraphs,
    summary: null,
    signer: 'TESTER',
    warnings: spec.warnings ?? [],
    banner: spec.classification ?? 'CONFIDENTIAL',
    caveats: [],
    declassifyInstruction: null,
    serial: '000001',
    body: paragraphs.map((p) => `${p.n}. (${p.marking ?? ''}) ${p.text}`).join('\n\n'),
  } as Omit<Cable, 'sha256'>;
  return { ...base, sha256: createHash('sha256').update(JSON.stringify(base)).digest('hex') };
}

export function cableStoreContract(name: string, open: () => Promise<CableStore>): void {
  describe(`CableStore contract (${name})`, () => {
    let store: CableStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const search = (input: SearchInput) => store.search(parseSearchRequest(input));

    describe('putCable and getCable', () => {
      it('stores a new cable and returns the record exactly as given', async () => {
        const cable = makeCable({ id: '07TESTVILLE1', subject: 'FIRST' });
        expect(await store.putCable(cable)).toEqual({ id: '07TESTVILLE1', status: 'stored' });
        expect(await store.getCable('07TESTVILLE1')).toEqual(cable);
      });

      it('finds a cable by id in any case and with stray spaces', async () => {
        await store.putCable(makeCable({ id: '07TESTVILLE1' }));
        expect((await store.getCable(' 07testville1 '))?.id).toBe('07TESTVILLE1');
      });

      it('returns null for an unknown id', async () => {
        expect(await store.getCable('99NOWHERE1')).toBeNull();
      });

      it('is idempotent: the same id and content is unchanged and adds nothing', async () => {
        const cable = makeCable({ id: '07TESTVILLE1', paragraphs: [['C', 'one'], ['S', 'two']] });
        await store.putCable(cable);
        expect(await store.putCable({ ...cable, source: 'moved/elsewhere.txt' })).toEqual({
          id: '07TESTVILLE1',
          status: 'unchanged',
        });
        const stats = await store.stats();
        expect(stats.cables).toBe(1);
        expect(stats.paragraphs).toBe(2);
      });

      it('replaces every row of an old version when the same id comes with other content', async () => {
        const v1 = makeCable({ id: '07TESTVILLE1', tags: ['OLDTAG'], paragraphs: [['C', 'zeppelin'], ['C', 'x'], ['C', 'y']] });
        const v2 = makeCable({ id: '07TESTVILLE1', tags: ['NEWT'], paragraphs: [['S', 'dirigible']] });
        await store.putCable(v1);
        expect(await store.putCable(v2)).toEqual({ id: '07TESTVILLE1', status: 'replaced', previousSha: v1.sha256 });
        expect(await store.getCable('07TESTVILLE1')).toEqual(v2);
        expect((await search({ query: 'zeppelin' })).total).toBe(0);
        expect((await search({ query: 'dirigible' })).total).toBe(1);
        expect((await search({ tag: ['OLDTAG'] })).total).toBe(0);
        const stats = await store.stats();
        expect([stats.cables, stats.paragraphs]).toEqual([1, 1]);
      });

      it('stores a new parse of the same bytes (a newer parser) again, then finds it unchanged', async () => {
        const v1 = makeCable({ id: '07TESTVILLE1', subject: 'OLD PARSE' });
        const v2 = { ...v1, subject: 'NEW PARSE' }; // same bytes (sha256), different record
        await store.putCable(v1);
        expect(await store.putCable(v2)).toEqual({ id: '07TESTVILLE1', status: 'replaced', previousSha: v1.sha256 });
        expect((await store.getCable('07TESTVILLE1'))?.subject).toBe('NEW PARSE');
        expect((await store.putCable(v2)).status).toBe('unchanged');
      });

      it('replacing one cable leaves every other cable whole and searchable', async () => {
        await store.putCable(makeCable({ id: '07OTHER1', paragraphs: [['C', 'albatross']] }));
        await store.putCable(makeCable({ id: '07TESTVILLE1', paragraphs: [['C', 'zeppelin']] }));
        await store.putCable(makeCable({ id: '07OTHER2', paragraphs: [['S', 'albatross again']] }));
        await store.putCable(makeCable({ id: '07TESTVILLE1', paragraphs: [['C', 'dirigible']] }));
        expect((await search({ query: 'albatross' })).hits.map((h) => h.id).sort()).toEqual(['07OTHER1', '07OTHER2']);
        expect((await search({ query: 'zeppelin OR dirigible' })).hits.map((h) => h.id)).toEqual(['07TESTVILLE1']);
        expect((await store.stats()).paragraphs).toBe(3);
      });

      it('rejects a cable without a canonical id as BAD_INPUT and stores nothing', async () => {
        await expect(store.putCable(makeCable({ id: null }))).rejects.toMatchObject({ code: 'BAD_INPUT' });
        await expect(store.putCable(makeCable({ id: '  ' }))).rejects.toBeInstanceOf(DemarcheError);
        expect((await store.stats()).cables).toBe(0);
      });

      it('writes a cable all or nothing: a failing write keeps the previous version whole', async () => {
        const v1 = makeCable({ id: '07TESTVILLE1', paragraphs: [['C', 'original text']] });
        await store.putCable(v1);
        const broken = makeCable({ id: '07TESTVILLE1', paragraphs: [['C', 'new text']] });
        (broken.paragraphs[0] as { text: unknown }).text = null; // violates NOT NULL mid-write
        await expect(store.putCable(broken)).rejects.toThrow();
        expect(await store.getCable('07TESTVILLE1')).toEqual(v1);
        expect((await search({ query: 'original' })).total).toBe(1);
        expect((await store.stats()).paragraphs).toBe(1);
      });
    });

    describe('references', () => {
      const refs: Reference[] = [
        { id: '07TESTVILLE2', kind: 'cable', label: 'A' },
        { id: '06ELSEWHERE9', kind: 'cable', label: 'B' },
        { id: 'EMAIL OF 3 MAY', kind: 'email', label: 'C' },
      ];

      it('resolves which referenced cables are stored, in REF order', async () => {
        await store.putCable(makeCable({ id: '07TESTVILLE1', references: refs }));
        await store.putCable(makeCable({ id: '07TESTVILLE2', subject: 'EARLIER ONE' }));
        const resolved = await store.referencesOf('07TESTVILLE1');
        expect(resolved.map((r) => [r.position, r.id, r.kind, r.label, r.stored?.subject ?? null])).toEqual([
          [0, '07TESTVILLE2', 'cable', 'A', 'EARLIER ONE'],
          [1, '06ELSEWHERE9', 'cable', 'B', null],
          [2, 'EMAIL OF 3 MAY', 'email', 'C', null],
        ]);
      });

      it('lists the cables that reference one, once each, oldest first', async () => {
        await store.putCable(makeCable({ id: '07TESTVILLE2' }));
        await store.putCable(makeCable({ id: '07TESTVILLE3', created: '2007-09-01T00:00:00Z', references: [refs[0]!, refs[0]!] }));
        await store.putCable(makeCable({ id: '07TESTVILLE1', created: '2007-08-01T00:00:00Z', references: refs }));
        const by = await store.referencedBy('07testville2');
        expect(by.map((c) => [c.id, c.label])).toEqual([
          ['07TESTVILLE1', 'A'],
          ['07TESTVILLE3', 'A'],
        ]);
        expect(await store.referencedBy('99NOWHERE1')).toEqual([]);
      });
    });

    describe('stats', () => {
      it('counts by classification, origin and year, and counts warnings', async () => {
        await store.putCable(makeCable({ id: '07A1', classification: 'SECRET', origin: 'Embassy Beijing', warnings: ['w1', 'w2'] }));
        await store.putCable(makeCable({ id: '08A2', classification: 'SECRET//NOFORN', created: '2008-01-02T00:00:00Z' }));
        await store.putCable(makeCable({ id: '08A3', classification: null, created: null, origin: 'Embassy Beijing' }));
        const s = await store.stats();
        expect(s.cables).toBe(3);
        expect(s.byClassification).toEqual({ SECRET: 1, 'SECRET//NOFORN': 1, unknown: 1 });
        expect(s.byOrigin).toEqual({ 'Embassy Beijing': 2, 'Embassy Testville': 1 });
        expect(s.byYear).toEqual({ '2007': 1, '2008': 1, unknown: 1 });
        expect([s.warnings, s.cablesWithWarnings]).toEqual([2, 1]);
      });
    });

    searchContract(() => store, search);
  });
}
