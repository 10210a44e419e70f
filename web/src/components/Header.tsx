// The header on every page: navigation, the access day, and who is signed in with their clearance
// (always in view: it decides what every page shows).
import type { Me } from '../api';
import type { Route } from '../router';

const NAV: Array<[string, string, string]> = [
  ['#/', 'Search', ''],
  ['#/screen/party', 'Screening', 'screen'],
  ['#/cases', 'Cases', 'cases'],
];

export function Header({ me, asOf, onAsOf, onSignOut, route }: { me: Me; asOf: string; onAsOf: (day: string) => void; onSignOut: () => void; route: Route }) {
  const section = route.path[0] ?? '';
  return (
    <header className="top">
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <span className="brand">demarche</span>
      <nav aria-label="Main">
        {NAV.map(([to, label, key]) => (
          <a key={to} href={to} aria-current={section === key || (key === '' && (section === '' || section === 'cables')) ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <label className="asof">
        Access as of{' '}
        <input type="date" value={asOf} onChange={(e) => onAsOf(e.target.value)} aria-describedby="asof-help" />
        <span id="asof-help" className="sr-only">
          Markings are evaluated on this day; empty means today
        </span>
      </label>
      <span className="who" data-testid="clearance">
        <span className={`badge level-${me.clearance.replace(' ', '-')}`}>{[me.clearance, ...me.caveats].join('//')}</span> {me.name} <span className="role">({me.role})</span>
      </span>
      <button type="button" className="link" onClick={onSignOut}>
        Sign out
      </button>
    </header>
  );
}
