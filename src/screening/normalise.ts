// Turns a name as written into comparison tokens: Unicode NFKC, transliteration (Han through
// pinyin-pro, every other script through any-ascii), case, punctuation, then legal forms,
// company descriptors and person titles reduced to canonical tokens from the reference tables.
import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { LEGAL_PREFIX, SYMBOL_PREFIX, type PhraseTable, type ReferenceData } from './reference-data.js';

export type NameStyle = 'person' | 'organization' | 'unknown';

export interface NameToken {
  /** The comparison token: a word, or a canonical "~llc" / "#co" token. */
  text: string;
  /** The normalised words it stands for ("co ltd" for "~llc"). */
  source: string;
  /** Transliterated from Arabic or Hebrew script, which leave most vowels unwritten. */
  abjad?: boolean;
  /**
   * Read from Chinese characters: a pinyin syllable one letter off is another character, not a
   * typo, so such words are compared exactly.
   */
  han?: boolean;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const HANGUL = /\p{Script=Hangul}/u;
const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const APOSTROPHES = /['’‘`´ʼʻʿʾ′]/g;
// Words that join name parts but identify nothing.
const CONNECTORS = new Set(['and', 'of', 'the', 'for', 'und', 'et']);

/** Transliterates and cleans a name into lowercase ASCII words, connectors dropped. */
export function baseTokens(text: string): string[] {
  let s = text.normalize('NFKC');
  if (/[^\x00-\x7f]/.test(s)) s = transliterate(s);
  s = s
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    // Dotted abbreviations ("J.P.", "S.A.", "U.S.A.") are one word.
    .replace(/\b(?:[a-z0-9]\.){2,}/g, (m) => ` ${m.replace(/\./g, '')} `);
  const words = s.split(/[^a-z0-9]+/);
  return words.filter((w) => w.length > 0 && !CONNECTORS.has(w));
}

function transliterate(s: string): string {
  if (HAN.test(s)) {
    // Chinese names read syllable by syllable; "surname: head" reads the family-name character
    // the way it is read as a surname (单 = Shan, not Dan).
    s = s.replace(HAN_RUN, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array', surname: 'head' }).join(' ')} `);
  }
  return s
    .split(/(\s+)/)
    .map((word) => {
      if (!/[^\x00-\x7f]/.test(word)) return word;
      const ascii = anyAscii(word);
      // any-ascii writes Hangul syllables as CamelCase ("GimJeongEun"); each syllable is a word part.
      return HANGUL.test(word) ? ascii.replace(/([a-z])([A-Z])/g, '$1 $2') : ascii;
    })
    .join('');
}

export class NameNormaliser {
  constructor(readonly ref: ReferenceData) {}

  /** Comparison tokens for a name written in the given style. */
  tokens(text: string, style: NameStyle): NameToken[] {
    return this.normalise(text, style).tokens;
  }

  /**
   * Comparison tokens, and the style the name turned out to have: a name of unknown kind with a
   * legal form or a company word in it is read as an organisation's.
   */
  normalise(text: string, style: NameStyle): { tokens: NameToken[]; style: NameStyle } {
    const result = this.read(text, style);
    if (ABJAD.test(text)) for (const t of result.tokens) t.abjad = true;
    if (HAN.test(text) && !/[A-Za-z]/.test(text)) for (const t of result.tokens) t.han = true;
    return result;
  }

  private read(text: string, style: NameStyle): { tokens: NameToken[]; style: NameStyle } {
    const words = baseTokens(text);
    if (style === 'person') return { tokens: stripTitles(words, this.ref.personTitles).map(plain), style };
    const edges = legalEdges(words, this.ref);
    const tokens = mapPhrases(words.slice(edges.start, edges.end), this.ref.orgSymbols);
    const organisational = edges.lead !== null || edges.trail !== null || tokens.some((t) => t.text.startsWith(SYMBOL_PREFIX));
    if (style === 'unknown' && !organisational) {
      return { tokens: stripTitles(words, this.ref.personTitles).map(plain), style };
    }
    if (edges.lead) tokens.unshift(edges.lead);
    if (edges.trail) tokens.push(edges.trail);
    return { tokens, style: 'organization' };
  }
}

function plain(word: string): NameToken {
  return { text: word, source: word };
}

/** Drops leading titles ("President", "Dr", "His Excellency") while a name part remains. */
function stripTitles(words: string[], titles: PhraseTable): string[] {
  let start = 0;
  for (let n = longestFrom(words, start, words.length - 1, titles); n > 0; n = longestFrom(words, start, words.length - 1, titles)) {
    start += n;
  }
  return start === 0 ? words : words.slice(start);
}

interface Edges {
  start: number;
  end: number;
  lead: NameToken | null;
  trail: NameToken | null;
}

/**
 * Finds legal forms at the two ends of a name ("OOO ...", "... Co., Ltd.") and collapses each run
 * into one canonical token. Only the ends are looked at: legal-form abbreviations such as "AG" or
 * "SE" are ordinary name parts in the middle of a name. A company word directly before a legal
 * form ("Company Limited") belongs to the form, and one at the very end is a form of its own.
 */
function legalEdges(words: string[], ref: ReferenceData): Edges {
  const forms = ref.legalForms;
  let end = words.length;
  let canonical: string | null = null;
  for (let n = longestEndingAt(words, end, forms); n > 0; n = longestEndingAt(words, end, forms)) {
    canonical ??= forms.map.get(words.slice(end - n, end).join(' '))!;
    end -= n;
  }
  // "Company" and "Corporation" at the very end, or just before a form, are part of the form.
  const formEnd = end;
  while (end > 1 && ref.orgSymbols.map.get(words[end - 1]!) === `${SYMBOL_PREFIX}co`) end -= 1;
  if (canonical === null && end < formEnd) canonical = `${LEGAL_PREFIX}co`;
  const trail: NameToken | null = canonical === null ? null : { text: canonical, source: words.slice(end).join(' ') };
  // A leading form must be a real word ("OOO", "PAO"): two letters at the start are as often
  // initials ("J.P. Morgan") as a form.
  let n = longestFrom(words, 0, end - 1, forms);
  if (n > 0 && words.slice(0, n).join('').length < 3) n = 0;
  const lead = n > 0 ? { text: forms.map.get(words.slice(0, n).join(' '))!, source: words.slice(0, n).join(' ') } : null;
  return { start: n, end, lead, trail };
}

/** Length of the longest phrase of `t` starting at words[start], using at most `limit` words. */
function longestFrom(words: string[], start: number, limit: number, t: PhraseTable): number {
  if (limit - start < 1) return 0;
  let key = words[start]!;
  let best = t.map.has(key) ? 1 : 0;
  for (let n = 2; start + n <= limit && t.prefixes.has(key); n++) {
    key += ` ${words[start + n - 1]!}`;
    if (t.map.has(key)) best = n;
  }
  return best;
}

/** Length of the longest phrase of `t` ending just before words[end], leaving one word before it. */
function longestEndingAt(words: string[], end: number, t: PhraseTable): number {
  if (end < 2) return 0;
  let key = words[end - 1]!;
  let best = t.map.has(key) ? 1 : 0;
  for (let n = 2; end - n >= 1 && t.suffixes.has(key); n++) {
    key = `${words[end - n]!} ${key}`;
    if (t.map.has(key)) best = n;
  }
  return best;
}

/** Replaces descriptor words and phrases ("Corporation", "Trading") with their group token. */
function mapPhrases(words: string[], t: PhraseTable): NameToken[] {
  const out: NameToken[] = [];
  let i = 0;
  while (i < words.length) {
    const n = longestFrom(words, i, words.length, t);
    if (n === 0) {
      out.push(plain(words[i]!));
      i += 1;
      continue;
    }
    const key = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
    out.push({ text: t.map.get(key)!, source: key });
    i += n;
  }
  return out;
}

export { LEGAL_PREFIX, SYMBOL_PREFIX };
