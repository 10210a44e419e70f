// Evaluation of the cable parser: per-field accuracy on the 1,000 sample cables against their
// released metadata, and the pass rate of each cablemap test-vector file. Prints its figures.
// Run: npm run eval:cables [-- --show FIELD] (lists the disagreements of one field).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requireDataDir } from '../src/config.js';
import { canonicalizeId } from '../src/cable/cable-id.js';
import { parseCable } from '../src/cable/parse-cable.js';
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

const FIELDS = ['id (exact)', 'id (canonical)', 'classification', 'origin', 'created date+hour', 'tags (exact set)'] as const;
type Field = (typeof FIELDS)[number];

function main(): void {
  const data = requireDataDir();
  const sampleDir = path.join(data, 'cables', 'sample');
  const meta = (JSON.parse(readFileSync(path.join(sampleDir, 'metadata.json'), 'utf8')) as { cables: Meta[] }).cables;
  const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
  const misses = new Map<Field, string[]>(FIELDS.map((f) => [f, []]));
  let withWarnings = 0;
  const started = performance.now();
  for (const m of meta) {
    const file = path.join(sampleDir, m.text_file);
    const cable = parseCable(readFileSync(file), file);
    if (cable.warnings.length > 0) withWarnings++;
    for (const [field, ok, detail] of compare(cable, m)) if (!ok) misses.get(field)!.push(`${m.reference_id}: ${detail}`);
  }
  const ms = performance.now() - started;
  console.log(`Sample cables: ${meta.length} parsed in ${(ms / 1000).toFixed(2)} s; ${withWarnings} with warnings\n`);
  console.log('Field accuracy against metadata.json (goals: id, classification, origin, created >= 99.5%; tags >= 98%)');
  for (const f of FIELDS) {
    const miss = misses.get(f)!.length;
    console.log(`  ${f.padEnd(20)} ${pct(meta.length - miss, meta.length)}  (${meta.length - miss}/${meta.length})`);
  }
  if (show) for (const line of misses.get(show as Field) ?? []) console.log(`    ${line}`);
  else console.log('  (run with --show "tags (exact set)" etc. to list disagreements)');
  console.log('\ncablemap test vectors (goal: each file >= 95% of the vectors it can evaluate)');
  runVectors(data, sampleDir, show === 'vectors');
}

function compare(cable: Cable, m: Meta): [Field, boolean, string][] {
  const createdHour = m.created.slice(0, 13).replace(' ', 'T');
  const tags = new Set(cable.tags);
  const gold = new Set(m.wl_tags);
  const tagsOk = tags.size === gold.size && [...gold].every((t) => tags.has(t));
  return [
    ['id (exact)', cable.id === m.reference_id, `${cable.id}`],
    ['id (canonical)', cable.id === canonicalizeId(m.reference_id), `${cable.id} vs ${canonicalizeId(m.reference_id)}`],
    ['classification', cable.classification === m.classification, `${cable.classification} vs ${m.classification}`],
    ['origin', cable.origin === m.origin, `${cable.origin} vs ${m.origin}`],
    ['created date+hour', (cable.created ?? '').slice(0, 13) === createdHour, `${cable.created} vs ${m.created}`],
    ['tags (exact set)', tagsOk, `ours [${cable.tags.join(' ')}] metadata [${m.wl_tags.join(' ')}]`],
  ];
}

export function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

main();
