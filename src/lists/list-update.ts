// `lists update`: downloads the official list files, checks that each parses and is not
// suspiciously small, and only then replaces the lists folder, by renaming a complete new
// folder into place. Offline, or on any failed check, the old lists stay as they were.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DemarcheError } from '../errors.js';
import { OFFICIAL_NAMES, type FileRole } from './list-sources.js';
import { MANIFEST, readManifest, type ListManifest } from './list-store.js';
import { parseOfacList } from './ofac-list.js';
import type { ListId } from './types.js';
import { parseUnXml } from './un-xml.js';

export const OFAC_BASE_URL = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/';
export const UN_URL = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml';

/** Smallest plausible size of each file; a truncated or error-page download is smaller. */
const MIN_BYTES: Record<FileRole, number> = {
  sdn: 500_000,
  'sdn-alt': 100_000,
  'sdn-add': 100_000,
  'sdn-comments': 1_000,
  'cons-prim': 20_000,
  'cons-alt': 5_000,
  'cons-add': 5_000,
  'cons-comments': 100,
  un: 500_000,
};

/** Fewest entries each list must parse into. */
const MIN_ENTRIES: Record<ListId, number> = { 'us-ofac-sdn': 5_000, 'us-ofac-cons': 100, 'un-sc': 500 };

export interface UpdateOptions {
  /** The lists folder to replace. */
  dir: string;
  /** Base URL of the OFAC exports (default OFAC's, or $DEMARCHE_OFAC_URL). */
  ofacBaseUrl?: string;
  /** URL of the UN consolidated XML (default the UN's, or $DEMARCHE_UN_URL). */
  unUrl?: string;
  timeoutMs?: number;
}

export interface UpdateResult {
  dir: string;
  updatedAt: string;
  lists: Array<{ id: ListId; entries: number }>;
  files: ListManifest['files'];
}

export function urlsFor(opts: Pick<UpdateOptions, 'ofacBaseUrl' | 'unUrl'>, env: NodeJS.ProcessEnv = process.env): Record<FileRole, string> {
  const base = opts.ofacBaseUrl ?? env.DEMARCHE_OFAC_URL ?? OFAC_BASE_URL;
  const ofac = base.endsWith('/') ? base : `${base}/`;
  const urls = {} as Record<FileRole, string>;
  for (const role of Object.keys(OFFICIAL_NAMES) as FileRole[]) {
    urls[role] = role === 'un' ? (opts.unUrl ?? env.DEMARCHE_UN_URL ?? UN_URL) : `${ofac}${OFFICIAL_NAMES[role]}`;
  }
  return urls;
}

export async function updateLists(opts: UpdateOptions): Promise<UpdateResult> {
  const urls = urlsFor(opts);
  const target = path.resolve(opts.dir);
  await recoverInterrupted(target);
  const roles = Object.keys(urls) as FileRole[];
  const bytes = Object.fromEntries(
    await Promise.all(roles.map(async (role) => [role, await download(urls[role], target, opts.timeoutMs ?? 120_000)] as const)),
  ) as Record<FileRole, Uint8Array>;
  for (const role of roles) {
    if (bytes[role].byteLength < MIN_BYTES[role]) {
      throw new DemarcheError(
        'BAD_INPUT',
        `${urls[role]}: only ${bytes[role].byteLength} bytes, expected at least ${MIN_BYTES[role]}; not a complete ${OFFICIAL_NAMES[role]}. ${kept(target)}`,
      );
    }
  }
  const lists = check(bytes, urls, target);
  const updatedAt = new Date().toISOString();
  const manifest: ListManifest = { updatedAt, files: {} };
  for (const role of roles) {
    const sha256 = createHash('sha256').update(bytes[role]).digest('hex');
    manifest.files[role] = { file: OFFICIAL_NAMES[role], url: urls[role], bytes: bytes[role].byteLength, sha256 };
  }
  await swapIn(target, bytes, manifest);
  return { dir: target, updatedAt, lists, files: manifest.files };
}

async function download(url: string, target: string, timeoutMs: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    // The connection failed, timed out or broke off mid-body.
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (e as { code?: string }).code ?? (e as Error).message;
    throw new DemarcheError('UNAVAILABLE', `cannot download ${url} (${why}): offline or the server is unreachable. ${kept(target)}`, { cause: e });
  }
  throw new DemarcheError('UNAVAILABLE', `cannot download ${url}: HTTP ${response.status} ${response.statusText}. ${kept(target)}`);
}

/** Parses every downloaded list; a parse error or too few entries rejects the whole update. */
function check(bytes: Record<FileRole, Uint8Array>, urls: Record<FileRole, string>, target: string): UpdateResult['lists'] {
  try {
    const sdn = parseOfacList(
      'us-ofac-sdn',
      { primary: bytes.sdn, alt: bytes['sdn-alt'], add: bytes['sdn-add'], comments: bytes['sdn-comments'] },
      { primary: urls.sdn, alt: urls['sdn-alt'], add: urls['sdn-add'], comments: urls['sdn-comments'] },
      null,
    );
    const cons = parseOfacList(
      'us-ofac-cons',
      { primary: bytes['cons-prim'], alt: bytes['cons-alt'], add: bytes['cons-add'], comments: bytes['cons-comments'] },
      { primary: urls['cons-prim'], alt: urls['cons-alt'], add: urls['cons-add'], comments: urls['cons-comments'] },
      null,
    );
    const un = parseUnXml(new TextDecoder().decode(bytes.un), urls.un);
    const out = [sdn, cons, un].map((l) => ({ id: l.id, entries: l.entries.length }));
    for (const l of out) {
      if (l.entries < MIN_ENTRIES[l.id]) {
        throw new DemarcheError('BAD_INPUT', `${l.id}: only ${l.entries} entries, expected at least ${MIN_ENTRIES[l.id]}`);
      }
    }
    return out;
  } catch (e) {
    if (!(e instanceof DemarcheError)) throw e;
    throw new DemarcheError('BAD_INPUT', `downloaded lists failed their check: ${e.message}. ${kept(target)}`, { cause: e });
  }
}

/** Writes a complete new folder beside the old one, then renames it into place. */
async function swapIn(target: string, bytes: Record<FileRole, Uint8Array>, manifest: ListManifest): Promise<void> {
  const incoming = `${target}.incoming-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  await rm(incoming, { recursive: true, force: true });
  await mkdir(incoming, { recursive: true });
  for (const [role, data] of Object.entries(bytes)) await writeFile(path.join(incoming, OFFICIAL_NAMES[role as FileRole]), data);
  // The manifest goes last: a folder without one is never taken for a finished download.
  await writeFile(path.join(incoming, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const hadOld = existsSync(target);
  if (hadOld) await rename(target, previous);
  try {
    await rename(incoming, target);
  } catch (e) {
    if (hadOld) await rename(previous, target);
    throw e;
  }
  if (hadOld) await rm(previous, { recursive: true, force: true });
}

/**
 * Puts back what an update killed part-way left: the old folder renamed aside while the new one
 * was not yet in place is renamed back, and unfinished downloads are removed.
 */
export async function recoverInterrupted(target: string): Promise<void> {
  const parent = path.dirname(target);
  if (!existsSync(parent)) return;
  const base = path.basename(target);
  const leftovers = (await readdir(parent)).filter((n) => n.startsWith(`${base}.incoming-`) || n.startsWith(`${base}.previous-`));
  for (const name of leftovers) {
    const full = path.join(parent, name);
    if (name.startsWith(`${base}.previous-`) && !existsSync(target) && existsSync(path.join(full, MANIFEST))) await rename(full, target);
    else await rm(full, { recursive: true, force: true });
  }
}

/** What the user still has after a failed update. */
function kept(target: string): string {
  const manifest = existsSync(target) ? safeManifest(target) : null;
  return manifest
    ? `Nothing was changed: ${target} still holds the lists downloaded on ${manifest.updatedAt.slice(0, 10)}.`
    : `Nothing was changed: there are no downloaded lists yet, so screening keeps using the shared copies ($DEMARCHE_DATA/sanctions).`;
}

function safeManifest(dir: string): ListManifest | null {
  try {
    return readManifest(dir);
  } catch {
    return null;
  }
}
