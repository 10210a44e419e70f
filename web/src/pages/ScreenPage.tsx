// Screening: party, item and transaction forms, each answer with its decision, every hit's or
// entry's explanation, and the questions that would decide what is still open.
import { type FormEvent, type ReactNode, useState } from 'react';
import { api } from '../api';
import { ErrorBox } from '../components/common';
import { Determinations, type Determination, PartyHits, type PartyHit } from '../components/ScreenResults';
import { href } from '../router';

const TABS: Array<[string, string]> = [
  ['party', 'Party'],
  ['item', 'Item'],
  ['transaction', 'Transaction'],
];

export function ScreenPage({ tab }: { tab: string }) {
  return (
    <div className="screen">
      <h1>Screening</h1>
      <nav aria-label="Screening forms" className="tabs">
        {TABS.map(([key, label]) => (
          <a key={key} href={href(`/screen/${key}`)} aria-current={tab === key ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      {tab === 'item' ? <ItemForm /> : tab === 'transaction' ? <TransactionForm /> : <PartyForm />}
    </div>
  );
}

/** Runs a POST and keeps its answer or error. */
function usePost<T>() {
  const [state, setState] = useState<{ data: T | null; error: Error | null; busy: boolean }>({ data: null, error: null, busy: false });
  const run = async (path: string, body: unknown) => {
    setState({ data: null, error: null, busy: true });
    try {
      setState({ data: await api<T>(path, { method: 'POST', body }), error: null, busy: false });
    } catch (e) {
      setState({ data: null, error: e as Error, busy: false });
    }
  };
  return { ...state, run };
}

function Form({ label, onSubmit, busy, children }: { label: string; onSubmit: () => void; busy: boolean; children: ReactNode }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} aria-label={label} className="form">
      {children}
      <button type="submit" disabled={busy}>
        {busy ? 'Screening…' : 'Screen'}
      </button>
    </form>
  );
}

const params = (text: string) => text.split(/\n|;/).map((s) => s.trim()).filter(Boolean);

interface PartyResult {
  threshold: number;
  lists: Array<{ id: string; date: string | null }>;
  hits: PartyHit[];
}

function PartyForm() {
  const [f, setF] = useState({ name: '', type: '', country: '', dob: '' });
  const post = usePost<PartyResult>();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  return (
    <>
      <Form label="Screen a party" busy={post.busy} onSubmit={() => post.run('/api/screen/party', { name: f.name, type: f.type || undefined, country: f.country || undefined, dob: f.dob || undefined })}>
        <label>
          Name <input required value={f.name} onChange={set('name')} placeholder="LIMMT (Dalian FTZ) Economic and Trade Organization" />
        </label>
        <label>
          Type{' '}
          <select value={f.type} onChange={set('type')}>
            <option value="">any</option>
            <option value="organization">organization</option>
            <option value="person">person</option>
          </select>
        </label>
        <label>
          Country <input value={f.country} onChange={set('country')} placeholder="CN" size={8} />
        </label>
        <label>
          Date of birth <input value={f.dob} onChange={set('dob')} placeholder="YYYY[-MM[-DD]]" size={12} />
        </label>
      </Form>
      <ErrorBox error={post.error} />
      {post.data && (
        <section aria-label="Party result" className="result">
          <p className={`decision ${post.data.hits.some((h) => h.match) ? 'decision-prohibited' : 'decision-clear'}`}>
            {post.data.hits.filter((h) => h.match).length > 0 ? `${post.data.hits.filter((h) => h.match).length} match(es)` : 'No match'} at the {post.data.threshold} threshold
          </p>
          <p className="meta">Lists: {post.data.lists.map((l) => `${l.id} ${l.date ?? 'undated'}`).join(', ')}</p>
          <PartyHits hits={post.data.hits} />
        </section>
      )}
    </>
  );
}

interface ItemResult {
  parameters: Array<{ name: string; display?: string; value?: unknown; text?: string }>;
  determinations: Determination[];
  candidates: Array<{ eu: string; text: string; decidedByRules: boolean }>;
}

function ItemForm() {
  const [description, setDescription] = useState('');
  const [param, setParam] = useState('');
  const post = usePost<ItemResult>();
  return (
    <>
      <Form label="Screen an item" busy={post.busy} onSubmit={() => post.run('/api/screen/item', { description, param: params(param) })}>
        <label>
          Description <input required value={description} onChange={(e) => setDescription(e.target.value)} placeholder="graphite cylinders, 1.85 g/cm3, grain 20 µm, 150 mm diameter" />
        </label>
        <label>
          Parameters <textarea value={param} onChange={(e) => setParam(e.target.value)} rows={2} placeholder="one name=value per line, e.g. purity=99.9%" />
        </label>
      </Form>
      <ErrorBox error={post.error} />
      {post.data && (
        <section aria-label="Item result" className="result">
          <p className="meta">Parameters read: {post.data.parameters.filter((p) => p.name !== 'unassigned').map((p) => `${p.name} ${p.display ?? String(p.value ?? '')}`).join('; ') || 'none'}</p>
          <Determinations list={post.data.determinations} />
          {post.data.candidates.length > 0 && (
            <>
              <h3>EU Annex I entries found by words (legal text, not a determination)</h3>
              <ul className="candidates">
                {post.data.candidates.map((c) => (
                  <li key={c.eu}>
                    <strong>{c.eu}</strong> {c.text.slice(0, 200)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

interface TransactionResult {
  decision: string;
  reasons: string[];
  party: { threshold: number; matches: PartyHit[]; possible: PartyHit[] };
  item: { determinations: Determination[] };
  destination: { country: string; date: string; measures: Array<{ id: string; resolution: string; paragraph: string; kind: string; scope: { text: string } }> };
}

function TransactionForm() {
  const [f, setF] = useState({ party: '', item: '', to: '', date: '', param: '' });
  const post = usePost<TransactionResult>();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const d = post.data;
  return (
    <>
      <Form label="Screen a transaction" busy={post.busy} onSubmit={() => post.run('/api/screen/transaction', { party: f.party, item: f.item, to: f.to, date: f.date, param: params(f.param) })}>
        <label>
          Party <input required value={f.party} onChange={set('party')} placeholder="Omid Research and Industrial Company" />
        </label>
        <label>
          Item <input required value={f.item} onChange={set('item')} placeholder="graphite cylinders" />
        </label>
        <label>
          To (country code) <input required value={f.to} onChange={set('to')} placeholder="IR" size={4} />
        </label>
        <label>
          Shipment date <input required type="date" value={f.date} onChange={set('date')} />
        </label>
        <label>
          Item parameters <textarea value={f.param} onChange={set('param')} rows={2} placeholder="one name=value per line" />
        </label>
      </Form>
      <ErrorBox error={post.error} />
      {d && (
        <section aria-label="Transaction result" className="result">
          <p className={`decision decision-${d.decision}`} data-testid="decision">
            {d.decision.toUpperCase()}
          </p>
          <ul className="reasons">
            {d.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
          <h3>Item</h3>
          <Determinations list={d.item.determinations} />
          <h3>Party</h3>
          {d.party.matches.length + d.party.possible.length === 0 ? <p>No listed party at or near the {d.party.threshold} threshold.</p> : <PartyHits hits={[...d.party.matches, ...d.party.possible]} />}
          <h3>Destination: {d.destination.country} on {d.destination.date}</h3>
          {d.destination.measures.length === 0 && <p>No UN measure in force.</p>}
          <ul>
            {d.destination.measures.map((m) => (
              <li key={m.id}>
                <strong>
                  {m.resolution} para {m.paragraph}
                </strong>{' '}
                ({m.kind}): {m.scope.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
