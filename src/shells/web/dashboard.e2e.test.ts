/**
 * The dashboard end to end: `wirewatch serve` over a store of the bundled examples (plus
 * one page carrying script payloads), driven in a real headless Chromium. Screenshots of
 * every view go to test-output/screenshots/ (git-ignored).
 *
 * Without Chromium the suite is skipped with the reason; under CI=true it fails instead.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserMissing, launchBrowser, type Browser } from '../../test-support/browser.js';
import { cli } from '../../test-support/cli.js';
import { EXAMPLES_DIR, REPO_ROOT } from '../../test-support/paths.js';
import { startCli, waitFor, type CliProcess } from '../../test-support/processes.js';

const DASHBOARD = join(REPO_ROOT, 'dist', 'web', 'index.html');
const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
/** The budget for the first load of the dashboard on the example store. */
const FIRST_LOAD_MS = 1000;

const missing = browserMissing();
const inCi = process.env.CI === 'true';

/** An article whose text holds markup that must stay text: a script, an onerror handler, a javascript: link. */
const HOSTILE_ARTICLE = `Council hears of <script>window.__pwned = 1</script> attack on its website

By Staff Reporter

Published: January 5, 2024 10:00 AM GMT

LONDON - The city council said on Friday that its website had been defaced with the text <img src=x onerror="window.__pwned=2"> and a second payload <script>window.__pwned=3</script> inside a comment form.

Mayor Jane Porter said the council "will not be intimidated by <b onmouseover=alert(1)>vandals</b>" and asked the police to investigate.
`;

describe('dashboard in headless Chromium', { skip: !inCi && missing ? missing : false }, () => {
  let dir: string;
  let server: CliProcess;
  let base: string;
  let browser: Browser;
  /** Console errors and uncaught exceptions of every page (CSP violations show up here). */
  const problems: string[] = [];

  const open = async (path: string): Promise<Page> => {
    const page = await browser.context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    await page.goto(base + path);
    return page;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const noProblems = (where: string, except?: RegExp) => {
    const left = problems.splice(0).filter((p) => !except?.test(p));
    assert.deepEqual(left, [], `${where}: no console errors, CSP violations or exceptions`);
  };

  before(async () => {
    assert.equal(missing, false, `CI=true: the dashboard tests must run, but ${missing}`);
    assert.ok(existsSync(DASHBOARD), `${DASHBOARD} is missing: npm run build builds the dashboard`);
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'wirewatch-dashboard-'));
    mkdirSync(join(dir, 'hostile'));
    writeFileSync(join(dir, 'hostile', 'council-defaced.txt'), HOSTILE_ARTICLE);
    const db = join(dir, 'store.db');
    const ingest = await cli(['ingest', '--db', db, EXAMPLES_DIR, join(dir, 'hostile')]);
    assert.equal(ingest.code, 0, ingest.stderr);
    server = startCli(['serve', '--db', db, '--port', '0']);
    const up = await waitFor(() => /^http:\/\/\S+\n/.test(server.stdout()), { timeoutMs: 20000, until: server.exited });
    assert.ok(up, `wirewatch serve did not start: ${server.stderr()}`);
    base = server.stdout().trim().split('\n')[0]!;
    // The server answers once before the browser's first load is timed: that measures the dashboard, not process start-up.
    assert.equal((await fetch(base + '/api/stats')).status, 200);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`first load: the search page with results in under ${FIRST_LOAD_MS} ms`, async (t) => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/#/search?q=sadr`);
    await page.locator('.hits li').first().waitFor();
    // From navigation start to the frame after the first results render (the page's own User Timing mark).
    await page.waitForFunction(`performance.getEntriesByName('wirewatch:first-results').length > 0`);
    const elapsed = Math.round(Number(await page.evaluate(`performance.getEntriesByName('wirewatch:first-results')[0].startTime`)));
    const timing = JSON.parse(await page.evaluate('JSON.stringify(performance.getEntriesByType("navigation")[0])')) as { responseEnd: number; domContentLoadedEventEnd: number };
    t.diagnostic(`first load: results on screen ${elapsed} ms after navigation start (HTML ${Math.round(timing.responseEnd)} ms, DOMContentLoaded ${Math.round(timing.domContentLoadedEventEnd)} ms)`);
    assert.ok(elapsed < FIRST_LOAD_MS, `first load took ${elapsed} ms`);
    await page.close();
  });

  it('search: suggestions for fields, highlighted snippets, facets, the parsed query', async () => {
    const page = await open('/');
    const box = page.getByRole('combobox', { name: 'Search query' });
    await box.fill('per');
    await page.getByRole('option', { name: /person:/ }).waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    assert.equal(await box.inputValue(), 'person:');
    await box.fill('sadr');
    await box.press('Enter');
    const hit = page.locator('.hits li').filter({ hasText: 'Al-Sadr attacks Shiite leaders' });
    await hit.waitFor();
    assert.match((await hit.locator('.snippet mark').first().textContent()) ?? '', /sadr/i);
    await page.locator('.facet').first().waitFor();
    assert.ok((await page.locator('.facet a').count()) > 0, 'facet links');
    await page.getByRole('button', { name: /Show the parsed query/ }).click();
    await page.locator('pre.explain').filter({ hasText: /sadr/i }).waitFor();
    await shot(page, 'search');
    noProblems('search');
    await page.close();
  });

  it("article: al-Sadr's quote highlighted and clickable, by mouse and keyboard; metadata and the original link", async () => {
    const page = await open('/#/search?q=sadr');
    await page.locator('.hit-title', { hasText: 'Al-Sadr attacks' }).click();
    await page.getByRole('heading', { level: 1, name: /Al-Sadr attacks/ }).waitFor();
    const quotes = page.locator('.doc-text .m.k-quote');
    assert.ok((await quotes.count()) > 0, 'quotes are highlighted');
    assert.ok((await page.locator('.doc-text .m.k-speaker', { hasText: /Sadr/ }).count()) > 0, 'the speaker is marked');
    // Pieces of quotation with nothing inside them open the quote; one of them is al-Sadr's.
    const pieces = page.locator('.doc-text .m[data-kind="quote"]');
    let sadrs = false;
    for (let i = 0; i < Math.min(30, await pieces.count()) && !sadrs; i++) {
      await pieces.nth(i).click();
      const detail = (await page.locator('.detail').textContent()) ?? '';
      sadrs = detail.startsWith('Quote') && detail.includes('Muqtada al-Sadr');
    }
    assert.ok(sadrs, "one highlighted quote is al-Sadr's");
    assert.ok((await page.locator('.doc-text .m.k-entity').count()) > 3, 'entities are highlighted');
    assert.ok((await page.locator('.doc-text .m.k-time').count()) > 0, 'time expressions are highlighted');
    // Keyboard: the first annotation takes focus by Tab order and opens with Enter.
    const first = page.locator('.doc-text .m[tabindex="0"]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.locator('.detail h2').waitFor();
    assert.ok((await page.locator('.doc-meta').textContent())?.includes('Shafaq News'));
    await shot(page, 'article');
    noProblems('article');
    await page.close();
  });

  it('article: the Soleimani event is highlighted', async (t) => {
    const page = await open('/#/search?q=soleimani');
    await page.locator('.hit-title', { hasText: 'Al-Sadr attacks' }).click();
    await page.locator('.legend').waitFor();
    if ((await page.locator('.doc-text .m.k-event').count()) === 0) {
      t.skip('pending: the events stage has not landed, so the founding article has no events yet');
      await page.close();
      return;
    }
    const event = page.locator('.doc-text .m.k-event', { hasText: /Soleimani/ }).first();
    await event.click();
    await page.locator('.detail').filter({ hasText: /Event/ }).filter({ hasText: /background/ }).waitFor();
    noProblems('article events');
    await page.close();
  });

  it('events: filter by country, sort, and export the query as CSV', async (t) => {
    const page = await open('/#/events');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.getByLabel('Country').fill('IQ');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/country=IQ/);
    await page.locator('.query-shown', { hasText: 'country:IQ' }).waitFor();
    await page.locator('table.events, .empty').first().waitFor();
    const rows = await page.locator('table.events tbody tr').count();
    if (rows > 1) {
      await page.getByRole('button', { name: 'Date' }).click();
      assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
    }
    await shot(page, 'events');
    const link = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const probe = await fetch(base + link);
    if (probe.status === 404 && /no such route/.test(await probe.text())) {
      t.skip('export pending: GET /api/export has not landed in the API yet');
      noProblems('events');
      await page.close();
      return;
    }
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    assert.match(csv.split('\n')[0]!, /,/, 'a CSV header row');
    assert.equal(csv.split('\n').filter((l) => l.trim() !== '').length, rows + 1, 'one CSV line per event shown, plus the header');
    noProblems('events');
    await page.close();
  });

  it('map: bundled country shapes, cut at the antimeridian, shaded by the query', async () => {
    const page = await open('/#/map?q=iraq');
    await page.locator('.leaflet-overlay-pane path').nth(100).waitFor();
    // The widest ring (SVG subpath) of a country, as a share of the map's width. Uncut, a ring of
    // Russia or Fiji that crosses the antimeridian is drawn as a band across the whole world.
    const widestRing = async (iso3: string) =>
      Number(
        await page.evaluate(`(() => {
          const d = document.querySelector('.leaflet-overlay-pane path.c-${iso3}').getAttribute('d');
          const widths = d.split('M').filter(Boolean).map((ring) => {
            const xs = ring.match(/-?[0-9.]+/g).map(Number).filter((_, i) => i % 2 === 0);
            return Math.max(...xs) - Math.min(...xs);
          });
          return Math.max(...widths) / document.querySelector('.map').getBoundingClientRect().width;
        })()`),
      );
    for (const iso3 of ['RUS', 'FJI', 'USA']) {
      const share = await widestRing(iso3);
      assert.ok(share < 0.5, `${iso3}: a ring spans ${share.toFixed(2)} of the map`);
    }
    assert.ok((await widestRing('IRQ')) < 0.05, 'Iraq is drawn at its size');
    const shaded = Number(await page.evaluate(`[...document.querySelectorAll('.leaflet-overlay-pane path')].filter((p) => p.getAttribute('fill') !== '#f1f3f5').length`));
    assert.ok(shaded >= 1, 'the countries of the matching articles are shaded');
    await page.locator('.note', { hasText: 'countries named' }).waitFor();
    await shot(page, 'map');
    noProblems('map');
    await page.close();
  });

  it('network: the actor graph renders (or says there are no actor pairs yet)', async () => {
    const page = await open('/#/network');
    await page.locator('.network canvas, .empty').first().waitFor();
    if ((await page.locator('.network').count()) > 0) assert.ok((await page.locator('.network canvas').count()) > 0, 'cytoscape draws on canvas');
    else await page.locator('.empty', { hasText: 'no network' }).waitFor();
    await shot(page, 'network');
    noProblems('network');
    await page.close();
  });

  it('timeline and entity page render', async () => {
    const page = await open('/#/timeline');
    await page.locator('.chart canvas').first().waitFor();
    await shot(page, 'timeline');
    await page.goto(`${base}/#/entity/${encodeURIComponent('Muqtada al-Sadr')}?type=PERSON`);
    await page.locator('#e-quotes').waitFor();
    assert.ok((await page.locator('.quotes li').count()) > 0, "al-Sadr's quotations are listed");
    // Named alongside: the API's list (empty while entity-page.ts asks the store for the entity itself only).
    await page.locator('#e-others ~ .chips, #e-others ~ .empty').first().waitFor();
    await shot(page, 'entity');
    noProblems('timeline and entity');
    await page.close();
  });

  it('script in an ingested page renders as text; the CSP forbids inline script', async () => {
    const response = await fetch(base + '/');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const page = await open('/#/search?q=council');
    await page.locator('.hit-title', { hasText: 'Council hears' }).click();
    await page.locator('.doc-text').waitFor();
    const text = (await page.locator('.doc-text').textContent()) ?? '';
    assert.ok(text.includes('<img src=x onerror="window.__pwned=2">'), 'the img payload is shown as text');
    assert.ok(text.includes('<script>window.__pwned=3</script>'), 'the script payload is shown as text');
    assert.equal(await page.evaluate('window.__pwned'), undefined, 'no payload ran');
    assert.equal(Number(await page.evaluate(`document.querySelectorAll('#app script, #app img, #app [onerror], #app [onmouseover]').length`)), 0);
    // An inline script injected into the page is refused by the policy.
    await page.addScriptTag({ content: 'window.__inline = 1' }).catch(() => undefined);
    assert.equal(await page.evaluate('window.__inline'), undefined, 'inline script is blocked');
    await shot(page, 'hostile-article');
    noProblems('hostile article', /Content Security Policy/);
    await page.close();
  });

  it('a phone-sized screen: the article reads in one column', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/#/search?q=sadr`);
    await page.locator('.hit-title').first().click();
    await page.locator('.doc-text').waitFor();
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    assert.ok(overflow <= 1, `no horizontal scrolling (${overflow}px)`);
    await shot(page, 'article-phone');
    await page.close();
  });
});
