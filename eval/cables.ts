// Evaluation of the cable parser: per-field accuracy on the 1,000 sample cables against their
// released metadata, and the pass rate of each cablemap test-vector file. Prints its figures.
// Run: npm run eval:cables [-- --show FIELD] (lists the disagreements of one field).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requireDataDir } from '../src/config.js';
import { canonicalizeId } from '../src/cable/cable-id.js';
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
  'created, dated texts',
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
    for (const [field, ok, detail] of compare(cable, m)) {
      if (ok === null) continue;
      totals.set(field, totals.get(field)! + 1);
      if (!ok) misses.get(field)!.push(`${m.reference_id}: ${detail}`);
    }
  }
  const ms = performance.now() - started;
  console.log(`Sample cables: ${meta.length} parsed in ${(ms / 1000).toFixed(2)} s; ${withWarnings} with warnings\n`);
  console.log('Field accuracy against metadata.json (goals: id, classification, origin, created >= 99.5%; tags >= 98%)');
  for (const f of FIELDS) {
    const miss = misses.get(f)!.length;
    const n = totals.get(f)!;
    console.log(`  ${f.padEnd(30)} ${pct(n - miss, n)}  (${n - miss}/${n})`);
  }
  console.log('\n  "classification level": the level alone (caveats //NOFORN, //FOR OFFICIAL USE ONLY set aside).');
  console.log('  "created, dated texts": cables whose text carries a date-time (DTG, dateline, archive record);');
  console.log('   the others have no date in their text at all and get created = null.');
  console.log('  Tag disagreements explained by known faults of the WikiLeaks tag index (silver metadata):');
  for (const [fault, n] of [...faults.entries()].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(3)}  ${fault}`);
  if (show) for (const line of misses.get(show as Field) ?? []) console.log(`    ${line}`);
  else console.log('  (run with --show "tags (exact set)" etc. to list disagreements)');
  console.log('\ncablemap test vectors (goal: each file >= 95% of the vectors it can evaluate)');
  runVectors(data, sampleDir, show === 'vectors');
}

function compare(cable: Cable, m: Meta): [Field, boolean | null, string][] {
  const createdHour = m.created.slice(0, 13).replace(' ', 'T');
  const tagsOk = sameSet(cable.tags, m.wl_tags);
  const level = (c: string | null): string => (c ?? '').split('//')[0]!;
  const dated = cable.created !== null && cable.created.length > 10;
  return [
    ['classification level', level(cable.classification) === level(m.classification), `${cable.classification} vs ${m.classification}`],
    ['created, dated texts', dated ? (cable.created ?? '').slice(0, 13) === createdHour : null, `${cable.created} vs ${m.created}`],
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
  if (m.wl_tags.length === 0 && cable.tags.length > 0) fault = 'metadata has no tags although the cable has a TAGS line';
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
  if (fault) tagFaultCache.set(m.reference_id, fault);
  return fault;
}

export function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

main();
