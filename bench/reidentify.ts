// Makes distinct copies of parsed sample cables for the 100,000-cable search store: a new id and
// serial, a shifted date, and slightly perturbed paragraphs (words swapped, a sentence dropped or
// borrowed from another cable), so the index holds realistic, not identical, documents.
import { createHash } from 'node:crypto';
import type { Cable, Paragraph } from '../src/cable/types.js';

/** Deterministic PRNG (mulberry32): the same copies on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Copy k (k ≥ 1) of a cable: serial + k·1,000,000 keeps ids unique and well formed. */
export function reidentify(cable: Cable, k: number, donors: readonly Cable[], random: () => number): Cable {
  const bump = (s: string | null) => (s === null ? null : s.replace(/(\d+)$/, (d) => String(Number(d) + k * 1_000_000)));
  const id = bump(cable.id) ?? `BENCH${k}X${Math.floor(random() * 1e9)}`;
  const paragraphs = cable.paragraphs.map((p) => perturb(p, donors, random));
  const copy: Cable = {
    ...cable,
    id,
    serial: bump(cable.serial),
    source: `bench-copy-${k}/${cable.source}`,
    created: shiftDate(cable.created, Math.floor(random() * 60) - 30),
    paragraphs,
    body: paragraphs.length > 0 ? paragraphs.map((p) => p.text).join('\n\n') : swapWords(cable.body, random),
  };
  return { ...copy, sha256: createHash('sha256').update(JSON.stringify({ ...copy, sha256: '' })).digest('hex') };
}

function perturb(p: Paragraph, donors: readonly Cable[], random: () => number): Paragraph {
  let text = swapWords(p.text, random);
  const roll = random();
  if (roll < 0.2) {
    const sentences = text.split(/(?<=\.)\s+/);
    if (sentences.length > 1) text = sentences.slice(0, -1).join(' ');
  } else if (roll < 0.4) {
    const donor = donors[Math.floor(random() * donors.length)];
    const borrowed = donor?.paragraphs[Math.floor(random() * donor.paragraphs.length)]?.text.split(/(?<=\.)\s+/)[0];
    if (borrowed) text = `${text} ${borrowed}`;
  }
  return { ...p, text };
}

function swapWords(text: string, random: () => number): string {
  const words = text.split(' ');
  for (let i = 0; i < 3 && words.length > 2; i += 1) {
    const a = Math.floor(random() * words.length);
    const b = Math.floor(random() * words.length);
    [words[a], words[b]] = [words[b] as string, words[a] as string];
  }
  return words.join(' ');
}

function shiftDate(iso: string | null, days: number): string | null {
  if (!iso) return iso;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t + days * 86_400_000).toISOString().replace('.000Z', 'Z');
}
