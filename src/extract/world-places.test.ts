// The world's cities and regions in the place list, and the names kept out of it.
import { describe, expect, it } from 'vitest';
import { placeCode } from './gazetteer.js';
import { worldPlaces } from './world-places.js';

describe('world places', () => {
  const none = { commonWord: () => false, personName: () => false, otherWord: () => false };

  it('knows large cities and first-level regions, by their ASCII names', () => {
    const world = worldPlaces(none);
    expect(world.get('BUJUMBURA')).toBe('BI');
    expect(world.get('KOLKATA')).toBe('IN');
    expect(world.get('NUEVO LEON')).toBe('MX');
    expect(world.get('WEST BENGAL')).toBe('IN');
  });

  it('leaves out compass and generic words, common words, and below a million people, names of people', () => {
    expect(worldPlaces(none).has('CENTRAL')).toBe(false);
    const checks = { commonWord: (w: string) => w === 'READING', personName: (w: string) => w === 'HAMILTON' || w === 'SANTIAGO', otherWord: () => false };
    const world = worldPlaces(checks);
    expect(world.has('READING')).toBe(false);
    expect(world.has('HAMILTON')).toBe(false);
    // Santiago de Chile has millions: the city keeps its name.
    expect(world.has('SANTIAGO')).toBe(true);
  });

  it('names no country for a city or region, and reads hyphens as spaces', () => {
    expect(placeCode('West Bengal')).toBe('');
    expect(placeCode('Dar-es-Salaam')).toBe('');
    expect(placeCode('Mexico')).toBe('MX');
  });
});
