import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, noStack } from '../../test-support/cli.js';
import { startTestServer, type TestServer } from '../../test-support/http-server.js';
import { CLI_PATH, FIXTURES_DIR, REPO_ROOT } from '../../test-support/paths.js';
import { writeWarc } from '../../test-support/warc.js';

const fixture = (name: string): Buffer => readFileSync(join(FIXTURES_DIR, 'html', name));
/** The test server listens on 127.0.0.1: exactly that is allowed, so every other private address stays refused. */
const NET = ['--allow-address', '127.0.0.1', '--delay', '0'];

describe('wirewatch ingest and watch with URLs and WARC files', () => {
  let server: TestServer;
  let dir: string;
  let warc: string;
  let feedItems: string[];

  const rss = (): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${server.origin}/</link><description>d</description>${feedItems.join('')}</channel></rss>`;
  const entry = (path: string, title: string): string => `<item><title>${title}</title><link>${server.origin}${path}</link><guid>${path}</guid></item>`;

  before(async () => {
    server = await startTestServer({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' },
      '/feed.xml': (req, res) => {
        const body = rss();
        const etag = `"${Buffer.from(body).length}-${feedItems.length}"`;
        if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
        else res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
      },
      '/a/flood.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: fixture('wordpress-article.html') },
      '/a/storm.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: fixture('jsonld-graph-article.html') },
      '/a/quota.html': { headers: { 'content-type': 'text/html; charset=windows-1252' }, body: fixture('legacy-windows-1252.html') },
      '/private/x.html': { headers: { 'content-type': 'text/html' }, body: fixture('german-article.html') },
    });
    dir = mkdtempSync(join(tmpdir(), 'wirewatch-cli-web-'));
    warc = join(dir, 'crawl.warc.gz');
    await writeWarc(warc, [{ url: 'https://zeitung.example.de/radwege', date: '2024-03-13T10:00:00Z', body: fixture('german-article.html') }]);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingest: a feed and a WARC.gz together; a private address in the feed and a robots-disallowed page are reported, exit 4', async () => {
    feedItems = [entry('/a/flood.html', 'Flood'), entry('/private/x.html', 'Private'), `<item><title>Internal</title><link>http://127.0.0.2:${server.port}/a/flood.html</link></item>`];
    const db = join(dir, 'ingest.db');
    const r = await cli(['ingest', '--db', db, ...NET, `${server.origin}/feed.xml`, warc]);
    noStack(r);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /127\.0\.0\.2:\d+\/a\/flood\.html: fetch\.refused-private-address: 127\.0\.0\.2:\d+ is a loopback address/);
    assert.match(r.stderr, /\/private\/x\.html: fetch\.robots-disallowed/);
    assert.match(r.stdout, /Council approves flood barrier/);
    assert.match(r.stdout, /Stadtrat beschließt neues Radwegenetz/);
    assert.match(r.stdout, /2 new, 0 updated, 0 unchanged, 2 rejected/);
  });

  it('ingest: without an allowance the local feed itself is refused, nothing is stored (exit 3)', async () => {
    const r = await cli(['ingest', '--db', join(dir, 'refused.db'), `${server.origin}/feed.xml`]);
    noStack(r);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /feed\.xml: fetch\.refused-private-address/);
  });

  it('ingest: --lang and --host filter a WARC before parsing, and say what they left out', async () => {
    const r = await cli(['ingest', '--db', join(dir, 'filtered.db'), '--lang', 'en', warc]);
    assert.match(r.stderr, /left out: 1 filter\.language/);
    assert.match(r.stdout, /0 new/);
    const bad = await cli(['ingest', '--db', join(dir, 'x.db'), '--lang', 'english!', warc]);
    assert.equal(bad.code, 2);
  });

  it('watch --once: new entries are ingested, an unchanged feed is a 304, a new entry is fetched alone', async () => {
    feedItems = [entry('/a/flood.html', 'Flood'), entry('/a/storm.html', 'Storm')];
    const db = join(dir, 'watch.db');
    const first = await cli(['watch', '--once', '--db', db, ...NET, `${server.origin}/feed.xml`]);
    noStack(first);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /polled 1 feeds \(0 not modified, 0 failed\), 2 new entries: 2 new/);
    const state = JSON.parse(readFileSync(`${db}.watch.json`, 'utf8')) as { feeds: Record<string, { etag?: string; seen: string[] }> };
    assert.deepEqual(state.feeds[`${server.origin}/feed.xml`]!.seen, ['/a/flood.html', '/a/storm.html']);

    const pagesBefore = server.requests.filter((r) => r.path.startsWith('/a/')).length;
    const second = await cli(['watch', '--once', '--db', db, ...NET, `${server.origin}/feed.xml`]);
    assert.match(second.stdout, /polled 1 feeds \(1 not modified, 0 failed\), 0 new entries/);
    assert.equal(server.requests.filter((r) => r.path.startsWith('/a/')).length, pagesBefore, 'no page fetched again');

    feedItems.push(entry('/a/quota.html', 'Quota'));
    const third = await cli(['watch', '--once', '--db', db, ...NET, `${server.origin}/feed.xml`]);
    assert.match(third.stdout, /1 new entries: 1 new/);
    assert.match(third.stdout, /Fishermen protest/);
    assert.deepEqual(server.requests.filter((r) => r.path.startsWith('/a/')).slice(pagesBefore).map((r) => r.path), ['/a/quota.html']);
  });

  it('watch --once exits as ingest does for cron: every feed failing is 3, one of two failing is 4', async () => {
    feedItems = [entry('/a/flood.html', 'Flood')];
    const db = join(dir, 'failing.db');
    const missing = `${server.origin}/no-such-feed.xml`;
    const allFail = await cli(['watch', '--once', '--db', db, ...NET, missing]);
    noStack(allFail);
    assert.equal(allFail.code, 3, allFail.stderr);
    assert.match(allFail.stdout, /polled 1 feeds \(0 not modified, 1 failed\)/);
    const oneFails = await cli(['watch', '--once', '--db', db, ...NET, missing, `${server.origin}/feed.xml`]);
    noStack(oneFails);
    assert.equal(oneFails.code, 4, oneFails.stderr);
    assert.match(oneFails.stdout, /polled 2 feeds \(0 not modified, 1 failed\), 1 new entries: 1 new/);
  });

  it('watch: ctrl-C (SIGINT) between rounds stops at once and cleanly, with the state saved', async () => {
    feedItems = [entry('/a/flood.html', 'Flood')];
    const db = join(dir, 'sigint.db');
    const child = spawn(process.execPath, [CLI_PATH, 'watch', '--every', '1h', '--db', db, ...NET, `${server.origin}/feed.xml`], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no round finished in 60 s: ${stderr}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (/polled 1 feeds/.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const signalled = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    assert.equal(code, 0, stderr);
    assert.ok(Date.now() - signalled < 5000);
    assert.match(stderr, /stopping after the current article/);
    assert.ok(existsSync(`${db}.watch.json`));
  });
});
