// The search query language: structure, clear errors with columns, and that no input can inject
// FTS5 syntax (every accepted query compiles to an expression FTS5 runs without error).
import Sqlite from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, type SearchQuery } from './search-query.js';
import { toFts5 } from './sqlite/fts-expression.js';

const shape = (q: SearchQuery) => ({
  groups: q.groups.map((g) => g.map((t) => `${t.kind === 'phrase' ? `"${t.text}"` : t.text}${t.prefix ? '*' : ''}`)),
  excluded: q.excluded.map((t) => t.text),
});

describe('parseSearchQuery', () => {
  it('reads words, phrases, OR groups, exclusions and prefixes', () => {
    expect(shape(parseSearchQuery('limmt "graphite cylinders" iran OR syria -tuna NOT "fishing rods" nucl*'))).toEqual({
      groups: [['limmt'], ['"graphite cylinders"'], ['iran', 'syria'], ['nucl*']],
      excluded: ['tuna', 'fishing rods'],
    });
  });

  it('chains OR and ignores an explicit AND', () => {
    expect(shape(parseSearchQuery('a OR b OR c AND d'))).toEqual({ groups: [['a', 'b', 'c'], ['d']], excluded: [] });
  });

  it('keeps lower-case or/not/and as words', () => {
    expect(shape(parseSearchQuery('war or peace not'))).toEqual({ groups: [['war'], ['or'], ['peace'], ['not']], excluded: [] });
  });

  it('skips punctuation-only tokens and a dash followed by a space', () => {
    expect(shape(parseSearchQuery('iran - && ; missile'))).toEqual({ groups: [['iran'], ['missile']], excluded: [] });
  });

  it.each([
    ['', /no words/],
    ['   ', /no words/],
    ['"graphite cylinders', /unbalanced quote.*column 1/],
    ['iran "a" "b', /unbalanced quote.*column 10/],
    ['-tuna NOT fish', /only excludes/],
    ['""', /empty phrase at column 1/],
    ['OR iran', /OR at column 1/],
    ['iran OR', /OR at column 6/],
    ['iran OR -syria', /OR at column 6/],
    ['-iran OR syria', /OR at column 7/],
    ['a NOT b OR c', /OR at column 9/],
    ['iran NOT', /NOT at column 6/],
    ['iran * missile', /lone \* at column 6/],
    ['x'.repeat(501), /limit is 500/],
    [Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), /40 terms/],
  ])('rejects %j with a clear error', (input, message) => {
    let error: unknown;
    try {
      parseSearchQuery(input);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(message) });
  });
});

describe('toFts5', () => {
  it('quotes every term and builds the structure itself', () => {
    expect(toFts5(parseSearchQuery('limmt "graphite cylinders" iran OR syria nucl* -tuna'))).toBe(
      '("limmt" AND "graphite cylinders" AND ("iran" OR "syria") AND "nucl" *) NOT ("tuna")',
    );
  });

  it('neutralises FTS5 syntax, column filters and SQL in user input', () => {
    expect(toFts5(parseSearchQuery('subject:iran NEAR(a b) ^c {body}:d'))).toBe(
      '"subject:iran" AND "NEAR(a" AND "b)" AND "^c" AND "{body}:d"',
    );
    expect(toFts5(parseSearchQuery("x'); DROP TABLE cables; --"))).toBe(`"x');" AND "DROP" AND "TABLE" AND "cables;"`);
  });

  it('compiles every accepted query, however hostile, to an expression FTS5 runs', () => {
    const db = new Sqlite(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(subject, body, tokenize = 'porter unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t VALUES (?, ?)').run('LIMMT investigation', 'graphite "cylinders" OR NEAR(x) subject:y');
    const run = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    const pieces = ['"', '-', '*', 'OR', 'NOT', 'AND', 'NEAR', '(', ')', ':', '^', '{', '}', ' ', 'a', 'limmt', 'é', '\u0301', "'", ';', '+'];
    const hostile = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 40 })), (input) => {
        let query: SearchQuery;
        try {
          query = parseSearchQuery(input);
        } catch (e) {
          expect(e).toMatchObject({ code: 'BAD_INPUT' });
          return;
        }
        expect(() => run.get(toFts5(query))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    db.close();
  });
});
