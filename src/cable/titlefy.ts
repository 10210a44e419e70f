// Title case for all-caps subjects ("LIMMT INVESTIGATION" -> "LIMMT Investigation"), keeping
// acronyms (cablemap's list), redactions and small words as a reader expects. Mixed-case text is
// left as written.
import { cableVocab } from './vocab.js';

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'the', 'to', 'up', 'via', 'vs']);

export function titlefy(text: string): string {
  if (/[a-z]/.test(text) && /[A-Z]{2}/.test(text) === false) return text;
  if (/[a-z]/.test(text) && /[A-Z]/.test(text) && !isMostlyUpper(text)) return text;
  const acronyms = cableVocab().acronyms;
  let first = true;
  return text.replace(/[A-Za-z][A-Za-z0-9'’.\/&-]*/g, (word, offset: number) => {
    const out = titleWord(word, acronyms, first, text[offset - 2] === ':' || text[offset - 1] === '"' || text[offset - 1] === '(');
    first = false;
    return out;
  });
}

function isMostlyUpper(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.8;
}

function titleWord(word: string, acronyms: Set<string>, first: boolean, afterBreak: boolean): string {
  const upper = word.toUpperCase();
  if (/^X{3,}$/i.test(word)) return upper;
  const base = upper.replace(/['’]S$/, '');
  if (acronyms.has(upper) || acronyms.has(base)) return acronyms.has(upper) ? upper : base + word.slice(base.length).toLowerCase();
  if (word.includes('-') || word.includes('/')) {
    return word
      .split(/([-/])/)
      .map((part) => (part === '-' || part === '/' ? part : titleWord(part, acronyms, first, afterBreak)))
      .join('');
  }
  const lower = word.toLowerCase();
  if (!first && !afterBreak && SMALL.has(lower)) return lower;
  if (/^\d/.test(word)) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
