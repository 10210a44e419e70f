// The vectors PgLexer builds against to_tsvector's on the same text: equal for every paragraph of the
// sample and for text at the tsvector's limits (positions past 16,383, a word more than 255 times,
// numbers, words mixing letters and digits, a word too long to index, no words at all).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describePg, freshSchemaUrl } from '../../../test/pg-env.js';
import { parseCable } from '../../cable/parse-cable.js';
import { requireDataDir } from '../../config.js';
import { buildTextIndex } from '../text-views.js';
import { PgLexer } from './pg-lexer.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { indexText } from './pg-text.js';
import { PostgresCableStore } from './postgres-cable-store.js';

describePg('PgLexer', (url) => {
  it('builds the vectors to_tsvector builds', async () => {
    const dir = path.join(requireDataDir(), 'cables', 'sample', 'text');
    const texts = readdirSync(dir)
      .sort()
      .flatMap((f) => buildTextIndex(parseCable(readFileSync(path.join(dir, f)), f)).parts)
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
    const store = await PostgresCableStore.open(freshSchemaUrl(url));
    try {
      await store.migrate();
      const client = await store.pool.connect();
      try {
        const lexed = await new PgLexer().lex(client, texts);
        // Most text takes the fast way, or the test would prove little.
        expect(lexed.filter((l) => l.text === '').length).toBeGreaterThan(texts.length * 0.9);
        const r = await client.query<{ i: number }>(
          `SELECT u.i FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u (t, vector, text, i)
           WHERE (CASE WHEN u.text = '' THEN u.vector::tsvector ELSE to_tsvector('${TEXT_CONFIG}', u.text) END)::text
             IS DISTINCT FROM to_tsvector('${TEXT_CONFIG}', u.t)::text`,
          [texts, lexed.map((l) => l.vector), lexed.map((l) => l.text)],
        );
        expect(r.rows.map((row) => texts[Number(row.i) - 1]?.slice(0, 200))).toEqual([]);
      } finally {
        client.release();
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
