import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDir } from '../config.js';
import { isKnownCablegateId } from './cable-id.js';
import { cableVocab, setCableVocabDir } from './vocab.js';

describe('the Cablegate id list', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'demarche-vocab-'));
  afterAll(() => {
    setCableVocabDir(dataDir());
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the text before the first comma of each line, and nothing else', () => {
    mkdirSync(path.join(dir, 'cables', 'vocab'), { recursive: true });
    const lines = ['07BEIJING5039,8', '66BUENOSAIRES2481,12', 'NOCOMMA', ',5', '09STATE1,3,extra', '08ECTION01OF02MANAMA492,1\r', ''];
    writeFileSync(path.join(dir, 'cables', 'vocab', 'cablemap_cable2month.csv.gz'), gzipSync(lines.join('\n')));
    setCableVocabDir(dir);
    const ids = cableVocab().cablegateIds();
    for (const id of ['07BEIJING5039', '66BUENOSAIRES2481', '09STATE1', '08ECTION01OF02MANAMA492']) expect(ids.has(id)).toBe(true);
    for (const id of ['', 'NOCOMMA', '5', '07BEIJING503', '07BEIJING50390', '09STATE1,3', '07BEIJING5039,8', 'x07BEIJING5039']) {
      expect(ids.has(id)).toBe(false);
    }
  });

  it('holds many short ids', () => {
    const ids = Array.from({ length: 5000 }, (_, k) => `${k}`);
    writeFileSync(path.join(dir, 'cables', 'vocab', 'cablemap_cable2month.csv.gz'), gzipSync(ids.map((id) => `${id},1`).join('\n')));
    setCableVocabDir(dir);
    const set = cableVocab().cablegateIds();
    expect(ids.every((id) => set.has(id))).toBe(true);
    expect(set.has('5000') || set.has('-1') || set.has('01')).toBe(false);
  });

  it('is empty without the data folder', () => {
    setCableVocabDir(null);
    expect(isKnownCablegateId('07BEIJING5039')).toBe(false);
  });

  it('knows the released ids', () => {
    setCableVocabDir(dataDir());
    if (!cableVocab().available) return;
    expect(isKnownCablegateId('07BEIJING5039')).toBe(true);
    expect(isKnownCablegateId('07BEIJING50390')).toBe(false);
  });
});
