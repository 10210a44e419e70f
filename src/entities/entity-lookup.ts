// Finds the entity a person means: by key ("org:limmt") or by a name it is known by ("LIMMT"),
// among the entities the reader may see. Shared by the CLI's `entity` commands and the HTTP API.
import type { Reader } from '../access/clearance.js';
import { DemarcheError } from '../errors.js';
import { entityView, entityViews, type EntityView } from './entity-view.js';
import type { KnowledgeStore } from './knowledge-store.js';

/** An entity by key or name; NOT_FOUND when the reader sees none, BAD_INPUT when a name is ambiguous. */
export async function findEntity(store: KnowledgeStore, reader: Reader, ref: string): Promise<EntityView> {
  if (/^[a-z]+:/.test(ref)) {
    const view = await entityView(store, reader, ref);
    if (view) return view;
  }
  const found = await store.findByName(ref, 200);
  const views = [...(await entityViews(store, reader, found.map((e) => e.key))).values()];
  const exact = views.filter((v) => v.names.some((n) => n.toLowerCase() === ref.toLowerCase()));
  const pick = exact.length > 0 ? exact : views;
  if (pick.length === 0) throw new DemarcheError('NOT_FOUND', `no entity ${ref}: try \`demarche entity list\``);
  if (pick.length > 1) {
    throw new DemarcheError('BAD_INPUT', `"${ref}" names ${pick.length} entities (${pick.slice(0, 5).map((v) => v.key).join(', ')}...): give a key`);
  }
  return (await entityView(store, reader, pick[0]!.key))!;
}
