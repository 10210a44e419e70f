// Implementation of `demarche entity show|list|confirm|reject|merge|split`.
import { combine, formatMarking, parseMarking, UNCLASSIFIED } from '../access/marking.js';
import { decideLink, mergeEntities, splitEntity } from '../entities/edits.js';
import { findEntity } from '../entities/entity-lookup.js';
import { entityViews, type EntityView } from '../entities/entity-view.js';
import type { KnowledgeStore } from '../entities/knowledge-store.js';
import { SCHEMATA, type Schema } from '../entities/types.js';
import { DemarcheError } from '../errors.js';
import { auditChange, auditRead, type Who, withKnowledge } from './knowledge-context.js';
import { bold, dim, printJson, printLine, table } from './output.js';

interface JsonOpts {
  json?: boolean;
}

/** An entity by key or name, as the reader sees it. */
function resolve(store: KnowledgeStore, who: Who, ref: string): Promise<EntityView> {
  return findEntity(store, who.reader, ref);
}

export async function runEntityShow(ref: string, opts: JsonOpts): Promise<void> {
  const view = await withKnowledge('read', async (s) => {
    const found = await resolve(s.knowledge, s.who, ref);
    await auditRead(s, `entity:${found.key}`, found.marking);
    return found;
  });
  if (opts.json) return printJson(view);
  const lines = [`${bold(view.name)}  ${dim(`${view.schema} ${view.key}  [${view.marking}]`)}`];
  if (view.names.length > 1) lines.push(`  also: ${view.names.filter((n) => n !== view.name).join('; ')}`);
  if (view.titles.length > 0) lines.push(`  titles: ${view.titles.join('; ')}`);
  if (view.countries.length > 0) lines.push(`  countries: ${view.countries.join(', ')}`);
  lines.push('', bold('Sanctions'));
  for (const s of view.sanctions) lines.push(`  ${s.status.padEnd(9)} ${s.list} ${s.id} ${s.name}${s.score !== null ? ` (${s.score.toFixed(2)})` : ''}${s.decidedBy ? ` by ${s.decidedBy}` : ''}`);
  if (view.sanctions.length === 0) lines.push(dim('  (no list entry suggested)'));
  lines.push('', bold(`Mentions (${view.mentions.length})`));
  for (const m of view.mentions.slice(0, 20)) lines.push(`  ${m.cable} ¶${m.paragraph}  ${m.text}`);
  printLine(lines.join('\n'));
}

export async function runEntityList(opts: JsonOpts & { schema?: string; limit?: string }): Promise<void> {
  const schemata: Schema[] = opts.schema ? [parseSchema(opts.schema)] : ['Person', 'Organization', 'Place', 'Item', 'Resolution', 'Regime'];
  const limit = opts.limit ? Number(opts.limit) : 50;
  if (!Number.isInteger(limit) || limit < 1) throw new DemarcheError('BAD_INPUT', `--limit ${opts.limit}: expected a positive whole number`);
  const views = await withKnowledge('read', async (s) => {
    const keys = (await Promise.all(schemata.map((x) => s.knowledge.entitiesOfSchema(x)))).flat().map((e) => e.key);
    const found = [...(await entityViews(s.knowledge, s.who.reader, keys)).values()];
    await auditRead(s, 'entities', highest(found.map((v) => v.marking)), { count: found.length });
    return found;
  });
  views.sort((a, b) => b.mentions.length - a.mentions.length);
  const shown = views.slice(0, limit);
  if (opts.json) {
    return printJson({ total: views.length, entities: shown.map((v) => ({ key: v.key, schema: v.schema, name: v.name, mentions: v.mentions.length, sanctions: v.sanctions })) });
  }
  printLine(table([['key', 'schema', 'mentions', 'name'], ...shown.map((v) => [v.key, v.schema, v.mentions.length, v.name])]));
  printLine(dim(`${shown.length} of ${views.length} entities`));
}

function parseSchema(text: string): Schema {
  const s = SCHEMATA.find((x) => x.toLowerCase() === text.toLowerCase());
  if (!s) throw new DemarcheError('BAD_INPUT', `unknown schema "${text}": use one of ${SCHEMATA.join(', ')}`);
  return s;
}

export async function runEntityDecision(ref: string, status: 'confirmed' | 'rejected', opts: JsonOpts & { list: string; id: string; note?: string }): Promise<void> {
  const made = await withKnowledge('edit-entities', async (s) => {
    const view = await resolve(s.knowledge, s.who, ref);
    const input = await decideLink(s.knowledge, s.who, view.key, { list: opts.list, id: opts.id, status, ...(opts.note ? { note: opts.note } : {}) });
    await auditChange(s, `entity:${view.key}`, input.marking, `entity.${status === 'confirmed' ? 'confirm' : 'reject'}`, { list: opts.list, id: opts.id });
    return input;
  });
  if (opts.json) return printJson({ entity: made.entity, decision: JSON.parse(made.value), marking: made.marking, by: made.author });
  printLine(`${made.entity}: ${opts.list} ${opts.id} ${status} by ${made.author} [${made.marking}]`);
}

export async function runEntityMerge(from: string, into: string, opts: JsonOpts): Promise<void> {
  const made = await withKnowledge('edit-entities', async (s) => {
    const a = await resolve(s.knowledge, s.who, from);
    const b = await resolve(s.knowledge, s.who, into);
    const input = await mergeEntities(s.knowledge, s.who, a.key, b.key);
    await auditChange(s, `entity:${a.key}`, input.marking, 'entity.merge', { into: b.key });
    return input;
  });
  if (opts.json) return printJson({ merged: made.entity, into: made.value, marking: made.marking });
  printLine(`${made.entity} merged into ${made.value} [${made.marking}]`);
}

export async function runEntitySplit(ref: string, opts: JsonOpts & { cable: string }): Promise<void> {
  const made = await withKnowledge('edit-entities', async (s) => {
    const view = await resolve(s.knowledge, s.who, ref);
    const input = await splitEntity(s.knowledge, s.who, view.key, opts.cable.toUpperCase());
    await s.knowledge.forget([opts.cable.toUpperCase()]);
    await auditChange(s, `entity:${view.key}`, input.marking, 'entity.split', { cable: opts.cable.toUpperCase() });
    return input;
  });
  const rule = JSON.parse(made.value) as { cable: string; into: string };
  if (opts.json) return printJson({ entity: made.entity, cable: rule.cable, into: rule.into });
  printLine(`${made.entity}: mentions from ${rule.cable} go to ${rule.into} once \`demarche analyse\` runs again`);
}

function highest(markings: string[]): string {
  return formatMarking(markings.map(parseMarking).reduce(combine, UNCLASSIFIED));
}
