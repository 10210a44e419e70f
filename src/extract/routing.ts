// Names in a cable's routing block, the "FM" / "TO" / "INFO" lines under the DTG: one addressee per
// line ("AMEMBASSY DAR ES SALAAM PRIORITY", "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0648"), each a post
// (an organisation) and the place it sits in. The tagger, reading on across the line breaks, runs a
// whole list of addressees into one name; the block's fixed layout is read by rule instead.
import { placeCode } from './gazetteer.js';
import type { NameSpan } from './tagger.js';

/** A post named by its city: the embassy, consulate or mission and the city are one organisation. */
const POST = /^(?:AMEMBASSY|AMCONSUL|AMCONGEN|USINT|USLO|USMISSION|USDEL|AMEMB|MEMBASSY)$/;
/** The Department, then the city it sits in ("SECSTATE WASHDC"): the two are named apart. */
const SEAT = /^(?:SECSTATE|SECDEF|USDOC|CIA|DIA|NSA|JCS|USIA|USCINC[A-Z]*|CINC[A-Z]*|USOECD|USNATO|USUN|USEC)$/;
const PRECEDENCE = /^(?:FLASH|IMMEDIATE|PRIORITY|ROUTINE|NIACT|INFO|BT)$/;
const HEAD = /^(?:FM|TO|INFO)$/;

interface Line {
  start: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

// An addressee line: an optional "FM"/"TO"/"INFO", a post or a seat and its city, then precedence
// and a serial number. Anything longer or in other words is prose, left to the tagger.
function lineNames(line: Line): NameSpan[] {
  const words = [...line.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: line.start + m.index!, end: line.start + m.index! + m[0].length }));
  let i = words.length > 0 && HEAD.test(words[0]!.text) ? 1 : 0;
  let n = words.length;
  while (n > i && (PRECEDENCE.test(words[n - 1]!.text) || /^\d+$/.test(words[n - 1]!.text))) n--;
  if (n <= i || n - i > 6 || words.slice(i, n).some((w) => !/^[A-Z][A-Z./'-]*$/.test(w.text))) return [];
  // "RUEHC/SECSTATE": the routing indicator before the slash names nothing.
  const first = { ...words[i]! };
  const slash = first.text.indexOf('/');
  if (slash > 0 && /^R[A-Z]{3,6}$/.test(first.text.slice(0, slash))) {
    first.start += slash + 1;
    first.text = first.text.slice(slash + 1);
  }
  const span = (type: NameSpan['type'], a: { start: number }, b: { end: number }): NameSpan => ({ type, start: a.start, end: b.end });
  if (POST.test(first.text) && n > i + 1) return [span('ORGANIZATION', first, words[n - 1]!)];
  if (!SEAT.test(first.text)) return [];
  const city = words.slice(i + 1, n);
  if (city.length === 0) return [span('ORGANIZATION', first, first)];
  if (placeCode(city.map((w) => w.text).join(' ')) === null) return [];
  return [span('ORGANIZATION', first, first), span('PLACE', city[0]!, city[city.length - 1]!)];
}

/** Spans for the addressees of the routing block, and the stretches of text the block covers. */
export function routingNames(text: string): { spans: NameSpan[]; covered: Array<[number, number]> } {
  const spans: NameSpan[] = [];
  const covered: Array<[number, number]> = [];
  for (const line of lines(text)) {
    const found = lineNames(line);
    if (found.length === 0) continue;
    spans.push(...found);
    covered.push([line.start, line.start + line.text.length]);
  }
  return { spans, covered };
}
