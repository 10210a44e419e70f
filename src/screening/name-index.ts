// The candidate index over every listed name: each name's tokens, the postings from token to
// names, and the vocabulary that finds similar tokens. Built once per process from the loaded
// lists; names are stored column-wise in typed arrays to keep the build fast and small.
import type { ListEntry, NameStrength } from '../lists/types.js';
import { NameNormaliser, type NameStyle } from './normalise.js';
import { LEGAL_PREFIX, SYMBOL_PREFIX } from './reference-data.js';
import { Vocabulary } from './vocabulary.js';

/** Legal forms say what kind of company, not which one. */
export const LEGAL_FORM_WEIGHT = 0.3;
/** Descriptors ("Trading", "Industry", "Organization") say it too, if less flatly. */
export const DESCRIPTOR_WEIGHT = 0.5;
/** A single letter is an initial: it narrows a name down little. */
export const INITIAL_WEIGHT = 0.3;

const STRENGTHS: NameStrength[] = ['primary', 'strong', 'weak'];

export class NameIndex {
  readonly vocab = new Vocabulary();
  /** Per name: its entry, the listed text it comes from, strength, person flag, weight. */
  nameEntry: Int32Array;
  readonly nameText: string[] = [];
  nameStrength: Uint8Array;
  namePerson: Uint8Array;
  nameWeight: Float64Array;
  /** Name n's tokens are tokenIds[tokenStart[n] .. tokenStart[n + 1]). */
  tokenStart: Int32Array;
  tokenIds: Int32Array;
  /** Names of each entry, by entry position. */
  readonly entryNames: number[][] = [];
  /** Names holding each token. */
  readonly postings: Int32Array[] = [];
  /** The indexed form of a name when it differs from the listed text (parentheses removed). */
  private readonly variantText = new Map<number, string>();

  constructor(
    readonly entries: ListEntry[],
    readonly normaliser: NameNormaliser,
  ) {
    const b: Builder = { entry: [], strength: [], person: [], starts: [0], tokens: [], postings: [] };
    entries.forEach((entry, e) => {
      this.entryNames.push([]);
      this.addEntry(entry, e, b);
    });
    this.vocab.freeze(this.nameText.length, tokenWeight);
    this.nameEntry = Int32Array.from(b.entry);
    this.nameStrength = Uint8Array.from(b.strength);
    this.namePerson = Uint8Array.from(b.person);
    this.tokenStart = Int32Array.from(b.starts);
    this.tokenIds = Int32Array.from(b.tokens);
    const empty = new Int32Array(0);
    for (let id = 0; id < this.vocab.strings.length; id++) {
      const list = b.postings[id];
      this.postings.push(list ? Int32Array.from(list) : empty);
    }
    this.nameWeight = new Float64Array(this.nameText.length);
    for (let n = 0; n < this.nameText.length; n++) {
      let w = 0;
      for (let p = this.tokenStart[n]!; p < this.tokenStart[n + 1]!; p++) w += this.vocab.weights[this.tokenIds[p]!]!;
      this.nameWeight[n] = w;
    }
  }

  get size(): number {
    return this.nameText.length;
  }

  tokensOf(n: number): Int32Array {
    return this.tokenIds.subarray(this.tokenStart[n]!, this.tokenStart[n + 1]!);
  }

  /** The text that was indexed for name n. */
  variantOf(n: number): string {
    return this.variantText.get(n) ?? this.nameText[n]!;
  }

  strengthOf(n: number): NameStrength {
    return STRENGTHS[this.nameStrength[n]!]!;
  }

  private addEntry(entry: ListEntry, e: number, b: Builder): void {
    const style: NameStyle = entry.type === 'person' ? 'person' : 'organization';
    const seen = new Set<string>();
    // Strongest names first, so that a weak alias equal to a strong name adds nothing.
    const sorted = [...entry.names].sort((x, y) => STRENGTHS.indexOf(x.strength) - STRENGTHS.indexOf(y.strength));
    for (const listed of sorted) {
      for (const variant of nameVariants(listed.name)) {
        const tokens = this.normaliser.tokens(variant, style).map((t) => t.text);
        const key = tokens.join(' ');
        if (tokens.length === 0 || seen.has(key)) continue;
        seen.add(key);
        if (variant !== listed.name) this.variantText.set(this.nameText.length, variant);
        this.addName(e, listed.name, STRENGTHS.indexOf(listed.strength), style === 'person', tokens, b);
      }
    }
  }

  private addName(e: number, text: string, strength: number, person: boolean, tokens: string[], b: Builder): void {
    const n = this.nameText.length;
    this.nameText.push(text);
    b.entry.push(e);
    b.strength.push(strength);
    b.person.push(person ? 1 : 0);
    for (const token of tokens) {
      const id = this.vocab.intern(token);
      b.tokens.push(id);
      const list = (b.postings[id] ??= []);
      // A token twice in one name is one document for the rarity count.
      if (list[list.length - 1] !== n) {
        list.push(n);
        this.vocab.countDocument(id);
      }
    }
    b.starts.push(b.tokens.length);
    this.entryNames[e]!.push(n);
  }
}

interface Builder {
  entry: number[];
  strength: number[];
  person: number[];
  starts: number[];
  tokens: number[];
  postings: number[][];
}

/** A token's weight: its rarity (idf) in the listed names, scaled down for kinds of token that say little. */
export function tokenWeight(token: string, idf: number): number {
  if (token.startsWith(LEGAL_PREFIX)) return idf * LEGAL_FORM_WEIGHT;
  if (token.startsWith(SYMBOL_PREFIX)) return idf * DESCRIPTOR_WEIGHT;
  return token.length === 1 ? idf * INITIAL_WEIGHT : idf;
}

/** A plain word, as opposed to a canonical legal-form or descriptor token. */
export function isWord(token: string): boolean {
  return !token.startsWith(LEGAL_PREFIX) && !token.startsWith(SYMBOL_PREFIX);
}

/**
 * The name, and the name without its parenthesised parts: names carry acronyms and places in
 * parentheses ("BUTEMBO AIRLINES (BAL)", "LIMMT (Dalian FTZ) ...") that the other side often
 * leaves out.
 */
export function nameVariants(name: string): string[] {
  const bare = name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return bare !== name.trim() && bare.length > 0 ? [name, bare] : [name];
}
