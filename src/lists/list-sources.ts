// Finds each list's files in a folder: either the official download names (SDN.CSV, ALT.CSV ...
// consolidated.xml, as `lists update` writes them) or the dated names of the shared data folder
// (ofac_sdn_2024-05-03.csv ...), where the newest file of each role wins.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ListId } from './types.js';

export type FileRole =
  | 'sdn'
  | 'sdn-alt'
  | 'sdn-add'
  | 'sdn-comments'
  | 'cons-prim'
  | 'cons-alt'
  | 'cons-add'
  | 'cons-comments'
  | 'un';

export const ROLE_LIST: Record<FileRole, ListId> = {
  sdn: 'us-ofac-sdn',
  'sdn-alt': 'us-ofac-sdn',
  'sdn-add': 'us-ofac-sdn',
  'sdn-comments': 'us-ofac-sdn',
  'cons-prim': 'us-ofac-cons',
  'cons-alt': 'us-ofac-cons',
  'cons-add': 'us-ofac-cons',
  'cons-comments': 'us-ofac-cons',
  un: 'un-sc',
};

/** The official file name of each role, as published and as `lists update` stores it. */
export const OFFICIAL_NAMES: Record<FileRole, string> = {
  sdn: 'SDN.CSV',
  'sdn-alt': 'ALT.CSV',
  'sdn-add': 'ADD.CSV',
  'sdn-comments': 'SDN_COMMENTS.CSV',
  'cons-prim': 'CONS_PRIM.CSV',
  'cons-alt': 'CONS_ALT.CSV',
  'cons-add': 'CONS_ADD.CSV',
  'cons-comments': 'CONS_COMMENTS.CSV',
  un: 'consolidated.xml',
};

// Shared-folder names; watchman's 2021 benchmark copy is an old SDN and never the current list.
const SHARED_PATTERNS: Record<FileRole, RegExp> = {
  sdn: /^ofac_sdn_(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  'sdn-alt': /^ofac_alt_.*?(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  'sdn-add': /^ofac_add_.*?(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  'sdn-comments': /^ofac_sdn_comments_.*?(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  'cons-prim': /^ofac_nonsdn_cons_prim_(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  'cons-alt': /^ofac_nonsdn_cons_alt_(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  'cons-add': /^ofac_nonsdn_cons_add_(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  'cons-comments': /^ofac_nonsdn_cons_comments_(\d{4}-\d{2}(?:-\d{2})?)\.csv$/i,
  un: /^un_consolidated_(\d{4}-\d{2}(?:-\d{2})?)\.xml$/i,
};

export interface SourceFile {
  path: string;
  /** The date written in the file name, when there is one. */
  date: string | null;
}

export type SourceFiles = Partial<Record<FileRole, SourceFile>>;

export function findListFiles(dir: string): SourceFiles {
  const names = readdirSync(dir);
  const found: SourceFiles = {};
  for (const role of Object.keys(OFFICIAL_NAMES) as FileRole[]) {
    const official = names.find((n) => n.toLowerCase() === OFFICIAL_NAMES[role].toLowerCase());
    if (official) {
      found[role] = { path: path.join(dir, official), date: null };
      continue;
    }
    const dated = names
      .map((n) => ({ n, m: SHARED_PATTERNS[role].exec(n) }))
      .filter((x) => x.m !== null)
      .sort((a, b) => (a.m![1]! < b.m![1]! ? 1 : a.m![1]! > b.m![1]! ? -1 : 0));
    const newest = dated[0];
    if (newest) found[role] = { path: path.join(dir, newest.n), date: newest.m![1]! };
  }
  return found;
}
