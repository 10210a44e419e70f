import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findListFiles } from './list-sources.js';

function folder(names: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'demarche-sources-'));
  for (const n of names) writeFileSync(path.join(dir, n), '');
  return dir;
}

describe('findListFiles', () => {
  it('finds the official download names, whatever their case', () => {
    const dir = folder(['SDN.CSV', 'alt.csv', 'ADD.CSV', 'consolidated.xml']);
    const found = findListFiles(dir);
    expect(Object.keys(found).sort()).toEqual(['sdn', 'sdn-add', 'sdn-alt', 'un']);
    expect(found['sdn-alt']!.path).toBe(path.join(dir, 'alt.csv'));
  });

  it('takes the newest dated file of each role and never the old benchmark copy', () => {
    const dir = folder([
      'ofac_sdn_2024-05-03.csv',
      'ofac_sdn_watchman_bench_2021-07.csv',
      'ofac_alt_watchman_2025-02.csv',
      'ofac_alt_watchman_tfidf_2025-12.csv',
      'ofac_sdn_comments_watchman_2025-02.csv',
      'un_consolidated_2026-02-27.xml',
    ]);
    const found = findListFiles(dir);
    expect(path.basename(found.sdn!.path)).toBe('ofac_sdn_2024-05-03.csv');
    expect(found.sdn!.date).toBe('2024-05-03');
    expect(path.basename(found['sdn-alt']!.path)).toBe('ofac_alt_watchman_tfidf_2025-12.csv');
    expect(path.basename(found['sdn-comments']!.path)).toBe('ofac_sdn_comments_watchman_2025-02.csv');
    expect(found.un!.date).toBe('2026-02-27');
  });
});
