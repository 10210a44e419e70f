// What the HTTP API holds for its whole life: the cable store and the statement store opened once
// on the same file, the audit log, the identity service (whose token cache makes scrypt cost once
// per token) and the TAGS labels. Per-request sessions are built from it in auth.ts.
import { AuditService } from '../access/audit.js';
import { IdentityService } from '../access/identity.js';
import { loadTagVocabulary, type TagLabel } from '../archive/tag-vocabulary.js';
import { dataDir } from '../config.js';
import { getScreener } from '../screening/screen-party.js';
import type { Screener } from '../screening/screener.js';
import type { KnowledgeStore } from '../entities/knowledge-store.js';
import type { CableStore } from '../store/cable-store.js';
import { openCableStore, openKnowledgeStore } from '../store/open-store.js';

export interface ApiContext {
  db: string;
  store: CableStore;
  knowledge: KnowledgeStore;
  audit: AuditService;
  identity: IdentityService;
  /** TAGS labels by upper-case code; null when the vocabulary is not available. */
  labels: Map<string, TagLabel> | null;
  /**
   * The party screener, loaded on first use and then held for the life of the server, so that a
   * request does not look for the lists folder again (restart the server after `lists update`).
   */
  screener: () => Promise<Screener>;
}

export async function openContext(db: string): Promise<ApiContext> {
  const store = await openCableStore(db, { create: true });
  const knowledge = await openKnowledgeStore(db);
  const audit = new AuditService(store.auditLog());
  let screener: Promise<Screener> | null = null;
  const loadScreener = () => {
    screener ??= getScreener().then((b) => b.screener);
    screener.catch(() => (screener = null));
    return screener;
  };
  return { db, store, knowledge, audit, identity: new IdentityService(store.users(), audit), labels: await tagLabels(), screener: loadScreener };
}

export async function closeContext(ctx: ApiContext): Promise<void> {
  await ctx.knowledge.close();
  await ctx.store.close();
}

/** Labels are a help, not a requirement: without the data folder the API still serves codes. */
async function tagLabels(): Promise<Map<string, TagLabel> | null> {
  const dir = dataDir();
  if (dir === null) return null;
  try {
    return await loadTagVocabulary(dir);
  } catch {
    return null;
  }
}
