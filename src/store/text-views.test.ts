// Text views by reader class: what each class of reader would have indexed.
import { describe, expect, it } from 'vitest';
import { FULL_VIEW_BIT, readerClass } from '../access/reader-class.js';
import type { Reader } from '../access/clearance.js';
import { makeCable } from './cable-store.contract.js';
import { buildTextViews, type TextView } from './text-views.js';

const reader = (clearance: Reader['clearance'], caveats: string[] = []): Reader => ({ name: 'r', clearance, caveats, asOf: '2000-01-01' });
const viewFor = (views: TextView[], r: Reader) => views.find((v) => v.mask & (1 << readerClass(r)!));
const full = (views: TextView[]) => views.find((v) => v.mask & (1 << FULL_VIEW_BIT));

describe('buildTextViews', () => {
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

  it('gives each reader class the subject and paragraphs it may read, sharing equal views', () => {
    const views = buildTextViews(cable);
    expect(viewFor(views, reader('UNCLASSIFIED'))).toMatchObject({ subject: '', body: 'public' });
    expect(viewFor(views, reader('CONFIDENTIAL'))).toMatchObject({ subject: 'TOPIC', body: 'public\n\nconfidential' });
    // SECRET without NOFORN sees no more than CONFIDENTIAL: the same view row.
    expect(viewFor(views, reader('SECRET'))).toBe(viewFor(views, reader('CONFIDENTIAL')));
    expect(viewFor(views, reader('SECRET', ['NOFORN']))).toMatchObject({ body: 'public\n\nsecret\n\nconfidential' });
    expect(full(views)).toBe(viewFor(views, reader('TOP SECRET', ['NOFORN'])));
    expect(views).toHaveLength(3);
    // Every class is in exactly one view.
    const masks = views.map((v) => v.mask & ((1 << FULL_VIEW_BIT) - 1));
    expect(masks.reduce((a, b) => a | b, 0)).toBe((1 << FULL_VIEW_BIT) - 1);
    expect(masks.reduce((a, b) => a + b, 0)).toBe((1 << FULL_VIEW_BIT) - 1);
  });

  it('keeps FOUO and SBU portions from uncleared readers without the caveat only', () => {
    const fouo = makeCable({ id: '07X5', classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', subjectMarking: 'U', paragraphs: [['SBU', 'sensitive'], ['U', 'open']] });
    const views = buildTextViews(fouo);
    expect(viewFor(views, reader('UNCLASSIFIED'))?.body).toBe('open');
    expect(viewFor(views, reader('UNCLASSIFIED', ['SBU']))?.body).toBe('sensitive\n\nopen');
    expect(viewFor(views, reader('CONFIDENTIAL'))?.body).toBe('sensitive\n\nopen');
  });

  it('gives no view to a class that may read nothing, and treats unmarked paragraphs like the banner', () => {
    const secret = makeCable({ id: '07X2', classification: 'SECRET', subjectMarking: null, paragraphs: [[null, 'a']] });
    const views = buildTextViews(secret);
    expect(viewFor(views, reader('CONFIDENTIAL'))).toBeUndefined();
    expect(viewFor(views, reader('SECRET'))).toMatchObject({ subject: 'A SUBJECT', body: 'a' });
    const unknown = makeCable({ id: '07X3', classification: null, subjectMarking: null, paragraphs: [[null, 'a']] });
    // An unknown banner reads as TOP SECRET: only the full view and the two TOP SECRET classes.
    expect(buildTextViews(unknown).map((v) => v.mask)).toEqual([(1 << FULL_VIEW_BIT) | (1 << 12) | (1 << 13)]);
  });

  it('indexes the body when no paragraph could be numbered, and strips snippet marker characters', () => {
    const c = { ...makeCable({ id: '07X4', classification: 'UNCLASSIFIED', paragraphs: [] }), body: 'free\u0001text' };
    expect(buildTextViews(c)).toEqual([{ mask: (1 << (FULL_VIEW_BIT + 1)) - 1, subject: 'A SUBJECT', body: 'free text', parts: [0] }]);
  });
});
