// Title case for all-caps (or all-lower-case) subjects ("LIMMT INVESTIGATION" -> "LIMMT
// Investigation"), keeping acronyms (cablemap's list), redactions and small words as a reader
// expects. Mixed-case text is left as written.
import { cableVocab } from './vocab.js';

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'the', 'to', 'up', 'via', 'vs']);

export function titlefy(text: string): string {
  const trimmed = text.trim();
  const letters = trimmed.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  // Mixed case is the author's own: keep it.
  if (upper > 0 && upper < letters.length && upper / letters.length <= 0.8) return trimmed;
  const acronyms = cableVocab().acronyms;
  let atStart = true;
  return trimmed.replace(/[A-Za-z0-9][A-Za-z0-9'’.&]*|--|[-/]|[:?!"(]|\s+/g, (token) => {
    if (/^\s+$/.test(token)) return token;
    if (/^(?:--|[:?!"(])$/.test(token) || token === '-') {
      atStart = token !== '-' || atStart;
      return token;
    }
    if (token === '/') return token;
    const out = titleWord(token, acronyms, atStart);
    atStart = false;
    return out;
  }).replace(/ - (\p{Ll})/gu, (_m, c: string) => ` - ${c.toUpperCase()}`);
}

function titleWord(word: string, acronyms: Set<string>, atStart: boolean): string {
  const upper = word.toUpperCase();
  const lower = word.toLowerCase();
  if (/^X{3,}$/i.test(word)) return upper;
  if (!atStart && SMALL.has(lower)) return lower;
  // Listed acronyms, and words without a vowel ("BWC", "CWS"), are acronyms.
  if (acronyms.has(upper) || /^[B-DF-HJ-NP-TV-XZ]{2,}$/i.test(word)) return upper;
  // An acronym with an English ending: "PNG'ING" -> "PNG'ing", "AMB'S" -> "Amb's" when not one.
  const ending = /^(.+?)(['’](?:S|ING|ED))$/i.exec(word);
  if (ending && acronyms.has(ending[1]!.toUpperCase())) return ending[1]!.toUpperCase() + ending[2]!.toLowerCase();
  if (/^\d/.test(word)) return lower;
  // "D'IVOIRE" -> "D'Ivoire", "O'NEILL" -> "O'Neill".
  if (/^[A-Za-z]['’][A-Za-z]{2,}/.test(word)) return upper[0]! + word[1]! + upper[2]! + lower.slice(3);
  return upper[0]! + lower.slice(1);
}
