// Sign-in with an API token (`demarche user add` prints one); the token is checked against
// GET /api/me before it is kept.
import { type FormEvent, useState } from 'react';
import { api, ApiError, type Me, tokenStore } from '../api';

export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await api<Me>('/api/me', { token: token.trim() });
      tokenStore.set(token.trim());
      onSignedIn(me);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'the server did not answer');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <h1>demarche</h1>
      <p>Nonproliferation casework: cables, screening, cases. Everything you see is cut to your clearance, and every read is audited.</p>
      <form onSubmit={submit} aria-label="Sign in">
        <label htmlFor="token">API token</label>
        <input id="token" name="token" type="password" autoComplete="off" autoFocus required value={token} onChange={(e) => setToken(e.target.value)} placeholder="dmk_…" />
        <button type="submit" disabled={busy || token.trim() === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <p className="hint">
        An administrator creates your user and token with <code>npx demarche user add NAME --clearance SECRET</code>.
      </p>
    </main>
  );
}
