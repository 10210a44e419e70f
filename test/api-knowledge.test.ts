// The HTTP API's screening, cases, follow-ups and entities through Fastify's inject: the seed's
// decisions, what each clearance sees of the LIMMT case and its entities (nothing below SECRET),
// the neighbour graph, analysts' edits and their refusal for readers, and the audit of reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiServer, bearer, makeApiStore, type ApiStore } from './api-harness.js';

let store: ApiStore;
let app: Awaited<ReturnType<typeof apiServer>>;
let limmtCase: string;
let limmt: string;

beforeAll(async () => {
  store = await makeApiStore();
  app = await apiServer(store);
  const cases = (await get('/api/cases', store.tokens.sam)).json().cases;
  limmtCase = cases.find((c: { title: string }) => /LIMMT/i.test(c.title)).id;
  limmt = (await get(`/api/entities/LIMMT`, store.tokens.sam)).json().key;
});

afterAll(async () => {
  await app?.close();
  store?.remove();
});

const get = (url: string, token: string) => app.inject({ method: 'GET', url, headers: bearer(token) });
const post = (url: string, token: string, payload: object) => app.inject({ method: 'POST', url, headers: bearer(token), payload });
const enc = encodeURIComponent;

describe('screening', () => {
  it('finds SDN 9749 first for the seed wording, explained', async () => {
    const r = await post('/api/screen/party', store.tokens.carol, { name: 'LIMMT (Dalian FTZ) Economic and Trade Organization', type: 'organization' });
    expect(r.statusCode).toBe(200);
    const hit = r.json().hits[0];
    expect(hit).toMatchObject({ list: 'us-ofac-sdn', id: '9749', match: true, countries: ['CN'] });
    expect(hit.explanation.length).toBeGreaterThan(0);
    expect(hit.explanation[0].text).toEqual(expect.any(String));
  });

  it('validates the party body with the CLI schema, naming the fields', async () => {
    const r = await post('/api/screen/party', store.tokens.carol, { name: ' ', dob: '1970-13', limit: 0 });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['body.name', 'body.dob', 'body.limit']));
  });

  it('asks for the missing parameters of graphite cylinders', async () => {
    const r = (await post('/api/screen/item', store.tokens.carol, { description: 'graphite cylinders' })).json();
    const d = r.determinations.find((x: { entry: string }) => x.entry === '6.C.3');
    expect(d.status).toBe('possible');
    expect(d.missing.length).toBeGreaterThan(0);
  });

  it('decides items by explicit parameters given as name=value', async () => {
    const r = (await post('/api/screen/item', store.tokens.carol, { description: 'tungsten powder', param: ['purity=99.9%', 'particleSize=5um'], search: false })).json();
    expect(r.determinations.find((x: { entry: string }) => x.entry === '6.C.7.a').status).toBe('controlled');
    expect((await post('/api/screen/item', store.tokens.carol, { description: 'x', param: ['nonsense'] })).json().error.details.issues[0].path).toBe('body.param[0]');
  });

  it('lists the UN measures in force for Iran in August 2007', async () => {
    const r = (await post('/api/screen/destination', store.tokens.carol, { country: 'IR', date: '2007-08-02' })).json();
    expect(r.measures.map((m: { resolution: string }) => m.resolution).join(' ')).toMatch(/1737/);
  });

  it('decides the seed transaction: prohibited with the parameters, review without', async () => {
    const base = { party: 'Omid Research and Industrial Company', item: 'graphite cylinders', to: 'IR', date: '2007-08-02' };
    expect((await post('/api/screen/transaction', store.tokens.carol, base)).json().decision).toBe('review');
    const item = 'graphite cylinders, bulk density 1.85 g/cm3, grain size 20 µm, 150 mm diameter x 300 mm long';
    const r = (await post('/api/screen/transaction', store.tokens.carol, { ...base, item })).json();
    expect(r.decision).toBe('prohibited');
    expect(r.reasons.join(' ')).toMatch(/1737/);
    expect((await post('/api/screen/transaction', store.tokens.carol, { ...base, to: 'Iran' })).statusCode).toBe(400);
  });
});

describe('cases and follow-ups', () => {
  it('shows the LIMMT case with its timeline to a SECRET reader', async () => {
    const r = (await get(`/api/cases/${enc(limmtCase)}?asOf=2007-08-02`, store.tokens.sam)).json();
    expect(r.subjects[0].sanctions).toEqual(expect.arrayContaining([expect.objectContaining({ list: 'us-ofac-sdn', id: '9749' })]));
    const dates = r.events.map((e: { date: string }) => e.date);
    for (const d of ['2006-02', '2006-03', '2006-07', '2006-10', '2007-03', '2007-05', '2007-07-25']) expect(dates).toContain(d);
    expect(r.events[0].source.cable).toBe('07BEIJING5039');
    expect(r.events[0].actorRefs[0]).toMatchObject({ entity: expect.any(String), name: expect.any(String) });
    expect(r.followUps.some((f: { askedOn: string; overdue: boolean }) => f.askedOn === '2007-05' && f.overdue)).toBe(true);
  });

  it('shows no LIMMT case and no LIMMT follow-up below SECRET', async () => {
    for (const who of ['una', 'carol'] as const) {
      const list = await get('/api/cases', store.tokens[who]);
      expect(list.body).not.toMatch(/LIMMT/i);
      expect((await get(`/api/cases/${enc(limmtCase)}`, store.tokens[who])).statusCode).toBe(404);
      expect((await get('/api/followups?asOf=2007-08-02', store.tokens[who])).body).not.toMatch(/LIMMT|Zhang/i);
    }
  });

  it('lists the overdue May 2007 request as of 2007-08-02', async () => {
    const r = (await get('/api/followups?asOf=2007-08-02&overdue=true', store.tokens.sam)).json();
    expect(r.asOf).toBe('2007-08-02');
    expect(r.followUps.find((f: { askedOn: string }) => f.askedOn === '2007-05')).toMatchObject({ overdue: true, case: limmtCase });
    expect((await get('/api/followups?dueDays=-1', store.tokens.sam)).statusCode).toBe(400);
  });

  it('lets analysts open a case, add an event from a cable paragraph and close it; readers may not', async () => {
    expect((await post('/api/cases', store.tokens.carol, { title: 'Valves' })).statusCode).toBe(403);
    const made = await post('/api/cases', store.tokens.sam, { title: 'Valve container', subjects: [limmt], marking: 'SECRET' });
    expect(made.statusCode).toBe(201);
    const id = made.json().case;
    const ev = await post(`/api/cases/${enc(id)}/events`, store.tokens.sam, { date: '2007-07', kind: 'note', summary: 'Checked', source: '07BEIJING5039:2' });
    expect(ev.statusCode).toBe(201);
    expect((await post(`/api/cases/${enc(id)}/events`, store.tokens.sam, { date: 'July', kind: 'gossip', summary: 'x' })).json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.date', 'body.kind']);
    expect((await post(`/api/cases/${enc(id)}/close`, store.tokens.sam, {})).json().status).toBe('closed');
    expect((await get(`/api/cases/${enc(id)}`, store.tokens.sam)).json()).toMatchObject({ title: 'Valve container', status: 'closed' });
  });
});

describe('entities', () => {
  it('shows LIMMT with its SDN link to a SECRET reader, and not at all below', async () => {
    const r = (await get(`/api/entities/${enc(limmt)}`, store.tokens.sam)).json();
    expect(r.sanctions[0]).toMatchObject({ list: 'us-ofac-sdn', id: '9749' });
    expect(r.mentions[0].cable).toBe('07BEIJING5039');
    for (const who of ['una', 'carol'] as const) {
      const hidden = await get(`/api/entities/${enc(limmt)}`, store.tokens[who]);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body).not.toMatch(/LIMMT \(|Dalian/);
    }
  });

  it('draws the neighbours through shared events and cases, from visible statements only', async () => {
    const g = (await get(`/api/entities/${enc(limmt)}/graph`, store.tokens.sam)).json();
    expect(g.nodes[0]).toMatchObject({ key: limmt, centre: true });
    const names = g.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Omid Research and Industrial Company']));
    expect(g.edges.every((e: { source: string; via: unknown[] }) => e.source === limmt && e.via.length > 0)).toBe(true);
    expect(g.marking).toBe('SECRET');
    expect((await get(`/api/entities/${enc(limmt)}/graph`, store.tokens.carol)).statusCode).toBe(404);
  });

  it('lets analysts confirm a sanctions link, audited; readers get 403', async () => {
    expect((await post(`/api/entities/${enc(limmt)}/confirm`, store.tokens.carol, { list: 'us-ofac-sdn', id: '9749' })).statusCode).toBe(403);
    const r = await post(`/api/entities/${enc(limmt)}/confirm`, store.tokens.sam, { list: 'us-ofac-sdn', id: '9749', note: 'same address' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ marking: 'SECRET', by: 'sam', decision: { status: 'confirmed' } });
    const view = (await get(`/api/entities/${enc(limmt)}`, store.tokens.sam)).json();
    expect(view.sanctions[0]).toMatchObject({ id: '9749', status: 'confirmed', decidedBy: 'sam' });
    const audit = (await get('/api/audit?user=sam&limit=1000', store.tokens.ada)).json().entries;
    expect(audit.some((e: { action: string; details: { op?: string } }) => e.action === 'change' && e.details.op === 'entity.confirm')).toBe(true);
    expect(audit.some((e: { action: string; target: string }) => e.action === 'read' && e.target === `entity:${limmt}`)).toBe(true);
  });
});
