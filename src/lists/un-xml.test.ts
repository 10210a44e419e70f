import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUnXml } from './un-xml.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'consolidated.xml');
const xml = readFileSync(fixture, 'utf8');

describe('parseUnXml', () => {
  const list = parseUnXml(xml, 'consolidated.xml');

  it('reads the list date and both kinds of entry', () => {
    expect(list.id).toBe('un-sc');
    expect(list.date).toBe('2026-01-15');
    expect(list.entries.map((e) => [e.id, e.type, e.reference])).toEqual([
      ['7001', 'person', 'IRi.999'],
      ['7002', 'organization', 'KPe.999'],
    ]);
  });

  it('joins name parts and keeps aliases by quality, splitting "a; b"', () => {
    expect(list.entries[0]!.names).toEqual([
      { name: 'HAMID QASSEMI RAHIM', strength: 'primary' },
      { name: 'حميد قاسمي', strength: 'strong', kind: 'original script' },
      { name: 'Hamid Ghasemi', strength: 'strong', kind: 'Good' },
      { name: 'Hamid Kasemi', strength: 'strong', kind: 'Good' },
      { name: 'Abu Rahim', strength: 'weak', kind: 'Low' },
    ]);
  });

  it('splits an entity name field holding two names and decodes entities', () => {
    expect(list.entries[1]!.names.map((n) => n.name)).toEqual(['ORION AERO SERVICES (OAS)', 'ORION AVIATION COMPANY', 'ORION AIR & SPACE']);
  });

  it('reads dates of birth, nationality and addresses', () => {
    const e = list.entries[0]!;
    expect(e.birthDates).toEqual([
      { text: '1958-04-02', from: 1958, to: 1958, date: '1958-04-02' },
      { text: 'circa 1960', from: 1959, to: 1961 },
    ]);
    expect(e.countries).toEqual(['Iran (Islamic Republic of)', 'Iran']);
    expect(e.programs).toEqual(['Iran']);
  });

  it('names the line of malformed XML', () => {
    const broken = xml.replace('<FIRST_NAME>HAMID</FIRST_NAME>', '<FIRST_NAME>HAMID</FIRSTNAME>');
    expect(() => parseUnXml(broken, 'consolidated.xml')).toThrowError(/^consolidated\.xml:7: not well-formed XML/);
  });

  it('rejects XML that is not the consolidated list, and an entry without DATAID', () => {
    expect(() => parseUnXml('<?xml version="1.0"?><OTHER/>', 'x.xml')).toThrowError(/no CONSOLIDATED_LIST element/);
    const noId = xml.replace('<DATAID>7002</DATAID>', '');
    expect(() => parseUnXml(noId, 'consolidated.xml')).toThrowError('consolidated.xml: ENTITY #1: field DATAID is missing');
  });
});

describe('parseUnXml on malformed XML the validator lets through', () => {
  it('reports an unclosed processing instruction as bad input, not an internal error', () => {
    const xml = '<?xml ver1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>\n';
    expect(() => parseUnXml(xml, 'broken.xml')).toThrowError(expect.objectContaining({ code: 'BAD_INPUT', message: expect.stringMatching(/^broken\.xml: not well-formed XML/) }));
  });
});
