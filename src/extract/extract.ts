// Extraction for a whole document: a parsed cable (subject as paragraph 0, then each paragraph,
// dates resolved against the DTG) or a plain text (paragraph null, dates against a given day).
// This is the entry point statements, entities and cases build on.
import { cableIdYear } from '../cable/cable-id.js';
import type { Cable } from '../cable/types.js';
import { type Ymd, fromDate, fromIso } from './calendar.js';
import { type KnownPerson, resolveCoreference } from './coref.js';
import { applyDefinitions } from './definitions.js';
import { findEvents } from './events.js';
import { harmonise } from './harmonise.js';
import { textMentions } from './mentions.js';
import { propagateNames } from './propagate.js';
import { isMixedCase } from './tokens.js';
import { type WrittenAs, truecase, writtenForms } from './truecase.js';
import type { Extraction, Mention } from './types.js';

export interface TextUnit {
  paragraph: number | null;
  text: string;
}

/**
 * The day a cable's dates are resolved against: its DTG; for a cable without one (a partial
 * extract) the last day of the year its id gives, so that "September 24" in 03KATHMANDU... is 2003's;
 * else the given fallback.
 */
export function anchorOf(cable: Pick<Cable, 'created' | 'id'>, fallback: Date = new Date()): Ymd {
  if (cable.created) return fromIso(cable.created);
  const year = cable.id ? cableIdYear(cable.id) : null;
  const last = fromDate(fallback);
  if (year !== null && year < last.y) return { y: year, m: 12, d: 31 };
  return last;
}

function knownPeople(cable: Cable): KnownPerson[] {
  return cable.classifiedByNames.map((name) => {
    const at = cable.classifiedBy?.indexOf(name) ?? -1;
    const title = at > 0 ? cable.classifiedBy!.slice(0, at).replace(/[,\s]+$/, '').trim() : '';
    return title ? { name, title } : { name };
  });
}

/**
 * The ALL-CAPS tagger learnt from cables of 1973-79 (the HistoryLab gold); the case lexicon and the
 * mixed-case rules from the sample's cables of 2001-10. A document wholly in capitals dated from 1990
 * on (a plain text: today) is nearer the second: each of its words is written as the sample writes it
 * (truecase.ts) and read by the mixed-case rules. An earlier one is read by the tagger.
 */
export const LEXICON_ERA = 1990;

/** How a document's ALL-CAPS texts are written before the mixed-case rules read them; null: by the tagger. */
function capsForms(mixedTexts: string[], capsTexts: string[], anchor: Ymd): Map<string, WrittenAs> | null {
  if (mixedTexts.length === 0) return anchor.y >= LEXICON_ERA ? new Map() : null;
  if (capsTexts.length === 0) return null;
  return writtenForms(mixedTexts, new Set(capsTexts.flatMap((t) => t.toUpperCase().match(/[A-Z][A-Z'’-]*/g) ?? [])));
}

/** Mentions and events in text units that belong to one document. */
export function extractUnits(units: TextUnit[], anchor: Ymd, known: KnownPerson[] = []): Extraction {
  const texts = new Map(units.map((u) => [u.paragraph, u.text]));
  // Which units are mixed-case prose, read once.
  const mixedUnits = new Set(units.filter((u) => isMixedCase(u.text)).map((u) => u.paragraph));
  const mixed = (m: Mention): boolean => mixedUnits.has(m.paragraph);
  // ALL-CAPS lines of a document whose other texts are mixed case are read as those texts write their
  // words; a document wholly in capitals of our time as the sample writes them (LEXICON_ERA).
  const mixedTexts = units.filter((u) => mixedUnits.has(u.paragraph)).map((u) => u.text);
  const capsTexts = units.filter((u) => !mixedUnits.has(u.paragraph)).map((u) => u.text);
  const forms = capsForms(mixedTexts, capsTexts, anchor);
  const found = units.flatMap((u) => textMentions(u.text, u.paragraph, anchor, forms && !mixedUnits.has(u.paragraph) ? truecase(u.text, forms) : undefined));
  const mentions = applyDefinitions(units, propagateNames(units, harmonise(found, mixed)));
  resolveCoreference(mentions, texts, known);
  // The contract's field order first, extras after: readers of the JSON see the same shape always.
  const ordered = mentions.map(({ type, text, start, end, paragraph, normalized, entity, ...extra }) => ({ type, text, start, end, paragraph, normalized, entity, ...extra }));
  const events = units.flatMap((u) => findEvents(u.text, u.paragraph, ordered.filter((m) => m.paragraph === u.paragraph), anchor));
  return { mentions: ordered, events };
}

export function extractCable(cable: Cable, fallback: Date = new Date()): Extraction {
  const units: TextUnit[] = [];
  if (cable.subject) units.push({ paragraph: 0, text: cable.subject });
  for (const p of cable.paragraphs) units.push({ paragraph: p.n, text: p.text });
  return extractUnits(units, anchorOf(cable, fallback), knownPeople(cable));
}

/** Plain text: one unit, paragraph null, dates resolved against `asOf` (default today). */
export function extractText(text: string, asOf: Date = new Date()): Extraction {
  return extractUnits([{ paragraph: null, text }], fromDate(asOf));
}
