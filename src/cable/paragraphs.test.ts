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
