// Paragraph numbering rules, on texts written for these tests.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs.js';

describe('paragraph numbering', () => {
  it('starts a later part of a multi-part cable at its own pilcrow number when the next ones follow on', () => {
    const body = 'NOTE: PARAGRAPH NUMBERS REFLECT FULL CABLE LENGTH.\n\n¶38. (SBU) Part two opens.\n\n¶39. (SBU) It goes on.\n\n¶40. (U) And ends.\n';
    const result = splitParagraphs(body);
    expect(result.paragraphs.map((p) => [p.n, p.marking])).toEqual([[38, 'SBU'], [39, 'SBU'], [40, 'U']]);
    expect(result.preamble).toMatch(/^NOTE:/);
  });

  it('does not start at a lone high number, nor at a high plain number without pilcrows', () => {
    expect(splitParagraphs('See ¶38. of the earlier cable.\n').paragraphs).toEqual([]);
    expect(splitParagraphs('38. One.\n39. Two.\n40. Three.\n').paragraphs).toEqual([]);
  });
});

describe('signer', () => {
  const last = (body: string): { signer: string | null; text: string } => {
    const r = splitParagraphs(body);
    return { signer: r.signer, text: r.paragraphs.at(-1)?.text ?? r.preamble };
  };

  it('takes a surname written in mixed case after the last sentence, on the same line', () => {
    expect(last('¶1. (C) First.\n\n¶2. (C) We will follow the case. McAllister\n')).toEqual({
      signer: 'McAllister',
      text: 'We will follow the case.',
    });
    expect(last('¶1. (U) The talks went on late. End comment.\n\nvan Dijk\n').signer).toBe('van Dijk');
    expect(last('¶1. (U) The mission cleared this text. Harper-Lowe\n').signer).toBe('Harper-Lowe');
  });

  it('takes the signer after an end marker, a separator or the embassy web-site line, and cleans those off', () => {
    expect(last("¶1. (C) He agreed. END COMMENT GRAYSON\n").signer).toBe('GRAYSON');
    expect(last("¶1. (C) He agreed. MINIMIZE CONSIDERED HOLLIS .\n").signer).toBe('HOLLIS');
    expect(last("¶1. (C) Ambassador Smith cleared this cable. Visit Oslo's Classified Website: XXXXXXXXXXXXBARLOW\n")).toEqual({
      signer: 'BARLOW',
      text: 'Ambassador Smith cleared this cable.',
    });
    expect(last('¶1. (C) Talks resume in May. ************************ ******** PELTON\n')).toEqual({ signer: 'PELTON', text: 'Talks resume in May.' });
    expect(last('¶1. (C) He would not say.\n\nMARLOW .\n').signer).toBe('MARLOW');
    expect(last('¶1. (C) He would not say. KELLER 0 03/04/2009\n').signer).toBe('KELLER');
    expect(last('¶1. (C) He would not say.\nFENWICK\n\n=======================CABLE ENDS============================\n').signer).toBe('FENWICK');
    expect(last('¶1. (C) He would not say. DALTON NNNN End Cable Text\n').signer).toBe('DALTON');
  });

  it('takes a surname in capitals after mixed-case prose, but not a known acronym', () => {
    expect(last('¶1. (U) Drafted by the Office of Nonproliferation, Department of State PARKS\n').signer).toBe('PARKS');
    expect(last('¶1. (U) We will keep working with the IAEA\n').signer).toBeNull();
  });

  it('takes no signer from a text cut off at the start of a sentence', () => {
    expect(last('¶1. (U) The monthly rate for March was 5.6 percent. The\n').signer).toBeNull();
    expect(last('¶1. (U) The rate for March was 5.6 percent, the board said. Board\n').signer).toBeNull();
  });
});
