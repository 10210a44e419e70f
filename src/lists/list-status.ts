// What a loaded list holds, for `demarche lists status` and the API's GET /api/lists: entries by
// kind, strong and weak alias counts, its date, its source files and warnings.
import type { LoadedList } from './types.js';

export interface ListStatus {
  id: string;
  date: string | null;
  entries: number;
  types: Record<string, number>;
  aliases: { strong: number; weak: number };
  files: Array<{ role: string; path: string; bytes: number }>;
  warnings: string[];
}

export function listStatus(list: LoadedList): ListStatus {
  const types: Record<string, number> = {};
  const aliases = { strong: 0, weak: 0 };
  for (const e of list.entries) {
    types[e.type] = (types[e.type] ?? 0) + 1;
    for (const n of e.names) {
      if (n.strength === 'strong') aliases.strong += 1;
      else if (n.strength === 'weak') aliases.weak += 1;
    }
  }
  return { id: list.id, date: list.date, entries: list.entries.length, types, aliases, files: list.files, warnings: list.warnings };
}
