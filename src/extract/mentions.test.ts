import { describe, expect, it } from 'vitest';
import { extractText } from './extract.js';
import type { Mention } from './types.js';

const AS_OF = new Date(Date.UTC(2007, 7, 2));
const find = (mentions: Mention[], text: string) => mentions.find((m) => m.text === text);

describe('mentions in mixed-case text', () => {
  const { mentions } = extractText(
    'Deputy Chief of Mission Daniel Piccuta met MFA Department of Arms Control and Disarmament officials in Beijing on July 25. ' +
      "He said LIMMT (Dalian FTZ) Economic and Trade Organization shipped graphite cylinders and tungsten powder to Iran's Omid Research and Industrial Company, " +
      'in breach of UNSCR 1747 and Resolution 1737, and that China follows the MTCR, the NSG, the Australia Group and the Wassenaar Arrangement.',
    AS_OF,
  );

  it('keeps a title apart from the person it names', () => {
    const p = find(mentions, 'Deputy Chief of Mission Daniel Piccuta');
    expect(p).toMatchObject({ type: 'PERSON', title: 'Deputy Chief of Mission', normalized: 'Daniel Piccuta', entity: 'person:daniel-piccuta', paragraph: null });
  });

  it('finds ministries, departments and companies', () => {
    expect(find(mentions, 'MFA Department of Arms Control and Disarmament')?.type).toBe('ORGANIZATION');
    expect(find(mentions, 'LIMMT (Dalian FTZ) Economic and Trade Organization')?.type).toBe('ORGANIZATION');
    expect(find(mentions, 'Omid Research and Industrial Company')?.type).toBe('ORGANIZATION');
  });

  it('finds places with their country codes', () => {
    expect(find(mentions, 'Beijing')).toMatchObject({ type: 'PLACE' });
    expect(find(mentions, 'Iran')).toMatchObject({ type: 'PLACE', country: 'IR', entity: 'place:ir' });
    expect(find(mentions, 'China')).toMatchObject({ type: 'PLACE', country: 'CN' });
  });

  it('finds controlled items through the item-screening vocabulary', () => {
    expect(find(mentions, 'graphite cylinders')).toMatchObject({ type: 'ITEM', concepts: ['graphite', 'form'] });
    expect(find(mentions, 'tungsten powder')?.type).toBe('ITEM');
  });

  it('normalises resolutions and regimes', () => {
    expect(find(mentions, 'UNSCR 1747')).toMatchObject({ type: 'RESOLUTION', normalized: 'UNSCR 1747' });
    expect(find(mentions, 'Resolution 1737')).toMatchObject({ type: 'RESOLUTION', normalized: 'UNSCR 1737' });
    const regimes = mentions.filter((m) => m.type === 'REGIME').map((m) => m.normalized);
    expect(regimes).toEqual(['MTCR', 'NSG', 'Australia Group', 'Wassenaar Arrangement']);
  });

  it('resolves dates against the given day, with offsets into the text', () => {
    const d = find(mentions, 'July 25')!;
    expect(d).toMatchObject({ type: 'DATE', normalized: '2007-07-25', date: { precision: 'day' } });
    const text = mentions.map((m) => m.text);
    expect(text).not.toContain('Arms Control');
  });
});

describe('mentions in ALL-CAPS text', () => {
  const text = 'AMBASSADOR MET WITH FOREIGN MINISTER GROMYKO IN MOSCOW ON JUNE 14. GROMYKO SAID THE SOVIET UNION WOULD NOT SHIP MISSILES TO SYRIA UNDER RESOLUTION 242.';
  const { mentions } = extractText(text, new Date(Date.UTC(1974, 6, 1)));

  it('finds names without capitals to go by', () => {
    expect(mentions.some((m) => m.type === 'PLACE' && m.text === 'MOSCOW')).toBe(true);
    expect(mentions.some((m) => m.type === 'PLACE' && m.text === 'SYRIA')).toBe(true);
    const gromyko = mentions.filter((m) => m.type === 'PERSON' && /GROMYKO/.test(m.text));
    expect(gromyko.length).toBeGreaterThan(0);
    expect(new Set(gromyko.map((m) => m.entity)).size).toBe(1);
  });

  it('resolves capitalised dates and resolutions', () => {
    expect(find(mentions, 'JUNE 14')?.normalized).toBe('1974-06-14');
    expect(find(mentions, 'RESOLUTION 242')?.normalized).toBe('UNSCR 242');
  });

  it('offsets point into the text', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
