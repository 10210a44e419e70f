// A case: its subjects with their sanctions links, the timeline chart of its events by date and
// kind (each linked to its source paragraph), the event list, and its follow-ups.
import { api, enc, withQuery } from '../api';
import { ErrorBox, Loading, MarkingBadge } from '../components/common';
import { FollowUps, type FollowUp } from '../components/FollowUps';
import { type TimelineEvent, Timeline } from '../components/Timeline';
import { useLoad } from '../hooks';
import { href } from '../router';

interface CaseData {
  id: string;
  title: string;
  status: string;
  subjects: Array<{ name: string; entity: string; sanctions: Array<{ list: string; id: string; score: number | null; status: string }> }>;
  events: TimelineEvent[];
  followUps: FollowUp[];
  marking: string;
}

export function CasePage({ id }: { id: string }) {
  const url = withQuery(`/api/cases/${enc(id)}`);
  const { data, error, loading } = useLoad(url, () => api<CaseData>(url));
  if (loading) return <Loading what="the case" />;
  if (error || !data) return <ErrorBox error={error} />;
  return (
    <article className="case" aria-labelledby="case-title">
      <h1 id="case-title">
        {data.title} <MarkingBadge marking={data.marking} /> <span className="meta">{data.status}</span>
      </h1>
      <ul className="subjects">
        {data.subjects.map((s) => (
          <li key={s.entity}>
            Subject: <a href={href(`/entities/${s.entity}`)}>{s.name}</a>
            {s.sanctions.map((l) => (
              <span key={`${l.list}:${l.id}`} className={`link-status link-${l.status}`}>
                {' '}
                {l.list} {l.id} ({l.status}
                {l.score !== null ? `, ${l.score.toFixed(2)}` : ''})
              </span>
            ))}
          </li>
        ))}
      </ul>
      <h2>Timeline</h2>
      <Timeline events={data.events} />
      <h2>Follow-ups</h2>
      <FollowUps list={data.followUps} />
    </article>
  );
}
