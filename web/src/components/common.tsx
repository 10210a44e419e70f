// Small pieces every page uses: a marking badge, an error box, a loading line, a withheld marker.
import { ApiError } from '../api';

export function MarkingBadge({ marking }: { marking: string | null | undefined }) {
  if (!marking) return null;
  const level = marking.split('//')[0]!.replace(' ', '-');
  return <span className={`badge level-${level}`}>{marking}</span>;
}

export function Withheld({ marking }: { marking: string }) {
  return <span className="withheld">[withheld: {marking}]</span>;
}

export function ErrorBox({ error }: { error: Error | null }) {
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div role="alert" className="error">
      <strong>{error instanceof ApiError && error.status === 404 ? 'Not found' : 'Error'}:</strong> {error.message}
      {issues.length > 1 && (
        <ul>
          {issues.map((i) => (
            <li key={i.path}>
              <code>{i.path}</code>: {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** Text with [start, end) ranges emphasised, as search snippets come. */
export function Highlighted({ text, ranges }: { text: string; ranges: Array<[number, number]> }) {
  const parts: Array<{ t: string; hit: boolean }> = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push({ t: text.slice(at, s), hit: false });
    parts.push({ t: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) parts.push({ t: text.slice(at), hit: false });
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.t}</mark> : <span key={i}>{p.t}</span>))}</>;
}
