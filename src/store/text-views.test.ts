// Text views by marking level: what a reader cleared to each level would have indexed.
import { describe, expect, it } from 'vitest';
import { makeCable } from './cable-store.contract.js';
import { buildTextViews } from './text-views.js';

describe('buildTextViews', () => {
  it('builds one cumulative view per level present, subject included by its own marking', () => {
    const cable = makeCable({
      id: '07X1',
      classification: 'SECRET',
      subject: 'TOPIC',
      subjectMarking: 'C',
      paragraphs: [
        ['U', 'public'],
        ['S//NF', 'secret'],
        ['C', 'confidential'],
      ],
    });
    expect(buildTextViews(cable)).toEqual([
      { level: 0, nextLevel: 2, subject: '', body: 'public' },
      { level: 2, nextLevel: 3, subject: 'TOPIC', body: 'public\n\nconfidential' },
      { level: 3, nextLevel: null, subject: 'TOPIC', body: 'public\n\nsecret\n\nconfidential' },
    ]);
  });

  it('treats unmarked paragraphs as classified like the cable, and an unknown banner as top level', () => {
    const secret = makeCable({ id: '07X2', classification: 'SECRET', subjectMarking: null, paragraphs: [[null, 'a']] });
    expect(buildTextViews(secret).map((v) => v.level)).toEqual([3]);
    const unknown = makeCable({ id: '07X3', classification: null, subjectMarking: null, paragraphs: [[null, 'a']] });
    expect(buildTextViews(unknown).map((v) => v.level)).toEqual([4]);
  });

  it('indexes the body when no paragraph could be numbered, and strips snippet marker characters', () => {
    const cable = { ...makeCable({ id: '07X4', classification: 'UNCLASSIFIED', paragraphs: [] }), body: 'free\u0001text' };
    expect(buildTextViews(cable)).toEqual([{ level: 0, nextLevel: null, subject: 'A SUBJECT', body: 'free text' }]);
  });
});
