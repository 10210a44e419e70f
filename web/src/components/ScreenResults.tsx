// How screening answers read: party hits with the word-by-word explanation of each score, and
// control-list determinations with their reasons, the questions that would decide a possible
// entry, and threshold flags.
export interface PartyHit {
  list: string;
  id: string;
  name: string;
  matchedName?: string;
  alias?: boolean;
  score: number;
  match: boolean;
  programs?: string[];
  /** The entry's countries (ISO 3166 codes). */
  countries?: string[];
  explanation?: Array<{ kind: string; text: string }>;
}

export interface Determination {
  regime: string;
  entry: string;
  category: string | null;
  eu: string | null;
  status: 'controlled' | 'possible' | 'not-controlled';
  reasons: string[];
  missing: string[];
  flags: string[];
  title: string;
}

export function PartyHits({ hits }: { hits: PartyHit[] }) {
  if (hits.length === 0) return <p>No hit scored 0.5 or more.</p>;
  return (
    <ol className="party-hits">
      {hits.map((h) => (
        <li key={`${h.list}:${h.id}`} className={h.match ? 'hit match' : 'hit'}>
          <div>
            <span className={`status ${h.match ? 'status-controlled' : 'status-possible'}`}>{h.match ? 'MATCH' : 'below threshold'}</span> <strong>{h.score.toFixed(3)}</strong> {h.list} {h.id} <strong>{h.name}</strong>
            {h.programs && h.programs.length > 0 && <span className="meta"> [{h.programs.join(', ')}]</span>}
            {h.countries && h.countries.length > 0 && <span className="meta"> listed in {h.countries.join(', ')}</span>}
            {h.alias && h.matchedName && <div className="meta">via alias "{h.matchedName}"</div>}
          </div>
          {h.explanation && h.explanation.length > 0 && (
            <details>
              <summary>Why this score</summary>
              <ul className="explanation">
                {h.explanation.map((e, i) => (
                  <li key={i}>{e.text}</li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

export function Determinations({ list }: { list: Determination[] }) {
  if (list.length === 0) return <p>No control-list entry with parameter rules matches these goods.</p>;
  return (
    <ul className="determinations">
      {list.map((d) => (
        <li key={`${d.regime}:${d.entry}`}>
          <div>
            <strong>
              {d.regime} {d.entry}
            </strong>{' '}
            {d.title}
            {d.category && <span className="meta"> ({d.regime === 'MTCR' ? `Category ${d.category}` : d.category})</span>}
            {d.eu && d.eu !== d.entry && <span className="meta"> EU {d.eu}</span>} <span className={`status status-${d.status}`}>{d.status}</span>
          </div>
          {d.reasons.length > 0 && (
            <ul className="reasons">
              {d.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          )}
          {d.missing.length > 0 && (
            <div className="questions">
              <p>Questions that would decide it:</p>
              <ul>
                {d.missing.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          {d.flags.map((f, i) => (
            <p key={i} className="flag">
              ! {f}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
