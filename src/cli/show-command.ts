// Implementation of `demarche show ID`: the stored record with its header, banner and caveats,
// TAGS with their vocabulary labels, each paragraph with its portion mark, and references both ways,
// all cut to what the reader may see (access/reader-archive.ts): a withheld paragraph or subject
// shows its marking and nothing of its text.
import type { ReaderArchive, ShownCable } from '../access/reader-archive.js';
import type { ReaderCable } from '../access/redact.js';
import { loadTagVocabulary, type TagLabel } from '../archive/tag-vocabulary.js';
import type { Recipient } from '../cable/types.js';
import { databaseUrl, dataDir } from '../config.js';
import { DemarcheError } from '../errors.js';
import { bold, dim, printLine, table } from './output.js';
import { withSession } from './session.js';

type Shown = ShownCable;
type Labels = { map: Map<string, TagLabel> | null; note?: string };
type Summary = { id: string; created: string | null; classification: string | null; subject: string | null; subjectWithheld?: string };

export async function runShow(id: string, opts: { json?: boolean }): Promise<void> {
  const labels = await tagLabels();
  printLine(await withSession(false, 'read', (s) => showOutput(s.archive, id, opts, labels)));
}

/** What `show` prints for this reader (audited as a read). */
export async function showOutput(archive: ReaderArchive, id: string, opts: { json?: boolean }, labels: Labels): Promise<string> {
  const shown = await archive.show(id);
  if (!shown) {
    throw new DemarcheError('NOT_FOUND', `no cable ${id.trim()} in the archive ${databaseUrl()}; \`demarche search\` finds ids`);
  }
  if (opts.json) {
    const tags = shown.cable.tags.map((code) => labels.map?.get(code.toUpperCase()) ?? { code, kind: null, title: null, verified: false });
    return JSON.stringify({ ...shown, tags }, null, 2);
  }
  return formatCable(shown, labels);
}

/** Labels are a help, not a requirement: without the data folder `show` still works. */
export async function tagLabels(): Promise<Labels> {
  const dir = dataDir();
  if (dir === null) return { map: null, note: 'TAGS labels unavailable: set DEMARCHE_DATA to the shared data folder' };
  try {
    return { map: await loadTagVocabulary(dir) };
  } catch (e) {
    return { map: null, note: `TAGS labels unavailable: ${(e as Error).message}` };
  }
}

function formatCable(s: Shown, labels: Labels): string {
  const c = s.cable;
  const out = [`${bold(c.id ?? '(no id)')}  ${subjectText(c) ?? ''}`, '', table(headerRows(c)), ...accessLines(s), ''];
  out.push(bold('TAGS'), ...c.tags.map((t) => `  ${tagLine(t, labels.map)}`));
  if (labels.note) out.push(dim(`  (${labels.note})`));
  out.push('', bold('References'), ...referenceLines(s.references));
  out.push('', bold('Referenced by'), ...summaryLines(s.referencedBy));
  out.push('', bold(`Subject${c.subjectMarking ? ` (${c.subjectMarking})` : ''}`), `  ${subjectText(c) ?? '(none)'}`);
  out.push('', bold('Paragraphs'));
  for (const p of c.paragraphs) {
    // A withheld paragraph shows its marking only: not its heading, not a word of its text.
    if ('withheld' in p) {
      out.push('', `¶${p.n}. [withheld: ${p.withheldMarking}]`);
      continue;
    }
    if (p.heading) out.push('', `  ${bold(p.heading)}`);
    out.push('', `¶${p.n}. ${p.marking ? `(${p.marking}) ` : dim('(unmarked) ')}${p.text}`);
  }
  // Without numbered paragraphs the text is still the reader's to see: print the body as parsed.
  if (c.paragraphs.length === 0) {
    out.push(dim('  (no numbered paragraphs; the body as parsed:)'), '', c.body === null ? `[withheld: ${c.bodyWithheld}]` : c.body.trim());
  }
  if (c.warnings.length > 0) out.push('', bold('Parse warnings'), ...c.warnings.map((w) => `  - ${w}`));
  return out.join('\n');
}

function subjectText(c: { subject: string | null; subjectWithheld?: string }): string | null {
  return c.subjectWithheld ? `[withheld: ${c.subjectWithheld}]` : c.subject;
}

/** Who reads, and whether the day declassifies the cable (the original markings stay shown). */
function accessLines(s: Shown): string[] {
  const out: string[] = [];
  if (s.access.declassified) {
    out.push(dim(`  declassified on ${s.cable.declassifyOn}: as of ${s.access.asOf} every portion reads as UNCLASSIFIED (original markings shown)`));
  }
  const withheld = s.access.withheld;
  if (withheld && (withheld.subject || withheld.paragraphs.length > 0)) {
    const parts = [withheld.subject ? 'the subject' : '', withheld.paragraphs.length > 0 ? `${withheld.paragraphs.length} paragraph(s)` : ''].filter(Boolean);
    out.push(dim(`  ${parts.join(' and ')} withheld from ${s.access.reader} as of ${s.access.asOf}`));
  }
  return out;
}

function headerRows(c: ReaderCable): Array<[string, string]> {
  const rows: Array<[string, string | null | undefined]> = [
    ['classification', c.classification],
    ['banner', c.banner],
    ['caveats', c.caveats.join(', ')],
    ['created', c.created],
    ['origin', c.origin && c.station ? `${c.origin} (${c.station})` : (c.origin ?? c.station)],
    ['from', c.from],
    ['precedence', c.precedence],
    ['to', c.to.map(recipient).join('; ')],
    ['info', c.info.map(recipient).join('; ')],
    ['classified by', c.classifiedBy],
    ['reasons', c.reasons.join(', ')],
    ['declassify', [c.declassifyOn, c.declassifyInstruction, c.executiveOrder ? `E.O. ${c.executiveOrder}` : null].filter(Boolean).join(' · ')],
    ['signer', c.signer],
    ['source', c.source],
    ['sha256', c.sha256],
  ];
  return rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1].length > 0).map(([k, v]) => [`  ${k}`, v]);
}

function recipient(r: Recipient): string {
  const extra = [r.precedence, r.mcn ? `MCN ${r.mcn}` : null].filter(Boolean).join(', ');
  return extra ? `${r.name} (${extra})` : r.name;
}

function tagLine(code: string, map: Map<string, TagLabel> | null): string {
  const label = map?.get(code.toUpperCase());
  if (!map) return code;
  if (!label) return `${code.padEnd(6)}  ${dim('(not in the TAGS vocabulary)')}`;
  const title = label.title ?? dim(`(${label.kind}, no title)`);
  return `${code.padEnd(6)}  ${title}${label.verified ? '' : dim(' [unverified title]')}`;
}

function referenceLines(refs: Shown['references']): string[] {
  if (refs.length === 0) return ['  (none)'];
  return refs.map((r) => {
    const label = r.label ? `${r.label}. ` : '';
    if (r.kind !== 'cable') return `  ${label}${r.id} ${dim(`(${r.kind})`)}`;
    return `  ${label}${r.id}  ${r.stored ? describe(r.stored) : dim('not in the archive')}`;
  });
}

function summaryLines(cables: Summary[]): string[] {
  if (cables.length === 0) return ['  (no stored cable references this one)'];
  return cables.map((c) => `  ${c.id}  ${describe(c)}`);
}

function describe(c: Summary): string {
  return [c.created?.slice(0, 10), c.classification, subjectText(c)].filter(Boolean).join('  ');
}
