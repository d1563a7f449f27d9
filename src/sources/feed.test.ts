import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedText } from './feed.js';
import { resourceKind, rootElement } from './resource-kind.js';
import { parseSitemapText } from './sitemap.js';

const BASE = 'https://news.example.org/feeds/main.xml';
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseFeedText', () => {
  it('reads RSS 2.0 items: link (relative ones resolved, fragments dropped), guid, title, pubDate or dc:date', () => {
    const result = parseFeedText(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Main</title><language>en-gb</language>
      <item><title>A &amp; B</title><link>/2024/a.html#top</link><guid isPermaLink="false">a-1</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate></item>
      <item><title>Dated by DC</title><link>https://news.example.org/b</link><dc:date>2024-05-02T08:00:00Z</dc:date></item>
      <item><title>No link</title><description>only text</description></item>
      <item><title>Mail</title><link>mailto:desk@example.org</link></item>
    </channel></rss>`, BASE);
    assert.ok(result.ok);
    assert.equal(result.feed.format, 'rss');
    assert.equal(result.feed.language, 'en-gb');
    assert.deepEqual(result.feed.entries, [
      { url: 'https://news.example.org/2024/a.html', id: 'a-1', title: 'A & B', published: 'Wed, 01 May 2024 10:00:00 GMT' },
      { url: 'https://news.example.org/b', id: 'https://news.example.org/b', title: 'Dated by DC', published: '2024-05-02T08:00:00Z' },
    ]);
    assert.equal(result.feed.entriesWithoutLink, 2);
  });

  it('reads Atom entries by their alternate link, and JSON Feed items', () => {
    const atom = parseFeedText(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2024-05-01T00:00:00Z</updated>
      <entry><title>E</title><id>urn:e1</id><link rel="enclosure" href="https://cdn.example.org/e1.mp3"/><link rel="alternate" href="https://news.example.org/e1"/><updated>2024-05-01T09:00:00Z</updated></entry></feed>`, BASE);
    assert.ok(atom.ok);
    assert.deepEqual(atom.feed.entries, [{ url: 'https://news.example.org/e1', id: 'urn:e1', title: 'E', published: '2024-05-01T09:00:00Z' }]);
    const json = parseFeedText(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', language: 'de', items: [{ id: '7', url: 'https://news.example.org/j7', date_published: '2024-05-03T00:00:00Z' }] }), BASE);
    assert.ok(json.ok);
    assert.equal(json.feed.format, 'json');
    assert.equal(json.feed.language, 'de');
    assert.deepEqual(json.feed.entries, [{ url: 'https://news.example.org/j7', id: '7', published: '2024-05-03T00:00:00Z' }]);
  });

  it('says why a page is not a feed instead of throwing', () => {
    const result = parseFeedText('<html><body>Not a feed</body></html>', BASE);
    assert.ok(!result.ok);
    assert.match(result.message, /not a readable RSS, Atom, RDF or JSON feed/);
  });
});

describe('parseSitemapText', () => {
  it('reads a news sitemap with any namespace prefix', () => {
    const result = parseSitemapText(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example.org/x?a=1&amp;b=2</loc><lastmod>2024-05-01</lastmod><n:news><n:publication><n:name>Ex</n:name><n:language>fr</n:language></n:publication><n:publication_date>2024-05-01T06:00:00+02:00</n:publication_date><n:title>Titre</n:title></n:news></url>
      <url><loc>/relative</loc></url>
      <url><lastmod>2024-05-01</lastmod></url>
    </urlset>`, BASE);
    assert.ok(result.ok && result.sitemap.kind === 'urlset');
    assert.deepEqual(result.sitemap.entries, [
      { url: 'https://news.example.org/x?a=1&b=2', lastmod: '2024-05-01', language: 'fr', published: '2024-05-01T06:00:00+02:00', title: 'Titre' },
      { url: 'https://news.example.org/relative' },
    ]);
  });

  it('reads a sitemap index; refuses other XML', () => {
    const index = parseSitemapText('<sitemapindex><sitemap><loc>https://news.example.org/s1.xml.gz</loc></sitemap><sitemap><loc>ftp://x/s2</loc></sitemap></sitemapindex>', BASE);
    assert.deepEqual(index, { ok: true, sitemap: { kind: 'index', sitemaps: ['https://news.example.org/s1.xml.gz'] } });
    assert.equal(parseSitemapText('<rss><channel/></rss>', BASE).ok, false);
    assert.equal(parseSitemapText('', BASE).ok, false);
  });
});

describe('resourceKind', () => {
  it('goes by the root element for XML, whatever the Content-Type says', () => {
    assert.equal(rootElement('\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- c --><rdf:RDF xmlns:rdf="…">'), 'rdf');
    assert.equal(resourceKind('text/html', bytes('<?xml version="1.0"?><rss version="2.0">')), 'feed');
    assert.equal(resourceKind('text/xml', bytes('<feed xmlns="http://www.w3.org/2005/Atom">')), 'feed');
    assert.equal(resourceKind('application/xml', bytes('<urlset xmlns="…">')), 'sitemap');
    assert.equal(resourceKind('application/json', bytes('{"version": "https://jsonfeed.org/version/1.1", "items": []}')), 'feed');
  });

  it('tells pages, text and other types apart', () => {
    assert.equal(resourceKind('text/html; charset=utf-8', bytes('<!doctype html><html>')), 'page');
    assert.equal(resourceKind(undefined, bytes('<!DOCTYPE html><p>x')), 'page');
    assert.equal(resourceKind('text/plain', bytes('BAGHDAD (Reuters) - …')), 'text');
    assert.equal(resourceKind('image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])), 'unsupported');
    assert.equal(resourceKind('application/pdf', bytes('%PDF-1.7')), 'unsupported');
  });
});
