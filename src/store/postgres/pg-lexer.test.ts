// The vectors PgLexer builds against to_tsvector's on the same text: equal for every paragraph of the
// sample and for text at the tsvector's limits (positions past 16,383, a word more than 255 times,
// numbers, words mixing letters and digits, a word too long to index, no words at all).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { expect, it } from 'vitest';
import { describePg, freshSchemaUrl } from '../../../test/pg-env.js';
import { parseCable } from '../../cable/parse-cable.js';
import { requireDataDir } from '../../config.js';
import { buildTextIndex } from '../text-views.js';
import { PgLexer, type ViewCounts } from './pg-lexer.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { indexText } from './pg-text.js';
import { PostgresCableStore } from './postgres-cable-store.js';

describePg('PgLexer', (url) => {
  it('builds the vectors to_tsvector builds', async () => {
    const texts = sampleIndexes()
      .flatMap((index) => index.parts)
      .map(indexText);
    texts.push(
      Array.from({ length: 17_000 }, (_, i) => (i % 3 === 0 ? 'reactor' : `w${i % 7}`)).join(' '),
      'the '.repeat(300),
      '1970s 1e5 0x1F 12 007 abc123def 123abc A1 B52 ab12cd34 5th 1st IAEA U S',
      `long ${'x'.repeat(3000)} word`,
      '',
      '  \n\t ',
      'Zurich naive Pyongyang',
      'caf\u00e9 \u041c\u043e\u0441\u043a\u0432\u0430',
    );
    await withClient(url, async (client) => {
      const lexer = new PgLexer();
      const lexed = (await lexer.words(client, texts)).map((ids, i) => (ids ? { vector: lexer.literal(ids), text: '' } : { vector: '', text: texts[i] as string }));
      // Most text takes the fast way, or the test would prove little.
      expect(lexed.filter((l) => l.text === '').length).toBeGreaterThan(texts.length * 0.9);
      const r = await client.query<{ i: number }>(
        `SELECT u.i FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u (t, vector, text, i)
         WHERE (CASE WHEN u.text = '' THEN u.vector::tsvector ELSE to_tsvector('${TEXT_CONFIG}', u.text) END)::text
           IS DISTINCT FROM to_tsvector('${TEXT_CONFIG}', u.t)::text`,
        [texts, lexed.map((l) => l.vector), lexed.map((l) => l.text)],
      );
      expect(r.rows.map((row) => texts[Number(row.i) - 1]?.slice(0, 200))).toEqual([]);
    });
  }, 120_000);

  it('reads a text as it is as it reads the text indexText made of it', async () => {
    const raw = sampleIndexes().flatMap((index) => [...index.parts, ...index.views.map((v) => v.subject)]);
    // Case, punctuation inside and around words, digits, accents, other scripts, control characters.
    raw.push(
      'U.S./USSR e-mail 6.C.3 (IAEA) -- "Quoted" it\'s 1970s',
      'Zürich Ångström naïve CAFÉ',
      'Москва and Paris',
      '\u0001x\u0002y',
      'ÄBC abc ABC',
      '',
      '\u201cQuoted\u201d it\u2019s \u00b6 5 \u00b4a \u2013 b\u00a0c\u2028d',
      'cafe\u0301 e\u0301t\u00e9 a\u0308b',
      '\u00bd \u00b2 x\u00b9 \u2460 \u00aa \u00ba',
      'one\ud83d\ude00two \ud800 three',
      'fi \ufb01x \u212a',
    );
    await withClient(url, async (client) => {
      const asIs = await new PgLexer().words(client, raw);
      const lexer = new PgLexer();
      const indexed = await lexer.words(client, raw.map(indexText));
      const vectors = (words: Array<Int32Array | null>) => words.map((ids) => (ids ? lexer.literal(ids) : null));
      // Numbers differ between two lexers; vectors of one lexer compare the words.
      expect(vectors(await lexer.words(client, raw))).toEqual(vectors(indexed));
      expect(asIs.map((ids) => ids === null)).toEqual(indexed.map((ids) => ids === null));
      expect(indexed.filter((ids) => ids !== null).length).toBeGreaterThan(raw.length * 0.9);
    });
  }, 120_000);

  it('builds the view vectors the server builds from its parts', async () => {
    const views: Array<{ subject: string; parts: string[] }> = sampleIndexes().flatMap((index) =>
      index.views.map((v) => ({ subject: indexText(v.subject), parts: v.parts.map((i) => indexText(index.parts[i] as string)) })),
    );
    // The limits of tsvector_concat: positions past 16,383 once joined, a lexeme over 256 times
    // across parts, in the subject and the body, a part with no words, a view with no parts.
    const long = Array.from({ length: 9000 }, (_, i) => (i % 5 === 0 ? 'reactor' : `w${i % 11}`)).join(' ');
    views.push(
      { subject: 'reactor reactor fuel', parts: [long, long, 'reactor fuel'] },
      { subject: 'the '.repeat(200), parts: ['the '.repeat(200), 'the '.repeat(100), 'x the'] },
      { subject: '', parts: ['', 'a b a', '  ', 'b'] },
      { subject: 'only a subject', parts: [] },
      { subject: `${'w '.repeat(16_400)} end`, parts: ['w end', long] },
    );
    await withClient(url, async (client) => {
      const lexer = new PgLexer();
      // Learnt in batches, as an ingest does: a stem first met in a later batch is the same lexeme.
      const texts = views.flatMap((v) => [v.subject, ...v.parts]);
      const words: Array<Int32Array | null> = [];
      for (let from = 0; from < texts.length; from += 500) words.push(...(await lexer.words(client, texts.slice(from, from + 500))));
      let at = 0;
      const built = views.map((v) => {
        const subject = words[at++];
        const parts = v.parts.map(() => words[at++]);
        return subject && parts.every((p) => p !== null) ? { subject, parts: parts as Int32Array[] } : null;
    });
    // Most views take the fast way, or the test would prove little.
    expect(built.filter((b) => b !== null).length).toBeGreaterThan(views.length * 0.9);
    expect(built.slice(-5).every((b) => b !== null)).toBe(true);
    const array = lexer.viewVectors(built);
    const r = await client.query<{ i: number; server: Buffer }>(
      `WITH p AS (SELECT v.i, setweight(to_tsvector('${TEXT_CONFIG}', v.subject), 'A') || setweight(coalesce(
           (SELECT tsvector_agg(to_tsvector('${TEXT_CONFIG}', p.t) ORDER BY p.j) FROM unnest(string_to_array(v.parts, $4)) WITH ORDINALITY AS p (t, j)), ''), 'B') AS server
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS v (subject, parts, i))
       SELECT p.i, CASE WHEN b.v IS NOT NULL AND b.v::text IS DISTINCT FROM p.server::text THEN NULL ELSE tsvectorsend(p.server) END AS server
       FROM p JOIN unnest($3::tsvector[]) WITH ORDINALITY AS b (v, i) ON b.i = p.i ORDER BY p.i`,
      [views.map((v) => v.subject), views.map((v) => (v.parts.length === 0 ? null : v.parts.join('\u0001'))), array, '\u0001'],
    );
    expect(r.rows.filter((row) => row.server === null).map((row) => views[Number(row.i) - 1]?.subject.slice(0, 200))).toEqual([]);
    // Byte for byte what the server sends of its own vector: lexemes in its order, so that it keeps them as sent.
    let offset = 20; // the array's header: dimensions, null flag, element type, length, lower bound
    const differ = r.rows.flatMap((row, i) => {
      const length = array.readInt32BE(offset);
      offset += 4;
      if (length < 0) return [];
      const sent = array.subarray(offset, offset + length);
      offset += length;
      return sent.equals(row.server) ? [] : [i];
    });
    expect(differ).toEqual([]);
    // The term counts for ranking (ViewCounts) are the vector's: per lexeme its positions, the
    // subject's (A) counted four times, and the vector's number of positions (every 7th view).
    const counts: Array<ViewCounts | null> = [];
    lexer.viewVectors(built, counts);
    const lexemes = await client.query<{ i: string; lexeme: string; positions: number[]; weights: string[] }>(
      'SELECT b.i, u.lexeme, u.positions, u.weights FROM unnest($1::tsvector[]) WITH ORDINALITY AS b (v, i), unnest(b.v) AS u WHERE b.i % 7 = 0',
      [array],
    );
    const server = new Map<number, Map<string, { weighted: number; positions: number[] }>>();
    for (const row of lexemes.rows) {
      const view = server.get(Number(row.i) - 1) ?? new Map();
      view.set(row.lexeme, { weighted: row.weights.reduce((n, w) => n + (w === 'A' ? 4 : 1), 0), positions: row.positions });
      server.set(Number(row.i) - 1, view);
    }
    let compared = 0;
    counts.forEach((c, i) => {
      if (!c || i % 7 !== 6) return;
      const mine = new Map(c.lexemes.map((l, k) => [l, { weighted: c.weighted[k], positions: [...c.positions.subarray(c.starts[k], (c.starts[k] as number) + (c.sizes[k] as number))] }]));
      const theirs = server.get(i) ?? new Map();
      expect(mine).toEqual(theirs);
      expect(c.length).toBe([...theirs.values()].reduce((n, l) => n + l.positions.length, 0));
      compared += 1;
    });
    expect(compared).toBeGreaterThan(views.length / 10);
    });
  }, 120_000);
});

/** The text index of every sample cable, in file order. */
function sampleIndexes(): Array<ReturnType<typeof buildTextIndex>> {
  const dir = path.join(requireDataDir(), 'cables', 'sample', 'text');
  return readdirSync(dir)
    .sort()
    .map((f) => buildTextIndex(parseCable(readFileSync(path.join(dir, f)), f)));
}

/** Runs `body` with a client of a freshly migrated store in a schema of its own. */
async function withClient(url: string, body: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const store = await PostgresCableStore.open(freshSchemaUrl(url));
  try {
    await store.migrate();
    const client = await store.pool.connect();
    try {
      await body(client);
    } finally {
      client.release();
    }
  } finally {
    await store.close();
  }
}
