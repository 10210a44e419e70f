import { describe, expect, it } from 'vitest';
import { extractUnits } from './extract.js';

// A made-up cable body: titles alone, short forms and surnames that must corefer.
const units = [
  { paragraph: 1, text: 'On March 3, Ambassador Robert Hale met with Deputy Foreign Minister Li Wenqiang to discuss the Sino-Tech Aerospace Import and Export Corporation (STAIEC).' },
  { paragraph: 2, text: 'Li said STAIEC had stopped its exports. The Ambassador replied that Washington would watch Sino-Tech closely. Vice Minister Li then left for Tokyo.' },
  { paragraph: 3, text: 'As Charge d\'Affaires a.i., Mary Chen raised the case again. The Charge was told that Li was traveling.' },
];
const { mentions } = extractUnits(units, { y: 2008, m: 3, d: 5 }, [{ name: 'Mary Chen', title: 'Deputy Chief of Mission' }]);
const key = (text: string, paragraph?: number) => mentions.find((m) => m.text === text && (paragraph === undefined || m.paragraph === paragraph))?.entity;

describe('resolveCoreference', () => {
  it('joins a surname with the full name and its titled forms', () => {
    const li = key('Deputy Foreign Minister Li Wenqiang');
    expect(li).toBe('person:li-wenqiang');
    expect(key('Li', 2)).toBe(li);
    expect(key('Vice Minister Li')).toBe(li);
    expect(key('Li', 3)).toBe(li);
  });

  it('gives a title alone the person who holds it', () => {
    expect(key('The Ambassador') ?? key('Ambassador')).toBe('person:robert-hale');
    expect(mentions.find((m) => m.entity === 'person:robert-hale' && m.title === 'Ambassador' && m.normalized === 'Robert Hale')).toBeDefined();
  });

  it('links an appositive title and the later title alone to the named person', () => {
    expect(key("Charge d'Affaires a.i.")).toBe('person:mary-chen');
    expect(key('Mary Chen')).toBe('person:mary-chen');
    expect(key('Charge')).toBe('person:mary-chen');
  });

  it('joins an acronym and a short form with the full organisation name', () => {
    const full = mentions.find((m) => m.type === 'ORGANIZATION' && m.text.startsWith('Sino-Tech Aerospace'));
    expect(full).toBeDefined();
    expect(key('STAIEC', 2)).toBe(full!.entity);
    expect(key('Sino-Tech', 2)).toBe(full!.entity);
  });

  it('keys places by country code', () => {
    expect(key('Tokyo')).toBe('place:tokyo');
    expect(key('Washington')).toBe('place:washington');
  });
});
