// Name keys that join entities across cables (names invented for these tests).
import { describe, expect, it } from 'vitest';
import { distinctiveKeys, namesOneBody } from './keys.js';

describe('distinctive keys', () => {
  it('joins an organisation on its full name, and on each half of a name with its acronym defined', () => {
    expect(distinctiveKeys('Organization', 'Halvard Machine Industries Organization (HMIO)')).toEqual([
      'org:halvard-machine-industries-organization-hmio',
      'orgspelt:hlvrd-mchn-indstr-orgnztn-hmio',
      'org:halvard-machine-industries-organization',
      'orgspelt:hlvrd-mchn-indstr-orgnztn',
      'org:hmio',
    ]);
    expect(distinctiveKeys('Organization', 'Halvard Machine Industries Organization')).toEqual([
      'org:halvard-machine-industries-organization',
      'orgspelt:hlvrd-mchn-indstr-orgnztn',
    ]);
  });

  it('joins no cables on a generic name or a half of one, nor on a lone surname', () => {
    expect(distinctiveKeys('Organization', 'Ministry of Defense (MOD)')).toEqual([]);
    expect(distinctiveKeys('Organization', 'National Security Council (Zarvo)')).toEqual([
      'org:national-security-council-zarvo',
      'orgspelt:ntnl-scrt-cncl-zrv',
      'org:zarvo',
    ]);
    // A name with parentheses inside it is not split: its last parenthesis may close only a part.
    expect(distinctiveKeys('Organization', 'Halvard (Nord) Trading Company (HNTC)')).toEqual([
      'org:halvard-nord-trading-company-hntc',
      'orgspelt:hlvrd-nrd-trdng-cmpn-hntc',
    ]);
    // A government's acronym is another government in another country's cables.
    expect(distinctiveKeys('Organization', 'GOB')).toEqual([]);
    expect(distinctiveKeys('Organization', 'GoB')).toEqual([]);
    expect(distinctiveKeys('Organization', 'Government of Zarvo (GOZ)')).not.toContain('org:goz');
    expect(distinctiveKeys('Organization', 'Government of Zarvo (GOZ)')).toContain('org:government-of-zarvo');
    // A common word alone is each cable's own body; a name the sample writes capitalised is not.
    expect(distinctiveKeys('Organization', 'Labor')).toEqual([]);
    expect(distinctiveKeys('Organization', 'Customs')).toEqual([]);
    expect(distinctiveKeys('Organization', 'Zarvotrans')).toEqual(['org:zarvotrans', 'orgspelt:zrvtrn']);
    expect(distinctiveKeys('Person', 'Holgersen')).toEqual([]);
    expect(distinctiveKeys('Person', 'Anna Holgersen')).toEqual(['person:anna-holgersen']);
  });

  it("joins an organisation's other spellings, but not short names or acronyms that only look alike", () => {
    const spelt = (name: string) => distinctiveKeys('Organization', name).filter((k) => k.startsWith('orgspelt:'));
    const same = (a: string, b: string) => {
      expect(spelt(a)).toHaveLength(1);
      expect(spelt(b)).toEqual(spelt(a));
    };
    // Transliterations, a misspelling, a plural.
    same('Zarvo Qods Brigade', 'Zarvo Quds Brigade');
    expect(spelt('Hizballah')).toEqual(['orgspelt:hzblh']);
    expect(spelt('HEZBOLLAH')).toEqual(['orgspelt:hzblh']);
    same('Halvard Aviations Industries', 'Halvard Aviation Industry');
    same('Nuclear Suppler Group', 'Nuclear Supplier Group');
    expect(spelt('Halvard Aviation Industries')).not.toEqual(spelt('Halvard Navigation Industries'));
    // Too few letters of their own to tell apart: "Bank Melli" and "Bank Mali" would outline alike.
    expect(spelt('Bank Melli')).toEqual([]);
    expect(spelt('ZARVOC')).toEqual([]);
    // An acronym in a mixed-case name is kept as written: "HNTC" is not "HNOTC".
    expect(spelt('Holgersen HNTC Trading')).not.toEqual(spelt('Holgersen HNOTC Trading'));
    // A person's name gets no such key: "Said Ali" and "Saad Ali" are two people.
    expect(distinctiveKeys('Person', 'Anna Holgersen').some((k) => k.startsWith('orgspelt:'))).toBe(false);
  });
});

describe('a listed name that says which body it is', () => {
  it('needs a word of its own that the cable writes', () => {
    expect(namesOneBody('ZARVO ASHTAR UNIVERSITY OF TECHNOLOGY', 'Zarvo Ashtar University')).toBe(true);
    expect(namesOneBody('HALVARD', 'Halvard')).toBe(true);
    // An acronym, common words, a listed name met without its own word.
    expect(namesOneBody('ZSO', 'Zarvo Security Organization (ZSO)')).toBe(false);
    expect(namesOneBody('EXTERNAL SECURITY ORGANIZATION', 'External Security Organization')).toBe(false);
    expect(namesOneBody('ZARVOSTAN MILITARY INTELLIGENCE DIRECTORATE', 'Directorate of Military Intelligence')).toBe(false);
  });
});

describe('a name that says which body it is only where it is read', () => {
  it("joins a body named by what it does only to the same name read at the same post", () => {
    expect(distinctiveKeys('Organization', 'Ministry of Tourism', 'embassy-reykjavik')).toEqual(['org:ministry-of-tourism@embassy-reykjavik', 'orgspelt:mnstr-of-trsm@embassy-reykjavik']);
    // Without a post (a cable from Washington, a mission), nothing says whose it is: it stays in its cable.
    expect(distinctiveKeys('Organization', 'Ministry of Tourism')).toEqual([]);
    expect(distinctiveKeys('Organization', 'Social Democratic Party', null)).toEqual([]);
    expect(distinctiveKeys('Organization', 'High Court', 'embassy-reykjavik')).toEqual(['org:high-court@embassy-reykjavik', 'orgspelt:hgh-crt@embassy-reykjavik']);
  });

  it("scopes a country's post by where it is read, but not a mission named by its city", () => {
    expect(distinctiveKeys('Organization', 'Icelandic Embassy', 'embassy-oslo')).toEqual(['org:icelandic-embassy@embassy-oslo', 'orgspelt:iclndc-emb@embassy-oslo']);
    expect(distinctiveKeys('Organization', 'Embassy of Iceland', null)).toEqual([]);
    expect(distinctiveKeys('Organization', 'Embassy Reykjavik', null)).toEqual(['org:embassy-reykjavik', 'orgspelt:emb-rkjvk']);
  });

  it("keeps a body's own name, an acronym it is given with and a body of many countries global", () => {
    expect(distinctiveKeys('Organization', 'Halvard Democratic Party (HDP)', 'embassy-oslo')).toEqual([
      'org:halvard-democratic-party-hdp',
      'orgspelt:hlvrd-dmcrtc-prt-hdp',
      'org:halvard-democratic-party',
      'orgspelt:hlvrd-dmcrtc-prt',
      'org:hdp',
    ]);
    expect(distinctiveKeys('Organization', 'Icelandic Coast Guard', 'embassy-oslo')).toEqual(['org:icelandic-coast-guard', 'orgspelt:iclndc-cst-grd']);
    expect(distinctiveKeys('Organization', 'UN General Assembly', null)).toEqual(['org:un-general-assembly', 'orgspelt:un-gnrl-asmbl']);
  });
});
