import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../test-support/http-server.js';
import { Fetcher, parseRetryAfter, type FetcherOptions, type FetchResult } from './fetcher.js';

const PAGE = '<!doctype html><html lang="en"><head><title>Grain deal</title></head><body><p>Ships left Odesa.</p></body></html>';

/** The test server is on 127.0.0.1: exactly that address is allowed, nothing else private. */
const LOOPBACK_ONLY: FetcherOptions = { allowAddresses: ['127.0.0.1'], perHostDelayMs: 0, retries: 0, backoffMs: 10 };

function failureCode(result: FetchResult): string | undefined {
  return result.ok ? undefined : result.code;
}

describe('Fetcher', () => {
  let server: TestServer;
  let fetcher: Fetcher;
  let attempts = 0;

  before(async () => {
    server = await startTestServer({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n\nUser-agent: Wirewatch\nDisallow: /no-wirewatch/\nDisallow: /private/\n' },
      '/page.html': { headers: { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Wed, 30 Sep 2020 06:49:00 GMT' }, body: PAGE },
      '/gzip.html': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync(PAGE) },
      '/br.html': { headers: { 'content-type': 'text/html', 'content-encoding': 'br' }, body: brotliCompressSync(PAGE) },
      '/deflate.html': { headers: { 'content-type': 'text/html', 'content-encoding': 'deflate' }, body: deflateSync(PAGE) },
      '/bad-encoding.html': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: 'not gzip at all' },
      '/private/secret.html': { body: PAGE },
      '/no-wirewatch/page.html': { body: PAGE },
      '/redirect': { status: 301, headers: { location: '/page.html' } },
      '/loop-a': { status: 302, headers: { location: '/loop-b' } },
      '/loop-b': { status: 302, headers: { location: '/loop-a' } },
      '/big-declared': { headers: { 'content-type': 'text/html', 'content-length': String(5_000_000) }, body: '' },
      '/bomb.html': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(20_000_000, 0x20)) },
      '/not-found': { status: 404 },
      '/conditional': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
        else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(PAGE);
      },
      '/flaky': (_req, res) => {
        attempts++;
        if (attempts < 3) res.writeHead(503, { 'retry-after': '0' }).end('busy');
        else res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      },
      '/rate-limited': { status: 429, headers: { 'retry-after': '3600' } },
      '/hang': () => {
        /* never answers */
      },
      '/slow-body': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>first part');
        // …and nothing more.
      },
      '/endless': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const pump = (): void => {
          // Bounded: stops by itself after 50 MB even if nobody aborts.
          while (sent < 50_000_000 && res.write(chunk)) sent += chunk.length;
          if (sent < 50_000_000 && !res.destroyed) res.once('drain', pump);
          else res.end();
        };
        pump();
      },
    });
    fetcher = new Fetcher({ ...LOOPBACK_ONLY, maxBytes: 1_000_000, timeoutMs: 800 });
  });
  after(async () => {
    await fetcher.close();
    await server.close();
  });

  it('fetches a page with its type and validators, sending the user agent', async () => {
    const result = await fetcher.fetch(`${server.origin}/page.html`);
    assert.ok(result.ok && !result.notModified);
    assert.equal(Buffer.from(result.bytes).toString(), PAGE);
    assert.equal(result.contentType, 'text/html; charset=utf-8');
    assert.equal(result.etag, '"v1"');
    assert.equal(result.lastModified, 'Wed, 30 Sep 2020 06:49:00 GMT');
    const seen = server.requests.find((r) => r.path === '/page.html')!;
    assert.match(String(seen.headers['user-agent']), /^Wirewatch\//);
  });

  it('undoes gzip, br and deflate content encodings; a corrupt one is fetch.bad-encoding', async () => {
    for (const path of ['/gzip.html', '/br.html', '/deflate.html']) {
      const result = await fetcher.fetch(`${server.origin}${path}`);
      assert.ok(result.ok && !result.notModified, path);
      assert.equal(Buffer.from(result.bytes).toString(), PAGE, path);
    }
    assert.equal(failureCode(await fetcher.fetch(`${server.origin}/bad-encoding.html`)), 'fetch.bad-encoding');
  });

  it('follows redirects, reporting the final URL; loops are fetch.too-many-redirects', async () => {
    const result = await fetcher.fetch(`${server.origin}/redirect`);
    assert.ok(result.ok && !result.notModified);
    assert.equal(result.url, `${server.origin}/redirect`);
    assert.equal(result.finalUrl, `${server.origin}/page.html`);
    assert.equal(failureCode(await fetcher.fetch(`${server.origin}/loop-a`)), 'fetch.too-many-redirects');
  });

  it('honours robots.txt: a disallowed page is fetch.robots-disallowed and is never requested', async () => {
    for (const path of ['/private/secret.html', '/no-wirewatch/page.html']) {
      const result = await fetcher.fetch(`${server.origin}${path}`);
      assert.equal(failureCode(result), 'fetch.robots-disallowed', path);
      assert.ok(!server.requests.some((r) => r.path === path), `${path} was requested`);
    }
  });

  it('answers a conditional GET with notModified', async () => {
    const first = await fetcher.fetch(`${server.origin}/conditional`);
    assert.ok(first.ok && !first.notModified);
    const second = await fetcher.fetch(`${server.origin}/conditional`, { etag: first.etag! });
    assert.ok(second.ok && second.notModified);
    assert.equal(server.requests.filter((r) => r.path === '/conditional').at(-1)!.headers['if-none-match'], '"v1"');
  });

  it('an error status is fetch.http-status with the status', async () => {
    const result = await fetcher.fetch(`${server.origin}/not-found`);
    assert.ok(!result.ok);
    assert.equal(result.code, 'fetch.http-status');
    assert.equal(result.status, 404);
  });

  it('retries 503 (Retry-After: 0) until it succeeds', async () => {
    const retrying = new Fetcher({ ...LOOPBACK_ONLY, retries: 3, backoffMs: 5 });
    try {
      const result = await retrying.fetch(`${server.origin}/flaky`);
      assert.ok(result.ok);
      assert.equal(attempts, 3);
    } finally {
      await retrying.close();
    }
  });

  it('does not wait for a Retry-After longer than allowed: it fails at once, saying so', async () => {
    const retrying = new Fetcher({ ...LOOPBACK_ONLY, retries: 3, maxRetryAfterMs: 5000 });
    try {
      const started = Date.now();
      const result = await retrying.fetch(`${server.origin}/rate-limited`);
      assert.ok(!result.ok);
      assert.equal(result.status, 429);
      assert.match(result.message, /asks to wait 3600 s/);
      assert.ok(Date.now() - started < 2000);
    } finally {
      await retrying.close();
    }
  });

  it('times out a server that never answers, and one that stalls mid-body: fetch.timeout', async () => {
    for (const path of ['/hang', '/slow-body']) {
      const started = Date.now();
      const result = await fetcher.fetch(`${server.origin}${path}`);
      assert.equal(failureCode(result), 'fetch.timeout', path);
      assert.ok(Date.now() - started < 3000, `${path} took ${Date.now() - started} ms`);
    }
  });

  it('enforces the size limit: declared, streamed (aborted at the limit) and after decompression', async () => {
    for (const path of ['/big-declared', '/endless', '/bomb.html']) {
      const result = await fetcher.fetch(`${server.origin}${path}`);
      assert.equal(failureCode(result), 'fetch.too-large', path);
    }
  });

  it('waits the per-host delay between two requests to one host', async () => {
    const polite = new Fetcher({ ...LOOPBACK_ONLY, perHostDelayMs: 300 });
    try {
      const started = Date.now();
      await polite.fetch(`${server.origin}/page.html`); // robots.txt, then the page: two starts
      assert.ok(Date.now() - started >= 300, `took ${Date.now() - started} ms`);
    } finally {
      await polite.close();
    }
  });
});

describe('Fetcher address safety', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({
      '/page.html': { headers: { 'content-type': 'text/html' }, body: PAGE },
      '/to-other-loopback': (_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${server.port}/page.html` }).end(),
      '/to-ipv6-loopback': (_req, res) => res.writeHead(302, { location: `http://[::1]:${server.port}/page.html` }).end(),
    });
  });
  after(async () => server.close());

  it('refuses loopback when nothing is allowed, also through a name that resolves to it (localhost)', async () => {
    const fetcher = new Fetcher({ perHostDelayMs: 0, retries: 0 });
    try {
      const literal = await fetcher.fetch(`${server.origin}/page.html`);
      assert.equal(failureCode(literal), 'fetch.refused-private-address');
      const named = await fetcher.fetch(`http://localhost:${server.port}/page.html`);
      assert.equal(failureCode(named), 'fetch.refused-private-address');
      assert.match(named.ok ? '' : named.message, /localhost resolves to .*loopback/);
      assert.equal(server.requests.length, 0, 'nothing reached the server');
    } finally {
      await fetcher.close();
    }
  });

  it('refuses a public-looking name that resolves to a loopback address (checked after DNS, at connect)', async () => {
    const fetcher = new Fetcher({
      perHostDelayMs: 0,
      retries: 0,
      resolver: (_hostname, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
    });
    try {
      const result = await fetcher.fetch(`http://news.example.com:${server.port}/page.html`);
      assert.equal(failureCode(result), 'fetch.refused-private-address');
      assert.equal(server.requests.length, 0);
    } finally {
      await fetcher.close();
    }
  });

  it('with 127.0.0.1 allowed, refuses every other loopback form and every redirect hop to one', async () => {
    const fetcher = new Fetcher(LOOPBACK_ONLY);
    try {
      assert.ok((await fetcher.fetch(`${server.origin}/page.html`)).ok);
      for (const url of [
        `http://127.0.0.2:${server.port}/page.html`,
        `http://[::1]:${server.port}/page.html`,
        `http://[::ffff:127.0.0.2]:${server.port}/page.html`,
        `http://2130706434:${server.port}/page.html`, // 127.0.0.2 as one decimal number
        `${server.origin}/to-other-loopback`,
        `${server.origin}/to-ipv6-loopback`,
      ]) {
        assert.equal(failureCode(await fetcher.fetch(url)), 'fetch.refused-private-address', url);
      }
    } finally {
      await fetcher.close();
    }
  });

  it('refuses other schemes and credentials in URLs', async () => {
    const fetcher = new Fetcher(LOOPBACK_ONLY);
    try {
      assert.equal(failureCode(await fetcher.fetch('file:///etc/passwd')), 'fetch.bad-url');
      assert.equal(failureCode(await fetcher.fetch('not a url')), 'fetch.bad-url');
      assert.equal(failureCode(await fetcher.fetch(`http://user:pw@127.0.0.1:${server.port}/page.html`)), 'fetch.bad-url');
    } finally {
      await fetcher.close();
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('120'), 120_000);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 30_000);
    assert.equal(parseRetryAfter('soon'), undefined);
  });
});
