// Cases the reader may see, and the follow-up list (requests with no later answer) as of the
// access day, overdue ones highlighted.
import { api, withQuery } from '../api';
import { ErrorBox, Loading } from '../components/common';
import { FollowUps, type FollowUp } from '../components/FollowUps';
import { useLoad } from '../hooks';
import { href } from '../router';

interface CaseSummary {
  id: string;
  title: string;
  status: string;
  subjects: string[];
  events: number;
}

export function CasesPage() {
  const casesUrl = withQuery('/api/cases');
  const followUrl = withQuery('/api/followups');
  const cases = useLoad(casesUrl, () => api<{ cases: CaseSummary[] }>(casesUrl));
  const follow = useLoad(followUrl, () => api<{ asOf: string; followUps: FollowUp[] }>(followUrl));
  return (
    <div className="cases">
      <h1>Cases</h1>
      <ErrorBox error={cases.error} />
      {cases.loading && <Loading what="cases" />}
      {cases.data && cases.data.cases.length === 0 && <p>No case you may see.</p>}
      {cases.data && cases.data.cases.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Subjects</th>
              <th scope="col">Events</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={href(`/cases/${c.id}`)}>{c.title}</a>
                </td>
                <td>{c.subjects.join('; ')}</td>
                <td>{c.events}</td>
                <td>{c.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Follow-ups{follow.data ? ` as of ${follow.data.asOf}` : ''}</h2>
      <ErrorBox error={follow.error} />
      {follow.data && <FollowUps list={follow.data.followUps} showCase />}
    </div>
  );
}
