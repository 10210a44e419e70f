// indexText's ASCII path against the general one: the same words in the same order, so the same
// tsvector (blanks only separate, whichever they are). Checked on the sample's paragraphs and on
// punctuation and control characters PostgreSQL's parser would otherwise read as parts of tokens.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../cable/parse-cable.js';
import { requireDataDir } from '../../config.js';
import { buildTextIndex } from '../text-views.js';
import { indexText } from './pg-text.js';

const general = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
const words = (text: string): string[] => text.split(/[ \n\r\t]+/).filter((w) => w.length > 0);

describe('indexText', () => {
  it('gives the words of the general path, ASCII or not', () => {
    const dir = path.join(requireDataDir(), 'cables', 'sample', 'text');
    const texts = readdirSync(dir)
      .sort()
      .slice(0, 300)
      .flatMap((f) => buildTextIndex(parseCable(readFileSync(path.join(dir, f)), f)).parts);
    texts.push('U.S. 6.C.3 e-mail a@b.example http://x.y/z?q=1 <b>&amp;</b> 1,000.50 -5 +7 _x_ \\path\\', 'a\u000bb\u000cc\u0000d\u007fe', "don't\r\n\tstop", 'Zürich naïve');
    for (const t of texts) expect(words(indexText(t)), t.slice(0, 80)).toEqual(general(t));
  });
});
