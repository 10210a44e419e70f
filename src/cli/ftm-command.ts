// Implementation of `demarche export --format ftm` and `demarche import --format ftm FILE`.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { combine, formatMarking, parseMarking, UNCLASSIFIED } from '../access/marking.js';
import { requireWritable } from '../entities/edits.js';
import { exportFtm, importFtm, newStatements } from '../entities/ftm.js';
import { DemarcheError } from '../errors.js';
import { auditChange, auditRead, withKnowledge } from './knowledge-context.js';
import { printJson, printLine } from './output.js';

function requireFtm(format: string | undefined): void {
  if ((format ?? 'ftm').toLowerCase() !== 'ftm') throw new DemarcheError('BAD_INPUT', `--format ${format}: only ftm (FollowTheMoney JSON lines) is supported`);
}

export async function runExport(opts: { format?: string; out?: string }): Promise<void> {
  requireFtm(opts.format);
  const file = opts.out ? createWriteStream(opts.out) : null;
  const out: NodeJS.WritableStream = file ?? process.stdout;
  let count = 0;
  await withKnowledge('read', async (s) => {
    const markings: string[] = [];
    for await (const entity of exportFtm(s.knowledge, s.who.reader)) {
      out.write(`${JSON.stringify(entity)}\n`);
      const m = entity.properties.notes?.find((n) => n.startsWith('demarche:marking='));
      if (m) markings.push(m.slice('demarche:marking='.length));
      count++;
    }
    const highest = formatMarking(markings.map(parseMarking).reduce(combine, UNCLASSIFIED));
    await auditRead(s, 'export:ftm', highest, { entities: count });
  });
  if (file) {
    await new Promise<void>((resolve, reject) => {
      file.on('error', reject);
      file.end(() => resolve());
    });
    process.stderr.write(`exported ${count} FtM entities to ${opts.out}\n`);
  }
}

export async function runImport(file: string, opts: { format?: string; json?: boolean; marking?: string }): Promise<void> {
  requireFtm(opts.format);
  const text = await readFile(file, 'utf8');
  const marking = opts.marking ? parseMarking(opts.marking.toUpperCase()) : UNCLASSIFIED;
  const report = await withKnowledge('edit-entities', async (s) => {
    // The whole file is checked before anything is stored: a bad line stores nothing.
    const { statements: read, report: r } = importFtm(text.split('\n'), `import:${s.who.name}`, marking);
    for (const st of read) requireWritable(s.who.reader, parseMarking(st.marking));
    const statements = await newStatements(s.knowledge, read);
    r.alreadyKnown = read.length - statements.length;
    r.statements = statements.length;
    await s.knowledge.addStatements(statements);
    await auditChange(s, `import:${file}`, formatMarking(statements.map((x) => parseMarking(x.marking)).reduce(combine, UNCLASSIFIED)), 'ftm.import', r as unknown as Record<string, unknown>);
    return r;
  });
  if (opts.json) return printJson({ file, ...report });
  printLine(`imported ${report.entities} entities (${report.statements} new statements, ${report.alreadyKnown ?? 0} already known) from ${file}`);
}
