// Evaluation of the cable parser: per-field accuracy on the 1,000 sample cables against their
// released metadata, and the pass rate of each cablemap test-vector file. Prints its figures.
// Run: npm run eval:cables [-- --show FIELD] (lists the disagreements of one field).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requireDataDir } from '../src/config.js';
import { canonicalizeId } from '../src/cable/cable-id.js';
import { transmissionLevel } from '../src/cable/classification.js';
import { levelOfBannerWord } from '../src/cable/markings.js';
import { cableVocab } from '../src/cable/vocab.js';
import { normalizeCableText, removePageArtefacts } from '../src/cable/normalize.js';
import { parseCable } from '../src/cable/parse-cable.js';
import { findTagsField, parseTags } from '../src/cable/tags.js';
import type { Cable } from '../src/cable/types.js';
import { runVectors } from './cable-vectors.js';

interface Meta {
  reference_id: string;
  created: string;
  classification: string;
  origin: string;
  wl_tags: string[];
  text_file: string;
}

const FIELDS = [
  'id (exact)',
  'id (canonical)',
  'classification',
  'classification level',
  'origin',
  'created date+hour',
  'created, texts with a date-time',
  'tags (exact set)',
  'tags, net of metadata faults',
] as const;
type Field = (typeof FIELDS)[number];

function main(): void {
  const data = requireDataDir();
  const sampleDir = path.join(data, 'cables', 'sample');
  const meta = (JSON.parse(readFileSync(path.join(sampleDir, 'metadata.json'), 'utf8')) as { cables: Meta[] }).cables;
  const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
  const misses = new Map<Field, string[]>(FIELDS.map((f) => [f, []]));
  let withWarnings = 0;
  const started = performance.now();
  const totals = new Map<Field, number>(FIELDS.map((f) => [f, 0]));
  const faults = new Map<string, number>();
  for (const m of meta) {
    const file = path.join(sampleDir, m.text_file);
    const bytes = readFileSync(file);
    const cable = parseCable(bytes, file);
    if (cable.warnings.length > 0) withWarnings++;
    const fault = tagFault(cable, m, bytes);
    if (fault) faults.set(fault, (faults.get(fault) ?? 0) + 1);
    const text = bytes.toString('latin1');
    for (const [field, ok, detail] of compare(cable, m)) {
      if (ok === null) continue;
      totals.set(field, totals.get(field)! + 1);
      if (!ok) {
        misses.get(field)!.push(`${m.reference_id}: ${detail}`);
        const why = explain(field, cable, m, text);
        if (why) explained.add(field, why, m.reference_id);
      }
    }
  }
  const ms = performance.now() - started;
  console.log(`Sample cables: ${meta.length} parsed in ${(ms / 1000).toFixed(2)} s; ${withWarnings} with warnings\n`);
  console.log('Field accuracy against metadata.json (goals: id, classification, origin, created >= 99.5%; tags >= 98%)');
  for (const f of FIELDS) {
    const miss = misses.get(f)!.length;
    const n = totals.get(f)!;
    console.log(`  ${f.padEnd(32)} ${pct(n - miss, n)}  (${n - miss}/${n})`);
  }
  console.log('\n  "classification level": the level alone (caveats //NOFORN, //FOR OFFICIAL USE ONLY set aside).');
  console.log('  "created, texts with a date-time": cables whose text carries a date-time (DTG, dateline, archive');
  console.log('   record); the others get created = null (no date) or a date without time, and count as misses above.');
  console.log('\n  Disagreements the text cannot settle or the metadata has wrong (found by checks on the text, listed');
  console.log('  so that each is visible; the figures above count them all as misses):');
  explained.print();
  console.log('  Tag disagreements explained by known faults of the WikiLeaks tag index (silver metadata):');
  for (const [fault, n] of [...faults.entries()].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(3)}  ${fault}`);
  if (show) for (const line of misses.get(show as Field) ?? []) console.log(`    ${line}`);
  else console.log('  (run with --show "tags (exact set)" etc. to list disagreements)');
  console.log('\ncablemap test vectors (goal: each file >= 95% of the vectors it can evaluate)');
  runVectors(data, sampleDir, show === 'vectors');
}

/** Counts and lists the explained disagreements of each field by reason. */
const explained = {
  byField: new Map<Field, Map<string, string[]>>(),
  add(field: Field, why: string, id: string): void {
    const reasons = this.byField.get(field) ?? new Map<string, string[]>();
    this.byField.set(field, reasons);
    reasons.set(why, [...(reasons.get(why) ?? []), id]);
  },
  print(): void {
    for (const field of FIELDS) {
      for (const [why, ids] of this.byField.get(field) ?? []) {
        const list = ids.length > 8 ? `${ids.slice(0, 8).join(' ')} ...` : ids.join(' ');
        console.log(`    ${field}: ${ids.length}, ${why}: ${list}`);
      }
    }
  },
};

const DTG_ANYWHERE = /\b\d{6}Z[ \t]+[A-Za-z]{3}[ \t]+\d{2,4}\b/;

/**
 * Why a disagreement is not the parser's, when a check on the text shows it: the released id is one
 * of cablemap's tabled malformed ids; the text has no date or no time; the text's two time stamps
 * agree against the metadata; the metadata's caveat or level appears nowhere in the text.
 */
function explain(field: Field, cable: Cable, m: Meta, text: string): string | null {
  if (field === 'id (exact)' && cableVocab().malformedIds.get(m.reference_id) === cable.id) {
    return `the released id is a malformed WikiLeaks id that cablemap's tables correct to ours`;
  }
  if (field === 'created date+hour') {
    if (cable.created === null && !DTG_ANYWHERE.test(text)) return 'the text carries no date-time at all (no DTG, dateline or archive record)';
    if (cable.created !== null && cable.created.length === 10) return 'the text dates the cable without a time (an archive record date only)';
  }
  if ((field === 'created date+hour' || field === 'created, texts with a date-time') && cable.created && deLineAgrees(cable.created, text)) {
    return 'the DTG and the DE line\'s day-and-time stamp agree on our time; the metadata has another hour';
  }
  if (field === 'classification' || field === 'classification level') {
    const ours = (cable.classification ?? '').split('//')[0]!;
    const theirs = m.classification.split('//')[0]!;
    const banner = cable.banner ? levelOfBannerWord(cable.banner.split(/\s|\/\//)[0]!) : null;
    if (ours !== theirs && banner === ours && transmissionLevel(text) === ours) {
      return 'the banner and the transmission line (ZNY) agree on our level; the metadata has another';
    }
    if (ours === theirs && m.classification.endsWith('//NOFORN') && !/NOFORN|\/NF\b/.test(text)) {
      return 'the metadata says NOFORN; the text has no NOFORN caveat, NF portion mark or NOFORN subject';
    }
  }
  return null;
}

/** The DE line's "ddd hhmm" (day of the year, time) matches the DTG's day and time. */
function deLineAgrees(created: string, text: string): boolean {
  const de = /^[ \t]*DE[ \t]+[A-Z]{4,7}[ \t]+#\d+(?:\/\d+)?[ \t]+(\d{3})(\d{2})(\d{2})\b/m.exec(text);
  if (!de) return false;
  const at = new Date(created);
  const dayOfYear = Math.floor((at.getTime() - Date.UTC(at.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  return Number(de[1]) === dayOfYear && Number(de[2]) === at.getUTCHours() && Number(de[3]) === at.getUTCMinutes();
}

function compare(cable: Cable, m: Meta): [Field, boolean | null, string][] {
  const createdHour = m.created.slice(0, 13).replace(' ', 'T');
  const tagsOk = sameSet(cable.tags, m.wl_tags);
  const level = (c: string | null): string => (c ?? '').split('//')[0]!;
  const dated = cable.created !== null && cable.created.length > 10;
  return [
    ['classification level', level(cable.classification) === level(m.classification), `${cable.classification} vs ${m.classification}`],
    ['created, texts with a date-time', dated ? (cable.created ?? '').slice(0, 13) === createdHour : null, `${cable.created} vs ${m.created}`],
    ['tags, net of metadata faults', tagsOk || tagFaultCache.get(m.reference_id) !== undefined, `ours [${cable.tags.join(' ')}] metadata [${m.wl_tags.join(' ')}]`],
    ['id (exact)', cable.id === m.reference_id, `${cable.id}`],
    ['id (canonical)', cable.id === canonicalizeId(m.reference_id), `${cable.id} vs ${canonicalizeId(m.reference_id)}`],
    ['classification', cable.classification === m.classification, `${cable.classification} vs ${m.classification}`],
    ['origin', cable.origin === m.origin, `${cable.origin} vs ${m.origin}`],
    ['created date+hour', (cable.created ?? '').slice(0, 13) === createdHour, `${cable.created} vs ${m.created}`],
    ['tags (exact set)', tagsOk, `ours [${cable.tags.join(' ')}] metadata [${m.wl_tags.join(' ')}]`],
  ];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...y].every((t) => x.has(t));
}

const tagFaultCache = new Map<string, string>();

/**
 * Names the known fault of WikiLeaks' tag index that turns our tags into the metadata's, if one
 * does: it read the first TAGS line only, split person tags into words, kept typos that cablemap
 * fixes, or lost the tags altogether. Each fault is simulated on our own parse of the field.
 */
function tagFault(cable: Cable, m: Meta, bytes: Buffer): string | undefined {
  if (sameSet(cable.tags, m.wl_tags)) return undefined;
  const lines = removePageArtefacts(normalizeCableText(bytes.toString('utf8')).text).split('\n');
  const field = findTagsField(lines, 0, lines.length);
  let fault: string | undefined;
  if (m.wl_tags.length === 0 && cable.tags.length > 0) fault = 'metadata has no tags although the cable has a TAGS field';
  else if (field !== null) {
    for (const firstLine of [false, true]) {
      for (const fixes of [true, false]) {
        for (const split of [false, true]) {
          const text = firstLine ? field.split('\n')[0]! : field;
          let tags = parseTags(text, { fixes });
          // WikiLeaks' index splits every tag at spaces: person tags ("STEINBERG, JAMES B." -> STEINBERG,
          // JAMES) and phrases ("POL MIL", "MEETINGS WITH AMBASSADOR") alike.
          if (split) {
            tags = tags.flatMap((t) =>
              t.includes(',') ? t.replace(/\.$/, '').split(/,\s*/).map((p) => p.split(' ')[0]!) : t.split(' '),
            );
          }
          // It also shortens the African Union's AU-1 to AU (Austria's code).
          if (!fixes) tags = tags.map((t) => t.replace(/^AU-1$/, 'AU'));
          if (!fault && sameSet(tags, m.wl_tags)) {
            fault = [firstLine && 'reads only the first TAGS line', !fixes && 'keeps typos cablemap fixes (RU, SYR, VTPREL ...)', split && 'splits person tags and phrases at spaces']
              .filter(Boolean)
              .join(' + ');
          }
        }
      }
    }
  }
  // The index kept only some of the codes on the line: ours are a superset and each extra code stands on it.
  if (!fault && field !== null && m.wl_tags.every((t) => cable.tags.includes(t))) {
    const written = new Set(field.split('\n')[0]!.toUpperCase().split(/[\s,;]+/));
    if (cable.tags.every((t) => m.wl_tags.includes(t) || written.has(t))) fault = 'metadata drops codes that stand on the TAGS line';
  }
  if (fault) tagFaultCache.set(m.reference_id, fault);
  return fault;
}

export function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

main();
