// The searcher with its helper thread (search-thread.ts) gives what it gives alone: matches ranked
// in two halves and merged, snippets made on two threads, and whatever the thread answers when it
// read another snapshot, failed or is gone (the searcher then runs the statements itself).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classReader, viewSelector, type ViewSelector } from '../../access/reader-class.js';
import { makeCable } from '../cable-store.contract.js';
import { parseSearchRequest, type SearchInput } from '../search-request.js';
import { SearchThread } from './search-thread.js';
import { connectSqlite } from './sqlite-connection.js';
import { SqliteCableStore } from './sqlite-cable-store.js';
import { SqliteSearcher } from './sqlite-search.js';
import { FULL_VIEW } from './text-rowid.js';

const dir = mkdtempSync(path.join(tmpdir(), 'demarche-search-thread-'));
const file = path.join(dir, 'store.db');
const split = process.env.DEMARCHE_SEARCH_SPLIT;

beforeAll(async () => {
  process.env.DEMARCHE_SEARCH_SPLIT = 'always';
  const store = SqliteCableStore.open(file);
  await store.migrate();
  const words = ['uranium', 'centrifuge', 'nuclear program', 'export control', 'missile'];
  const cables = Array.from({ length: 80 }, (_, i) => {
    // Every fifth cable repeats an earlier one's text: equal scores on both sides of the split,
    // which the merge must order by rowid as the one statement does.
    const k = i % 5 === 0 ? 0 : i;
    const text = `${words[k % 5]} ${words[(k * 3 + 1) % 5]} report ${'filler '.repeat(k % 7)}${words[(k * 7 + 2) % 5]}.`;
    return makeCable({
      id: `07THREAD${String(i).padStart(3, '0')}`,
      subject: i % 4 === 0 ? `${words[k % 5]?.toUpperCase()} MATTERS` : 'A SUBJECT',
      classification: i % 3 === 0 ? 'SECRET' : 'UNCLASSIFIED',
      tags: i % 2 === 0 ? ['PARM'] : ['PREL'],
      paragraphs: [
        [i % 3 === 0 ? 'S' : 'U', text],
        ['U', `Unclassified ${words[(k + 4) % 5]} paragraph.`],
      ],
    });
  });
  await store.putCables(cables);
  await store.close();
});

afterAll(() => {
  if (split === undefined) delete process.env.DEMARCHE_SEARCH_SPLIT;
  else process.env.DEMARCHE_SEARCH_SPLIT = split;
  rmSync(dir, { recursive: true, force: true });
});

const inputs: SearchInput[] = [
  { query: 'uranium' },
  { query: 'uranium', limit: 50 },
  { query: 'uranium centrifuge' },
  { query: '"nuclear program"', limit: 3 },
  { query: 'uranium OR missile' },
  { query: 'report -missile', limit: 40 },
  { query: 'centrifug*' },
  { query: 'uranium', tag: ['PARM'] },
  { query: 'absentword' },
  { tag: ['PREL'] },
];
const views: ViewSelector[] = [FULL_VIEW, viewSelector(classReader(0))];

/** Stands in for the thread: answers every request with `reply` (null: nothing came). */
function fakeThread(reply: { version: string; rows: unknown[][] } | null): SearchThread {
  return {
    usable: true,
    spare: true,
    submit: () => ({ wait: () => reply }),
    close: async () => {},
  } as unknown as SearchThread;
}

describe('SqliteSearcher with a helper thread', () => {
  it('gives the same totals, hits, order, scores, snippets and facets as without', async () => {
    const db = connectSqlite(file);
    const alone = new SqliteSearcher(db);
    const thread = SearchThread.start(file);
    // Until it is ready the searcher works alone.
    for (let i = 0; i < 200 && !thread?.usable; i += 1) await new Promise((r) => setTimeout(r, 50));
    let sent = 0;
    if (thread) {
      const submit = thread.submit.bind(thread);
      thread.submit = (jobs) => ((sent += jobs.length), submit(jobs));
    }
    const helped = new SqliteSearcher(db, () => 0, thread);
    const stale = new SqliteSearcher(db, () => 0, fakeThread({ version: 'another snapshot', rows: [[{ pk: 1, rid: '1', rank: -99 }]] }));
    const gone = new SqliteSearcher(db, () => 0, fakeThread(null));
    try {
      for (const view of views) {
        for (const input of inputs) {
          const request = parseSearchRequest(input);
          const expected = alone.searchAt(request, view);
          expect(helped.searchAt(request, view), JSON.stringify(input)).toEqual(expected);
          expect(stale.searchAt(request, view), JSON.stringify(input)).toEqual(expected);
          expect(gone.searchAt(request, view), JSON.stringify(input)).toEqual(expected);
        }
      }
      // The thread did take part, and a broad match has hits on both sides of the split.
      expect(thread?.usable).toBe(true);
      expect(sent).toBeGreaterThan(20);
      expect(alone.searchAt(parseSearchRequest({ query: 'uranium', limit: 50 })).hits.length).toBeGreaterThan(20);
    } finally {
      await helped.close();
      db.close();
    }
  });
});
