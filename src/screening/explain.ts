// Turns a name score into the explanation a compliance officer reads: which query words met which
// listed words, how similar they are, and what share of the evidence each carries. The shares add
// up to 1 and the name score is Σ weight × credit, so every figure can be checked by hand.
import type { NameScore, PairHow } from './align.js';
import type { ContextFactor } from './context.js';
import type { NameIndex } from './name-index.js';
import type { NameToken } from './normalise.js';
import { LEGAL_PREFIX, SYMBOL_PREFIX } from './reference-data.js';
import type { MatcherParams, PreparedQuery } from './query.js';

export type ExplanationKind = PairHow | 'other-name' | 'query-only' | 'list-only' | 'weak-alias' | 'context' | 'reading';

export interface ExplanationItem {
  kind: ExplanationKind;
  /** The query words, as normalised. */
  query?: string;
  /** The listed words they met (or that went unmatched). */
  listed?: string;
  /** For a word found in another of the entry's names: that name. */
  otherName?: string;
  similarity?: number;
  /** Share of the evidence (all shares add up to 1). */
  weight?: number;
  /** Credit given for this part: similarity, reduced for words found only in another name. */
  credit?: number;
  /** A multiplier applied to the whole score (weak alias, context). */
  factor?: number;
  text: string;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function explainScore(
  index: NameIndex,
  q: PreparedQuery,
  s: NameScore,
  params: MatcherParams,
  context: ContextFactor[],
): ExplanationItem[] {
  const listed = listedTokens(index, s.name);
  const words = (tokens: NameToken[], start: number, len: number): string =>
    tokens.slice(start, start + len).map((t) => display(t)).join(' ');
  const raw: Array<Omit<ExplanationItem, 'text' | 'weight'> & { mass: number }> = [];
  for (const p of s.pairs) {
    raw.push({ kind: p.how, query: words(q.tokens, p.qStart, p.qLen), listed: words(listed, p.cStart, p.cLen), similarity: round(p.sim), credit: round(p.sim), mass: p.weight });
  }
  for (const sup of s.supported) {
    const other = listedTokens(index, sup.name);
    raw.push({
      kind: 'other-name',
      query: display(q.tokens[sup.q]!),
      listed: display(other[sup.token]!),
      otherName: index.nameText[sup.name]!,
      similarity: round(sup.sim),
      credit: round(params.entrySupport * sup.sim),
      mass: sup.weight,
    });
  }
  for (const i of s.missedQuery) raw.push({ kind: 'query-only', query: display(q.tokens[i]!), credit: 0, mass: params.queryMiss * q.weights[i]! });
  const tokens = index.tokensOf(s.name);
  for (const j of s.missedList) {
    raw.push({ kind: 'list-only', listed: display(listed[j]!), credit: 0, mass: params.listMiss * index.vocab.weights[tokens[j]!]! });
  }
  const total = raw.reduce((a, r) => a + r.mass, 0) || 1;
  const items: ExplanationItem[] = raw.map(({ mass, ...r }) => {
    const item: ExplanationItem = { ...r, weight: round(mass / total), text: '' };
    item.text = describe(item, index, tokens, listed);
    return item;
  });
  items.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  if (index.nameStrength[s.name] === 2) {
    items.push({ kind: 'weak-alias', factor: params.weakAlias, text: `weak alias: score × ${params.weakAlias}` });
  }
  for (const c of context) items.push({ kind: 'context', factor: c.factor, text: `${c.fact}: ${c.text}: score × ${c.factor}` });
  return items;
}

function describe(item: ExplanationItem, index: NameIndex, tokens: Int32Array, listed: NameToken[]): string {
  const w = `weight ${item.weight}`;
  switch (item.kind) {
    case 'query-only':
      return `"${item.query}" is not in the listed name, ${w}`;
    case 'list-only':
      return `"${item.listed}" of the listed name is not in the query, ${w}`;
    case 'other-name':
      return `"${item.query}" = "${item.listed}" of another name of the entry, "${item.otherName}" (credit ${item.credit}), ${w}`;
    default: {
      const j = listed.findIndex((t) => display(t) === item.listed);
      const rarity = j >= 0 && item.kind !== 'joined' ? `, ${rarityOf(index, tokens[j]!)}` : '';
      return `"${item.query}" = "${item.listed}" (${item.kind}, similarity ${item.similarity}${rarity}), ${w}`;
    }
  }
}

function rarityOf(index: NameIndex, token: number): string {
  const df = index.vocab.df[token]!;
  const share = df / index.size;
  const label = df <= 3 ? 'rare word' : share < 0.001 ? 'uncommon word' : 'common word';
  return `${label}: in ${df} of ${index.size} listed names`;
}

function display(t: NameToken): string {
  if (t.text.startsWith(LEGAL_PREFIX)) return `${t.source.toUpperCase()} (legal form ${t.text.slice(1).toUpperCase()})`;
  if (t.text.startsWith(SYMBOL_PREFIX)) return `${t.source.toUpperCase()} (company word)`;
  return t.text.toUpperCase();
}

/** What an explanation's word (its `query` or `listed` text, as `display` writes it) is: a company word, a legal form, or a word of a name. */
export function displayedKind(text: string | undefined): 'company word' | 'legal form' | 'word' {
  if (text?.endsWith(' (company word)')) return 'company word';
  if (text && / \(legal form [^)]*\)$/.test(text)) return 'legal form';
  return 'word';
}

/** The listed name's tokens with the words they came from, for display. */
function listedTokens(index: NameIndex, n: number): NameToken[] {
  const strings = index.vocab.strings;
  const ids = index.tokensOf(n);
  const style = index.namePerson[n] === 1 ? 'person' : 'organization';
  const renormalised = index.normaliser.tokens(index.variantOf(n), style);
  if (renormalised.length === ids.length && renormalised.every((t, k) => t.text === strings[ids[k]!])) return renormalised;
  return [...ids].map((id) => ({ text: strings[id]!, source: strings[id]! }));
}
