// The case timeline: one lane per kind of event, each event placed at its date (a dot for a day,
// a bar for a month or a year known only), keyboard-focusable; choosing one shows what happened,
// who took part and the source paragraph. The table under the chart lists the same events.
import { useState } from 'react';
import { href } from '../router';

export interface TimelineEvent {
  key: string;
  date: string | null;
  precision: string | null;
  kind: string;
  summary: string;
  actorRefs: Array<{ entity: string; name: string }>;
  items: string[];
  source: { cable: string | null; paragraph: number | null };
}

const W = 900;
const LANE = 34;
const LEFT = 120;
const RIGHT = 20;
const TOP = 10;

const start = (d: string) => Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
function end(d: string): number {
  if (d.length === 4) return Date.parse(`${Number(d) + 1}-01-01`);
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1);
  }
  return start(d) + 86_400_000;
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const dated = events.filter((e) => e.date);
  if (dated.length === 0) return <p>No dated event you may see.</p>;
  const pick = chosen ? events.find((e) => e.key === chosen) : null;
  return (
    <div className="timeline">
      <Chart dated={dated} chosen={chosen} onChoose={(key) => setChosen(key === chosen ? null : key)} />
      {pick && <EventDetail e={pick} />}
      <table className="events">
        <caption className="sr-only">Events in date order</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">What happened</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.key} className={e.key === chosen ? 'chosen' : undefined}>
              <td>{e.date ?? '?'}</td>
              <td>{e.kind}</td>
              <td>{e.summary}</td>
              <td>
                <SourceLink e={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The SVG: lanes by kind, year lines, one focusable marker per dated event. */
function Chart({ dated, chosen, onChoose }: { dated: TimelineEvent[]; chosen: string | null; onChoose: (key: string) => void }) {
  const kinds = [...new Set(dated.map((e) => e.kind))];
  const t0 = Math.min(...dated.map((e) => start(e.date!)));
  const t1 = Math.max(...dated.map((e) => end(e.date!)));
  const pad = (t1 - t0) * 0.03 + 86_400_000;
  const [a, b] = [t0 - pad, t1 + pad];
  const x = (t: number) => LEFT + ((t - a) / (b - a)) * (W - LEFT - RIGHT);
  const height = TOP + kinds.length * LANE + 30;
  const years: number[] = [];
  for (let y = new Date(a).getUTCFullYear() + 1; Date.UTC(y, 0, 1) < b; y++) years.push(y);
  return (
    <svg viewBox={`0 0 ${W} ${height}`} role="group" aria-label={`Timeline of ${dated.length} events by date and kind`} className="timeline-chart">
      {kinds.map((k, i) => (
        <g key={k}>
          <text x={LEFT - 8} y={TOP + i * LANE + LANE / 2 + 4} textAnchor="end" className="lane-label">
            {k}
          </text>
          <line x1={LEFT} x2={W - RIGHT} y1={TOP + i * LANE + LANE / 2} y2={TOP + i * LANE + LANE / 2} className="lane-line" />
        </g>
      ))}
      {years.map((y) => (
        <g key={y}>
          <line x1={x(Date.UTC(y, 0, 1))} x2={x(Date.UTC(y, 0, 1))} y1={TOP} y2={height - 22} className="year-line" />
          <text x={x(Date.UTC(y, 0, 1))} y={height - 8} textAnchor="middle" className="year-label">
            {y}
          </text>
        </g>
      ))}
      {dated.map((e) => (
        <Marker key={e.key} e={e} cy={TOP + kinds.indexOf(e.kind) * LANE + LANE / 2} x0={x(start(e.date!))} x1={x(end(e.date!))} chosen={e.key === chosen} onChoose={onChoose} />
      ))}
    </svg>
  );
}

function Marker({ e, cy, x0, x1, chosen, onChoose }: { e: TimelineEvent; cy: number; x0: number; x1: number; chosen: boolean; onChoose: (key: string) => void }) {
  const label = `${e.kind} ${e.date}: ${e.summary.slice(0, 120)}`;
  return (
    <g
      className={`marker kind-${e.kind}${chosen ? ' chosen' : ''}`}
      tabIndex={0}
      role="button"
      aria-label={label}
      aria-pressed={chosen}
      onClick={() => onChoose(e.key)}
      onKeyDown={(ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          onChoose(e.key);
        }
      }}
    >
      <title>{label}</title>
      {x1 - x0 > 10 ? <rect x={x0} y={cy - 7} width={x1 - x0} height={14} rx={4} /> : <circle cx={(x0 + x1) / 2} cy={cy} r={7} />}
    </g>
  );
}

function SourceLink({ e }: { e: TimelineEvent }) {
  if (!e.source.cable) return <span className="meta">added by hand</span>;
  return <a href={href(`/cables/${e.source.cable}`, { p: String(e.source.paragraph ?? '') })}>{`${e.source.cable} ¶${e.source.paragraph}`}</a>;
}

function EventDetail({ e }: { e: TimelineEvent }) {
  return (
    <section className="event-detail" aria-live="polite" aria-label="Chosen event">
      <h3>
        {e.kind} · {e.date}
      </h3>
      <p>{e.summary}</p>
      {e.actorRefs.length > 0 && (
        <p>
          Taking part:{' '}
          {e.actorRefs.map((a, i) => (
            <span key={a.entity}>
              {i > 0 && ', '}
              <a href={href(`/entities/${a.entity}`)}>{a.name}</a>
            </span>
          ))}
        </p>
      )}
      {e.items.length > 0 && <p>Items: {e.items.join(', ')}</p>}
      <p>
        Source: <SourceLink e={e} />
      </p>
    </section>
  );
}
