// TAGS labels from the shared vocabulary ($DEMARCHE_DATA/cables/vocab/tags_vocabulary.json), read
// at run time and never copied. A title the vocabulary marks UNVERIFIED is flagged as such, so an
// interface does not show it as authoritative.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DemarcheError } from '../errors.js';

export interface TagLabel {
  code: string;
  kind: string;
  title: string | null;
  verified: boolean;
}

const vocabularySchema = z.object({
  tags: z.array(
    z.object({
      code: z.string(),
      kind: z.string().default('unknown'),
      title: z.string().default(''),
      sources: z.array(z.string()).default([]),
    }),
  ),
});

export function tagVocabularyPath(dataDir: string): string {
  return path.join(dataDir, 'cables', 'vocab', 'tags_vocabulary.json');
}

/** Reads the vocabulary; a missing or malformed file is a BAD_INPUT error naming it. */
export async function loadTagVocabulary(dataDir: string): Promise<Map<string, TagLabel>> {
  const file = tagVocabularyPath(dataDir);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new DemarcheError('BAD_INPUT', `cannot read the TAGS vocabulary ${file}: ${(e as Error).message}`, { cause: e });
  }
  const parsed = vocabularySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DemarcheError('BAD_INPUT', `${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a TAGS vocabulary'}`);
  }
  const labels = new Map<string, TagLabel>();
  for (const t of parsed.data.tags) {
    const unverified = /unverified/i.test(t.title) || t.sources.some((s) => /UNVERIFIED/.test(s));
    labels.set(t.code.toUpperCase(), {
      code: t.code,
      kind: t.kind,
      title: t.title.trim().length > 0 ? t.title.trim() : null,
      verified: !unverified,
    });
  }
  return labels;
}
