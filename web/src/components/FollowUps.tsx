// The follow-up list: each request, whom it was asked of, when it was due, and whether it was
// answered; overdue ones stand out (colour and the word OVERDUE, not colour alone).
import type { FollowUp } from '../../../src/wire/views.js';
import { href } from '../router';

export type { FollowUp };

export function FollowUps({ list, showCase = false }: { list: FollowUp[]; showCase?: boolean }) {
  if (list.length === 0) return <p>No follow-up you may see.</p>;
  return (
    <table className="followups">
      <thead>
        <tr>
          <th scope="col">Asked</th>
          <th scope="col">Of</th>
          <th scope="col">What</th>
          <th scope="col">Due</th>
          <th scope="col">State</th>
          {showCase && <th scope="col">Case</th>}
        </tr>
      </thead>
      <tbody>
        {list.map((f, i) => (
          <tr key={`${f.case}:${f.askedOn}:${i}`} className={f.overdue ? 'overdue' : undefined}>
            <td>{f.askedOn}</td>
            <td>{f.askedOf ?? '?'}</td>
            <td>
              {f.what.slice(0, 160)}
              {f.source.cable && (
                <>
                  {' '}
                  <a href={href(`/cables/${f.source.cable}`, { p: String(f.source.paragraph ?? '') })}>
                    {f.source.cable} ¶{f.source.paragraph}
                  </a>
                </>
              )}
            </td>
            <td>{f.dueOn}</td>
            <td>{f.answeredOn ? `answered ${f.answeredOn}` : f.overdue ? <strong>OVERDUE ({f.daysOpen} days open)</strong> : 'open'}</td>
            {showCase && (
              <td>
                <a href={href(`/cases/${f.case}`)}>{f.caseTitle}</a>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
