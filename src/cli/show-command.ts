// Implementation of `demarche show ID`: the stored record with its header, banner and caveats,
// TAGS with their vocabulary labels, each paragraph with its portion mark, and references both ways.
import { loadTagVocabulary, type TagLabel } from '../archive/tag-vocabulary.js';
import type { Cable, Recipient } from '../cable/types.js';
import { databaseUrl, dataDir } from '../config.js';
import { DemarcheError } from '../errors.js';
import type { CableSummary, ReferringCable, ResolvedReference } from '../store/cable-store.js';
import { withArchive } from './open-archive.js';
import { bold, dim, printJson, printLine, table } from './output.js';

interface Shown {
  cable: Cable;
  references: ResolvedReference[];
  referencedBy: ReferringCable[];
}

export async function runShow(id: string, opts: { json?: boolean }): Promise<void> {
  const shown = await withArchive(false, async (store): Promise<Shown> => {
    const cable = await store.getCable(id);
    if (!cable) {
      throw new DemarcheError('NOT_FOUND', `no cable ${id.trim()} in the archive ${databaseUrl()}; \`demarche search\` finds ids`);
    }
    return { cable, references: await store.referencesOf(id), referencedBy: await store.referencedBy(id) };
  });
  const labels = await tagLabels();
  if (opts.json) {
    const tags = shown.cable.tags.map((code) => labels.map?.get(code.toUpperCase()) ?? { code, kind: null, title: null, verified: false });
    printJson({ ...shown, tags });
    return;
  }
  printLine(formatCable(shown, labels));
}

/** Labels are a help, not a requirement: without the data folder `show` still works. */
async function tagLabels(): Promise<{ map: Map<string, TagLabel> | null; note?: string }> {
  const dir = dataDir();
  if (dir === null) return { map: null, note: 'TAGS labels unavailable: set DEMARCHE_DATA to the shared data folder' };
  try {
    return { map: await loadTagVocabulary(dir) };
  } catch (e) {
    return { map: null, note: `TAGS labels unavailable: ${(e as Error).message}` };
  }
}

function formatCable(s: Shown, labels: { map: Map<string, TagLabel> | null; note?: string }): string {
  const c = s.cable;
  const out = [`${bold(c.id ?? '(no id)')}  ${c.subject ?? ''}`, '', table(headerRows(c)), ''];
  out.push(bold('TAGS'), ...c.tags.map((t) => `  ${tagLine(t, labels.map)}`));
  if (labels.note) out.push(dim(`  (${labels.note})`));
  out.push('', bold('References'), ...referenceLines(s.references));
  out.push('', bold('Referenced by'), ...summaryLines(s.referencedBy));
  out.push('', bold(`Subject${c.subjectMarking ? ` (${c.subjectMarking})` : ''}`), `  ${c.subject ?? '(none)'}`);
  out.push('', bold('Paragraphs'));
  for (const p of c.paragraphs) {
    if (p.heading) out.push('', `  ${bold(p.heading)}`);
    out.push('', `¶${p.n}. ${p.marking ? `(${p.marking}) ` : dim('(unmarked) ')}${p.text}`);
  }
  // Without numbered paragraphs the text is still the reader's to see: print the body as parsed.
  if (c.paragraphs.length === 0) out.push(dim('  (no numbered paragraphs; the body as parsed:)'), '', c.body.trim());
  if (c.warnings.length > 0) out.push('', bold('Parse warnings'), ...c.warnings.map((w) => `  - ${w}`));
  return out.join('\n');
}

function headerRows(c: Cable): Array<[string, string]> {
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

function referenceLines(refs: ResolvedReference[]): string[] {
  if (refs.length === 0) return ['  (none)'];
  return refs.map((r) => {
    const label = r.label ? `${r.label}. ` : '';
    if (r.kind !== 'cable') return `  ${label}${r.id} ${dim(`(${r.kind})`)}`;
    return `  ${label}${r.id}  ${r.stored ? describe(r.stored) : dim('not in the archive')}`;
  });
}

function summaryLines(cables: CableSummary[]): string[] {
  if (cables.length === 0) return ['  (no stored cable references this one)'];
  return cables.map((c) => `  ${c.id}  ${describe(c)}`);
}

function describe(c: CableSummary): string {
  return [c.created?.slice(0, 10), c.classification, c.subject].filter(Boolean).join('  ');
}
