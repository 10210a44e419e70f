// The web UI's entry: signs in with a token, then routes between search, the cable reader,
// screening, cases and entities. The signed-in user's clearance stays in view in the header.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { api, asOfStore, type Me, onUnauthorized, tokenStore, withQuery } from './api';
import { Header } from './components/Header';
import { CablePage } from './pages/CablePage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { EntityPage } from './pages/EntityPage';
import { ScreenPage } from './pages/ScreenPage';
import { SearchPage } from './pages/SearchPage';
import { SignIn } from './pages/SignIn';
import { useRoute } from './router';
import './styles.css';

function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(() => tokenStore.get() !== null);
  const [asOf, setAsOfState] = useState(asOfStore.get());
  const route = useRoute();

  const signOut = useCallback(() => {
    tokenStore.clear();
    setMe(null);
    // The next user starts from the search page, not from what the last one was reading.
    if (window.location.hash.length > 2) window.location.hash = '#/';
  }, []);

  useEffect(() => onUnauthorized(signOut), [signOut]);

  useEffect(() => {
    if (!tokenStore.get()) return;
    api<Me>(withQuery('/api/me')).then(setMe, signOut).finally(() => setChecking(false));
  }, [signOut, asOf]);

  const setAsOf = (day: string) => {
    asOfStore.set(day);
    setAsOfState(day);
  };

  if (checking && !me) return <p className="loading">Checking your session…</p>;
  if (!me) return <SignIn onSignedIn={setMe} />;
  // The access day is part of every page's key, so changing it reloads what is shown.
  const key = `${route.path.join('/')}?${route.query.toString()}@${asOf}`;
  return (
    <>
      <Header me={me} asOf={asOf} onAsOf={setAsOf} onSignOut={signOut} route={route} />
      <main id="main" tabIndex={-1} key={key}>
        <Page me={me} />
      </main>
    </>
  );
}

function Page({ me }: { me: Me }) {
  const { path, query } = useRoute();
  const [section, id] = path;
  if (section === 'cables' && id) return <CablePage id={id} paragraph={query.get('p')} />;
  if (section === 'screen') return <ScreenPage tab={id ?? 'party'} />;
  if (section === 'cases' && id) return <CasePage id={id} />;
  if (section === 'cases') return <CasesPage />;
  if (section === 'entities' && id) return <EntityPage id={id} me={me} />;
  return <SearchPage query={query} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
