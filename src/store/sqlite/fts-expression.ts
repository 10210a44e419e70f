// Turns a parsed search query into an FTS5 MATCH expression. Every term is emitted as a quoted
// string, so nothing a user types (column filters, NEAR, ^, parentheses, operators) is read as
// FTS5 syntax; only the structure built here is.
import type { SearchQuery, SearchTerm } from '../search-query.js';

export function toFts5(query: SearchQuery): string {
  const positive = query.groups.map((g) => (g.length === 1 ? term(g[0] as SearchTerm) : `(${g.map(term).join(' OR ')})`));
  const expr = positive.join(' AND ');
  if (query.excluded.length === 0) return expr;
  return `(${expr}) NOT (${query.excluded.map(term).join(' OR ')})`;
}

function term(t: SearchTerm): string {
  const quoted = `"${t.text.replace(/"/g, '""')}"`;
  return t.prefix ? `${quoted} *` : quoted;
}
