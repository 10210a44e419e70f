// Assembles an OFAC list (SDN, or the non-SDN consolidated list, which uses the same layout)
// from its primary file and the alias, address and comment files joined on ent_num.
import { readFile } from 'node:fs/promises';
import {
  ADD_COLUMNS,
  ALT_COLUMNS,
  COMMENT_COLUMNS,
  SDN_COLUMNS,
  parseOfacCsv,
  splitPrograms,
  type OfacRow,
} from './ofac-csv.js';
import { parseRemarks } from './ofac-remarks.js';
import type { EntryType, ListEntry, ListId, ListSourceFile, LoadedList } from './types.js';

export interface OfacFiles {
  primary: string;
  alt?: string;
  add?: string;
  comments?: string;
}

export interface OfacFileBytes {
  primary: Uint8Array;
  alt?: Uint8Array;
  add?: Uint8Array;
  comments?: Uint8Array;
}

export async function readOfacList(id: ListId, files: OfacFiles, date: string | null): Promise<LoadedList> {
  const bytes: OfacFileBytes = { primary: await readFile(files.primary) };
  if (files.alt) bytes.alt = await readFile(files.alt);
  if (files.add) bytes.add = await readFile(files.add);
  if (files.comments) bytes.comments = await readFile(files.comments);
  const list = parseOfacList(id, bytes, files, date);
  list.files = Object.entries(files).map(([role, path]) => ({
    role,
    path,
    bytes: bytes[role as keyof OfacFileBytes]?.byteLength ?? 0,
  })) satisfies ListSourceFile[];
  return list;
}

/** Parses the files' bytes; `names` gives the file names used in error messages. */
export function parseOfacList(id: ListId, bytes: OfacFileBytes, names: OfacFiles, date: string | null): LoadedList {
  const warnings: string[] = [];
  const entries = new Map<string, ListEntry>();
  for (const row of parseOfacCsv(bytes.primary, SDN_COLUMNS, names.primary, ['name'])) {
    if (entries.has(row.ent_num!)) warnings.push(`${names.primary}: duplicate ent_num ${row.ent_num}; the later row is kept`);
    entries.set(row.ent_num!, primaryEntry(id, row));
  }
  const comments = new Map<string, string>();
  if (bytes.comments && names.comments) {
    for (const row of parseOfacCsv(bytes.comments, COMMENT_COLUMNS, names.comments)) {
      if (row.remarks !== null) comments.set(row.ent_num!, (comments.get(row.ent_num!) ?? '') + row.remarks);
    }
  }
  for (const entry of entries.values()) addRemarkFacts(entry, comments.get(entry.id));
  if (bytes.alt && names.alt) {
    const orphans = joinRows(parseOfacCsv(bytes.alt, ALT_COLUMNS, names.alt, ['alt_name']), entries, (entry, row) => {
      entry.names.push({ name: row.alt_name!, strength: 'strong', kind: row.alt_type ?? 'aka' });
    });
    if (orphans > 0) warnings.push(`${names.alt}: ${orphans} alias rows name an ent_num that is not in ${names.primary}; skipped`);
  }
  if (bytes.add && names.add) {
    const orphans = joinRows(parseOfacCsv(bytes.add, ADD_COLUMNS, names.add), entries, (entry, row) => {
      const address = { address: row.address, city: row.city, country: row.country, note: row.add_remarks };
      const clean = Object.fromEntries(Object.entries(address).filter(([, v]) => v !== null));
      if (Object.keys(clean).length > 0) entry.addresses.push(clean);
      if (row.country && !entry.countries.includes(row.country)) entry.countries.push(row.country);
    });
    if (orphans > 0) warnings.push(`${names.add}: ${orphans} address rows name an ent_num that is not in ${names.primary}; skipped`);
  }
  return { id, date, entries: [...entries.values()], files: [], warnings };
}

function primaryEntry(list: ListId, row: OfacRow<typeof SDN_COLUMNS>): ListEntry {
  const entry: ListEntry = {
    list,
    id: row.ent_num!,
    type: entryType(row.type),
    names: [{ name: row.name!, strength: 'primary' }],
    programs: splitPrograms(row.programs),
    addresses: [],
    countries: [],
    birthDates: [],
  };
  if (row.remarks !== null) entry.remarks = row.remarks;
  if (row.vessel_flag !== null) entry.countries.push(row.vessel_flag);
  return entry;
}

function addRemarkFacts(entry: ListEntry, overflow: string | undefined): void {
  // Remarks longer than about 1,000 characters continue in the comments file.
  const remarks = overflow === undefined ? entry.remarks : `${entry.remarks ?? ''}${overflow}`;
  if (remarks !== undefined) entry.remarks = remarks;
  const facts = parseRemarks(remarks);
  const seen = new Set(entry.names.map((n) => n.name.toUpperCase()));
  for (const alias of facts.weakAliases) {
    if (seen.has(alias.name.toUpperCase())) continue;
    seen.add(alias.name.toUpperCase());
    entry.names.push(alias);
  }
  entry.birthDates.push(...facts.birthDates);
  for (const c of facts.countries) if (!entry.countries.includes(c)) entry.countries.push(c);
}

function joinRows<R extends { ent_num: string | null }>(
  rows: R[],
  entries: Map<string, ListEntry>,
  apply: (entry: ListEntry, row: R) => void,
): number {
  let orphans = 0;
  for (const row of rows) {
    const entry = entries.get(row.ent_num!);
    if (entry === undefined) orphans += 1;
    else apply(entry, row);
  }
  return orphans;
}

function entryType(value: string | null): EntryType {
  switch (value?.toLowerCase()) {
    case 'individual':
      return 'person';
    case 'vessel':
      return 'vessel';
    case 'aircraft':
      return 'aircraft';
    default:
      return 'organization';
  }
}
