// The search query language, parsed by our own code so that user text never reaches a full-text
// engine's syntax: words, "quoted phrases", OR between terms, a leading - or NOT to exclude, a
// trailing * for a prefix. Terms are ANDed; OR binds tighter ("a b OR c" = a AND (b OR c)).
// Each backend turns the parsed query into its own syntax (FTS5 MATCH, tsquery) with every term quoted.
import { DemarcheError } from '../errors.js';

export interface SearchTerm {
  kind: 'word' | 'phrase';
  /** The term as typed, without quotes, leading - or trailing *. */
  text: string;
  prefix: boolean;
  /** 1-based column in the query where the term starts. */
  column: number;
}

export interface SearchQuery {
  /** All groups must match; within a group any term may (OR). */
  groups: SearchTerm[][];
  /** No matching document may contain any of these. */
  excluded: SearchTerm[];
}

export const MAX_QUERY_LENGTH = 500;
export const MAX_QUERY_TERMS = 32;

type Token =
  | { type: 'term'; term: SearchTerm; negated: boolean }
  | { type: 'OR'; column: number }
  | { type: 'NOT'; column: number }
  | { type: 'AND'; column: number };

/** Parses a query or throws DemarcheError('BAD_INPUT') naming the problem and its column. */
export function parseSearchQuery(input: string): SearchQuery {
  if (input.length > MAX_QUERY_LENGTH) {
    throw bad(`the query is ${input.length} characters long; the limit is ${MAX_QUERY_LENGTH}`, 1);
  }
  const tokens = lex(input);
  const query = group(tokens);
  const count = query.groups.flat().length + query.excluded.length;
  if (count > MAX_QUERY_TERMS) throw bad(`the query has ${count} terms; the limit is ${MAX_QUERY_TERMS}`, 1);
  if (query.groups.length === 0) {
    if (query.excluded.length > 0) {
      throw bad('the query only excludes terms (-word or NOT word): add at least one word to look for', 1);
    }
    throw bad('the query has no words to search for', 1);
  }
  return query;
}

/** True when a term can match anything: it holds at least one letter or digit. */
function searchable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const negated = ch === '-' && i + 1 < input.length && !/\s/.test(input[i + 1] as string);
    const start = negated ? i + 1 : i;
    const read = input[start] === '"' ? readPhrase(input, start) : readWord(input, start);
    i = read.end;
    if (read.token.type !== 'term') tokens.push(read.token);
    else if (searchable(read.token.term.text)) tokens.push({ ...read.token, negated });
  }
  return tokens;
}

function readPhrase(input: string, start: number): { token: Token; end: number } {
  const close = input.indexOf('"', start + 1);
  if (close < 0) {
    throw bad(`unbalanced quote: the phrase opened at column ${start + 1} is never closed`, start + 1);
  }
  const text = input.slice(start + 1, close).trim().replace(/\s+/g, ' ');
  if (!searchable(text)) throw bad(`empty phrase at column ${start + 1}: put words between the quotes`, start + 1);
  const prefix = input[close + 1] === '*';
  let end = close + 1;
  while (input[end] === '*') end += 1;
  return { token: { type: 'term', negated: false, term: { kind: 'phrase', text, prefix, column: start + 1 } }, end };
}

function readWord(input: string, start: number): { token: Token; end: number } {
  let end = start;
  while (end < input.length && !/\s/.test(input[end] as string) && input[end] !== '"') end += 1;
  const raw = input.slice(start, end);
  const column = start + 1;
  // Operators are upper case only, so "or" and "not" in running text stay words.
  if (raw === 'OR' || raw === 'NOT' || raw === 'AND') return { token: { type: raw, column }, end };
  const stripped = raw.replace(/\*+$/, '');
  if (stripped.length === 0 && raw.length > 0) {
    throw bad(`a lone * at column ${column}: put it at the end of a word to search by prefix, e.g. nucl*`, column);
  }
  return { token: { type: 'term', negated: false, term: wordTerm(stripped, stripped !== raw, column) }, end };
}

function wordTerm(text: string, prefix: boolean, column: number): SearchTerm {
  return { kind: 'word', text, prefix, column };
}

function group(tokens: Token[]): SearchQuery {
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  // OR joins the term just before it, which must be a term to look for, not an exclusion.
  let afterPositive = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (token.type === 'AND') {
      // Terms are ANDed anyway; an explicit AND is accepted and changes nothing.
      afterPositive = false;
    } else if (token.type === 'NOT') {
      if (next?.type !== 'term' || next.negated) {
        throw bad(`NOT at column ${token.column} must be followed by a word or phrase to exclude`, token.column);
      }
      excluded.push(next.term);
      afterPositive = false;
      i += 1;
    } else if (token.type === 'OR') {
      const last = groups[groups.length - 1];
      if (!afterPositive || !last || next?.type !== 'term' || next.negated) {
        throw bad(`OR at column ${token.column} needs a word or phrase to look for on both sides`, token.column);
      }
      last.push(next.term);
      i += 1;
    } else if (token.negated) {
      excluded.push(token.term);
      afterPositive = false;
    } else {
      groups.push([token.term]);
      afterPositive = true;
    }
  }
  return { groups, excluded };
}

function bad(message: string, column: number): DemarcheError {
  return new DemarcheError('BAD_INPUT', `bad search query: ${message}`, { details: { column } });
}
