// Hostile input, as properties (fast-check, FUZZ_RUNS cases each, 10,000 in CI): the cable parser, the
// OFAC CSV and UN XML list readers, the search query parser (and what it hands SQLite and
// PostgreSQL), and the item description reader either return a result or report bad input as a
// DemarcheError: never another exception, never a hang, never syntax of ours made from user text.
import Sqlite from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/cable/parse-cable.js';
import { seedsDir } from '../src/config.js';
import { scanQuantities } from '../src/controls/quantity-scan.js';
import { screenItem } from '../src/controls/screen-item.js';
import { DemarcheError } from '../src/errors.js';
import { ALT_COLUMNS, parseOfacCsv, SDN_COLUMNS } from '../src/lists/ofac-csv.js';
import { parseUnXml } from '../src/lists/un-xml.js';
import { toTsquery } from '../src/store/postgres/pg-text.js';
import { parseSearchQuery, type SearchQuery } from '../src/store/search-query.js';
import { toFts5 } from '../src/store/sqlite/fts-expression.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from './fuzz-runs.js';

const params = { numRuns: FUZZ_RUNS };
const seed = seedsDir();
const SEED_CABLE = seed ? readFileSync(path.join(seed, '000_3a4d6ccc219d95fb.txt'), 'latin1') : 'SUBJECT: NONE\n1. (U) Nothing.';
const UN_XML = readFileSync(path.resolve('src/lists/fixtures/consolidated.xml'), 'utf8');
const SDN_CSV = readFileSync(path.resolve('src/lists/fixtures/SDN.CSV'), 'latin1');

/** Text like `base` with random cuts, insertions and repeats: near-valid input finds more than noise. */
function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat(200), fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('\n', '\r\n', '"', ',', '<', '>', '&', '¶', '\u0000', 'SUBJECT:', '(S//NF)', ']]>', '<!--')));
  return fc.array(edit, { maxLength: 8 }).map((edits) =>
    edits.reduce((text, [at, cut, insert]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + insert + text.slice(i + cut);
    }, base),
  );
}

/** Runs `fn`; a DemarcheError is an accepted answer to bad input, anything else fails the property. */
function onlyDemarcheErrors<T>(fn: () => T): T | DemarcheError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DemarcheError) return e;
    throw e;
  }
}

describe('hostile input (fast-check)', () => {
  it('the cable parser never throws and always says why a record is incomplete', () => {
    const input = fc.oneof(mutated(SEED_CABLE), fc.string(), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(input, fc.constantFrom('latin1', 'utf8', 'noise'), fc.uint8Array({ maxLength: 64 }), (text, how, noise) => {
        const bytes = how === 'noise' ? Buffer.concat([Buffer.from(text), noise]) : Buffer.from(text, how);
        const cable = parseCable(bytes, 'fuzz.txt');
        expect(Array.isArray(cable.warnings)).toBe(true);
        if (cable.id === null) expect(cable.warnings.length).toBeGreaterThan(0);
        else expect(cable.id).toMatch(/^[0-9A-Z]+$/);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('the OFAC CSV reader returns rows or a BAD_INPUT naming the file, for any bytes', () => {
    const input = fc.oneof(mutated(SDN_CSV), fc.string(), fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')));
    fc.assert(
      fc.property(input, (text) => {
        for (const columns of [SDN_COLUMNS, ALT_COLUMNS]) {
          const out = onlyDemarcheErrors(() => parseOfacCsv(Buffer.from(text, 'latin1'), columns, 'fuzz.csv'));
          if (out instanceof DemarcheError) {
            expect(out.code).toBe('BAD_INPUT');
            expect(out.message).toMatch(/^fuzz\.csv/);
          } else {
            for (const row of out) expect(row.ent_num).toMatch(/^\d+$/);
          }
        }
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('the UN XML reader returns a list or a BAD_INPUT naming the file, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(UN_XML), fc.string()), (xml) => {
        const out = onlyDemarcheErrors(() => parseUnXml(xml, 'fuzz.xml'));
        if (out instanceof DemarcheError) {
          expect(out.code).toBe('BAD_INPUT');
          expect(out.message).toMatch(/^fuzz\.xml/);
        } else {
          for (const e of out.entries) expect(e.names.length).toBeGreaterThanOrEqual(0);
        }
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('the search query parser accepts or refuses any text, and hands the engines only quoted terms', () => {
    const words = fc.constantFrom('limmt', 'OR', 'NOT', 'AND', '-', '*', '"', '(', ')', ':', '^', 'NEAR', '{subject}', "'", '\\', '&', '|', '!', '<->', ';', '--', 'DROP', 'é', '漢字');
    const input = fc.oneof(fc.string(), fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(input, (text) => {
        const out = onlyDemarcheErrors(() => parseSearchQuery(text));
        if (out instanceof DemarcheError) {
          expect(out.code).toBe('BAD_INPUT');
          return;
        }
        checkFts5(out);
        checkTsquery(out);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);

  it('the item description reader (free text to parameters) never throws and keeps quantities inside the text', () => {
    const parts = fc.constantFrom('graphite', 'tungsten powder', '5 µm', '1.8 g/cm3', '99.9 %', 'diameter 120 mm', '-', '÷', 'x', '10^', '1e308', '..', '°C', 'between', 'and', '/', '±');
    const input = fc.oneof(fc.string(), fc.array(fc.oneof(parts, fc.string({ maxLength: 5 }), fc.double().map(String)), { maxLength: 14 }).map((p) => p.join(' ')));
    fc.assert(
      fc.property(input, (text) => {
        for (const q of scanQuantities(text)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
        }
        const out = onlyDemarcheErrors(() => screenItem(text));
        if (!(out instanceof DemarcheError)) expect(Array.isArray(out.determinations)).toBe(true);
      }),
      params,
    );
  }, FUZZ_TIMEOUT);
});

const fts = new Sqlite(':memory:');
fts.exec("CREATE VIRTUAL TABLE t USING fts5(subject, body, tokenize = 'porter unicode61 remove_diacritics 2'); INSERT INTO t VALUES ('limmt', 'graphite')");
const match = fts.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();

/** FTS5: outside double quotes only our own structure (AND, OR, NOT, parentheses, *, spaces), and SQLite takes it. */
function checkFts5(query: SearchQuery): void {
  const expr = toFts5(query);
  const outside = expr.replace(/"(?:[^"]|"")*"/g, '');
  expect(outside).toMatch(/^(?:\s|AND|OR|NOT|\(|\)|\*)*$/);
  expect(() => match.get(expr)).not.toThrow();
}

/** tsquery: tokens of letters and digits in single quotes, joined by our operators only. */
function checkTsquery(query: SearchQuery): void {
  const tsq = toTsquery(query);
  if (tsq === null) return;
  const outside = tsq.replace(/'[\p{L}\p{N}]+'(?::\*)?/gu, '');
  expect(outside).toMatch(/^(?:\s|&|\||!|<->|\(|\))*$/);
}
