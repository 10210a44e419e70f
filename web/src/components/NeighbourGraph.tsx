// The neighbour graph (cytoscape, loaded only here): the entity in the middle, its neighbours
// around it sized by how many events and cases they share; choosing a node opens its page. The
// list under the graph gives the same links to keyboard and screen-reader users.
import { useEffect, useRef } from 'react';
import { api, enc, withQuery } from '../api';
import { useLoad } from '../hooks';
import { href, navigate } from '../router';
import { ErrorBox, Loading } from './common';

interface Graph {
  centre: string;
  nodes: Array<{ key: string; schema: string; name: string; sanctions: number; centre: boolean }>;
  edges: Array<{ source: string; target: string; weight: number; via: Array<{ kind: string; key: string; label: string }> }>;
  omitted: number;
}

const COLOURS: Record<string, string> = { Organization: '#1f6feb', Person: '#8250df', Place: '#1a7f37', Item: '#bf8700', Resolution: '#6e7781', Regime: '#6e7781' };

export function NeighbourGraph({ entity }: { entity: string }) {
  const url = withQuery(`/api/entities/${enc(entity)}/graph`);
  const { data, error, loading } = useLoad(url, () => api<Graph>(url));
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!data || !box.current || data.nodes.length < 2) return;
    let cy: { destroy: () => void } | null = null;
    let live = true;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (!live || !box.current) return;
      const instance = cytoscape({
        container: box.current,
        elements: [
          ...data.nodes.map((n) => ({ data: { id: n.key, label: n.name, colour: COLOURS[n.schema] ?? '#57606a', size: n.centre ? 46 : 26 + Math.min(n.sanctions, 1) * 6 } })),
          ...data.edges.map((e) => ({ data: { id: `${e.source}->${e.target}`, source: e.source, target: e.target, width: Math.min(1 + e.weight, 8) } })),
        ],
        style: [
          { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': '140px', 'text-valign': 'bottom', 'text-margin-y': 4 } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#afb8c1', 'curve-style': 'straight' } },
        ],
        layout: { name: 'concentric', concentric: (n: { id: () => string }) => (n.id() === data.centre ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30 },
        wheelSensitivity: 0.3,
      });
      instance.on('tap', 'node', (ev: { target: { id: () => string } }) => {
        const id = ev.target.id();
        if (id !== data.centre) navigate(href(`/entities/${id}`));
      });
      cy = instance;
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [data]);
  if (loading) return <Loading what="neighbours" />;
  if (error || !data) return <ErrorBox error={error} />;
  if (data.nodes.length < 2) return <p>No neighbour you may see.</p>;
  const names = new Map(data.nodes.map((n) => [n.key, n]));
  return (
    <div className="graph">
      <div ref={box} className="graph-canvas" role="img" aria-label={`Graph of ${data.nodes.length - 1} neighbours of ${names.get(data.centre)?.name ?? 'this entity'}`} />
      <ul className="neighbours">
        {data.edges.map((e) => (
          <li key={e.target}>
            <a href={href(`/entities/${e.target}`)}>{names.get(e.target)?.name}</a> <span className="meta">({names.get(e.target)?.schema}; {e.weight} shared: {e.via.slice(0, 2).map((v) => v.label.slice(0, 60)).join('; ')}{e.via.length > 2 ? '…' : ''})</span>
          </li>
        ))}
      </ul>
      {data.omitted > 0 && <p className="meta">{data.omitted} less connected neighbours not shown.</p>}
    </div>
  );
}
