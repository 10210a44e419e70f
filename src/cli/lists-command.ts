// Implementation of `demarche lists status` and `demarche lists update`.
import { z } from 'zod';
import { listsDir, loadLists, readManifest } from '../lists/list-store.js';
import { updateLists } from '../lists/list-update.js';
import { listStatus } from '../lists/list-status.js';
import { bold, dim, printJson, printLine, table } from './output.js';

const statusSchema = z.object({ json: z.boolean().optional() });
const updateSchema = z.object({ dir: z.string().optional(), json: z.boolean().optional() });

export async function runListsStatus(rawOpts: unknown): Promise<void> {
  const opts = statusSchema.parse(rawOpts);
  const loaded = await loadLists();
  const lists = loaded.lists.map(listStatus);
  if (opts.json) {
    printJson({ dir: loaded.dir, origin: loaded.origin, lists });
    return;
  }
  const where = loaded.origin === 'updated' ? 'downloaded by `demarche lists update`' : 'shared copies; `demarche lists update` downloads current ones';
  printLine(`${bold('lists folder')} ${loaded.dir} (${where})`);
  const n = (x: number): string => x.toLocaleString('en-US');
  printLine(
    table([
      ['list', 'date', 'entries', 'aliases', 'weak aliases', 'kinds'],
      ...lists.map((l) => [
        l.id,
        l.date ?? 'undated',
        n(l.entries),
        n(l.aliases.strong),
        n(l.aliases.weak),
        Object.entries(l.types)
          .map(([t, c]) => `${n(c)} ${t}`)
          .join(', '),
      ]),
    ]),
  );
  for (const l of lists) for (const f of l.files) printLine(dim(`${l.id} ${f.role}: ${f.path} (${n(f.bytes)} bytes)`));
  for (const l of lists) for (const w of l.warnings) printLine(`warning: ${w}`);
}

export async function runListsUpdate(rawOpts: unknown): Promise<void> {
  const opts = updateSchema.parse(rawOpts);
  const dir = opts.dir ?? listsDir();
  const before = readManifest(dir);
  const result = await updateLists({ dir });
  if (opts.json) {
    printJson({ ...result, previous: before?.updatedAt ?? null });
    return;
  }
  printLine(`updated ${result.dir} at ${result.updatedAt}${before ? ` (previous download ${before.updatedAt})` : ''}`);
  for (const l of result.lists) printLine(`  ${l.id}: ${l.entries.toLocaleString('en-US')} entries`);
}
