// Implementation of `demarche case list|show|create|add-event|close` and `demarche followups`.
import { parseMarking } from '../access/marking.js';
import { addEvent, closeCase, createCase } from '../cases/case-edits.js';
import { caseRecord, highestCaseMarking } from '../cases/case-record.js';
import { caseList, caseView, type CaseView } from '../cases/case-view.js';
import { eventSource } from '../cases/event-source.js';
import { DEFAULT_DUE_DAYS, followUps, type FollowUp } from '../cases/follow-ups.js';
import { DemarcheError } from '../errors.js';
import { auditChange, auditRead, withKnowledge } from './knowledge-context.js';
import { bold, dim, printJson, printLine, table } from './output.js';

interface JsonOpts {
  json?: boolean;
}

export async function runCaseList(opts: JsonOpts): Promise<void> {
  const { cases } = await withKnowledge('read', async (s) => {
    const list = await caseList(s.knowledge, s.who.reader);
    await auditRead(s, 'cases', highestCaseMarking(list.views), { count: list.cases.length });
    return list;
  });
  if (opts.json) return printJson({ cases });
  if (cases.length === 0) return printLine('no cases you may see: `demarche analyse` builds them from the cables');
  printLine(table([['id', 'status', 'events', 'title'], ...cases.map((c) => [c.id, c.status, c.events, c.title])]));
}

export async function runCaseShow(id: string, opts: JsonOpts): Promise<void> {
  const { view, asOf } = await withKnowledge('read', async (s) => {
    const found = await caseView(s.knowledge, s.who.reader, id);
    if (!found) throw new DemarcheError('NOT_FOUND', `no case ${id}: \`demarche case list\` shows the cases you may see`);
    await auditRead(s, id, found.marking);
    return { view: found, asOf: s.reader.asOf };
  });
  const due = followUps([view], asOf);
  if (opts.json) return printJson({ ...caseRecord(view), followUps: due });
  printLine(formatCase(view, due));
}

function formatCase(v: CaseView, due: FollowUp[]): string {
  const lines = [`${bold(v.title)}  ${dim(`${v.id} · ${v.status} · [${v.marking}]`)}`, ''];
  for (const s of v.subjects) {
    const links = s.sanctions.map((l) => `${l.list} ${l.id} ${l.status}`).join('; ');
    lines.push(`subject: ${s.name} ${dim(s.entity)}${links ? `  (${links})` : ''}`);
  }
  lines.push('', bold('Timeline'));
  for (const e of v.events) {
    const src = e.source.cable ? `${e.source.cable} ¶${e.source.paragraph}` : 'added by hand';
    lines.push(`  ${(e.date ?? '????').padEnd(10)} ${e.kind.padEnd(12)} ${e.summary.slice(0, 100)}  ${dim(src)}`);
  }
  lines.push('', bold('Follow-ups'));
  for (const f of due) lines.push(`  asked ${f.askedOn} of ${f.askedOf ?? '?'}: due ${f.dueOn}, ${f.answeredOn ? `answered ${f.answeredOn}` : f.overdue ? `OVERDUE (${f.daysOpen} days open)` : 'open'}`);
  if (due.length === 0) lines.push(dim('  (none)'));
  return lines.join('\n');
}

export async function runFollowUps(opts: JsonOpts & { dueDays?: string; overdue?: boolean }): Promise<void> {
  const dueDays = opts.dueDays === undefined ? DEFAULT_DUE_DAYS : Number(opts.dueDays);
  if (!Number.isInteger(dueDays) || dueDays < 0) throw new DemarcheError('BAD_INPUT', `--due-days ${opts.dueDays}: expected a whole number of days`);
  const { all, asOf } = await withKnowledge('read', async (s) => {
    const { views } = await caseList(s.knowledge, s.who.reader);
    const found = followUps(views, s.reader.asOf, dueDays).filter((f) => !opts.overdue || f.overdue);
    await auditRead(s, 'followups', highestCaseMarking(views.filter((v) => found.some((f) => f.case === v.id))), { count: found.length });
    return { all: found, asOf: s.reader.asOf };
  });
  if (opts.json) return printJson({ asOf, dueDays, followUps: all });
  if (all.length === 0) return printLine(`no follow-ups you may see as of ${asOf}`);
  printLine(
    table([
      ['asked', 'of', 'due', 'state', 'case'],
      ...all.map((f) => [f.askedOn, f.askedOf ?? '?', f.dueOn, f.answeredOn ? `answered ${f.answeredOn}` : f.overdue ? `OVERDUE ${f.daysOpen}d` : 'open', f.caseTitle]),
    ]),
  );
}

export async function runCaseCreate(opts: JsonOpts & { title: string; subject: string[]; marking?: string }): Promise<void> {
  const marking = opts.marking ? parseMarking(opts.marking.toUpperCase()) : undefined;
  const key = await withKnowledge('edit-cases', async (s) => {
    const made = await createCase(s.knowledge, s.who, opts.title, opts.subject, marking);
    await auditChange(s, made, opts.marking?.toUpperCase() ?? 'UNCLASSIFIED', 'case.create', { title: opts.title });
    return made;
  });
  if (opts.json) return printJson({ id: key });
  printLine(`created ${key}`);
}

export async function runCaseAddEvent(
  id: string,
  opts: JsonOpts & { date: string; kind: string; summary: string; actor: string[]; source?: string; marking?: string },
): Promise<void> {
  const key = await withKnowledge('edit-cases', async (s) => {
    const source = opts.source ? await eventSource(s.store, opts.source) : undefined;
    const marking = opts.marking ? parseMarking(opts.marking.toUpperCase()) : undefined;
    const made = await addEvent(s.knowledge, s.who, id, { date: opts.date, kind: opts.kind, summary: opts.summary, actors: opts.actor, source, marking });
    await auditChange(s, id, source?.marking ?? opts.marking?.toUpperCase() ?? 'UNCLASSIFIED', 'case.add-event', { event: made, kind: opts.kind, date: opts.date });
    return made;
  });
  if (opts.json) return printJson({ case: id, event: key });
  printLine(`added ${key} to ${id}`);
}

export async function runCaseClose(id: string, opts: JsonOpts): Promise<void> {
  await withKnowledge('edit-cases', async (s) => {
    await closeCase(s.knowledge, s.who, id);
    await auditChange(s, id, 'UNCLASSIFIED', 'case.close');
  });
  if (opts.json) return printJson({ case: id, status: 'closed' });
  printLine(`closed ${id}`);
}
