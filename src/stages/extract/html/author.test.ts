import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { extractMetadata } from './metadata.js';
import { AUTHOR_REJECTS, cleanAuthor } from './author-names.js';
import { bylineNames } from './author-lines.js';

const reference = new Date('2024-01-15T12:00:00Z');
const authorOf = (html: string, url = 'https://www.example.de/2020/01/02/artikel'): { author?: string; evidence?: string } => {
  const meta = extractMetadata(parseHtml(html), url, reference);
  return { author: meta.author, evidence: meta.evidence.author };
};

describe('author reject data (lint)', () => {
  it('has unique ids and a reason for each rule', () => {
    assert.equal(new Set(AUTHOR_REJECTS.map((r) => r.id)).size, AUTHOR_REJECTS.length);
    for (const r of AUTHOR_REJECTS) assert.ok(r.reason.length > 15, r.id);
  });
});

describe('cleanAuthor', () => {
  const cases: [string, string | undefined][] = [
    ['By Jane Doe, Staff Writer | Reuters', 'Jane Doe'],
    ['Veröffentlicht von Max Muster am 12.03.2019', 'Max Muster'],
    ['Erstellt von Fabian am Dienstag 6. Mai 2014', 'Fabian'],
    ['von Michael Rädel 24. Januar 2022 15:40', 'Michael Rädel'],
    ['Eric Levitz@EricLevitz', 'Eric Levitz'],
    ['Inga HoeltmannFollow', 'Inga Hoeltmann'],
    ['Kay 24 Comments', 'Kay'],
    ['Dominique —', 'Dominique'],
    ['22.11.2022 Christian Mihatsch', 'Christian Mihatsch'],
    ['Redaktion', 'Redaktion'],
    ['admin', undefined],
    ['Name *', undefined],
    ['Posted on', undefined],
    ['https://www.facebook.com/someone', undefined],
    ['jane@example.com', undefined],
    ['Published: 22:00 GMT', undefined],
  ];
  for (const [raw, name] of cases) it(`${JSON.stringify(raw)} → ${JSON.stringify(name)}`, () => assert.equal(cleanAuthor(raw), name));

  it('rejects the site\'s own name only when asked (meta tags), not in a byline', () => {
    const sites = new Set(['mdrde']);
    assert.equal(cleanAuthor('mdr.de', sites, true), undefined);
    assert.equal(cleanAuthor('mdr.de', sites, false), 'mdr.de');
  });
});

describe('bylineNames', () => {
  it('reads the names after a label where bylines stand', () => {
    assert.equal(bylineNames('Datum: 03.11.2021 Autor: Peter Maahn Lesezeit: 5 min'), 'Peter Maahn');
    assert.equal(bylineNames('Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45'), 'Pamela Sladky');
    assert.equal(bylineNames('06.11.2023 13:30 von Olga'), 'Olga');
    assert.equal(bylineNames('Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.'), 'Uta Staschewski');
  });
  it('does not read sentences that contain "von" or "by"', () => {
    assert.equal(bylineNames('Von der Leyen will die Ukraine in die EU holen'), undefined);
    assert.equal(bylineNames('Das Gesetz wurde von 1990 bis 2000 geändert'), undefined);
  });
});

describe('resolveAuthor', () => {
  it('takes JSON-LD Person authors, resolving @id references in @graph', () => {
    const r = authorOf(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"X","author":[{"@id":"#p1"},{"@id":"#p2"}]},
      {"@type":"Person","@id":"#p1","name":"Anna Beispiel"},{"@type":"Person","@id":"#p2","name":"Bernd Muster"}]}</script></head><body></body></html>`);
    assert.deepEqual(r, { author: 'Anna Beispiel; Bernd Muster', evidence: 'json-ld:author' });
  });

  it('prefers the printed byline that names everyone JSON-LD names, as printed', () => {
    const r = authorOf(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Anna Beispiel"},{"@type":"Person","name":"Bernd Muster"}]}</script></head>
      <body><p class="byline">Von Anna Beispiel und Bernd Muster</p></body></html>`);
    assert.equal(r.author, 'Anna Beispiel und Bernd Muster');
  });

  it('prefers a byline over a CMS login or the site\'s name in JSON-LD', () => {
    const r = authorOf(`<html><head><script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"christian.stadtfeld"}}</script></head>
      <body><span class="author vcard"><a class="url fn">Christian P. Stadtfeld</a></span></body></html>`);
    assert.equal(r.author, 'Christian P. Stadtfeld');
  });

  it('reads hCard and byline markup, and ignores comment authors and form labels', () => {
    const r = authorOf(`<html><body><article><h1>Titel</h1><div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span>
      <span class="author vcard"><a class="url fn n" href="/author/marc">marc</a></span></div><p>Text.</p></article>
      <div id="comments"><div class="comment-author vcard"><cite class="fn">Eine Leserin</cite> sagt:</div>
      <p class="comment-form-author"><label>Name *</label></p></div></body></html>`);
    assert.equal(r.author, 'marc');
  });

  it('reads a "Von …" line when no markup names the author', () => {
    const r = authorOf('<html><body><h1>Streit ums Feuerholz</h1><p>Von Roland Brockmann und Sebastian Drescher</p><p>Kakuma – Der Text beginnt hier.</p></body></html>');
    assert.equal(r.author, 'Roland Brockmann und Sebastian Drescher');
  });

  it('falls back to meta author, but not when it is the site itself', () => {
    assert.equal(authorOf('<html><head><meta name="author" content="Jane Doe"></head><body></body></html>').author, 'Jane Doe');
    assert.equal(authorOf('<html><head><meta name="author" content="example.de"></head><body></body></html>').author, undefined);
  });

  it('reads a label in an element of its own, and Chinese editor lines', () => {
    assert.equal(authorOf('<html><body><div class="col"><h5 class="title-inline">Autor: </h5>Peter Maahn</div></body></html>').author, 'Peter Maahn');
    assert.equal(authorOf('<html><body><div class="p-tags">【纠错】 责任编辑： 焦鹏</div></body></html>').author, '焦鹏');
  });

  it('reads a name on the line after its label, and the agency of a dateline (not a country in brackets)', () => {
    assert.equal(authorOf('<html><body><p>Text.</p><div class="info"><a href="/autor"><b>Von:</b><br><br>Götz Warnke</a></div></body></html>').author, 'Götz Warnke');
    assert.equal(authorOf('<html><body><h1>Titel</h1><p>Hamburg (dpa/lno) – Trotz eines Gesprächs blieb es beim Streit.</p></body></html>').author, 'dpa/lno');
    assert.equal(authorOf('<html><body><h1>Titel</h1><p>Moskau (Russland) – Der Bericht beginnt.</p></body></html>').author, undefined);
  });

  it('takes a person who holds the copyright as a last resort, never a company or a photo credit', () => {
    assert.equal(authorOf('<html><body><p>Text.</p><footer><p>Copyright (c) 2012- Gregory Szorc. All rights reserved.</p></footer></body></html>').author, 'Gregory Szorc');
    assert.equal(authorOf('<html><body><footer><p>© 2022 Beispiel Verlag GmbH</p></footer></body></html>').author, undefined);
    assert.equal(authorOf('<html><body><figure><img src="a.jpg"><figcaption>© Iona Dutz</figcaption></figure></body></html>').author, undefined);
  });

  it('reads the Twitter card\'s "Written by" label', () => {
    const r = authorOf('<html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Redaktion"></head><body></body></html>');
    assert.equal(r.author, 'Redaktion');
  });
});
