// Need to know through the CLI: users and tokens, who may read what of the seed cable and on which
// day, caveats, refusals with exit 1, and the audit log with its tamper detection on a real file.
import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsDir } from '../src/config.js';
import { makeCable } from '../src/store/cable-store.contract.js';
import { openCableStore } from '../src/store/open-store.js';
import { runCli } from './cli-harness.js';

const seeds = seedsDir();
if (!seeds) throw new Error('the seeds folder (../shared/seeds beside the data folder) is needed for these tests');
const seedDir = seeds;
const dir = mkdtempSync(path.join(tmpdir(), 'demarche-access-'));
const db = path.join(dir, 'archive.db');
const cli = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { DEMARCHE_DB: db, DEMARCHE_TOKEN: undefined, ...env });
const json = (s: string) => JSON.parse(s) as Record<string, any>;
const SEED_SECRET_WORDS = ['LIMMT', 'tungsten', 'Zhang', 'graphite', 'INVESTIGATION', 'Another Issue'];

beforeAll(async () => {
  expect((await cli(['ingest', seedDir])).code).toBe(0);
  // A NOFORN paragraph beside a plain SECRET one, never declassified. (A NOFORN banner would make
  // every portion NOFORN: banner caveats hold for every paragraph.)
  const store = await openCableStore(db);
  await store.putCable({
    ...makeCable({
      id: '08CAVEATS1',
      classification: 'SECRET',
      subjectMarking: 'U',
      subject: 'CAVEAT TEST',
      paragraphs: [
        ['S', 'Plain secret about a zeppelin.'],
        ['S//NF', 'Noforn detail about a dirigible.'],
      ],
    }),
    declassifyOn: null,
  });
  await store.close();
  for (const [name, clearance, caveats] of [['carol', 'C', []], ['sam', 'S', []], ['nora', 'S', ['NOFORN']]] as const) {
    expect((await cli(['user', 'add', name, '--clearance', clearance, ...caveats.flatMap((c) => ['--caveat', c])])).code).toBe(0);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('users', () => {
  it('prints the token once as JSON and stores only its salted hash', async () => {
    const run = await cli(['user', 'add', 'alice', '--clearance', 'secret', '--caveat', 'nf', '--role', 'admin', '--json']);
    expect(run.code).toBe(0);
    const added = json(run.stdout);
    expect(added).toMatchObject({ name: 'alice', clearance: 'SECRET', caveats: ['NOFORN'], role: 'admin' });
    expect(added.token).toMatch(/^dmk_[0-9a-z]+_[A-Za-z0-9_-]{16,}$/);
    const secret = added.token.split('_').slice(2).join('_');
    const row = new Sqlite(db, { readonly: true }).prepare("SELECT * FROM users WHERE name = 'alice'").get() as Record<string, unknown>;
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(added.token);
    expect(stored).not.toContain(secret);
    expect(row.token_hash).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const list = await cli(['user', 'list', '--json']);
    expect(list.stdout).not.toContain(secret);
    expect(json(list.stdout).map((u: { name: string }) => u.name)).toContain('alice');
    // The token works, and an admin acting through it may manage users.
    expect((await cli(['show', '07BEIJING5039', '--json'], { DEMARCHE_TOKEN: added.token })).code).toBe(0);
    expect((await cli(['user', 'list'], { DEMARCHE_TOKEN: added.token })).code).toBe(0);
  });

  it('refuses a duplicate name, an unknown caveat and a reader managing users, with exit 1', async () => {
    const dup = await cli(['user', 'add', 'CAROL', '--clearance', 'S']);
    expect([dup.code, dup.stderr]).toEqual([1, expect.stringMatching(/already exists/)]);
    expect((await cli(['user', 'add', 'rel', '--clearance', 'S', '--caveat', 'RELUK'])).stderr).toMatch(/unknown caveat RELUK/);
    const reader = await cli(['user', 'add', 'x', '--clearance', 'S', '--as', 'carol']);
    expect([reader.code, reader.stderr]).toEqual([1, expect.stringMatching(/carol \(reader\) may not manage users/)]);
    expect((await cli(['user', 'disable', 'nobody'])).stderr).toMatch(/no user named "nobody"/);
  });

  it('rotates a token: the new one works, the old one is refused at once (cached check or not)', async () => {
    const first = json((await cli(['user', 'add', 'rot', '--clearance', 'C', '--json'])).stdout).token as string;
    expect((await cli(['stats'], { DEMARCHE_TOKEN: first })).code).toBe(0);
    const second = json((await cli(['user', 'rotate-token', 'rot', '--json'])).stdout).token as string;
    expect(second).not.toBe(first);
    const old = await cli(['stats'], { DEMARCHE_TOKEN: first });
    expect([old.code, old.stderr]).toEqual([1, expect.stringMatching(/token \(DEMARCHE_TOKEN\) is not valid/)]);
    expect((await cli(['stats'], { DEMARCHE_TOKEN: second })).code).toBe(0);
  });

  it('refuses unknown and disabled users and bad tokens with a clear message and exit 1', async () => {
    const unknown = await cli(['show', '07BEIJING5039', '--as', 'mallory']);
    expect([unknown.code, unknown.stdout]).toEqual([1, '']);
    expect(unknown.stderr).toMatch(/no user named "mallory"/);
    const token = json((await cli(['user', 'add', 'gone', '--clearance', 'TS', '--json'])).stdout).token as string;
    expect((await cli(['user', 'disable', 'gone'])).code).toBe(0);
    for (const run of [await cli(['--as', 'gone', 'search', 'limmt']), await cli(['search', 'limmt'], { DEMARCHE_TOKEN: token })]) {
      expect([run.code, run.stdout]).toEqual([1, '']);
      expect(run.stderr).toMatch(/user "gone" is disabled/);
    }
    expect((await cli(['stats'], { DEMARCHE_TOKEN: 'dmk_1_notthesecretatallnotit' })).code).toBe(1);
    expect((await cli(['stats', '--as', 'carol', '--as-of', '2027-02-30'])).stderr).toMatch(/--as-of: "2027-02-30" is not a day/);
  });
});

describe('the seed cable by clearance and day', () => {
  it('shows a CONFIDENTIAL reader the header and banner but none of the SECRET text, subject included', async () => {
    for (const args of [['show', '07BEIJING5039', '--as', 'carol'], ['show', '07BEIJING5039', '--as', 'carol', '--as-of', '2027-08-01']]) {
      const run = await cli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/classification\s+SECRET/);
      expect(run.stdout).toMatch(/banner\s+SECRET BEIJING 005039/);
      expect(run.stdout).toMatch(/declassify\s+2027-08-02/);
      expect(run.stdout).toContain('07BEIJING5039  [withheld: SECRET]');
      expect(run.stdout).toContain('¶1. [withheld: SECRET]');
      for (const word of SEED_SECRET_WORDS) expect(run.stdout).not.toContain(word);
    }
    const shown = json((await cli(['show', '07BEIJING5039', '--as', 'carol', '--json'])).stdout);
    expect(shown.cable.paragraphs[0]).toEqual({ n: 1, marking: 'S', withheld: true, withheldMarking: 'SECRET' });
    expect([shown.cable.subject, shown.cable.subjectWithheld, shown.cable.body]).toEqual([null, 'SECRET', null]);
    for (const word of SEED_SECRET_WORDS) expect(JSON.stringify(shown)).not.toContain(word);
  });

  it('finds "tungsten" for a SECRET reader and not for a CONFIDENTIAL one, until the declassification day', async () => {
    const ids = async (...args: string[]) => json((await cli(['search', 'tungsten', '--json', ...args])).stdout).hits.map((h: { id: string }) => h.id);
    expect(await ids('--as', 'carol')).toEqual([]);
    expect(await ids('--as', 'sam')).toEqual(['07BEIJING5039']);
    expect(await ids('--as', 'carol', '--as-of', '2027-08-01')).toEqual([]);
    expect(await ids('--as', 'carol', '--as-of', '2027-08-02')).toEqual(['07BEIJING5039']);
    const browse = json((await cli(['search', '--tag', 'MTCR', '--json', '--as', 'carol'])).stdout);
    expect(browse.total).toBe(0);
    expect(browse.facets.tags).toEqual([]);
  });

  it('lets the CONFIDENTIAL reader read it on and after the declassification day', async () => {
    const run = await cli(['--as', 'carol', '--as-of', '2027-08-03', 'show', '07BEIJING5039']);
    expect(run.stdout).toContain('07BEIJING5039  LIMMT INVESTIGATION');
    expect(run.stdout).toContain('¶2. (S) Zhang claimed');
    expect(run.stdout).toMatch(/declassified on 2027-08-02: as of 2027-08-03 every portion reads as UNCLASSIFIED/);
    const dayOf = json((await cli(['show', '07BEIJING5039', '--as', 'carol', '--as-of', '2027-08-02', '--json'])).stdout);
    expect(dayOf.access.declassified).toBe(true);
    expect(dayOf.cable.paragraphs.every((p: { text?: string }) => typeof p.text === 'string')).toBe(true);
  });
});

describe('caveats', () => {
  it('keeps a NOFORN paragraph from a SECRET reader without NOFORN, in show and in search', async () => {
    const sam = json((await cli(['show', '08CAVEATS1', '--as', 'sam', '--json'])).stdout);
    expect(sam.cable.paragraphs[0].text).toContain('zeppelin');
    expect(sam.cable.paragraphs[1]).toEqual({ n: 2, marking: 'S//NF', withheld: true, withheldMarking: 'SECRET//NOFORN' });
    expect(JSON.stringify(sam)).not.toContain('dirigible');
    const total = async (who: string) => json((await cli(['search', 'dirigible', '--json', '--as', who])).stdout).total;
    expect([await total('sam'), await total('nora')]).toEqual([0, 1]);
    expect(json((await cli(['show', '08CAVEATS1', '--as', 'nora', '--json'])).stdout).cable.paragraphs[1].text).toContain('dirigible');
  });
});

describe('audit', () => {
  it('records every read by a named user and refuses to let a reader see the log', async () => {
    await cli(['show', '07BEIJING5039', '--as', 'sam']);
    const log = json((await cli(['audit', '--user', 'sam', '--json'])).stdout) as Array<Record<string, any>>;
    const read = log.filter((e) => e.action === 'read' && e.target === 'cable:07BEIJING5039').at(-1);
    expect(read).toMatchObject({ actor: 'sam', marking: 'SECRET' });
    expect(log.some((e) => e.action === 'search' && e.details.query === 'tungsten')).toBe(true);
    const refused = json((await cli(['audit', '--json', '--limit', '500'])).stdout) as Array<Record<string, any>>;
    expect(refused.some((e) => e.action === 'refused' && e.actor === 'mallory')).toBe(true);
    expect((await cli(['audit', '--as', 'carol'])).code).toBe(1);
    expect(json((await cli(['audit', 'verify', '--json'])).stdout)).toMatchObject({ ok: true, broken: null, guarded: true });
  });

  it('refuses UPDATE and DELETE in the store itself', () => {
    const conn = new Sqlite(db);
    expect(() => conn.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => conn.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    conn.close();
  });

  it('chains appends from two connections without forking', async () => {
    const a = await openCableStore(db);
    const b = await openCableStore(db);
    const { AuditService } = await import('../src/access/audit.js');
    const [x, y] = [new AuditService(a.auditLog()), new AuditService(b.auditLog())];
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? x : y).record({ actor: 'test', action: 'change', target: `t:${i}`, marking: null })));
    expect((await x.verify()).ok).toBe(true);
    await a.close();
    await b.close();
  });

  it('names the first edited row, and then a deleted one, once the triggers are dropped', async () => {
    const copy = path.join(dir, 'tampered.db');
    const source = new Sqlite(db);
    await source.backup(copy);
    source.close();
    const conn = new Sqlite(copy);
    conn.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
    conn.prepare("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 5").run();
    const edited = await runCli(['audit', 'verify', '--json'], { DEMARCHE_DB: copy });
    expect(edited.code).toBe(1);
    expect(json(edited.stdout)).toMatchObject({ ok: false, guarded: false, broken: { seq: 5, reason: expect.stringMatching(/edited/) } });
    expect(edited.stderr).toMatch(/broken at entry 5/);
    // Put the row back as it was, then delete another: the gap is named.
    const original = new Sqlite(db, { readonly: true }).prepare('SELECT actor FROM audit_log WHERE seq = 5').pluck().get();
    conn.prepare('UPDATE audit_log SET actor = ? WHERE seq = 5').run(original);
    conn.prepare('DELETE FROM audit_log WHERE seq = 7').run();
    conn.close();
    const deleted = await runCli(['audit', 'verify'], { DEMARCHE_DB: copy });
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toMatch(/BROKEN at entry 8: expected entry 7: a row is missing/);
  });
});
