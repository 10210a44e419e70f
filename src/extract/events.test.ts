import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../cable/parse-cable.js';
import { extractCable, extractText } from './extract.js';

const cable = parseCable(readFileSync(new URL('./fixtures/demarche-cable.txt', import.meta.url)), 'demarche-cable.txt');
const { events, mentions } = extractCable(cable);
const summary = events.map((e) => `${e.paragraph}:${e.kind}@${e.date?.value ?? '-'}`);

describe('findEvents on a cable in the official format', () => {
  it('reads the DTG and paragraphs', () => {
    expect(cable.created?.slice(0, 10)).toBe('2009-04-03');
    expect(cable.paragraphs.map((p) => p.n)).toEqual([1, 2]);
  });

  it('finds the meeting and the demarche delivered at it, dated by the opening date', () => {
    expect(summary).toContain('1:meeting@2009-04-01');
    expect(summary).toContain('1:demarche@2009-04-01');
  });

  it('makes one information-shared event per listed month, with two-digit years', () => {
    expect(summary).toContain('1:info-shared@2008-12');
    expect(summary).toContain('1:info-shared@2009-01');
  });

  it('finds the request, what it asked and the non-response', () => {
    expect(summary).toContain('1:request@2009-02');
    expect(events.find((e) => e.kind === 'request')?.what).toBe("the results of MITI's inquiry");
    const none = events.find((e) => e.kind === 'non-response');
    expect(none?.date).toEqual({ value: '2009-04-03', precision: 'day', approximate: true });
    // The party that has not answered is the one asked.
    expect(none?.recipient).toBe(events.find((e) => e.kind === 'request')?.recipient);
  });

  it('finds the shipment with its item, supplier and consignee', () => {
    const ship = events.find((e) => e.kind === 'shipment');
    expect(ship?.date).toMatchObject({ value: '2008-11', precision: 'month' });
    expect(ship?.items).toEqual(['item:maraging-steel']);
    const omid = mentions.find((m) => m.text === 'Kalaye Electric Company');
    expect(ship?.recipient).toBe(omid?.entity);
    const supplier = mentions.find((m) => m.paragraph === 2 && m.text === 'Bayan Precision');
    expect(supplier?.type).toBe('ORGANIZATION');
    expect(ship?.actors[0]).toBe(supplier?.entity);
    // The short name and the full one with its legal form are one company.
    expect(mentions.find((m) => m.text === 'Bayan Precision Sdn Bhd')?.entity).toBe(supplier?.entity);
  });

  it('leaves out what is only asked for the future', () => {
    expect(events.filter((e) => e.paragraph === 2 && e.kind === 'info-shared')).toEqual([]);
  });
});

describe('findEvents on ALL-CAPS text', () => {
  const text =
    'ON JUNE 14 AMBASSADOR MET WITH FOREIGN MINISTER GROMYKO AND DELIVERED DEMARCHE ON SOVIET SHIPMENT OF SCUD MISSILES TO SYRIA. ' +
    'WE ASKED FOR CLARIFICATION BY JUNE 20. GROMYKO HAS NOT YET RESPONDED.';
  const { events } = extractText(text, new Date(Date.UTC(1974, 5, 25)));
  const of = (kind: string) => events.filter((e) => e.kind === kind);

  it('dates the meeting and the demarche, not the shipment they are about', () => {
    expect(of('meeting')[0]?.date?.value).toBe('1974-06-14');
    expect(of('demarche')[0]?.date?.value).toBe('1974-06-14');
    expect(of('shipment')).toHaveLength(1);
    expect(of('shipment')[0]?.date).toBeNull();
  });

  it('reads "by June 20" as the request\'s deadline, not its date', () => {
    const request = of('request')[0];
    expect(request?.due?.value).toBe('1974-06-20');
    expect(request?.date?.value).toBe('1974-06-14');
  });

  it('finds the non-response as of the day of writing', () => {
    expect(of('non-response')[0]?.date).toMatchObject({ value: '1974-06-25', approximate: true });
  });
});
