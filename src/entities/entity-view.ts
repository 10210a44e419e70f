// An entity as one reader sees it: built only from the statements that reader may see. An entity
// with no visible name does not exist for the reader: no name, no count, no empty shell.
import type { Reader } from '../access/clearance.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { SanctionsCandidate, SanctionsDecision, Schema, Statement } from './types.js';
import type { EntityWire, SanctionsLink } from '../wire/views.js';
import { byEntity, highestMarking, valuesOf, visibleTo } from './visible.js';
import { outlineName } from './keys.js';

export type { SanctionsLink } from '../wire/views.js';

export interface EntityView extends EntityWire {
  schema: Schema;
}

/** Follows person merges ("a was merged into b") to the entity that now stands for a key. */
export async function canonicalKey(store: KnowledgeStore, reader: Reader, key: string): Promise<string> {
  let current = key;
  for (let hops = 0; hops < 10; hops++) {
    const merges = visibleTo(reader, await store.statementsOf([current])).filter((s) => s.prop === 'mergedInto');
    if (merges.length === 0) return current;
    current = merges[merges.length - 1]!.value;
  }
  return current;
}

export async function entityView(store: KnowledgeStore, reader: Reader, key: string): Promise<EntityView | null> {
  const target = await canonicalKey(store, reader, key);
  const merged = (await store.statementsWithValue('mergedInto', [target])).filter((s) => s.entity !== target);
  const keys = [target, ...new Set(visibleTo(reader, merged).map((s) => s.entity))];
  const all = await store.statementsOf(keys);
  const visible = visibleTo(reader, all);
  return buildView(target, visible, keys.slice(1));
}

/**
 * The name shown: the longest written in mixed case, where capitals mean something; else the longest.
 * A misspelling is no better a name for a letter more ("Qods Aviations Industries"): of the
 * spellings of that name, the one written most often.
 */
export function displayName(visible: readonly Statement[]): string {
  const written = visible.filter((s) => s.prop === 'name').map((s) => s.value);
  const names = [...new Set(written)];
  const mixed = names.filter((n) => /[a-z]/.test(n));
  const pool = mixed.length > 0 ? mixed : names;
  const longest = pool.reduce((a, b) => (b.length > a.length ? b : a));
  const times = (n: string): number => written.filter((w) => w === n).length;
  const spellings = pool.filter((n) => outlineName(n) === outlineName(longest));
  return spellings.reduce((a, b) => (times(b) > times(a) || (times(b) === times(a) && b.length > a.length) ? b : a));
}

export function buildView(key: string, visible: Statement[], merged: string[] = []): EntityView | null {
  const names = valuesOf(visible, 'name');
  if (names.length === 0) return null;
  return {
    key,
    schema: visible[0]!.schema,
    name: displayName(visible),
    names,
    titles: valuesOf(visible, 'title'),
    countries: valuesOf(visible, 'country'),
    sanctions: sanctionsLinks(visible),
    mentions: visible
      .filter((s) => s.prop === 'mention')
      .map((s) => ({ cable: s.cable ?? '', paragraph: s.paragraph, text: (JSON.parse(s.value) as { text: string }).text })),
    merged,
    marking: highestMarking(visible),
  };
}

/** Suggestions with the last visible decision on each (a rejection is remembered over re-analysis). */
export function sanctionsLinks(visible: Statement[]): SanctionsLink[] {
  const links = new Map<string, SanctionsLink>();
  for (const s of visible.filter((x) => x.prop === 'sanctionsCandidate')) {
    const c = JSON.parse(s.value) as SanctionsCandidate;
    const id = `${c.list}:${c.id}`;
    const prev = links.get(id);
    if (!prev || (prev.score ?? 0) < c.score) {
      links.set(id, { list: c.list, id: c.id, name: c.name, score: c.score, programs: c.programs, status: 'suggested', decidedBy: null });
    }
  }
  for (const s of visible.filter((x) => x.prop === 'sanctionsDecision')) {
    const d = JSON.parse(s.value) as SanctionsDecision & { name?: string };
    const id = `${d.list}:${d.id}`;
    const link = links.get(id) ?? { list: d.list, id: d.id, name: d.name ?? d.id, score: null, programs: [], status: 'suggested', decidedBy: null };
    links.set(id, { ...link, status: d.status, decidedBy: s.author });
  }
  return [...links.values()].sort((a, b) => (b.score ?? 1) - (a.score ?? 1));
}

/** Views of many entities at once, for lists; invisible ones are left out. */
export async function entityViews(store: KnowledgeStore, reader: Reader, keys: readonly string[]): Promise<Map<string, EntityView>> {
  const groups = byEntity(visibleTo(reader, await store.statementsOf(keys)));
  const out = new Map<string, EntityView>();
  for (const [key, statements] of groups) {
    const view = buildView(key, statements);
    if (view) out.set(key, view);
  }
  return out;
}
