// The scale bench's corpus: N cable files made from the sample by re-identifying copies at the
// text level (a new seven-digit serial, 1,000,000 + k·bases + base, wherever the serial is written,
// so the parser reads a new canonical id, unique across copies; serials over seven digits are not
// read as serials) and perturbing their paragraphs (words swapped, a line borrowed from another cable),
// written to disk so that ingest reads, parses and stores them as it would real files.
// Sample cables whose id does not survive the bump (fixed-width serials) are left out as bases.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCable } from '../src/cable/parse-cable.js';
import { rng } from './reidentify.js';

interface Base {
  index: number;
  text: string;
  serial: string;
  yy: string;
  station: string;
}

const PER_DIR = 1000;

/** Builds (or reuses, when complete) a corpus of `size` files under `dir`; returns the file count. */
export function buildCorpus(sampleDir: string, dir: string, size: number, log: (line: string) => void): number {
  const done = path.join(dir, `.complete-${size}`); // hidden: ingest skips it
  // A corpus is reused only when the parser that chose its bases and this generator are the ones in
  // the tree: a change to either can make copies unreadable or give many of them one id.
  const parser = parserDigest();
  if (existsSync(done) && readFileSync(done, 'utf8').includes(`parser ${parser}`)) return size;
  rmSync(dir, { recursive: true, force: true });
  const bases = loadBases(sampleDir);
  log(`corpus: ${bases.length} of the sample's cables re-identify cleanly; writing ${size.toLocaleString('en-US')} files to ${dir}`);
  const lines = bases.flatMap((b) => bodyLines(b.text)).filter((l) => l.length > 40);
  let written = 0;
  for (let k = 0; written < size; k += 1) {
    const random = rng(1000 + k);
    for (const base of bases) {
      if (written >= size) break;
      if (written % PER_DIR === 0) mkdirSync(path.join(dir, String(written / PER_DIR)), { recursive: true });
      const text = k === 0 ? base.text : copyOf(base, serialOf(base, k, bases.length), lines, random);
      writeFileSync(path.join(dir, String(Math.floor(written / PER_DIR)), `${written}.txt`), text, 'latin1');
      written += 1;
    }
    if (k % 20 === 0) log(`corpus: ${written.toLocaleString('en-US')} files`);
  }
  writeFileSync(done, `${new Date().toISOString()}\nparser ${parser}\n`);
  return written;
}

/** A digest of the parser's sources (src/cable, tests aside) and of this file. */
function parserDigest(): string {
  const here = fileURLToPath(import.meta.url);
  const src = path.resolve(path.dirname(here), '..', 'src', 'cable');
  const hash = createHash('sha256').update(readFileSync(here));
  for (const f of readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) hash.update(f).update(readFileSync(path.join(src, f)));
  return hash.digest('hex').slice(0, 16);
}

function loadBases(sampleDir: string): Base[] {
  const bases: Base[] = [];
  for (const f of readdirSync(sampleDir).sort()) {
    const text = readFileSync(path.join(sampleDir, f), 'latin1');
    const id = parseCable(Buffer.from(text, 'latin1'), f).id;
    const m = id ? /^(\d\d)([A-Z]+?)(\d+)$/.exec(id) : null;
    if (!m || Number(m[3]) >= 1_000_000) continue;
    const base = { index: bases.length, text, yy: m[1]!, station: m[2]!, serial: m[3]! };
    // Checked with the widest serial a copy can get.
    if (parseCable(Buffer.from(reidentified(base, '9999999'), 'latin1'), f).id === `${base.yy}${base.station}9999999`) bases.push(base);
  }
  return bases;
}

/** Copy k's serial: seven digits, above every sample serial, different for every (base, k). */
const serialOf = (b: Base, k: number, bases: number): string => String(1_000_000 + k * bases + b.index);

function reidentified(b: Base, serial: string): string {
  return b.text.replace(new RegExp(`\\b0*${b.serial}\\b`, 'g'), serial);
}

/** The lines after the SUBJECT line, where the paragraphs are. */
function bodyLines(text: string): string[] {
  const lines = text.split('\n');
  const subject = lines.findIndex((l) => /^SUBJECT\b/i.test(l.trim()));
  return lines.slice(subject + 1).filter((l) => !/^\s*PAGE\s/.test(l));
}

function copyOf(base: Base, serial: string, donors: string[], random: () => number): string {
  const lines = reidentified(base, serial).split('\n');
  const subject = lines.findIndex((l) => /^SUBJECT\b/i.test(l.trim()));
  // Without a SUBJECT line the header's end is unknown: the copy keeps its words in place.
  if (subject < 0) return lines.join('\n');
  for (let i = subject + 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (/^\s*PAGE\s/.test(line)) continue;
    const words = line.split(' ');
    // The first words hold the paragraph number and marking: they stay in place.
    for (let s = 0; s < 3 && words.length > 8; s += 1) {
      const a = 3 + Math.floor(random() * (words.length - 3));
      const b = 3 + Math.floor(random() * (words.length - 3));
      [words[a], words[b]] = [words[b] as string, words[a] as string];
    }
    let out = words.join(' ');
    if (words.length > 8 && random() < 0.1) out = `${out} ${donors[Math.floor(random() * donors.length)]?.trim() ?? ''}`;
    lines[i] = out;
  }
  return lines.join('\n');
}
