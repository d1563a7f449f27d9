import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { extractMetadata } from './metadata.js';

const reference = new Date('2024-01-15T12:00:00Z');
const dateOf = (html: string, url?: string): { published?: string; evidence?: string; modified?: string } => {
  const meta = extractMetadata(parseHtml(html), url, reference);
  return { published: meta.published, evidence: meta.evidence.published, modified: meta.modified };
};

describe('resolvePublished', () => {
  it('trusts a full date in the URL first', () => {
    const r = dateOf('<html><head><meta property="article:published_time" content="2019-08-03T01:00:00+02:00"></head></html>', 'https://example.com/2019/08/02/story/');
    assert.deepEqual([r.published, r.evidence], ['2019-08-02', 'url']);
  });

  it('keeps the time and offset of a meta tag on the URL\'s day, as the page wrote them', () => {
    const r = dateOf('<html lang="en-US"><head><meta property="article:published_time" content="2023-03-12T08:15:00+00:00"></head></html>', 'https://www.example.com/2023/03/12/story/');
    assert.deepEqual([r.published, r.evidence], ['2023-03-12T08:15:00+00:00', 'url+meta:article:published_time']);
  });

  it('takes the publication meta tag over JSON-LD, and both over the modification date', () => {
    const r = dateOf(`<html><head><meta property="article:published_time" content="2020-02-10T14:17:52+01:00">
      <meta property="article:modified_time" content="2020-02-12T09:00:00+01:00">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-09T10:00:00+01:00","dateModified":"2020-02-12T09:00:00+01:00"}</script></head></html>`);
    assert.deepEqual([r.published, r.evidence, r.modified], ['2020-02-10T14:17:52+01:00', 'meta:article:published_time', '2020-02-12T09:00:00+01:00']);
  });

  it('reads a date element of the article, not those of comments or teaser lists, nor an "updated" line', () => {
    const r = dateOf(`<html><body><article><h1>Titel</h1><p class="post-meta">Aktualisiert am 20.01.2022 · <span class="date">Veröffentlicht 21.01.2022 - 13:30</span></p></article>
      <div class="comments"><span class="comment-date">22.01.2022</span></div>
      <ul class="teaser-list"><li><span class="teaser__date">01.01.2022</span></li></ul></body></html>`);
    assert.deepEqual([r.published, r.evidence], ['2022-01-21', 'element:span.date']);
  });

  it('skips a date whose label before its element says it is an edit', () => {
    const r = dateOf('<html><body><div class="page-info">last edited: <span class="odate">17 Jun 2018 15:15</span></div><p>Erstellt am 23. März 2008, 14:00 Uhr</p></body></html>');
    assert.equal(r.published, '2008-03-23');
  });

  it('takes the earliest <time> outside comments', () => {
    const r = dateOf(`<html><body><article><time datetime="2019-06-28T13:49:45+02:00">28 juin 2019</time></article>
      <aside class="sidebar"><time datetime="2019-05-01">1 mai</time></aside><time datetime="2019-07-02T06:19:20+02:00">Le 2 juillet</time></body></html>`);
    assert.equal(r.published, '2019-06-28T13:49:45+02:00');
  });

  it('ignores publication markup repeated for a list of other items', () => {
    const list = ['2019-09-22', '2019-09-20', '2019-09-19'].map((d) => `<li><time pubdate datetime="${d}T07:30:00+02:00">x</time></li>`).join('');
    const r = dateOf(`<html><body><h1>Titel</h1><time datetime="2019-06-28T13:49:45+02:00">28 juin 2019</time><p>Text.</p><ul>${list}</ul></body></html>`);
    assert.equal(r.published, '2019-06-28T13:49:45+02:00');
  });

  it('takes a date after a publication label before any other date of the text', () => {
    const r = dateOf('<html><body><h1>Bericht</h1><p>Termin am 3. April 2019, 10:00 Uhr</p><p>Veröffentlicht am 1. März 2019</p></body></html>');
    assert.deepEqual([r.published, r.evidence], ['2019-03-01', 'text:labelled']);
  });

  it('finds a timestamp in the visible text when the markup says nothing', () => {
    const r = dateOf('<html><body><h1>Bericht</h1><p>Berlin, 12. März 2019, 14:05 Uhr – Der Bericht beginnt.</p><p>Bezug auf den 1. März 2019.</p></body></html>');
    assert.deepEqual([r.published, r.evidence], ['2019-03-12', 'text:timestamp']);
  });

  it('reads the day from the path of the article\'s picture before guessing from the text', () => {
    const r = dateOf('<html><head><meta property="og:image" content="https://cdn.example.com/uploads/2019/03/12/bild.jpg"></head><body><p>Am 1. April 2019 beginnt es.</p></body></html>');
    assert.deepEqual([r.published, r.evidence], ['2019-03-12', 'image-url']);
  });

  it('finds a publication date kept in script state', () => {
    const r = dateOf('<html><head><script>window.meta = {"product":{"published_at":"2019-03-02T06:22:28+01:00"}};</script></head><body></body></html>');
    assert.deepEqual([r.published, r.evidence], ['2019-03-02T06:22:28+01:00', 'script']);
  });

  it('restates a UTC time in the site\'s zone, so the day is the local one', () => {
    const r = dateOf('<html lang="de"><head><meta property="article:published_time" content="2021-11-04T23:00:00+00:00"></head></html>', 'https://www.example.de/artikel');
    assert.deepEqual([r.published, r.evidence], ['2021-11-05T00:00:00+01:00', 'meta:article:published_time+site-zone']);
  });

  it('rejects dates before 1995 and after the reference, and gives undefined when nothing is left', () => {
    const r = dateOf('<html><head><meta name="date" content="1970-01-01"><meta property="article:published_time" content="2030-01-01"></head><body><p>Ohne Datum.</p></body></html>');
    assert.equal(r.published, undefined);
  });
});
