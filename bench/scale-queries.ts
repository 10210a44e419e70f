// The scale bench's 50 searches: the 30 of bench:ingest plus 20 more of the same kind (words,
// phrases, prefixes, exclusions, filters, browses). Every search computes facets.
import type { SearchInput } from '../src/store/search-request.js';
import { BENCH_QUERIES } from './search-queries.js';

export const SCALE_QUERIES: SearchInput[] = [
  ...BENCH_QUERIES,
  { query: 'heavy water' },
  { query: 'A.Q. Khan network' },
  { query: 'Hezbollah', from: '2006' },
  { query: 'Russia arms' },
  { query: '"nuclear suppliers group"' },
  { query: 'interdiction' },
  { query: 'Proliferation Security Initiative' },
  { query: 'biological weapons' },
  { query: 'machine tools' },
  { query: 'carbon fiber' },
  { query: 'end-use check' },
  { query: 'visa fraud' },
  { query: 'human rights', origin: 'Embassy Beijing' },
  { query: 'election*', classification: 'UNCLASSIFIED' },
  { query: 'oil OR gas pipeline' },
  { query: 'Venezuela -oil' },
  { query: 'Iraq', tag: ['PREL'] },
  { query: 'ambassador met minister' },
  { tag: ['PARM'], from: '2008' },
  { origin: 'Embassy Tokyo' },
];
