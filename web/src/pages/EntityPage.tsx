// An entity as the reader may see it: names, titles, countries, its sanctions-list links (analysts
// confirm or reject them here), the cables that mention it, and the graph of its neighbours.
import { useState } from 'react';
import type { EntityWire as Entity, SanctionsLink as Link } from '../../../src/wire/views.js';
import { api, enc, type Me, withQuery } from '../api';
import { ErrorBox, Loading, MarkingBadge } from '../components/common';
import { NeighbourGraph } from '../components/NeighbourGraph';
import { useLoad } from '../hooks';
import { href } from '../router';

export function EntityPage({ id, me }: { id: string; me: Me }) {
  const url = withQuery(`/api/entities/${enc(id)}`);
  const { data, error, loading, reload } = useLoad(url, () => api<Entity>(url));
  if (loading && !data) return <Loading what="the entity" />;
  if (error || !data) return <ErrorBox error={error} />;
  const mayEdit = me.role === 'analyst' || me.role === 'admin';
  return (
    <article className="entity" aria-labelledby="entity-title">
      <h1 id="entity-title">
        {data.name} <MarkingBadge marking={data.marking} /> <span className="meta">{data.schema}</span>
      </h1>
      {data.names.length > 1 && <p>Also: {data.names.filter((n) => n !== data.name).join('; ')}</p>}
      {data.titles.length > 0 && <p>Titles: {data.titles.join('; ')}</p>}
      {data.countries.length > 0 && <p>Countries: {data.countries.join(', ')}</p>}
      <h2>Sanctions lists</h2>
      <SanctionsLinks entity={data} mayEdit={mayEdit} onChanged={reload} />
      <h2>Neighbours</h2>
      <NeighbourGraph entity={data.key} />
      <h2>Mentions ({data.mentions.length})</h2>
      <ul className="mentions">
        {data.mentions.slice(0, 50).map((m, i) => (
          <li key={i}>
            <a href={href(`/cables/${m.cable}`, { p: String(m.paragraph ?? '') })}>
              {m.cable} ¶{m.paragraph}
            </a>{' '}
            “{m.text}”
          </li>
        ))}
      </ul>
    </article>
  );
}

function SanctionsLinks({ entity, mayEdit, onChanged }: { entity: Entity; mayEdit: boolean; onChanged: () => void }) {
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  if (entity.sanctions.length === 0) return <p>No list entry suggested.</p>;
  const decide = async (l: Link, verb: 'confirm' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/entities/${enc(entity.key)}/${verb}`, { method: 'POST', body: { list: l.list, id: l.id } });
      onChanged();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorBox error={error} />
      <table className="links">
        <thead>
          <tr>
            <th scope="col">List entry</th>
            <th scope="col">Score</th>
            <th scope="col">Status</th>
            {mayEdit && <th scope="col">Decide</th>}
          </tr>
        </thead>
        <tbody>
          {entity.sanctions.map((l) => (
            <tr key={`${l.list}:${l.id}`}>
              <td>
                {l.list} {l.id} <strong>{l.name}</strong> {l.programs.length > 0 && <span className="meta">[{l.programs.join(', ')}]</span>}
              </td>
              <td>{l.score === null ? '–' : l.score.toFixed(3)}</td>
              <td className={`link-${l.status}`}>
                {l.status}
                {l.decidedBy && ` by ${l.decidedBy}`}
              </td>
              {mayEdit && (
                <td>
                  <button type="button" disabled={busy || l.status === 'confirmed'} onClick={() => decide(l, 'confirm')}>
                    Confirm
                  </button>{' '}
                  <button type="button" disabled={busy || l.status === 'rejected'} onClick={() => decide(l, 'reject')}>
                    Reject
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
