import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ingestInputs, type IngestReport } from '../ingest/ingest-inputs.js';
import { openSources } from '../ingest/source-inputs.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { startTestServer, type TestServer } from '../test-support/http-server.js';
import { FIXTURES_DIR } from '../test-support/paths.js';
import { writeWarc } from '../test-support/warc.js';

const fixture = (name: string): Buffer => readFileSync(join(FIXTURES_DIR, 'html', name));
const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** The Riverside Gazette story re-posted by another outlet: its own URL and name, the same article. */
const syndicatedCopy = (): string =>
  fixture('wordpress-article.html')
    .toString('utf8')
    .replaceAll('www.riverside-gazette.example/2024/03/12/council-approves-flood-barrier/', 'valley-herald.example/syndicated/flood-barrier/')
    .replaceAll('Riverside Gazette', 'Valley Herald');

function routes(origin: () => string, port: () => number): Record<string, Parameters<typeof startTestServer>[0] extends Record<string, infer R> | undefined ? R : never> {
  const rss = (): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Riverside Gazette</title><link>${origin()}/</link><description>News</description>
  <item><title>Council approves flood barrier</title><link>${origin()}/articles/flood-barrier.html</link><guid>fb-1</guid><pubDate>Tue, 12 Mar 2024 09:00:00 GMT</pubDate></item>
  <item><title>Radwegenetz</title><link>/articles/radwege.html</link><pubDate>Wed, 13 Mar 2024 09:00:00 GMT</pubDate></item>
  <item><title>Members only</title><link>${origin()}/private/members.html</link></item>
  <item><title>Internal</title><link>http://127.0.0.2:${port()}/articles/flood-barrier.html</link></item>
  <item><title>Internal v6</title><link>http://[::1]:${port()}/articles/flood-barrier.html</link></item>
  <item><title>Same story, another outlet</title><link>${origin()}/syndicated/flood-barrier.html</link><pubDate>Tue, 12 Mar 2024 15:00:00 GMT</pubDate></item>
</channel></rss>`;
  const atom = (): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Daily Times</title><id>urn:coastal</id><updated>2024-03-14T08:00:00Z</updated>
  <entry><title>Storm cuts power</title><id>urn:coastal:4471</id><link rel="alternate" href="${origin()}/articles/storm.html"/><published>2024-03-14T08:00:00Z</published><updated>2024-03-14T08:00:00Z</updated></entry>
</feed>`;
  const json = (): string => JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Harbour Post',
    items: [{ id: 'hp-1', url: `${origin()}/articles/quota.html`, title: 'Fishermen protest', date_published: '2024-03-15T07:00:00Z' }],
  });
  const sitemapIndex = (): string => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin()}/news-sitemap.xml.gz</loc></sitemap></sitemapindex>`;
  const newsSitemap = (): string => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>${origin()}/articles/quota.html</loc><news:news><news:publication><news:name>Harbour Post</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-03-15T07:00:00Z</news:publication_date><news:title>Fishermen protest</news:title></news:news></url>
  <url><loc>${origin()}/articles/kiji.html</loc><news:news><news:publication><news:name>Shimbun</news:name><news:language>ja</news:language></news:publication><news:publication_date>2024-03-16T07:00:00Z</news:publication_date><news:title>記事</news:title></news:news></url>
</urlset>`;
  return {
    '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /private/\n' },
    '/feed.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss()),
    '/atom.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom()),
    '/feed.json': (_req, res) => res.writeHead(200, { 'content-type': 'application/feed+json' }).end(json()),
    '/sitemap_index.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(sitemapIndex()),
    '/news-sitemap.xml.gz': (_req, res) => res.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(newsSitemap())),
    '/articles/flood-barrier.html': { headers: HTML, body: fixture('wordpress-article.html') },
    '/syndicated/flood-barrier.html': (_req, res) => res.writeHead(200, HTML).end(syndicatedCopy()),
    '/articles/radwege.html': { headers: HTML, body: fixture('german-article.html') },
    '/articles/storm.html': { headers: HTML, body: fixture('jsonld-graph-article.html') },
    '/articles/quota.html': { headers: { 'content-type': 'text/html; charset=windows-1252' }, body: fixture('legacy-windows-1252.html') },
    '/articles/kiji.html': { headers: { 'content-type': 'text/html; charset=Shift_JIS' }, body: fixture('japanese-shift-jis.html') },
    '/private/members.html': { headers: HTML, body: fixture('wordpress-article.html') },
  };
}

describe('web sources end to end: a local server, into a SQLite store', () => {
  let server: TestServer;
  let dir: string;
  let warc: string;

  before(async () => {
    let origin = '';
    let port = 0;
    server = await startTestServer(routes(() => origin, () => port));
    origin = server.origin;
    port = server.port;
    dir = mkdtempSync(join(tmpdir(), 'wirewatch-web-'));
    warc = join(dir, 'crawl.warc.gz');
    await writeWarc(warc, [
      { url: 'https://www.riverside-gazette.example/2024/03/12/council-approves-flood-barrier/', date: '2024-03-12T10:00:00Z', body: fixture('wordpress-article.html') },
      { url: 'https://coastaldailytimes.example/news/weather/storm-cuts-power-northern-coast-4471', date: '2024-03-14T10:00:00Z', body: fixture('jsonld-graph-article.html') },
      { url: 'https://zeitung.example.de/radwege', date: '2024-03-13T10:00:00Z', body: fixture('german-article.html') },
    ]);
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function ingest(inputs: string[], store: SqliteStore, filters = {}): Promise<{ report: IngestReport; skipped: Record<string, number | undefined> }> {
    const sources = openSources(inputs, { maxBytes: 1_000_000, filters, fetch: { allowAddresses: ['127.0.0.1'], perHostDelayMs: 0, retries: 0 } });
    try {
      const report = await ingestInputs(sources.items, store);
      return { report, skipped: sources.skipped };
    } finally {
      await sources.close();
    }
  }

  it('ingests RSS, Atom and JSON feeds, a gzipped news sitemap behind an index and a WARC.gz; refuses private addresses and robots-disallowed pages', async () => {
    const store = SqliteStore.open(join(dir, 'all.db'));
    try {
      const { report } = await ingest([`${server.origin}/feed.xml`, `${server.origin}/atom.xml`, `${server.origin}/feed.json`, `${server.origin}/sitemap_index.xml`, warc], store);
      const rejected = report.rejected.map((r) => `${r.code} ${r.path.replace(String(server.port), 'PORT')}`).sort();
      assert.deepEqual(rejected, [
        'fetch.refused-private-address http://127.0.0.2:PORT/articles/flood-barrier.html',
        'fetch.refused-private-address http://[::1]:PORT/articles/flood-barrier.html',
        `fetch.robots-disallowed ${server.origin}/private/members.html`.replace(String(server.port), 'PORT'),
      ]);
      // Feeds: flood barrier, Radwege, the syndicated copy; Atom: storm; JSON Feed and sitemap: quota (fetched once), kiji; WARC: 3.
      const titles = report.documents.map((d) => d.title).sort();
      assert.equal(report.documents.length, 9, titles.join(' | '));
      assert.ok(titles.includes('Storm cuts power to 40,000 homes along the northern coast'));
      assert.ok(titles.includes('Fishermen protest over quota cuts'));
      assert.equal(server.requests.filter((r) => r.path === '/articles/quota.html').length, 1, 'a link in two sources is fetched once');
      assert.ok(!server.requests.some((r) => r.path.startsWith('/private/')), 'the disallowed page was never requested');

      // The feed's page and its WARC capture name one canonical URL: one document. The syndicated
      // copy, under its own URL and outlet name, is another document in the same cluster.
      const stored = await store.list({ limit: 50 });
      const gazette = stored.filter((d) => d.title === 'Council approves flood barrier for the lower town');
      assert.equal(gazette.length, 2, stored.map((d) => `${d.source}: ${d.title}`).join('\n'));
      const cluster = await store.cluster(gazette[0]!.id);
      assert.deepEqual(cluster.map((r) => r.docId).sort(), gazette.map((d) => d.id).sort());
      assert.equal(new Set(cluster.map((r) => r.clusterId)).size, 1);
      assert.equal(cluster.filter((r) => r.duplicateOf === undefined).length, 1, 'one original, the other a duplicate of it');
      assert.ok(cluster.some((r) => (r.similarity ?? 0) > 0.8));
      // Other stories stay in clusters of their own.
      const storm = stored.find((d) => d.title.startsWith('Storm cuts power'))!;
      assert.deepEqual((await store.cluster(storm.id)).map((r) => r.docId), [storm.id]);
      // …except the German story, fetched from the feed and archived under another URL: two documents, one cluster.
      const withCopies = [];
      for (const d of stored) if ((await store.cluster(d.id)).length > 1) withCopies.push(d.title);
      assert.deepEqual(withCopies.sort(), [
        'Council approves flood barrier for the lower town',
        'Council approves flood barrier for the lower town',
        'Stadtrat beschließt neues Radwegenetz für die Innenstadt',
        'Stadtrat beschließt neues Radwegenetz für die Innenstadt',
      ]);
    } finally {
      await store.close();
    }
  });

  it('applies --since, --host and --lang to feed and sitemap entries before fetching them', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const before = server.requests.length;
      const { report, skipped } = await ingest([`${server.origin}/feed.xml`, `${server.origin}/sitemap_index.xml`], store, { since: new Date('2024-03-13T00:00:00Z'), languages: ['en', 'de'] });
      const fetched = server.requests.slice(before).map((r) => r.path);
      // Feed: the items dated before the 13th are out, undated ones stay (refused/disallowed as before); sitemap: ja is out.
      assert.ok(!fetched.includes('/articles/flood-barrier.html'));
      assert.ok(!fetched.includes('/articles/kiji.html'));
      assert.deepEqual(report.documents.map((d) => d.title).sort(), ['Fishermen protest over quota cuts', 'Stadtrat beschließt neues Radwegenetz für die Innenstadt']);
      assert.deepEqual(skipped, { 'filter.date': 2, 'filter.language': 1 });
    } finally {
      await store.close();
    }
  });
});
