// Browser tests of the web UI: Debian's chromium driven by playwright-core against the built UI
// (dist/web, built by `npm run build`) served with the API by one Fastify process. A SECRET analyst
// signs in, searches LIMMT, opens 07BEIJING5039, screens a transaction and opens the LIMMT case
// timeline and its subject's graph; a CONFIDENTIAL reader sees the cable withheld. Screenshots go to
// test-results/. Without chromium (DEMARCHE_CHROMIUM, default /usr/bin/chromium) this fails: `.ci/run`
// installs it, and a browser test that skips would hide a broken UI.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEB_ROOT } from '../src/api/server.js';
import { apiServer, makeApiStore, type ApiStore, type UserName } from './api-harness.js';

const CHROMIUM = process.env.DEMARCHE_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.resolve('test-results', 'web');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let store: ApiStore;
let app: Awaited<ReturnType<typeof apiServer>>;
let base: string;
let profile: string;
let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (or set DEMARCHE_CHROMIUM); .ci/run installs it`);
  if (!existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))) throw new Error(`no built web UI in ${DEFAULT_WEB_ROOT}: run \`npm run build\``);
  mkdirSync(SHOTS, { recursive: true });
  store = await makeApiStore('demarche-web-');
  app = await apiServer(store, { webRoot: DEFAULT_WEB_ROOT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  profile = mkdtempSync(path.join(tmpdir(), 'demarche-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1366, height: 768 } });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  // Name the resource behind a "Failed to load resource" console error.
  page.on('response', (r) => r.status() >= 400 && consoleErrors.push(`${r.status()} ${r.url()}`));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  store?.remove();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

/** Signs out whoever is signed in (through the header's button), then in as `user`. */
async function signIn(user: UserName): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('API token').fill(store.tokens[user]);
  await page.keyboard.press('Enter');
  await page.getByTestId('clearance').waitFor();
}

describe('web UI', () => {
  it('signs in with a token and keeps the clearance in view', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('API token').fill(store.tokens.sam);
    await shot('01-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('clearance').textContent()).toMatch(/SECRET\/\/NOFORN.*sam.*analyst/);
  });

  it('searches LIMMT and shows highlighted snippets and labelled facets', async () => {
    await page.getByRole('searchbox').fill('LIMMT');
    await page.keyboard.press('Enter');
    const hit = page.getByRole('link', { name: '07BEIJING5039' });
    await hit.waitFor();
    expect(await page.locator('mark').first().textContent()).toMatch(/LIMMT/i);
    expect(await page.getByRole('group', { name: 'Tags' }).textContent()).toMatch(/MTCR/);
    await shot('02-search-limmt');
    await hit.click();
    await page.getByRole('heading', { name: /07BEIJING5039/ }).waitFor();
    expect(await page.locator('#p1').textContent()).toMatch(/\(S\).*LIMMT/);
    await shot('03-cable-secret-reader');
  });

  it('screens a transaction and shows the decision with its reasons', async () => {
    await page.getByRole('link', { name: 'Screening' }).click();
    await page.getByRole('link', { name: 'Transaction' }).click();
    const form = page.getByRole('form', { name: 'Screen a transaction' });
    await form.getByLabel('Party').fill('Omid Research and Industrial Company');
    await form.getByLabel('Item', { exact: true }).fill('graphite cylinders, bulk density 1.85 g/cm3, grain size 20 µm, 150 mm diameter x 300 mm long');
    await form.getByLabel('To (country code)').fill('IR');
    await form.getByLabel('Shipment date').fill('2007-08-02');
    await form.getByRole('button', { name: 'Screen' }).click();
    await expect.poll(() => page.getByTestId('decision').textContent(), { timeout: 30_000 }).toBe('PROHIBITED');
    expect(await page.locator('.reasons').first().textContent()).toMatch(/1737/);
    await shot('04-screen-transaction');
  });

  it('screens a party and shows the countries its listing names', async () => {
    await page.getByRole('link', { name: 'Screening' }).click();
    await page.getByRole('link', { name: 'Party', exact: true }).click();
    const form = page.getByRole('form', { name: 'Screen a party' });
    await form.getByLabel('Name').fill('LIMMT (Dalian FTZ) Economic and Trade Organization');
    await form.getByRole('button', { name: 'Screen' }).click();
    await expect.poll(() => page.locator('.party-hits').first().textContent(), { timeout: 30_000 }).toMatch(/us-ofac-sdn 9749 .*listed in CN/);
  });

  it('opens the LIMMT case timeline, keyboard first, with the overdue request', async () => {
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.locator('main table').first().getByRole('link', { name: /LIMMT Investigation/i }).click();
    const chart = page.getByRole('group', { name: /Timeline of \d+ events/ });
    await chart.waitFor();
    const first = chart.getByRole('button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Chosen event' }).waitFor();
    expect(await page.locator('tr.overdue').count()).toBeGreaterThan(0);
    expect(await page.locator('table.events').textContent()).toMatch(/2007-05.*request/s);
    await shot('05-case-timeline');
  });

  it("opens the subject's entity page with its list link and neighbour graph", async () => {
    await page.getByRole('link', { name: /LIMMT \(Dalian FTZ\)/ }).first().click();
    await page.getByRole('heading', { name: /LIMMT/ }).waitFor();
    expect(await page.locator('table.links').textContent()).toMatch(/us-ofac-sdn 9749/);
    await page.locator('.graph-canvas canvas').first().waitFor();
    expect(await page.getByRole('button', { name: 'Confirm' }).count()).toBeGreaterThan(0);
    await shot('06-entity-graph');
  });

  it('shows 07BEIJING5039 withheld to a CONFIDENTIAL reader', async () => {
    await signIn('carol');
    expect(await page.getByTestId('clearance').textContent()).toMatch(/CONFIDENTIAL.*carol/);
    await page.goto(`${base}/#/cables/07BEIJING5039`);
    await page.getByRole('heading', { name: /07BEIJING5039/ }).waitFor();
    const text = await page.locator('article.cable').textContent();
    expect(text?.match(/\[withheld: SECRET\]/g)?.length).toBe(6);
    expect(text).not.toMatch(/LIMMT|tungsten|graphite/i);
    expect(text).toMatch(/2027-08-02/);
    await shot('07-cable-confidential-reader');
  });

  it('logged no console error on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
