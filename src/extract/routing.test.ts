// The routing block of an ALL-CAPS cable: one addressee per line, read by rule. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract.js';
import { routingNames } from './routing.js';

const HEADER = [
  'R 211530Z MAY 74',
  'FM AMEMBASSY BONN',
  'TO RUEHC/SECSTATE WASHDC PRIORITY 2739',
  'INFO AMEMBASSY TEHRAN',
  'AMCONSUL HONG KONG',
  'AMEMBASSY TEL AVIV PRIORITY',
  'USMISSION GENEVA',
  'S E C R E T SECTION 02 OF 02 BONN 08226',
  'THE AMBASSADOR MET FOREIGN MINISTER GENSCHER IN BONN.',
].join('\n');

const named = (text: string, spans: Array<{ type: string; start: number; end: number }>) => spans.map((s) => [s.type, text.slice(s.start, s.end)]);

describe('routingNames', () => {
  it('reads each addressee line as a post with its city, the Department apart from Washington', () => {
    expect(named(HEADER, routingNames(HEADER).spans)).toEqual([
      ['ORGANIZATION', 'AMEMBASSY BONN'],
      ['ORGANIZATION', 'SECSTATE'],
      ['PLACE', 'WASHDC'],
      ['ORGANIZATION', 'AMEMBASSY TEHRAN'],
      ['ORGANIZATION', 'AMCONSUL HONG KONG'],
      ['ORGANIZATION', 'AMEMBASSY TEL AVIV'],
      ['ORGANIZATION', 'USMISSION GENEVA'],
    ]);
  });

  it('leaves prose to the tagger, even a line that starts with a post', () => {
    const text = 'AMEMBASSY LONDON HAS REPORTED THAT THE TALKS WILL GO ON IN GENEVA NEXT WEEK.';
    expect(routingNames(text).spans).toEqual([]);
  });

  it('gives extraction one mention per addressee, not one for the whole list', () => {
    const orgs = extractText(HEADER, new Date(Date.UTC(1974, 4, 21))).mentions.filter((m) => m.type === 'ORGANIZATION').map((m) => m.text);
    expect(orgs).toEqual(expect.arrayContaining(['AMEMBASSY BONN', 'AMEMBASSY TEHRAN', 'AMCONSUL HONG KONG', 'AMEMBASSY TEL AVIV', 'USMISSION GENEVA']));
    expect(orgs.every((o) => !o.includes('\n'))).toBe(true);
  });
});
