import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type AuditEntry, sealEntry, verifyChain } from './audit-chain.js';
import { mayRead, parseCaveats, parseClearance, type Reader } from './clearance.js';
import { cableMarking, combine, formatMarking, paragraphMarking, subjectMarking } from './marking.js';
import { requireRole, roleMay } from './roles.js';
import { hashSecret, newToken, readToken, secretMatches } from './tokens.js';

const reader = (clearance: Reader['clearance'], caveats: string[] = [], asOf = '2026-11-29'): Reader => ({ name: 'r', clearance, caveats, asOf });

describe('markings', () => {
  const cable = { classification: 'SECRET//NOFORN', caveats: [], subjectMarking: 'C' };
  it('unmarked paragraphs take the banner; banner caveats hold for every portion', () => {
    expect(formatMarking(paragraphMarking(cable, { marking: null }))).toBe('SECRET//NOFORN');
    expect(formatMarking(paragraphMarking(cable, { marking: 'C' }))).toBe('CONFIDENTIAL//NOFORN');
    expect(formatMarking(subjectMarking(cable))).toBe('CONFIDENTIAL//NOFORN');
  });
  it('keeps FOUO on unclassified portions only', () => {
    const fouo = { classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', caveats: [] };
    expect(formatMarking(cableMarking(fouo))).toBe('UNCLASSIFIED//FOUO');
    expect(formatMarking(paragraphMarking(fouo, { marking: 'U' }))).toBe('UNCLASSIFIED');
  });
  it('treats an unknown classification as the highest', () => {
    expect(cableMarking({ classification: null, caveats: [] }).level).toBe('TOP SECRET');
  });
  it('combines to the higher level with both caveat sets', () => {
    expect(formatMarking(combine({ level: 'SECRET', caveats: [] }, { level: 'CONFIDENTIAL', caveats: ['NOFORN'] }))).toBe('SECRET//NOFORN');
  });
});

describe('mayRead', () => {
  const secret = { level: 'SECRET' as const, caveats: [] };
  it('compares levels on the lattice', () => {
    expect(mayRead(reader('CONFIDENTIAL'), secret)).toBe(false);
    expect(mayRead(reader('SECRET'), secret)).toBe(true);
    expect(mayRead(reader('TOP SECRET'), secret)).toBe(true);
  });
  it('needs every caveat', () => {
    const nf = { level: 'CONFIDENTIAL' as const, caveats: ['NOFORN'] };
    expect(mayRead(reader('SECRET'), nf)).toBe(false);
    expect(mayRead(reader('SECRET', ['NOFORN']), nf)).toBe(true);
  });
  it('lets FOUO restrict only uncleared readers', () => {
    const fouo = { level: 'UNCLASSIFIED' as const, caveats: ['FOUO'] };
    expect(mayRead(reader('UNCLASSIFIED'), fouo)).toBe(false);
    expect(mayRead(reader('UNCLASSIFIED', ['FOUO']), fouo)).toBe(true);
    expect(mayRead(reader('CONFIDENTIAL'), fouo)).toBe(true);
  });
  it('declassifies on the date, not the day before', () => {
    expect(mayRead(reader('CONFIDENTIAL', [], '2027-08-01'), secret, '2027-08-02')).toBe(false);
    expect(mayRead(reader('CONFIDENTIAL', [], '2027-08-02'), secret, '2027-08-02')).toBe(true);
  });
  it('reads clearances and caveats as people type them', () => {
    expect(parseClearance('secret')).toBe('SECRET');
    expect(parseClearance('TS')).toBe('TOP SECRET');
    expect(() => parseClearance('cosmic')).toThrow(/unknown clearance/);
    expect(parseCaveats(['nf', 'NOFORN,fouo'])).toEqual(['FOUO', 'NOFORN']);
  });
});

describe('roles', () => {
  it('lets analysts edit and only admins manage users', () => {
    expect(roleMay('analyst', 'edit-cases')).toBe(true);
    expect(roleMay('reader', 'edit-cases')).toBe(false);
    expect(() => requireRole({ name: 'bob', role: 'analyst' }, 'manage-users')).toThrow(/needs the role admin/);
  });
});

describe('tokens', () => {
  it('stores a salted hash that checks the secret and nothing else', () => {
    const { token, salt, hash } = newToken(42);
    const parsed = readToken(token)!;
    expect(parsed.userId).toBe(42);
    expect(secretMatches(parsed.secret, { salt, hash })).toBe(true);
    expect(secretMatches(`${parsed.secret}x`, { salt, hash })).toBe(false);
    expect(hashSecret(parsed.secret).hash).not.toBe(hash); // a new salt each time
    expect(readToken('not a token')).toBeNull();
  });
});

describe('audit chain', () => {
  const chain = (): AuditEntry[] => {
    const out: AuditEntry[] = [];
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 4; seq++) {
      const e = sealEntry({ seq, at: `2026-01-0${seq}T00:00:00Z`, actor: 'alice', action: 'read', target: `cable:${seq}`, marking: 'SECRET', details: { n: seq } }, prev);
      out.push(e);
      prev = e.hash;
    }
    return out;
  };
  it('verifies an intact chain', () => {
    expect(verifyChain(chain())).toEqual({ ok: true, entries: 4, broken: null });
  });
  it('detects an edited, a deleted and a reordered row', () => {
    const edited = chain();
    edited[1] = { ...edited[1]!, actor: 'mallory' };
    expect(verifyChain(edited).broken).toEqual({ seq: 2, reason: expect.stringMatching(/edited/) });
    const deleted = chain();
    deleted.splice(2, 1);
    expect(verifyChain(deleted).broken?.seq).toBe(4);
    const reordered = chain();
    [reordered[0], reordered[1]] = [reordered[1]!, reordered[0]!];
    expect(verifyChain(reordered).ok).toBe(false);
  });
});
