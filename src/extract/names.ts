// PERSON, ORGANIZATION and PLACE spans in a text: the trained tagger's spans, with their type
// checked by what the words say (a title before a name makes a person, an organisation head word an
// organisation), plus the cable's signature line.
import { isOrgWord, isTitleWord, placeCode } from './gazetteer.js';
import { caseClass } from './lexicon.js';
import { type NameSpan, type NameType, loadTagger, tagNames } from './tagger.js';
import { mixedCaseNames } from './mixed-case.js';
import { isMixedCase, tokenize } from './tokens.js';

const nameWord = (w: string): boolean => /^[A-Z]/i.test(w) && !isTitleWord(w) && !isOrgWord(w) && caseClass(w) !== 'l' && placeCode(w) === null;

/** The type the words of a span demand, or null when they leave the tagger's guess standing. */
export function typeByWords(words: string[]): NameType | null {
  const last = words[words.length - 1] ?? '';
  const titleAt = words.findIndex((w) => isTitleWord(w));
  if (titleAt >= 0 && titleAt < words.length - 1 && nameWord(last) && !words.some((w) => isOrgWord(w))) return 'PERSON';
  if (words.length > 1 && (isOrgWord(last) || isOrgWord(words[0]!))) return 'ORGANIZATION';
  if (placeCode(words.join(' ')) !== null) return 'PLACE';
  return null;
}

// The last line of a cable body is often the signer's surname alone ("SIRACUSA", "KISSINGER").
function signature(text: string): NameSpan | null {
  const m = /(?:^|\n)[ \t]*([A-Z][A-Za-z'-]{2,}(?:[ \t]+[A-Z][A-Za-z'-]+)?)[ \t]*\s*$/.exec(text);
  if (!m || isTitleWord(m[1]!) || caseClass(m[1]!) === 'l' || placeCode(m[1]!) !== null) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { type: 'PERSON', start, end: start + m[1]!.length };
}

export function nameMentions(text: string): NameSpan[] {
  const tagger = loadTagger();
  const tagged = tagger ? tagNames(tagger, text) : [];
  if (isMixedCase(text)) return mixedCaseNames(text, tokenize(text), tagged);
  const spans = tagged;
  for (const s of spans) {
    const words = tokenize(text.slice(s.start, s.end)).map((t) => t.text);
    s.type = typeByWords(words) ?? s.type;
  }
  const sig = signature(text);
  if (sig && !spans.some((s) => s.start < sig.end && sig.start < s.end)) spans.push(sig);
  return spans.sort((a, b) => a.start - b.start);
}
