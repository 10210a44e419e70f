// Statements, entities, cases and follow-ups on fixture cables: what each reader sees, analysts'
// edits, re-analysis, FtM round trips. Screening is a stub here (the real lists are tested elsewhere).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Model, defaultModel } from '@opensanctions/followthemoney';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerReader, type Reader } from '../src/access/clearance.js';
import { ingestPaths } from '../src/archive/ingest.js';
import { addEvent } from '../src/cases/case-edits.js';
import { caseList, caseView } from '../src/cases/case-view.js';
import { followUps } from '../src/cases/follow-ups.js';
import { EXTRACTOR_VERSION, analyseArchive, type PartyScreen } from '../src/entities/analyse.js';
import { decideLink, mergeEntities, splitEntity } from '../src/entities/edits.js';
import { entityView } from '../src/entities/entity-view.js';
import { exportFtm, importFtm, newStatements, type FtmEntity } from '../src/entities/ftm.js';
import type { KnowledgeStore } from '../src/entities/knowledge-store.js';
import type { CableStore } from '../src/store/cable-store.js';
import { openCableStore } from '../src/store/open-store.js';
import { SqliteKnowledgeStore } from '../src/store/sqlite/sqlite-knowledge-store.js';
import { CONFIDENTIAL_CABLE, SECRET_CABLE, oneParagraphCable } from './fixtures/investigation-cables.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-knowledge-'));
// Before the CONFIDENTIAL cable's declassification date (2018-06-09): its SECRET paragraph is still secret.
const owner = ownerReader('2008-07-01');
const reader = (clearance: Reader['clearance'], asOf = '2008-07-01'): Reader => ({ name: clearance.toLowerCase(), clearance, caveats: [], asOf });
const analyst = (clearance: Reader['clearance']) => ({ name: 'ana', reader: reader(clearance) });

/** Lists ZORVEX only: a stand-in for the party matcher. */
const screen: PartyScreen = (name, type) =>
  type === 'organization' && /zorvex/i.test(name)
    ? ({ query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '99999', name: 'ZORVEX PRECISION MACHINERY CO., LTD.', matchedName: 'ZORVEX PRECISION MACHINERY CO.', alias: false, weakAlias: false, score: 0.95, match: true, type: 'organization', programs: ['NPWMD'], countries: [], explanation: [{ kind: 'exact', weight: 1, text: '' }] }] } as never)
    : null;

let cables: CableStore;
let knowledge: KnowledgeStore;
let db: string;

async function open(file: string): Promise<{ cables: CableStore; knowledge: KnowledgeStore }> {
  const c = await openCableStore(file);
  return { cables: c, knowledge: SqliteKnowledgeStore.open(file) };
}

async function zorvex(k: KnowledgeStore, r: Reader) {
  const found = await k.findByName('Zorvex Precision Machinery', 10);
  return found.length === 0 ? null : entityView(k, r, found.find((e) => e.schema === 'Organization')!.key);
}

beforeAll(async () => {
  db = path.join(dir, 'k.db');
  writeFileSync(path.join(dir, 'secret.txt'), SECRET_CABLE);
  writeFileSync(path.join(dir, 'confidential.txt'), CONFIDENTIAL_CABLE);
  ({ cables, knowledge } = await open(db));
  const ingest = await ingestPaths(cables, [path.join(dir, 'secret.txt'), path.join(dir, 'confidential.txt')]);
  expect(ingest.stored).toBe(2);
  const report = await analyseArchive(cables, knowledge, { screen });
  expect(report).toMatchObject({ analysed: 2, failed: [] });
});

afterAll(async () => {
  await knowledge.close();
  await cables.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('entities across cables', () => {
  it('joins one company named in two cables, with both cables as sources', async () => {
    const view = (await zorvex(knowledge, owner))!;
    expect(new Set(view.mentions.map((m) => m.cable))).toEqual(new Set(['08BEIJING777', '08BEIJING801']));
    expect(view.sanctions).toEqual([expect.objectContaining({ list: 'us-ofac-sdn', id: '99999', status: 'suggested' })]);
  });

  it('builds the entity from the statements a reader may see', async () => {
    const confidential = (await zorvex(knowledge, reader('CONFIDENTIAL')))!;
    expect(new Set(confidential.mentions.map((m) => m.cable))).toEqual(new Set(['08BEIJING801']));
    // The suggestion made from the name in the CONFIDENTIAL paragraph is CONFIDENTIAL; the one made
    // from the SECRET cable is not shown.
    expect(confidential.sanctions).toEqual([expect.objectContaining({ id: '99999' })]);
    expect(confidential.marking).toBe('CONFIDENTIAL');
    const statements = await knowledge.statementsOf([confidential.key]);
    expect(statements.filter((st) => st.prop === 'sanctionsCandidate').map((st) => st.marking).sort()).toEqual(['CONFIDENTIAL', 'SECRET']);
  });

  it('does not exist for a reader who may see none of its statements', async () => {
    const quillon = await knowledge.findByName('Quillon', 5);
    expect(quillon.length).toBeGreaterThan(0);
    expect(await entityView(knowledge, reader('CONFIDENTIAL'), quillon[0]!.key)).toBeNull();
    expect(await entityView(knowledge, reader('SECRET'), quillon[0]!.key)).not.toBeNull();
    expect(await zorvex(knowledge, reader('UNCLASSIFIED'))).toBeNull();
  });

  it('shows keys that say nothing of the names behind them', async () => {
    const view = (await zorvex(knowledge, owner))!;
    expect(view.key).toMatch(/^org:\d+$/);
  });
});

describe('cases and follow-ups', () => {
  it('opens a case on the listed company with the cable events in date order', async () => {
    const { views } = await caseList(knowledge, owner);
    const c = views.find((v) => v.subjects.some((s) => /Zorvex/.test(s.name)))!;
    expect(c.title).toBe('Zorvex Precision Machinery Company');
    const dates = c.events.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort());
    expect(c.events.map((e) => `${e.date} ${e.kind}`)).toEqual(
      expect.arrayContaining(['2008-02 info-shared', '2008-03 request', '2008-05-20 meeting']),
    );
  });

  it('computes overdue as of a day, from the end of the month asked', async () => {
    const { views } = await caseList(knowledge, owner);
    const due = followUps(views, '2008-05-30').filter((f) => f.askedOn === '2008-03');
    expect(due).toEqual([expect.objectContaining({ dueOn: '2008-04-30', answeredOn: null, overdue: true })]);
    expect(followUps(views, '2008-04-30').find((f) => f.askedOn === '2008-03')?.overdue).toBe(false);
  });

  it('hides the case and its follow-ups from a reader who may see none of its events', async () => {
    const { views } = await caseList(knowledge, reader('UNCLASSIFIED'));
    expect(views.some((v) => v.subjects.some((s) => /Zorvex/.test(s.name)) || /Zorvex/.test(v.title))).toBe(false);
    expect(followUps(views, '2008-05-30').some((f) => f.askedOn === '2008-03')).toBe(false);
  });

  it('answers a request with a later response an analyst adds', async () => {
    const { views } = await caseList(knowledge, owner);
    const c = views.find((v) => v.subjects.some((s) => /Zorvex/.test(s.name)))!;
    await addEvent(knowledge, analyst('SECRET'), c.id, { date: '2008-04-15', kind: 'response', summary: 'Wu replied in writing', actors: [] });
    const after = (await caseView(knowledge, owner, c.id))!;
    expect(followUps([after], '2008-05-30').find((f) => f.askedOn === '2008-03')?.answeredOn).toBe('2008-04-15');
  });
});

describe("analysts' decisions", () => {
  it('remembers a rejection when the cable is analysed again', async () => {
    const view = (await zorvex(knowledge, owner))!;
    await decideLink(knowledge, analyst('SECRET'), view.key, { list: 'us-ofac-sdn', id: '99999', status: 'rejected' });
    await knowledge.forget(['08BEIJING777']);
    await analyseArchive(cables, knowledge, { screen });
    const again = (await zorvex(knowledge, owner))!;
    expect(again.sanctions).toEqual([expect.objectContaining({ id: '99999', status: 'rejected', decidedBy: 'ana' })]);
  });

  it('refuses a decision a reader could not see the grounds of, and writing above one’s clearance', async () => {
    const view = (await zorvex(knowledge, owner))!;
    await expect(decideLink(knowledge, analyst('UNCLASSIFIED'), view.key, { list: 'us-ofac-sdn', id: '99999', status: 'confirmed' })).rejects.toThrow(/no entity/);
  });

  it('merges two entities and splits a cable off again', async () => {
    const a = (await knowledge.findByName('Wu Qiang', 5))[0]!;
    const b = (await knowledge.findByName('Jane Roe', 5))[0]!;
    await mergeEntities(knowledge, analyst('SECRET'), a.key, b.key);
    const merged = (await entityView(knowledge, owner, a.key))!;
    expect(merged.key).toBe(b.key);
    expect(merged.names).toEqual(expect.arrayContaining(['Wu Qiang', 'Jane Roe']));
    const zor = (await zorvex(knowledge, owner))!;
    const rule = await splitEntity(knowledge, analyst('SECRET'), zor.key, '08BEIJING801');
    await knowledge.forget(['08BEIJING801']);
    await analyseArchive(cables, knowledge, { screen });
    const rest = (await entityView(knowledge, owner, zor.key))!;
    expect(rest.mentions.map((m) => m.cable)).not.toContain('08BEIJING801');
    expect(new Set((await entityView(knowledge, owner, JSON.parse(rule.value).into))!.mentions.map((m) => m.cable))).toEqual(new Set(['08BEIJING801']));
  });
});

describe('FollowTheMoney export and import', () => {
  const collect = async (k: KnowledgeStore, r: Reader): Promise<FtmEntity[]> => {
    const out: FtmEntity[] = [];
    for await (const e of exportFtm(k, r)) out.push(e);
    return out;
  };

  it('writes entities, sanctions links, mentions, events and cases the FtM model accepts', async () => {
    const model = new Model(defaultModel);
    const lines = await collect(knowledge, owner);
    for (const e of lines) expect(() => model.getEntity(e)).not.toThrow();
    expect(new Set(lines.map((e) => e.schema))).toEqual(new Set(['Organization', 'Person', 'Address', 'Asset', 'Sanction', 'Mention', 'Document', 'Event', 'Project']));
  });

  it('exports only what the reader may see', async () => {
    const text = JSON.stringify(await collect(knowledge, reader('CONFIDENTIAL')));
    expect(text).not.toMatch(/Quillon/);
    expect(text).toMatch(/Zorvex/);
  });

  it('reads its own export back: same entities, names and markings', async () => {
    const first = await collect(knowledge, owner);
    const other = await open(path.join(dir, 'round-trip.db'));
    const { statements } = importFtm(first.map((e) => JSON.stringify(e)), 'test', { level: 'UNCLASSIFIED', caveats: [] });
    await other.knowledge.addStatements(statements);
    const named = (es: FtmEntity[]) => es.filter((e) => ['Organization', 'Person', 'Address', 'Asset'].includes(e.schema)).map((e) => [e.id, e.schema, [...e.properties.name!].sort(), e.properties.notes?.find((n) => n.startsWith('demarche:marking'))]).sort();
    const second = await collect(other.knowledge, owner);
    expect(named(second)).toEqual(named(first));
    await other.knowledge.close();
    await other.cables.close();
  });

  it('adds nothing when the same file is imported again, or an export into its own store', async () => {
    const lines = (await collect(knowledge, owner)).map((e) => JSON.stringify(e));
    const { statements } = importFtm(lines, 'test', { level: 'UNCLASSIFIED', caveats: [] });
    expect(statements.length).toBeGreaterThan(0);
    // Into its own store only what the store derives rather than holds: case titles and statuses,
    // and the entity an earlier test split off (a view over the original's statements).
    const own = await newStatements(knowledge, statements);
    const derived = (s: (typeof own)[number]) => (s.schema === 'Case' && (s.prop === 'name' || s.prop === 'status')) || s.entity.includes('@split-');
    expect(own.filter((s) => !derived(s))).toEqual([]);
    const other = await open(path.join(dir, 'twice.db'));
    const fresh = await newStatements(other.knowledge, statements);
    expect(fresh.length).toBeGreaterThan(0);
    await other.knowledge.addStatements(fresh);
    expect(await newStatements(other.knowledge, statements)).toEqual([]);
    await other.knowledge.close();
    await other.cables.close();
  });

  it('names the line of a malformed file and stores nothing', () => {
    expect(() => importFtm(['{"id": "x", "schema": "Organization", "properties": {"name": ["A"]}}', '{not json'], 'test', { level: 'UNCLASSIFIED', caveats: [] })).toThrow(/line 2/);
    expect(() => importFtm(['{"id": "x", "schema": "Spaceship"}'], 'test', { level: 'UNCLASSIFIED', caveats: [] })).toThrow(/^line 1: not a valid FollowTheMoney Spaceship entity/);
  });
});

describe('replacing a cable', () => {
  it('leaves none of the old version’s statements behind', async () => {
    const changed = SECRET_CABLE.replace('Zorvex investigation', 'Zorvex inquiry');
    writeFileSync(path.join(dir, 'secret.txt'), changed);
    const r = await ingestPaths(cables, [path.join(dir, 'secret.txt')]);
    expect(r.replaced).toBe(1);
    expect(await knowledge.cablesToAnalyse(EXTRACTOR_VERSION)).toEqual(['08BEIJING777']);
    const Sqlite = (await import('better-sqlite3')).default;
    const raw = new Sqlite(db, { readonly: true });
    const orphans = raw.prepare("SELECT count(*) AS n FROM statements WHERE origin = 'extracted' AND (cable_pk IS NULL OR cable_pk NOT IN (SELECT pk FROM cables))").get() as { n: number };
    raw.close();
    expect(orphans.n).toBe(0);
  });
});

describe('a name that only resembles a listed one', () => {
  it('is suggested on the entity but opens no case', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'demarche-resembles-'));
    writeFileSync(path.join(other, 'secret.txt'), SECRET_CABLE);
    writeFileSync(path.join(other, 'confidential.txt'), CONFIDENTIAL_CABLE);
    const s = await open(path.join(other, 'k.db'));
    try {
      await ingestPaths(s.cables, [path.join(other, 'secret.txt'), path.join(other, 'confidential.txt')]);
      // The same hit as `screen` gives, but met word by word only by similar spellings (ZORVEKS ...).
      const resembling: PartyScreen = (name, type) => {
        const result = screen(name, type) as { hits: Array<Record<string, unknown>> } | null;
        if (!result) return null;
        const explanation = [
          { kind: 'fuzzy', weight: 0.7, text: '' },
          { kind: 'exact', weight: 0.3, text: '' },
        ];
        return { ...result, hits: result.hits.map((h) => ({ ...h, explanation })) } as never;
      };
      await analyseArchive(s.cables, s.knowledge, { screen: resembling });
      expect((await zorvex(s.knowledge, owner))!.sanctions).toEqual([expect.objectContaining({ id: '99999', status: 'suggested' })]);
      expect((await caseList(s.knowledge, owner)).cases).toEqual([]);
    } finally {
      await s.knowledge.close();
      await s.cables.close();
      rmSync(other, { recursive: true, force: true });
    }
  });
});

/** A short CONFIDENTIAL cable of our own with one paragraph. */
const cable = oneParagraphCable;

describe('a listed body named by two of its listed names', () => {
    // One invented entry with two names and, as some real entries have, an alias of common words.
  const names: Array<[RegExp, string]> = [
    [/veltrum/i, 'VELTRUM AEROSPACE INDUSTRIES'],
    [/veltrom/i, 'VELTROM AVIATION GROUP'],
    [/orbital security/i, 'ORBITAL SECURITY ORGANIZATION'],
  ];
  const listing: PartyScreen = (name, type) => {
    const found = names.find(([re]) => re.test(name));
    if (type !== 'organization' || !found) return null;
    return { query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '88888', name: names[0]![1], matchedName: found[1], alias: found !== names[0], weakAlias: false, score: 0.95, match: true, type: 'organization', programs: ['NPWMD'], countries: [], explanation: [{ kind: 'exact', weight: 1, text: '' }] }] } as never;
  };

  it('joins its entities across cables whichever cable comes first, but not through a name of common words', async () => {
    const paragraphs = [
      'On June 2, Econoff met officials of the Ministry of Commerce. The officials said Veltrum Aerospace Industries shipped graphite to Iran in May.',
      'On June 3, Econoff asked the Ministry of Commerce about the Veltrom Aviation Group, which shipped graphite to Iran in April.',
      'On June 4, the officials said the Orbital Security Organization shipped graphite to Iran in March.',
    ];
    for (const order of [[0, 1, 2], [2, 1, 0]]) {
      const other = mkdtempSync(path.join(tmpdir(), 'demarche-listed-'));
      const s = await open(path.join(other, 'k.db'));
      try {
        const files = order.map((i) => {
          const file = path.join(other, `c${i}.txt`);
          writeFileSync(file, cable(i + 1, i + 2, paragraphs[i]!));
          return file;
        });
        for (const file of files) {
          await ingestPaths(s.cables, [file]);
          await analyseArchive(s.cables, s.knowledge, { screen: listing });
        }
        const veltrum = await s.knowledge.findByName('Veltrum Aerospace Industries', 10);
        const view = (await entityView(s.knowledge, owner, veltrum.find((e) => e.schema === 'Organization')!.key))!;
        expect(new Set(view.mentions.map((m) => m.cable))).toEqual(new Set(['08BEIJING901', '08BEIJING902']));
        const orbital = await s.knowledge.findByName('Orbital Security Organization', 10);
        expect(orbital.find((e) => e.schema === 'Organization')!.key).not.toBe(view.key);
      } finally {
        await s.knowledge.close();
        await s.cables.close();
        rmSync(other, { recursive: true, force: true });
      }
    }
  });
});

describe('a listed body named by its acronym in one cable and its name in another', () => {
  // An invented entry with no countries of its own (as the PKK's), known by its name and its acronym.
  const listing: PartyScreen = (name, type) => {
    const matched = /^VAQ$/.test(name) ? 'VAQ' : /veltrum/i.test(name) ? 'VELTRUM AEROSPACE QUARTER' : null;
    if (type !== 'organization' || !matched) return null;
    return { query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '88889', name: 'VELTRUM AEROSPACE QUARTER', matchedName: matched, alias: matched === 'VAQ', weakAlias: false, score: 0.95, match: true, type: 'organization', programs: ['SDGT'], countries: [], explanation: [{ kind: 'exact', weight: 1, text: '' }] }] } as never;
  };

  it('joins the two whichever cable comes first', async () => {
    const paragraphs = [
      'On June 2, the officials said the VAQ shipped graphite to Iran in May.',
      'On June 3, the officials said the Veltrum Aerospace Quarter shipped graphite to Iran in April.',
    ];
    for (const order of [[0, 1], [1, 0]]) {
      const other = mkdtempSync(path.join(tmpdir(), 'demarche-acronym-key-'));
      const s = await open(path.join(other, 'k.db'));
      try {
        for (const i of order) {
          const file = path.join(other, `c${i}.txt`);
          writeFileSync(file, cable(i + 1, i + 2, paragraphs[i]!));
          await ingestPaths(s.cables, [file]);
          await analyseArchive(s.cables, s.knowledge, { screen: listing });
        }
        const found = await s.knowledge.findByName('Veltrum Aerospace Quarter', 10);
        const view = (await entityView(s.knowledge, owner, found.find((e) => e.schema === 'Organization')!.key))!;
        expect(new Set(view.mentions.map((m) => m.cable))).toEqual(new Set(['08BEIJING901', '08BEIJING902']));
      } finally {
        await s.knowledge.close();
        await s.cables.close();
        rmSync(other, { recursive: true, force: true });
      }
    }
  });
});

describe('a listed acronym or name of common words', () => {
  // An invented entry listed in North Korea and known by an acronym and by common words.
  const listing: PartyScreen = (name, type) =>
    type === 'organization' && (name === 'QZX' || name === 'Ministry of Metal Security')
      ? ({ query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '77777', name: 'QUORVAL ZINC EXPORTS', matchedName: name.toUpperCase(), alias: true, weakAlias: false, score: 0.95, match: true, type: 'organization', programs: ['NPWMD'], countries: ['KP'], explanation: [{ kind: 'exact', weight: 1, text: '' }] }] } as never)
      : null;

  /** Analyses one cable per paragraph (08BEIJING901, 902 ...) with the screen: each case's source cables. */
  async function caseSources(paragraphs: string[], screen: PartyScreen): Promise<Array<Set<string | null>>> {
    const other = mkdtempSync(path.join(tmpdir(), 'demarche-listing-'));
    const s = await open(path.join(other, 'k.db'));
    try {
      const files = paragraphs.map((p, i) => {
        const file = path.join(other, `c${i}.txt`);
        writeFileSync(file, cable(i + 1, i + 2, p));
        return file;
      });
      await ingestPaths(s.cables, files);
      await analyseArchive(s.cables, s.knowledge, { screen });
      const out: Array<Set<string | null>> = [];
      for (const c of (await caseList(s.knowledge, owner)).cases) {
        const view = await caseView(s.knowledge, owner, c.id);
        out.push(new Set(view!.events.map((e) => e.source.cable)));
      }
      return out;
    } finally {
      await s.knowledge.close();
      await s.cables.close();
      rmSync(other, { recursive: true, force: true });
    }
  }

  it("opens a case only in a cable that names one of the entry's countries", async () => {
    const paragraphs = [
      'On June 2, the officials said the QZX shipped graphite to Syria in May.',
      'On June 3, the officials said the QZX shipped graphite from North Korea to Syria in April.',
      'On June 4, the officials said the Ministry of Metal Security shipped graphite to Syria in March.',
    ];
    expect(await caseSources(paragraphs, listing)).toEqual([new Set(['08BEIJING902'])]);
  });

  it("places an entry without countries of its own by its programme's", async () => {
    // The same acronym listed with no address, under a programme about the Balkans.
    const balkan: PartyScreen = (name, type) =>
      type === 'organization' && name === 'QZX'
        ? ({ query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '77778', name: 'QUORVAL ZONAL ARMY', matchedName: 'QZX', alias: true, weakAlias: false, score: 0.95, match: true, type: 'organization', programs: ['BALKANS'], countries: [], explanation: [{ kind: 'exact', weight: 1, text: '' }] }] } as never)
        : null;
    const paragraphs = [
      'On June 2, the officials said the QZX shipped graphite to Syria in May.',
      'On June 3, the officials said the QZX shipped graphite from Serbia to Syria in April.',
    ];
    expect(await caseSources(paragraphs, balkan)).toEqual([new Set(['08BEIJING902'])]);
  });

  it("takes an alias of common words for an entry without countries as no listing, the entry's own name as one", async () => {
    // An invented entry with no country and no country's programme, known by common words.
    for (const alias of [true, false]) {
      const nowhere: PartyScreen = (name, type) =>
        type === 'organization' && name === 'Harvest Front'
          ? ({ query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '77779', name: alias ? 'QUORVAL ZEALOT FRONT' : 'HARVEST FRONT', matchedName: 'HARVEST FRONT', alias, weakAlias: false, score: 0.95, match: true, type: 'organization', programs: ['SDGT'], countries: [], explanation: [{ kind: 'exact', weight: 1, text: '' }] }] } as never)
          : null;
      const cases = await caseSources(['On June 2, the officials said the Harvest Front shipped graphite to Syria in May.'], nowhere);
      expect(cases).toHaveLength(alias ? 0 : 1);
    }
  });

  it('takes a listed acronym the cable spells out as another body as no listing', async () => {
    // An invented entry with no country, known by an acronym alone.
    const acronym: PartyScreen = (name, type) =>
      type === 'organization' && name === 'QZX'
        ? ({ query: { name }, threshold: 0.8, lists: [], hits: [{ list: 'us-ofac-sdn', id: '77780', name: 'QUORVAL ZEALOT FRONT', matchedName: 'QZX', alias: true, weakAlias: false, score: 0.95, match: true, type: 'organization', programs: ['SDGT'], countries: [], explanation: [{ kind: 'exact', weight: 1, text: '' }] }] } as never)
        : null;
    const paragraphs = [
      'On June 2, the officials said the QZX shipped graphite to Syria in May.',
      'On June 3, the officials said the QZX shipped graphite to Syria in April; the Nordvik Zinc Exchange (QZX) is a trading house in Oslo.',
    ];
    expect(await caseSources(paragraphs, acronym)).toEqual([new Set(['08BEIJING901'])]);
  });
});

