// A store for the API and browser tests: the seed cable (07BEIJING5039, SECRET, the LIMMT case) and
// two fixture cables written for the tests (CONFIDENTIAL and SECRET), analysed with the real sanctions lists, and one user per
// role and clearance, with their tokens. The server is built on it with buildServer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AuditService } from '../src/access/audit.js';
import { UserService } from '../src/access/users.js';
import { buildServer, type ServerOptions } from '../src/api/server.js';
import { ingestPaths } from '../src/archive/ingest.js';
import { seedsDir } from '../src/config.js';
import { analysePending } from '../src/entities/analyse-pending.js';
import { openCableStore } from '../src/store/open-store.js';
import { SqliteKnowledgeStore } from '../src/store/sqlite/sqlite-knowledge-store.js';

export const USERS = {
  una: { clearance: 'UNCLASSIFIED', role: 'reader' },
  carol: { clearance: 'CONFIDENTIAL', role: 'reader' },
  sam: { clearance: 'SECRET', role: 'analyst', caveats: ['NOFORN'] },
  ada: { clearance: 'SECRET', role: 'admin', caveats: ['NOFORN'] },
} as const;

export type UserName = keyof typeof USERS;

export interface ApiStore {
  dir: string;
  db: string;
  tokens: Record<UserName, string>;
  remove(): void;
}

export async function makeApiStore(prefix = 'demarche-api-'): Promise<ApiStore> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const db = path.join(dir, 'api.db');
  const store = await openCableStore(db, { create: true });
  const knowledge = SqliteKnowledgeStore.open(db);
  const audit = new AuditService(store.auditLog());
  const tokens = {} as Record<UserName, string>;
  try {
    const seeds = seedsDir();
    if (!seeds) throw new Error('the seeds folder (../shared/seeds) is missing: the API tests need 07BEIJING5039');
    const fixtures = ['07REYKJAVIK290.txt', '07REYKJAVIK311.txt'].map((f) => path.resolve('test/fixtures/cables', f));
    await ingestPaths(store, [seeds, ...fixtures]);
    await analysePending(store, knowledge, audit, 'owner', { screen: true });
    const users = new UserService(store.users(), audit);
    for (const [name, u] of Object.entries(USERS)) {
      tokens[name as UserName] = (await users.add({ name: 'owner', role: 'owner' }, { name, clearance: u.clearance, role: u.role, caveats: 'caveats' in u ? u.caveats : [] })).token;
    }
  } finally {
    await knowledge.close();
    await store.close();
  }
  return { dir, db, tokens, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function apiServer(store: ApiStore, opts: Partial<ServerOptions> = {}) {
  return buildServer({ db: store.db, logger: false, rateLimit: false, webRoot: null, ...opts });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
