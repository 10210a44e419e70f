// The leak test: no output path may show a word that only a portion above the reader holds. It
// ingests the sample and the seed, then for every clearance with and without NOFORN (and an
// uncleared reader with FOUO and SBU) derives from the data itself the words found only in portions
// that reader may not see (by a visibility model written here, apart from the code under test), and
// runs every covered output path for that reader, asserting that none of those words appears.
// It cannot pass by accident: it checks that each reader below TOP SECRET has many such words, and
// that the owner's search finds every word it searches for.
//
// To cover a new path (cases, follow-ups, entities, extract, export ...), add an entry to
// OUTPUT_PATHS: a function that returns the strings that path prints for the reader.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../src/access/audit.js';
import type { Reader } from '../src/access/clearance.js';
import { ReaderArchive } from '../src/access/reader-archive.js';
import type { Cable } from '../src/cable/types.js';
import { requireDataDir, seedsDir } from '../src/config.js';
import { searchOutput } from '../src/cli/search-command.js';
import { showOutput, tagLabels } from '../src/cli/show-command.js';
import { formatStats } from '../src/cli/stats-command.js';
import type { CableStore } from '../src/store/cable-store.js';
import { openCableStore } from '../src/store/open-store.js';
import { parseSearchRequest } from '../src/store/search-request.js';
import { caseList } from '../src/cases/case-view.js';
import { followUps } from '../src/cases/follow-ups.js';
import { entityViews } from '../src/entities/entity-view.js';
import { exportFtm } from '../src/entities/ftm.js';
import { extractVisible } from '../src/extract/extract-visible.js';
import type { KnowledgeStore } from '../src/entities/knowledge-store.js';
import { SqliteKnowledgeStore } from '../src/store/sqlite/sqlite-knowledge-store.js';
import { runCli } from './cli-harness.js';

/** Before nearly every declassification date in the data: the most text is withheld. */
const AS_OF = '2001-01-01';
/** Fewest words only hidden portions hold, per reader, for the test to mean anything. The data has
 * no TOP SECRET or ORCON portion, so SECRET and TOP SECRET readers with NOFORN may see everything. */
const MIN_FORBIDDEN = 200;
const SEES_ALL = new Set(['r2nf', 'r3nf']);
const SEARCHES_PER_READER = 25;
const EXTRACTS_PER_READER = 30;

interface ReaderCase {
  name: string;
  clearance: Reader['clearance'];
  caveats: string[];
}

const READERS: ReaderCase[] = [
  ...(['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const).flatMap((clearance, i) => [
    { name: `r${i}`, clearance, caveats: [] },
    { name: `r${i}nf`, clearance, caveats: ['NOFORN'] },
  ]),
  { name: 'r0sbu', clearance: 'UNCLASSIFIED', caveats: ['FOUO', 'SBU'] },
];

interface LeakContext {
  store: CableStore;
  archive: ReaderArchive;
  ids: string[];
  /** Words this reader must never see; searched for by the search path. */
  searchWords: string[];
}

type Labels = Awaited<ReturnType<typeof tagLabels>>;
let labels: Labels;

/** Every output path the leak test covers. Each returns what it would print for the reader. */
const OUTPUT_PATHS: Array<{ name: string; run: (ctx: LeakContext) => Promise<string[]> }> = [
  { name: 'show', run: (ctx) => each(ctx.ids, (id) => showOutput(ctx.archive, id, {}, labels)) },
  { name: 'show --json', run: (ctx) => each(ctx.ids, (id) => showOutput(ctx.archive, id, { json: true }, labels)) },
  {
    name: 'search (hits, snippets, facets, total) for the forbidden words',
    run: (ctx) =>
      each(ctx.searchWords, async (w) => {
        const outputs = [
          await searchOutput(ctx.archive, parseSearchRequest({ query: w, limit: 50 }), w, { json: true }),
          await searchOutput(ctx.archive, parseSearchRequest({ query: w }), w, {}),
        ];
        // The text output echoes the query ('no cables match "word"'): the reader's own input.
        return outputs.join('\n').replaceAll(`"${w}"`, '""');
      }),
  },
  {
    name: 'browse and facets by filters alone',
    run: async (ctx) => [
      await searchOutput(ctx.archive, parseSearchRequest({ from: '1960', limit: 1000 }), '', { json: true }),
      await searchOutput(ctx.archive, parseSearchRequest({ tag: ['PREL'], limit: 200 }), '', {}),
    ],
  },
  { name: 'stats', run: async (ctx) => [JSON.stringify(await ctx.archive.stats()), formatStats(await ctx.archive.stats())] },
  // What the cables tell, built for the reader (the JSON holds all the CLI and API print, and more).
  { name: 'case list and every case (views)', run: async (ctx) => [JSON.stringify((await caseList(knowledge, ctx.archive.reader)).views)] },
  { name: 'follow-ups', run: async (ctx) => [JSON.stringify(followUps((await caseList(knowledge, ctx.archive.reader)).views, '2010-12-31'))] },
  {
    name: 'every entity (views: names, titles, sanctions, mentions)',
    run: async (ctx) => [JSON.stringify([...(await entityViews(knowledge, ctx.archive.reader, await allEntityKeys())).values()])],
  },
  {
    name: 'export --format ftm',
    run: async (ctx) => {
      const out: string[] = [];
      for await (const e of exportFtm(knowledge, ctx.archive.reader)) out.push(JSON.stringify(e));
      return [out.join('\n')];
    },
  },
  {
    // In process, over cables that withhold something from this reader (extraction is slow); the
    // CLI wiring is checked once below.
    name: 'extract --cable (cables with withheld text)',
    run: (ctx) => {
      const withheld = cables.filter((c) => portions(c).some((p) => !visible(ctx.archive.reader, c, p.portion)));
      const step = Math.max(1, Math.floor(withheld.length / EXTRACTS_PER_READER));
      return each(
        withheld.filter((_, i) => i % step === 0).slice(0, EXTRACTS_PER_READER),
        async (c) => JSON.stringify((await extractVisible(ctx.archive, c.id!)).extraction),
      );
    },
  },
];

async function allEntityKeys(): Promise<string[]> {
  const schemata = ['Person', 'Organization', 'Place', 'Item', 'Resolution', 'Regime'] as const;
  return (await Promise.all(schemata.map((s) => knowledge.entitiesOfSchema(s)))).flat().map((e) => e.key);
}

async function each<T>(items: T[], fn: (item: T) => Promise<string>): Promise<string[]> {
  const out: string[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

// ---- the visibility model, independent of src/access ------------------------------------------

interface Portion {
  level: number;
  caveats: Set<string>;
}

const LEVEL: Record<string, number> = { U: 0, UNCLAS: 0, UNCLASSIFIED: 0, SBU: 0, FOUO: 0, LOU: 0, C: 1, CONFIDENTIAL: 1, S: 2, SECRET: 2, TS: 3, 'TOP SECRET': 3 };

function caveatOf(part: string): string {
  const p = part.trim().toUpperCase();
  if (p === 'NF' || p === 'NOFORN') return 'NOFORN';
  if (p.startsWith('REL')) return 'REL';
  if (p === 'FOR OFFICIAL USE ONLY' || p === 'FOUO' || p === 'LOU' || p === 'LIMITED OFFICIAL USE') return 'FOUO';
  if (p === 'SBU' || p === 'SENSITIVE BUT UNCLASSIFIED') return 'SBU';
  if (p === 'OC' || p === 'ORCON') return 'ORCON';
  return p;
}

function bannerPortion(c: Cable): Portion {
  const [head, ...rest] = (c.classification ?? 'TOP SECRET').toUpperCase().split('//');
  const caveats = new Set([...rest, ...c.caveats.filter((x) => /NOFORN|ORCON/.test(x))].map(caveatOf));
  return { level: LEVEL[head!.trim()] ?? 3, caveats };
}

function portion(c: Cable, mark: string | null): Portion {
  const banner = bannerPortion(c);
  if (!mark) return banner;
  const [head, ...rest] = mark.toUpperCase().replace(/\s+/g, '').split(/\/+/);
  if (LEVEL[head!] === undefined) return banner;
  const caveats = new Set(rest.map(caveatOf));
  if (head === 'SBU' || head === 'FOUO' || head === 'LOU') caveats.add(caveatOf(head));
  for (const b of banner.caveats) if (b === 'NOFORN' || b === 'ORCON') caveats.add(b);
  return { level: LEVEL[head!]!, caveats };
}

function visible(r: Pick<ReaderCase, 'clearance' | 'caveats'>, c: Cable, p: Portion): boolean {
  if (c.declassifyOn && /^\d{4}-\d{2}-\d{2}$/.test(c.declassifyOn) && c.declassifyOn <= AS_OF) return true;
  const level = LEVEL[r.clearance]!;
  if (p.level > level) return false;
  for (const cav of p.caveats) {
    const ok =
      cav === 'NOFORN' || cav === 'REL' ? r.caveats.includes('NOFORN') : cav === 'FOUO' || cav === 'SBU' ? level > 0 || r.caveats.includes(cav) : false;
    if (!ok) return false;
  }
  return true;
}

// ---- words --------------------------------------------------------------------------------------

/** Words as the full-text index cuts them (letters and digits), of four characters or more with a letter. */
function words(text: string): Set<string> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(tokens.filter((w) => w.length >= 4 && /\p{L}/u.test(w)));
}

/** Words in output, leaving out JSON escapes ("\\nDie") and words a cut snippet may have truncated ("…ment"). */
function outputWords(text: string): Set<string> {
  return words(text.replace(/\\(?:u[0-9a-fA-F]{4}|.)/g, ' ').replace(/[\p{L}\p{N}]+…|…[\p{L}\p{N}]+/gu, ' '));
}

function addAll(into: Set<string>, from: Iterable<string>): void {
  for (const w of from) into.add(w);
}

/** Text portions of a cable with their markings: subject, paragraphs (heading included), or the body. */
function portions(c: Cable): Array<{ portion: Portion; text: string }> {
  const out = [{ portion: portion(c, c.subjectMarking), text: c.subject ?? '' }];
  for (const p of c.paragraphs) out.push({ portion: portion(c, p.marking), text: `${p.heading ?? ''} ${p.text}` });
  if (c.paragraphs.length === 0) out.push({ portion: bannerPortion(c), text: c.body });
  // The summary is drawn from paragraphs: it counts as visible only when all of the cable is.
  return out;
}

/** Words anyone may see: every header field of every cable, TAGS labels, and the program's own text. */
function publicWords(cables: Cable[]): Set<string> {
  const out = new Set<string>();
  for (const c of cables) {
    const { subject: _s, paragraphs: _p, body: _b, summary: _m, ...header } = c;
    addAll(out, words(JSON.stringify(header)));
  }
  for (const label of labels.map?.values() ?? []) addAll(out, words(JSON.stringify(label)));
  const sources = [
    'src/cli/show-command.ts',
    'src/cli/search-command.ts',
    'src/cli/stats-command.ts',
    'src/cli/output.ts',
    'src/access/redact.ts',
    'src/access/reader-archive.ts',
    'src/store/cable-store.ts',
    // The names and values of fields in entity, case, follow-up, export and extract output.
    'src/entities/types.ts',
    'src/entities/entity-view.ts',
    'src/entities/ftm.ts',
    'src/cases/case-view.ts',
    'src/cases/follow-ups.ts',
    'src/extract/types.ts',
  ];
  // Item mentions carry the item-screening concepts they name ("WHA" -> tungsten, "rifles" -> salw).
  for (const f of readdirSync('src/controls', { recursive: true, encoding: 'utf8' })) {
    if (f.endsWith('.ts') && !f.endsWith('.test.ts')) sources.push(path.join('src/controls', f));
  }
  for (const file of sources) addAll(out, words(readFileSync(file, 'utf8')));
  return out;
}

function forbiddenWords(r: ReaderCase, cables: Cable[], open: Set<string>): Set<string> {
  const seen = new Set(open);
  const hidden = new Set<string>();
  for (const c of cables) {
    for (const { portion: p, text } of portions(c)) addAll(visible(r, c, p) ? seen : hidden, words(text));
  }
  return new Set([...hidden].filter((w) => !seen.has(w)));
}

// ---- the test -----------------------------------------------------------------------------------

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-leak-'));
const db = path.join(dir, 'archive.db');
let store: CableStore;
let knowledge: KnowledgeStore;
let cables: Cable[] = [];
let open: Set<string>;

beforeAll(async () => {
  const sample = path.join(requireDataDir(), 'cables', 'sample', 'text');
  const ingest = await runCli(['ingest', sample, ...(seedsDir() ? [seedsDir()!] : [])], { DEMARCHE_DB: db });
  expect(ingest.code).toBe(0);
  for (const r of READERS) {
    const args = ['user', 'add', r.name, '--clearance', r.clearance, ...r.caveats.flatMap((c) => ['--caveat', c])];
    expect((await runCli(args, { DEMARCHE_DB: db })).code).toBe(0);
  }
  // Statements, entities and cases, without screening: list entries are public data, not cable text.
  expect((await runCli(['analyse', '--no-screen'], { DEMARCHE_DB: db })).code).toBe(0);
  store = await openCableStore(db);
  knowledge = SqliteKnowledgeStore.open(db);
  const ids = (await store.search(parseSearchRequest({ from: '1900', limit: 1000 }))).total;
  expect(ids).toBeGreaterThan(900);
  labels = await tagLabels();
  const Sqlite = (await import('better-sqlite3')).default;
  const all = new Sqlite(db, { readonly: true }).prepare('SELECT id FROM cables ORDER BY id').pluck().all() as string[];
  for (const id of all) cables.push((await store.getCable(id))!);
  open = publicWords(cables);
}, 300_000);

afterAll(async () => {
  await knowledge?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('no output path leaks a word above the reader', () => {
  it('has the seed and the sample to work on', () => {
    expect(cables.length).toBeGreaterThanOrEqual(1001);
    expect(cables.some((c) => c.id === '07BEIJING5039')).toBe(true);
  });

  for (const r of READERS) {
    it(`${r.name}: ${r.clearance}${r.caveats.length ? ` with ${r.caveats.join(', ')}` : ''}`, async () => {
      const forbidden = forbiddenWords(r, cables, open);
      if (!SEES_ALL.has(r.name)) expect(forbidden.size).toBeGreaterThanOrEqual(MIN_FORBIDDEN);
      const sorted = [...forbidden].sort();
      const step = Math.max(1, Math.floor(sorted.length / SEARCHES_PER_READER));
      const searchWords = sorted.filter((_, i) => i % step === 0).slice(0, SEARCHES_PER_READER);
      // Each word searched for is really in the archive: the owner finds it.
      for (const w of searchWords) expect((await store.search(parseSearchRequest({ query: w }))).total, w).toBeGreaterThan(0);
      const reader: Reader = { name: r.name, clearance: r.clearance, caveats: r.caveats, asOf: AS_OF };
      const ctx: LeakContext = { store, archive: new ReaderArchive(store, reader, new AuditService(store.auditLog())), ids: cables.map((c) => c.id!), searchWords };
      for (const p of OUTPUT_PATHS) {
        const leaked = new Set<string>();
        for (const out of await p.run(ctx)) for (const w of outputWords(out)) if (forbidden.has(w)) leaked.add(w);
        expect([...leaked], `${p.name} shows ${r.name} words from portions above them`).toEqual([]);
      }
    }, 300_000);
  }

  it('through the CLI too: --as resolves the reader for show, search and extract --cable', async () => {
    const r = READERS[2]!; // CONFIDENTIAL
    const forbidden = forbiddenWords(r, cables, open);
    const run = async (...args: string[]) => (await runCli([...args, '--as', r.name, '--as-of', AS_OF], { DEMARCHE_DB: db })).stdout;
    // A word of the seed's text the reader may not see, searched for.
    const seed = cables.find((c) => c.id === '07BEIJING5039')!;
    const hidden = portions(seed).filter((p) => !visible(r, seed, p.portion)).flatMap((p) => [...words(p.text)]).filter((w) => forbidden.has(w)).sort();
    expect(hidden.length).toBeGreaterThan(0);
    const outputs = [
      await run('show', '07BEIJING5039'),
      await run('show', '07BEIJING5039', '--json'),
      await run('search', hidden[0]!, '--json'),
      await run('extract', '--cable', '07BEIJING5039', '--json'),
    ];
    expect(outputs[3]).toMatch(/"mentions"/);
    for (const out of outputs) expect([...outputWords(out)].filter((w) => forbidden.has(w))).toEqual([]);
  });
});
