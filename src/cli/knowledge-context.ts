// A session on the archive and its statement store for one command: who is reading (--as,
// DEMARCHE_TOKEN, --as-of; the owner without them), their role checked, and the audit log.
import { recordChange, recordRead } from '../access/audit-reads.js';
import type { Reader } from '../access/clearance.js';
import type { Action, Role } from '../access/roles.js';
import { databaseUrl } from '../config.js';
import type { KnowledgeStore } from '../entities/knowledge-store.js';
import { openKnowledgeStore } from '../store/open-store.js';
import { type Session, withSession } from './session.js';

export interface Who {
  name: string;
  role: Role | 'owner';
  reader: Reader;
}

export interface KnowledgeSession extends Session {
  knowledge: KnowledgeStore;
  who: Who;
}

export async function withKnowledge<T>(action: Action, fn: (s: KnowledgeSession) => Promise<T>): Promise<T> {
  return withSession(false, action, async (session) => {
    const knowledge = await openKnowledgeStore(databaseUrl());
    try {
      const who = { name: session.reader.name, role: session.role, reader: session.reader };
      return await fn({ ...session, knowledge, who });
    } finally {
      await knowledge.close();
    }
  });
}

/** Records a read of classified content (nothing is recorded for what is all UNCLASSIFIED). */
export function auditRead(s: KnowledgeSession, target: string, marking: string, details: Record<string, unknown> = {}): Promise<void> {
  return recordRead(s.audit, s.who.name, target, marking, details);
}

export function auditChange(s: KnowledgeSession, target: string, marking: string, op: string, details: Record<string, unknown> = {}): Promise<void> {
  return recordChange(s.audit, s.who.name, target, marking, op, details);
}
