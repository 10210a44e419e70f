// The motivating cable (07BEIJING5039, in the shared seeds folder): its mentions, coreference and
// the events the LIMMT case timeline is built from. Skipped where the seeds are not present.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../cable/parse-cable.js';
import { seedsDir } from '../config.js';
import { extractCable } from './extract.js';

const dir = seedsDir();
const file = dir ? path.join(dir, '000_3a4d6ccc219d95fb.txt') : null;

describe.skipIf(!file || !existsSync(file))('extraction on the seed cable 07BEIJING5039', () => {
  const cable = parseCable(readFileSync(file!), file!);
  const { mentions, events } = extractCable(cable);
  // Exact dates only: "for over a year and a half" adds an approximate 2006-02 of its own.
  const at = (kind: string, date: string) => events.filter((e) => e.kind === kind && e.date?.value === date && !e.date.approximate);

  it('yields one information-shared event per month named', () => {
    for (const month of ['2006-02', '2006-03', '2006-07', '2006-10', '2007-03']) expect(at('info-shared', month)).toHaveLength(1);
  });

  it('yields the May 2007 request and its non-response', () => {
    const request = at('request', '2007-05');
    expect(request).toHaveLength(1);
    const none = events.filter((e) => e.kind === 'non-response');
    expect(none).toHaveLength(1);
    expect(none[0]!.paragraph).toBe(request[0]!.paragraph);
  });

  it('yields the July 25 meeting', () => {
    expect(at('meeting', '2007-07-25')).toHaveLength(1);
  });

  it('yields the shipments of both items to Omid', () => {
    const omid = mentions.find((m) => m.text === 'Omid Research and Industrial Company')!;
    const ship = events.find((e) => e.kind === 'shipment' && e.recipient === omid.entity);
    expect(ship?.items).toEqual(['item:graphite-cylinders', 'item:tungsten-powder']);
  });

  it('corefers the Charge, Dan Piccuta and the DCM who classified the cable', () => {
    const keys = new Set(mentions.filter((m) => /Charge|Piccuta/.test(m.text)).map((m) => m.entity));
    expect([...keys]).toEqual(['person:daniel-piccuta']);
  });

  it('corefers Zhang, DG Zhang and Director General Zhang Yan', () => {
    const keys = new Set(mentions.filter((m) => m.type === 'PERSON' && /Zhang/.test(m.text)).map((m) => m.entity));
    expect([...keys]).toEqual(['person:zhang-yan']);
    expect(mentions.find((m) => m.text === 'Director General Zhang Yan')?.title).toBe('Director General');
  });

  it('corefers LIMMT with its full name, the subject line included', () => {
    const keys = new Set(mentions.filter((m) => /LIMMT/.test(m.text)).map((m) => m.entity));
    expect(keys.size).toBe(1);
    expect(mentions.some((m) => m.paragraph === 0 && m.text === 'LIMMT')).toBe(true);
  });

  it('keeps the duration and the resolution', () => {
    expect(mentions.find((m) => m.duration)?.duration).toEqual({ duration: 'P1Y6M', approximate: true });
    expect(mentions.some((m) => m.type === 'RESOLUTION' && m.normalized === 'UNSCR 1747')).toBe(true);
  });
});
