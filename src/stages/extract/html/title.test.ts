import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { extractMetadata } from './metadata.js';
import { stripSiteName, titleParts } from './title.js';

const reference = new Date('2024-01-15T12:00:00Z');
const titleOf = (html: string, url = 'https://www.example.de/artikel/1'): { title?: string; evidence?: string } => {
  const meta = extractMetadata(parseHtml(html), url, reference);
  return { title: meta.title, evidence: meta.evidence.title };
};

describe('stripSiteName', () => {
  it('cuts a known site name before or after the headline', () => {
    assert.equal(stripSiteName('Was ist Innovation? | BeyssOnManagement', ['beyssonmanagement']), 'Was ist Innovation?');
    assert.equal(stripSiteName('Spektrum.de – Lässt sich das kontrollieren?', ['spektrumde']), 'Lässt sich das kontrollieren?');
  });
  it('keeps a kicker joined to the headline with its own separator', () => {
    assert.equal(stripSiteName('Corona-Lockerungen: Autohäuser rechnen mit Flaute | MDR.DE', ['mdrde']), 'Corona-Lockerungen: Autohäuser rechnen mit Flaute');
  });
  it('without a known name, drops what follows a pipe, or keeps a clearly longer part', () => {
    assert.equal(stripSiteName('Der Steinkauz ist der Vogel des Jahres 2021 | Schweizer Jäger Online', []), 'Der Steinkauz ist der Vogel des Jahres 2021');
    assert.equal(stripSiteName('Kurz - Eine sehr viel längere Überschrift des Artikels', []), 'Eine sehr viel längere Überschrift des Artikels');
    assert.equal(stripSiteName('Zwei gleich lange - Teile im Titel', []), 'Zwei gleich lange - Teile im Titel');
  });
  it('drops decoration without letters', () => {
    assert.equal(stripSiteName('Ladensterben immer dramatischer » ☆☆☆☆☆', []), 'Ladensterben immer dramatischer');
  });
  it('splits on the separators titles use, not on a colon inside the headline', () => {
    assert.deepEqual(titleParts('Kim Jong Un: Der Diktator ist zurück | FR.de'), ['Kim Jong Un: Der Diktator ist zurück', 'FR.de']);
  });
});

describe('resolveTitle', () => {
  it('prefers the printed <h1> that agrees with og:title, without the site suffix', () => {
    const r = titleOf(`<html><head><title>Ein „Zitat“ im Titel - Beispiel Zeitung</title><meta property="og:title" content="Ein &quot;Zitat&quot; im Titel">
      <meta property="og:site_name" content="Beispiel Zeitung"></head><body><h1>Ein „Zitat“ im Titel</h1></body></html>`);
    assert.equal(r.title, 'Ein „Zitat“ im Titel');
    assert.match(r.evidence ?? '', /^h1=/);
  });

  it('does not take a blog\'s name in <h1> for the headline in h2.entry-title', () => {
    const r = titleOf(`<html><head><title>Ins neue Jahr | Literaturgeflüster</title><meta property="og:site_name" content="Literaturgeflüster"></head>
      <body><header class="site-header"><h1 class="site-title"><a href="/">Literaturgeflüster</a></h1></header>
      <article><h2 class="entry-title">Ins neue Jahr</h2><p>Text des Beitrags.</p></article></body></html>`, 'https://literaturgefluester.example.com/2019/01/01/ins-neue-jahr/');
    assert.equal(r.title, 'Ins neue Jahr');
  });

  it('cuts the kicker a template prints inside the headline', () => {
    const r = titleOf(`<html><head><title>Corona-Pandemie - „Es kommt darauf an, wie Menschen sterben“ | Cicero Online</title></head>
      <body><h1><span class="teaser-small__kicker">Corona-Pandemie</span><span class="visually-hidden"> - </span>
      <span class="h1">„Es kommt darauf an, wie Menschen sterben“</span></h1></body></html>`);
    assert.equal(r.title, '„Es kommt darauf an, wie Menschen sterben“');
  });

  it('cuts a date printed before the headline', () => {
    const r = titleOf('<html><head><title>Wierer darf beim Abschluss noch jubeln</title></head><body><h1>23.01.2022 - Wierer darf beim Abschluss noch jubeln</h1></body></html>');
    assert.equal(r.title, 'Wierer darf beim Abschluss noch jubeln');
  });

  it('keeps a heading whose second part continues the sentence', () => {
    const r = titleOf('<html><head><title>Frauen im THW: Vergangenheit und Zukunft</title></head><body><h1><span>Frauen im THW</span>: Vergangenheit und Zukunft</h1></body></html>');
    assert.equal(r.title, 'Frauen im THW: Vergangenheit und Zukunft');
  });

  it('takes the JSON-LD headline when no h1 agrees with a declared title', () => {
    const r = titleOf(`<html><head><title>Hingucker beim Flugplatzfest | MZ</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung"}</script></head>
      <body><h2>Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung</h2></body></html>`);
    assert.equal(r.title, 'Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung');
    assert.equal(r.evidence, 'json-ld:headline');
  });

  it('reads Japanese headlines without their ruby readings', () => {
    const r = titleOf('<html><head><title>NEWS WEB EASY</title></head><body><h1><ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1></body></html>', 'https://www3.nhk.example.jp/news/easy/1.html');
    assert.equal(r.title, '法律ができる');
  });

  it('ignores headings in comments, navigation and side lists', () => {
    const r = titleOf(`<html><head><title>Der eigentliche Titel des Artikels</title></head><body>
      <nav><h1>Menü der ganzen Website</h1></nav><main><h1>Der eigentliche Titel des Artikels</h1></main>
      <aside class="sidebar"><h2>Weitere Artikel der Redaktion</h2></aside></body></html>`);
    assert.equal(r.title, 'Der eigentliche Titel des Artikels');
  });

  it('takes the first <h2> of a page without <h1> over an unrelated <title>', () => {
    const r = titleOf('<html><head><title>Feuerwehr Oldenburg - Ausbildung</title></head><body><nav><h2>Menü</h2></nav><div id="body"><h2 id="bootsdienst">Bootsdienst Ausbildung</h2><p>Text.</p></div></body></html>');
    assert.deepEqual(r, { title: 'Bootsdienst Ausbildung', evidence: 'h2:first' });
  });

  it('falls back to <title> without the site name, and gives undefined for an empty page', () => {
    assert.equal(titleOf('<html><head><title>Ein Titel ohne Überschrift | Beispiel</title></head><body><p>Text</p></body></html>').title, 'Ein Titel ohne Überschrift');
    assert.equal(titleOf('<html><body></body></html>').title, undefined);
  });
});
