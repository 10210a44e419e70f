import { describe, expect, it } from 'vitest';
import { dataDir } from '../config.js';
import { AnnexTree, loadAnnexTree } from './annex-tree.js';

const hasData = dataDir() !== null;

describe('EU Annex I word search', () => {
  it('numbers paragraphs from the tree and finds entries by rare words', () => {
    const tree = new AnnexTree([
      { code: '1C117', regulation: '1C117', regime: 'MTCR', kind: 'base', text: "Materials for the fabrication of 'missiles' components as follows:" },
      { code: '1C117.a', regulation: '1C117', regime: 'MTCR', kind: 'base', text: 'Tungsten and alloys in particulate form' },
      { code: '2B104', regulation: '2B104', regime: 'MTCR', kind: 'base', text: 'Isostatic presses having all of the following' },
      { code: '9A001', regulation: '9A001', regime: 'WA', kind: 'base', text: 'Aero gas turbine engines' },
      // Rarity is measured against the whole text: a small tree needs filler to make words rare.
      ...Array.from({ length: 400 }, (_, i) => ({ code: `9E${i}`, regulation: `9E${i}`, regime: 'WA', kind: 'base', text: 'technology for the development of equipment' })),
    ]);
    const hits = tree.search('tungsten particulate material');
    expect(hits[0]?.eu).toBe('1C117.a');
    expect(tree.search('cotton shirts')).toEqual([]);
  });

  it.runIf(hasData)('loads the 366 entries from $DEMARCHE_DATA and numbers sub-paragraphs', () => {
    const tree = loadAnnexTree();
    expect(new Set(tree.paragraphs.map((p) => p.regulation)).size).toBe(366);
    expect(tree.paragraphs.map((p) => p.code)).toEqual(expect.arrayContaining(['1C107.a', '1C107.a.1', '1C117.c']));
    expect(tree.search('spin forming machine')[0]?.eu).toBe('2B209');
  });

  it('says how to fix a missing data folder', () => {
    expect(() => loadAnnexTree({ DEMARCHE_DATA: '/nonexistent/demarche-data' })).toThrow(/DEMARCHE_DATA points to/);
  });
});
