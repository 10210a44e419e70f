// Implementation of `demarche search`: ranked hits with highlighted snippets and facet counts.
import type { ReaderArchive, ReaderSearchResult } from '../access/reader-archive.js';
import type { FacetCount } from '../store/cable-store.js';
import { parseSearchRequest, searchAuditDetails } from '../store/search-request.js';
import type { SearchOptions } from './commands/archive-commands.js';
import { usage } from './action.js';
import { bold, dim, printLine } from './output.js';
import { withSession } from './session.js';

type Hit = ReaderSearchResult['hits'][number];

export async function runSearch(words: string[], opts: SearchOptions): Promise<void> {
  const mistyped = words.find((w) => w.startsWith('--'));
  if (mistyped) {
    throw usage(`unknown option ${mistyped} for search (options: --tag, --origin, --classification, --from, --to, --limit, --json)`);
  }
  const query = words.join(' ');
  // Validate before opening the store: a bad query should not depend on the archive existing.
  const request = parseSearchRequest({
    query,
    tag: opts.tag,
    origin: opts.origin,
    classification: opts.classification,
    from: opts.from,
    to: opts.to,
    limit: opts.limit,
  });
  printLine(await withSession(false, 'read', (s) => searchOutput(s.archive, request, query, opts)));
}

/** What `search` prints for this reader: hits, snippets, facets and total from the text they may read. */
export async function searchOutput(
  archive: ReaderArchive,
  request: ReturnType<typeof parseSearchRequest>,
  query: string,
  opts: { json?: boolean },
): Promise<string> {
  const result = await archive.search(request, searchAuditDetails(request, query));
  return opts.json ? JSON.stringify(result, null, 2) : formatResult(result, query);
}

const highlight = process.stdout.isTTY && !process.env.NO_COLOR ? (s: string) => `\x1b[1;33m${s}\x1b[0m` : (s: string) => `[${s}]`;

function formatResult(r: ReaderSearchResult, query: string | undefined): string {
  const what = query && query.trim() ? `"${query.trim()}"` : 'the filters';
  if (r.total === 0) return `no cables match ${what}`;
  const out = [`${r.total} cable${r.total === 1 ? '' : 's'} match ${what}; showing ${r.hits.length}`, ''];
  r.hits.forEach((hit, i) => out.push(...formatHit(hit, i + 1), ''));
  out.push(bold('Facets'));
  out.push(facetLine('tags', r.facets.tags), facetLine('origin', r.facets.origin));
  out.push(facetLine('year', r.facets.year), facetLine('classification', r.facets.classification));
  return out.join('\n');
}

function formatHit(hit: Hit, rank: number): string[] {
  const meta = [hit.created?.slice(0, 10) ?? 'undated', hit.origin, hit.classification].filter(Boolean).join('  ');
  const score = hit.score > 0 ? dim(`  score ${hit.score.toFixed(2)}`) : '';
  const subject = hit.subjectWithheld ? `[withheld: ${hit.subjectWithheld}]` : (hit.subject ?? dim('(no subject)'));
  const lines = [`${String(rank).padStart(3)}. ${bold(hit.id)}  ${meta}${score}`, `     ${subject}`];
  if (hit.snippet) lines.push(`     ${highlighted(hit.snippet, hit.highlights)}`);
  return lines;
}

function highlighted(text: string, ranges: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + highlight(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

function facetLine(name: string, counts: FacetCount[]): string {
  const shown = counts.slice(0, 12).map((f) => `${f.value} ${f.count}`);
  const more = counts.length > 12 ? dim(` … ${counts.length - 12} more`) : '';
  return `  ${name.padEnd(15)}${shown.join(', ') || '(none)'}${more}`;
}
