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
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { browserMissing, launchBrowser, type Browser } from '../../test-support/browser.js';
import { cli } from '../../test-support/cli.js';
import { EXAMPLES_DIR, REPO_ROOT } from '../../test-support/paths.js';
import { serveStore, waitFor, type ServedStore } from '../../test-support/processes.js';

const DASHBOARD = join(REPO_ROOT, 'dist', 'web', 'index.html');
const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');

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
  let server: ServedStore | undefined;
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
    server = await serveStore(db); // asks /api/stats once: the browser's loads measure the dashboard, not process start-up
    base = server.base;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // The first load's time is measured by bench/dashboard-first-load.ts (budget 1000 ms), not
  // asserted here: a timed test fails on a loaded host (it did in CI at 1,225 ms) and proves nothing.
  it('first load: the search page opens straight on its results and marks when they are on screen', async (t) => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/#/search?q=sadr`);
    await page.locator('.hits li').first().waitFor();
    // From navigation start to the frame after the first results render (the page's own User Timing mark).
    await page.waitForFunction(`performance.getEntriesByName('wirewatch:first-results').length > 0`);
    const elapsed = Math.round(Number(await page.evaluate(`performance.getEntriesByName('wirewatch:first-results')[0].startTime`)));
    const timing = JSON.parse(await page.evaluate('JSON.stringify(performance.getEntriesByType("navigation")[0])')) as { responseEnd: number; domContentLoadedEventEnd: number };
    t.diagnostic(`first load: results on screen ${elapsed} ms after navigation start (HTML ${Math.round(timing.responseEnd)} ms, DOMContentLoaded ${Math.round(timing.domContentLoadedEventEnd)} ms)`);
    assert.ok(elapsed > 0 && elapsed >= timing.responseEnd, `the mark comes after the HTML arrived (${elapsed} ms)`);
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
    // Entity names from the store after a name field.
    await box.pressSequentially('sad');
    await page.getByRole('option', { name: /Muqtada al-Sadr/ }).waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    assert.equal((await box.inputValue()).trim(), 'person:"Muqtada al-Sadr"');
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

  it('article: the Soleimani event is highlighted', async () => {
    const page = await open('/#/search?q=soleimani');
    await page.locator('.hit-title', { hasText: 'Al-Sadr attacks' }).click();
    await page.locator('.legend').waitFor();
    assert.ok((await page.locator('.doc-text .m.k-event').count()) > 0, 'event evidence is highlighted');
    // Soleimani's name lies inside the evidence of the killing: the click opens the entity, and the
    // events of that sentence are listed beside it; the assassination is a background event of January 2020.
    await page.locator('.doc-text .m.k-event', { hasText: /Soleimani/ }).first().click();
    const events = page.locator('.also-here button.k-event');
    assert.ok((await events.count()) > 0, 'the events of the sentence are offered');
    let found = false;
    for (let i = 0; i < (await events.count()) && !found; i++) {
      await events.nth(i).click();
      const detail = (await page.locator('.detail').textContent()) ?? '';
      found = /ASSAULT|CAMEO 18/.test(detail) && detail.includes('background') && detail.includes('2020-01') && /Confidence\s*[01]\.\d\d/.test(detail);
      if (!found) await page.locator('.doc-text .m.k-event', { hasText: /Soleimani/ }).first().click();
    }
    assert.ok(found, 'the killing of Soleimani: an assault, background, dated January 2020, with its confidence');
    await shot(page, 'article-event');
    noProblems('article events');
    await page.close();
  });

  /** The Confidence column's cells (the last before the evidence), as numbers; NaN for an event without one. */
  const confidences = async (page: Page) => (await page.locator('table.events tbody tr td:nth-last-child(2)').allTextContents()).map((t) => (t === '' ? Number.NaN : Number(t)));

  it('events: filter by country (likely right only, by default), sort, and export the query as CSV', async () => {
    const page = await open('/#/events');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    assert.equal(await page.getByLabel('Likely right only (confidence ≥ 0.5)').isChecked(), true, 'on by default');
    await page.getByLabel('Country').fill('IQ');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/country=IQ/);
    await page.locator('.query-shown', { hasText: 'country:IQ confidence:>=0.5' }).waitFor();
    await page.locator('table.events, .empty').first().waitFor();
    const rows = await page.locator('table.events tbody tr').count();
    assert.ok(rows > 1, `the examples have likely-right events in Iraq (${rows} rows)`);
    assert.ok((await confidences(page)).every((c) => c >= 0.5), `only events of confidence 0.5 or more: ${(await confidences(page)).join(', ')}`);
    const days = async () => (await page.locator('table.events tbody tr td:first-child').allTextContents()).filter((d) => d !== '');
    assert.deepEqual(await days(), [...(await days())].sort().reverse(), 'newest first');
    await page.getByRole('button', { name: 'Date' }).click();
    assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
    assert.deepEqual(await days(), [...(await days())].sort(), 'oldest first after a click on Date');
    assert.ok(((await page.locator('table.events td.evidence').first().textContent()) ?? '').length > 20, 'the evidence sentence is shown');
    await shot(page, 'events');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV' }).click();
    const file = await (await download).path();
    const records = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    const total = ((await (await fetch(`${base}/api/events?q=${encodeURIComponent('country:IQ confidence:>=0.5')}&limit=1`)).json()) as { total: number }).total;
    assert.equal(records.length, total, 'every event of the query, one CSV record each');
    if (rows > 0) assert.ok(records.every((r) => Object.values(r).some((v) => /IRQ|Iraq/.test(v))), 'the rows are the filtered events');
    assert.ok(records.every((r) => Number(r.confidence) >= 0.5), 'the export has the likely-right events only');
    noProblems('events');
    await page.close();
  });

  it('events: "Likely right only" switched off shows every event, and the address keeps it', async () => {
    const page = await open('/#/events?country=IQ');
    const likely = page.getByLabel('Likely right only (confidence ≥ 0.5)');
    await page.locator('.query-shown', { hasText: 'country:IQ confidence:>=0.5' }).waitFor();
    await page.locator('table.events tbody tr').first().waitFor();
    const likelyRows = await page.locator('table.events tbody tr').count();
    await likely.uncheck();
    await page.waitForURL(/likely=all/);
    await page.locator('.query-shown code', { hasText: /^country:IQ$/ }).waitFor();
    assert.ok(await waitFor(async () => (await page.locator('table.events tbody tr').count()) > likelyRows, { timeoutMs: 10000 }), 'more rows');
    assert.ok((await confidences(page)).some((c) => !(c >= 0.5)), 'events below 0.5 are listed too');
    const allTotal = ((await (await fetch(`${base}/api/events?q=country:IQ&limit=1`)).json()) as { total: number }).total;
    assert.equal(await page.locator('table.events tbody tr').count(), allTotal, 'every event in Iraq');
    await shot(page, 'events-all');
    await page.reload();
    await page.locator('.query-shown code', { hasText: /^country:IQ$/ }).waitFor();
    assert.equal(await likely.isChecked(), false, 'off after a reload');
    await likely.check();
    await page.waitForURL((url) => !url.href.includes('likely='));
    await page.locator('.query-shown', { hasText: 'country:IQ confidence:>=0.5' }).waitFor();
    assert.equal(await page.getByLabel('Country').inputValue(), 'IQ', 'the other filters stay');
    noProblems('events toggle');
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
    await page.locator('.note', { hasText: 'places named' }).waitFor();
    assert.ok((await page.locator('path.event-point, path.cluster').count()) > 0, 'events are drawn');
    assert.ok((await page.locator('path.place-point').count()) + (await page.locator('path.cluster').count()) > 1, 'places are drawn');
    await shot(page, 'map');
    await page.getByLabel('Places named in the articles').uncheck();
    assert.equal(await page.locator('path.place-point').count(), 0, 'the places layer can be switched off');
    // The events layer follows "Likely right only" (on by default); the summary counts the events read.
    const eventsRead = async () => Number(/of (\d+) events/.exec((await page.locator('.note[aria-live]').textContent()) ?? '')?.[1]);
    const likelyEvents = await eventsRead();
    await page.getByLabel('Likely right only (confidence ≥ 0.5)').uncheck();
    await page.waitForURL(/likely=all/);
    await page.locator('.note', { hasText: /of \d+ events/ }).waitFor();
    assert.ok(await waitFor(async () => (await eventsRead()) > likelyEvents, { timeoutMs: 20000 }), 'more events read');
    const allEvents = await eventsRead();
    const apiTotal = async (q: string) => ((await (await fetch(`${base}/api/events?q=${encodeURIComponent(q)}&limit=1`)).json()) as { total: number }).total;
    assert.deepEqual([likelyEvents, allEvents], [await apiTotal('iraq confidence:>=0.5'), await apiTotal('iraq')], 'the layer reads the likely-right events, then all');
    noProblems('map');
    await page.close();
  });

  it('network: the actor graph renders, with its relations as a table; "Likely right only" narrows it', async () => {
    // Every event: the examples' attacks are coded with low confidence.
    const page = await open('/#/network?likely=all');
    await page.locator('.network canvas').first().waitFor();
    await page.getByText(/The relations as a table/).click();
    const pairs = await page.locator('.edge-list tbody tr').count();
    assert.ok(pairs > 2, 'actor pairs');
    assert.ok((await page.locator('.edge-list tr.rel-conflict').count()) > 0, 'conflict edges (the examples report attacks)');
    await shot(page, 'network');
    await page.getByLabel('Likely right only (confidence ≥ 0.5)').check();
    await page.waitForURL((url) => !url.href.includes('likely='));
    assert.ok(await waitFor(async () => (await page.locator('.edge-list tbody tr').count()) < pairs, { timeoutMs: 10000 }), 'fewer actor pairs');
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(/#\/timeline/);
    assert.equal(await page.getByLabel('Likely right only (confidence ≥ 0.5)').isChecked(), true, 'the toggle goes along to the other views');
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
    await page.locator('.chips li', { hasText: 'Qassem Soleimani' }).waitFor();
    assert.ok((await page.locator('.event-list li').count()) > 0, 'events with al-Sadr as an actor');
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

  it('errors and empty states say what happened', async () => {
    const page = await open('/#/search?q=' + encodeURIComponent('date:2020-13'));
    await page.getByRole('alert').filter({ hasText: /date|month|2020-13/i }).first().waitFor();
    await page.goto(`${base}/#/search?q=zzyzxqqq`);
    await page.locator('.results .empty', { hasText: 'No article matches' }).waitFor();
    await page.goto(`${base}/#/article/no-such-document`);
    await page.getByRole('alert').filter({ hasText: /no document with id/ }).waitFor();
    await page.goto(`${base}/#/events?q=zzyzxqqq`);
    await page.locator('.empty', { hasText: 'No event matches' }).waitFor();
    await shot(page, 'empty-events');
    noProblems('errors', /status of 40[04]/);
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
    // A highlight's detail is visible on the phone's screen right after the tap.
    await page.locator('.doc-text .m.k-entity').first().click();
    await page.locator('.detail h2').waitFor();
    const box = await page.locator('.detail').boundingBox();
    assert.ok(box && box.y < 844 && box.y + 20 > 0, `the detail is on screen (top at ${box?.y})`);
    await shot(page, 'article-phone');
    await page.close();
  });
});
