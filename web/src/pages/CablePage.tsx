// The cable reader: the classification banner top and bottom, header fields, TAGS with their
// labels, each paragraph with its portion mark (a withheld one shows "[withheld: SECRET]" and
// nothing of its text), references and the cables that cite it as links, the declassification date.
import { useEffect } from 'react';
import { api, enc, withQuery } from '../api';
import { ErrorBox, Loading, MarkingBadge, Withheld } from '../components/common';
import { useLoad } from '../hooks';
import { href } from '../router';

type Paragraph = { n: number; marking: string | null; text?: string; heading?: string; withheld?: true; withheldMarking?: string };
interface Summary {
  id: string;
  created: string | null;
  classification: string | null;
  subject: string | null;
  subjectWithheld?: string;
}
interface Shown {
  cable: {
    id: string;
    created: string | null;
    origin: string | null;
    station: string | null;
    from: string | null;
    to: Array<{ name: string; precedence: string | null }>;
    info: Array<{ name: string }>;
    precedence: string | null;
    classification: string | null;
    banner: string | null;
    caveats: string[];
    subject: string | null;
    subjectWithheld?: string;
    subjectMarking: string | null;
    classifiedBy: string | null;
    reasons: string[];
    declassifyOn: string | null;
    declassifyInstruction: string | null;
    tags: Array<{ code: string; title: string | null; verified: boolean }>;
    paragraphs: Paragraph[];
    body: string | null;
    bodyWithheld?: string;
  };
  references: Array<{ id: string; kind: string; label: string | null; stored: Summary | null }>;
  referencedBy: Summary[];
  access: { reader: string; asOf: string; declassified?: boolean; withheld?: { subject: boolean; paragraphs: number[] } };
}

export function CablePage({ id, paragraph }: { id: string; paragraph: string | null }) {
  const url = withQuery(`/api/cables/${enc(id)}`);
  const { data, error, loading } = useLoad<Shown>(url, () => api<Shown>(url));
  // A source link (?p=2) brings its paragraph into view and marks it.
  useEffect(() => {
    if (data && paragraph) document.getElementById(`p${paragraph}`)?.scrollIntoView({ block: 'center' });
  }, [data, paragraph]);
  if (loading) return <Loading what={`cable ${id}`} />;
  if (error || !data) return <ErrorBox error={error} />;
  const c = data.cable;
  const banner = [c.classification, ...c.caveats.filter((x) => !(c.classification ?? '').includes(x))].filter(Boolean).join('//') || 'UNMARKED';
  return (
    <article className="cable" aria-labelledby="cable-title">
      <div className={`banner level-${(c.classification ?? '').split('//')[0]!.replace(' ', '-')}`}>{banner}</div>
      <h1 id="cable-title">
        {c.id} <span className="subject">{c.subjectWithheld ? <Withheld marking={c.subjectWithheld} /> : c.subject}</span>
      </h1>
      <AccessNote data={data} />
      <dl className="header-fields">
        <Field name="Created" value={c.created} />
        <Field name="Origin" value={[c.origin, c.station && `(${c.station})`].filter(Boolean).join(' ')} />
        <Field name="From" value={c.from} />
        <Field name="To" value={c.to.map((r) => r.name).join('; ')} />
        <Field name="Info" value={c.info.map((r) => r.name).join('; ')} />
        <Field name="Precedence" value={c.precedence} />
        <Field name="Classification" value={c.classification} />
        <Field name="Classified by" value={[c.classifiedBy, c.reasons.length ? `reasons ${c.reasons.join(', ')}` : ''].filter(Boolean).join('; ')} />
        <Field name="Declassify on" value={c.declassifyOn ?? c.declassifyInstruction} />
        <dt>TAGS</dt>
        <dd>
          <ul className="tags">
            {c.tags.map((t) => (
              <li key={t.code}>
                <a href={href('/', { tag: t.code })}>{t.code}</a> {t.title && <span className="label">{t.title}{t.verified ? '' : ' (unverified)'}</span>}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <section aria-label="Text" className="paragraphs">
        {c.subjectMarking && <p className="meta">Subject marked ({c.subjectMarking})</p>}
        {c.paragraphs.map((p) => (
          <p key={p.n} id={`p${p.n}`} className={`para${p.withheld ? ' withheld-para' : ''}${String(p.n) === paragraph ? ' target' : ''}`}>
            <span className="pn">¶{p.n}.</span>{' '}
            {p.withheld ? (
              <Withheld marking={p.withheldMarking ?? 'WITHHELD'} />
            ) : (
              <>
                {p.heading && <strong className="heading">{p.heading} </strong>}
                <span className="portion">({p.marking ?? 'unmarked'})</span> {p.text}
              </>
            )}
          </p>
        ))}
        {c.paragraphs.length === 0 && (c.body === null ? <Withheld marking={c.bodyWithheld ?? 'WITHHELD'} /> : <pre className="body">{c.body}</pre>)}
      </section>
      <References data={data} />
      <div className={`banner level-${(c.classification ?? '').split('//')[0]!.replace(' ', '-')}`}>{banner}</div>
    </article>
  );
}

function Field({ name, value }: { name: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}

function AccessNote({ data }: { data: Shown }) {
  const w = data.access.withheld;
  const parts = [w?.subject ? 'the subject' : '', w && w.paragraphs.length > 0 ? `${w.paragraphs.length} paragraph(s)` : ''].filter(Boolean);
  return (
    <p className="access-note" role="note">
      {data.access.declassified && <>Declassified on {data.cable.declassifyOn}: as of {data.access.asOf} every portion reads as UNCLASSIFIED (original marks shown). </>}
      {parts.length > 0 && <>{parts.join(' and ')} withheld from {data.access.reader} as of {data.access.asOf}.</>}
    </p>
  );
}

function SummaryLine({ s }: { s: Summary }) {
  return (
    <>
      <a href={href(`/cables/${s.id}`)}>{s.id}</a> <MarkingBadge marking={s.classification} /> {s.created?.slice(0, 10)}{' '}
      {s.subjectWithheld ? <Withheld marking={s.subjectWithheld} /> : s.subject}
    </>
  );
}

function References({ data }: { data: Shown }) {
  return (
    <section aria-label="References" className="refs">
      <h2>References</h2>
      {data.references.length === 0 && <p className="meta">None.</p>}
      <ul>
        {data.references.map((r) => (
          <li key={r.id + r.label}>
            {r.label && `${r.label}. `}
            {r.stored ? <SummaryLine s={r.stored} /> : <span>{r.id} <span className="meta">({r.kind === 'cable' ? 'not in the archive' : r.kind})</span></span>}
          </li>
        ))}
      </ul>
      <h2>Referenced by</h2>
      {data.referencedBy.length === 0 && <p className="meta">No stored cable cites this one.</p>}
      <ul>
        {data.referencedBy.map((s) => (
          <li key={s.id}>
            <SummaryLine s={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}
