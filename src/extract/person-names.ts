// Given names and surnames in Latin script, for the tagger: in an ALL-CAPS cable "ROTH" or "LOPEZ"
// looks like any other word, but a list of names knows it. Built at run time from the shared data
// (the synthetic people of the name-screening evaluation and the individuals on the OFAC SDN list)
// and cached under .cache/extract/ (derived data: never committed).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import anyAscii from 'any-ascii';
import { parse } from 'csv-parse/sync';
import { PACKAGE_ROOT, dataDir } from '../config.js';
import { writeCache } from './cache-file.js';

export type NameRole = 'g' | 's' | 'gs' | '';

let table: Map<string, NameRole> | undefined;

const words = (s: string): string[] => anyAscii(s).toUpperCase().split(/[^A-Z'-]+/).filter((w) => w.length >= 2);

function add(map: Map<string, Set<'g' | 's'>>, role: 'g' | 's', name: string): void {
  for (const w of words(name)) {
    const set = map.get(w) ?? new Set();
    set.add(role);
    map.set(w, set);
  }
}

function build(data: string): Map<string, NameRole> {
  const roles = new Map<string, Set<'g' | 's'>>();
  const people = path.join(data, 'eval', 'names', 'yente_negatives_global.csv');
  if (existsSync(people)) {
    for (const r of parse(readFileSync(people), { columns: true, relax_column_count: true }) as Array<Record<string, string>>) {
      add(roles, 'g', r.first_name ?? '');
      add(roles, 's', r.last_name ?? '');
    }
  }
  const sdn = path.join(data, 'sanctions', 'ofac_sdn_2024-05-03.csv');
  if (existsSync(sdn)) {
    for (const r of parse(readFileSync(sdn), { relax_column_count: true, relax_quotes: true }) as string[][]) {
      if (r[2]?.trim() !== 'individual') continue;
      const [last, first] = (r[1] ?? '').split(',');
      add(roles, 's', last ?? '');
      add(roles, 'g', first ?? '');
    }
  }
  const out = new Map<string, NameRole>();
  for (const [w, set] of roles) out.set(w, set.size === 2 ? 'gs' : ([...set][0] as NameRole));
  return out;
}

/** The name lists, empty when the shared data is not there. */
export function personNames(env: NodeJS.ProcessEnv = process.env): Map<string, NameRole> {
  if (table) return table;
  const data = dataDir(env);
  if (!data || !existsSync(data)) return (table = new Map());
  const sdn = path.join(data, 'sanctions', 'ofac_sdn_2024-05-03.csv');
  const stamp = existsSync(sdn) ? statSync(sdn).size : 0;
  const cache = path.join(PACKAGE_ROOT, '.cache', 'extract', `person-names-v1-${stamp}.json`);
  if (existsSync(cache)) return (table = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8'))) as Array<[string, NameRole]>));
  table = build(data);
  writeCache(cache, Object.fromEntries(table));
  return table;
}

export function nameRole(word: string): NameRole {
  return personNames().get(word.toUpperCase()) ?? '';
}
