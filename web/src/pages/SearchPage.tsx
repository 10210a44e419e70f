// Search: words and facet filters (tags with their labels, origin, year, classification) in the
// URL, ranked hits with highlighted snippets, facet counts over all matches the reader may see.
import { type FormEvent, useState } from 'react';
import { api, withQuery } from '../api';
import { ErrorBox, Highlighted, Loading, MarkingBadge, Withheld } from '../components/common';
import { useLoad } from '../hooks';
import { href, navigate } from '../router';

interface Facet {
  value: string;
  count: number;
}
interface Hit {
  id: string;
  created: string | null;
  origin: string | null;
  classification: string | null;
  subject: string | null;
  subjectWithheld?: string;
  score: number;
  snippet: string;
  highlights: Array<[number, number]>;
}
interface Result {
  total: number;
  hits: Hit[];
  facets: { tags: Facet[]; origin: Facet[]; year: Facet[]; classification: Facet[] };
  tagLabels: Record<string, string | null>;
}

export function SearchPage({ query }: { query: URLSearchParams }) {
  const q = query.get('q') ?? '';
  const tags = query.getAll('tag');
  const origin = query.get('origin') ?? '';
  const year = query.get('year') ?? '';
  const classification = query.get('classification') ?? '';
  const filtered = tags.length > 0 || origin || year || classification;
  const state = { q, tag: tags, origin, year, classification };
  const url = withQuery('/api/cables', { q, tag: tags, origin, classification, from: year, to: year, limit: 25 });
  const result = useLoad<Result>(q || filtered ? url : null, () => api<Result>(url));
  const [text, setText] = useState(q);

  const go = (next: Partial<typeof state>) => navigate(href('/', { ...state, ...next }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim() });
  };

  return (
    <div className="search">
      <form role="search" onSubmit={submit} className="searchbar">
        <label htmlFor="q" className="sr-only">
          Search the cables
        </label>
        <input id="q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder='Words, "phrases", OR, -exclude, prefix*' autoFocus />
        <button type="submit">Search</button>
      </form>
      <ErrorBox error={result.error} />
      {!q && !filtered && <p className="hint">Search the cables you may read. Try LIMMT, "graphite cylinders" or iran OR syria.</p>}
      {result.loading && <Loading what="results" />}
      {result.data && (
        <div className="results-layout">
          <Facets result={result.data} state={state} go={go} />
          <section aria-label="Results" className="results">
            <p className="count" aria-live="polite">
              {result.data.total} cable{result.data.total === 1 ? '' : 's'} match
            </p>
            <ol className="hits">
              {result.data.hits.map((h) => (
                <li key={h.id}>
                  <a href={href(`/cables/${h.id}`)} className="hit-id">
                    {h.id}
                  </a>{' '}
                  <MarkingBadge marking={h.classification} /> <span className="meta">{[h.created?.slice(0, 10), h.origin].filter(Boolean).join(' · ')}</span>
                  <div className="subject">{h.subjectWithheld ? <Withheld marking={h.subjectWithheld} /> : h.subject ?? '(no subject)'}</div>
                  {h.snippet && (
                    <p className="snippet">
                      <Highlighted text={h.snippet} ranges={h.highlights} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </div>
  );
}

function Facets({ result, state, go }: { result: Result; state: { tag: string[]; origin: string; year: string; classification: string }; go: (next: Record<string, string | string[]>) => void }) {
  const toggleTag = (t: string) => go({ tag: state.tag.includes(t) ? state.tag.filter((x) => x !== t) : [...state.tag, t] });
  const pick = (key: 'origin' | 'year' | 'classification', v: string) => go({ [key]: state[key] === v ? '' : v });
  return (
    <aside aria-label="Filters" className="facets">
      <fieldset>
        <legend>Tags</legend>
        {result.facets.tags.slice(0, 15).map((f) => (
          <label key={f.value} className="facet">
            <input type="checkbox" checked={state.tag.includes(f.value)} onChange={() => toggleTag(f.value)} />
            <span className="code">{f.value}</span> <span className="label" title={result.tagLabels[f.value] ?? undefined}>{result.tagLabels[f.value] ?? ''}</span> <span className="n">{f.count}</span>
          </label>
        ))}
      </fieldset>
      {(['origin', 'year', 'classification'] as const).map((key) => (
        <fieldset key={key}>
          <legend>{key[0]!.toUpperCase() + key.slice(1)}</legend>
          {result.facets[key].slice(0, 10).map((f) => (
            <label key={f.value} className="facet">
              <input type="checkbox" checked={state[key] === f.value} onChange={() => pick(key, f.value)} />
              <span className="code">{f.value}</span> <span className="n">{f.count}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </aside>
  );
}
