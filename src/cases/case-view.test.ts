// A case's title when no person gave one (subject lines invented for these tests).
import { describe, expect, it } from 'vitest';
import type { Statement } from '../entities/types.js';
import { caseTitle } from './case-view.js';

const summary = (value: string): Statement =>
  ({ entity: 'case:1', schema: 'Case', prop: 'summary', value, cable: '08HALVARD12', paragraph: 0, marking: 'UNCLASSIFIED', declassifyOn: null, origin: 'extracted', author: null }) as Statement;
const subjects = [{ name: 'Zarvo Trading Company', entity: 'org:1', sanctions: [] }];

describe('case title', () => {
  it("takes the subject line that named the case's subject", () => {
    expect(caseTitle([summary('ZARVO TRADING INVESTIGATION')], subjects)).toBe('Zarvo Trading Investigation');
  });

  it('passes over a subject line with redactions in it, for the next one or the subjects', () => {
    expect(caseTitle([summary('PRESS CASE AGAINST ZARVO WITH XXXXXXXXXXXX')], subjects)).toBe('Zarvo Trading Company');
    expect(caseTitle([summary('[SOURCE REMOVED] ON ZARVO'), summary('ZARVO SHIPMENT STOPPED')], subjects)).toBe('Zarvo Shipment Stopped');
  });
});
