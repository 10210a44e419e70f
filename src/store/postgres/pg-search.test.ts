// PostgreSQL search checks of its own: a one-word query's snippet, made from the start of a long
// text when that suffices (matchSnippets), is the snippet ts_headline makes from the whole text.
import pg from 'pg';
import { expect, it } from 'vitest';
import { describePg, freshSchemaUrl } from '../../../test/pg-env.js';
import { makeCable } from '../cable-store.contract.js';
import { parseSearchRequest } from '../search-request.js';
import { highlightMarked } from '../sqlite/snippet.js';
import { parsePgUrl } from './pg-connection.js';
import { TEXT_CONFIG } from './pg-migrations.js';
import { HEADLINE } from './pg-search.js';
import { PostgresCableStore } from './postgres-cable-store.js';

const FILLER = ['the', 'minister', 'of', 'a', 'delegation', 'met', 'on', 'it', 'talks', 'in', 'to', 'an', 'agreement', 'by', 'officials'];

/** A paragraph of `n` words from the filler, with `word` at the given places. */
function paragraph(n: number, seed: number, at: number[] = [], word = 'graphite'): string {
  const words = Array.from({ length: n }, (_, i) => FILLER[(i * 7 + seed) % FILLER.length] as string);
  for (const i of at) words[i] = word;
  return `${words.join(' ')}.`;
}

describePg('PostgreSQL search snippets', (url) => {
  it('gives a one-word query the snippet of the whole text, wherever the word stands in a long cable', async () => {
    const schemaUrl = freshSchemaUrl(url);
    const store = await PostgresCableStore.open(schemaUrl);
    await store.migrate();
    const long = (first: number, at = 5) => Array.from({ length: 40 }, (_, p) => ['U', paragraph(30, p, p === first ? [at] : [])] as [string, string]);
    const cables = [
      makeCable({ id: '07EARLY1', paragraphs: long(0) }),
      // ~4,000 characters in: the word's fragment may run past the end of the start that is parsed first.
      // The word ends a paragraph there, so that the fragment runs on into the next one.
      ...Array.from({ length: 16 }, (_, i) => 15 + i).flatMap((p) => [5, 28, 29].map((at) => makeCable({ id: `07NEAR${p}X${at}`, paragraphs: long(p, at) }))),
      makeCable({ id: '07LATE1', paragraphs: long(35) }),
      makeCable({ id: '07TAIL1', paragraphs: [...long(1), ['U', `graphite ${'a of to in it '.repeat(30)}`]] }),
      makeCable({ id: '07TAG1', paragraphs: long(2).map(([m, t], i) => [m, i === 3 ? `<b ${t}> ${t}` : t] as [string, string]) }),
      makeCable({ id: '07SUBJ1', subject: 'GRAPHITE SHIPMENT', paragraphs: long(30) }),
      makeCable({ id: '07SHORT1', paragraphs: [['U', 'Graphite was shipped.']] }),
    ];
    for (const cable of cables) await store.putCable(cable);
    const t = parsePgUrl(schemaUrl);
    const client = new pg.Client({ connectionString: t.connectionString });
    await client.connect();
    try {
      await client.query(`SET search_path TO ${t.schema}`);
      for (const query of ['graphite', 'graphit*', 'minister']) {
        const { hits, total } = await store.search(parseSearchRequest({ query, limit: 100 }));
        expect(total).toBeGreaterThan(0);
        for (const hit of hits) {
          const row = await client.query<{ s: string }>(
            `SELECT ts_headline('${TEXT_CONFIG}', t.subject || E'\\n\\n' || t.body, to_tsquery('${TEXT_CONFIG}', $1), $2) AS s
             FROM cable_text t JOIN cables c ON c.pk = t.cable_pk WHERE c.id = $3 AND (t.mask & 16384) <> 0`,
            [query === 'graphit*' ? "'graphit':*" : `'${query}'`, HEADLINE, hit.id],
          );
          const whole = highlightMarked((row.rows[0]?.s ?? '').replace(/\s+/g, ' ').trim());
          expect({ id: hit.id, snippet: hit.snippet, highlights: hit.highlights }).toEqual({ id: hit.id, snippet: whole.text, highlights: whole.highlights });
        }
      }
    } finally {
      await client.end();
      await store.close();
    }
  });
});
