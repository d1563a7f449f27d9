import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attr, parseHtml } from './dom.js';
import { indexPage, ZONE_PATTERNS } from './page-index.js';

const zones = (html: string): Record<string, string | undefined> => {
  const index = indexPage(parseHtml(html));
  return Object.fromEntries(index.marked.filter((p) => attr(p.el, 'id')).map((p) => [attr(p.el, 'id')!, p.zone]));
};

describe('zone pattern data (lint)', () => {
  for (const p of ZONE_PATTERNS) {
    it(`${p.zone} matches its examples`, () => {
      assert.ok(p.reason.length > 15);
      for (const e of p.examples) assert.ok(p.pattern.test(e), `${p.zone} should match ${e}`);
    });
  }
});

describe('indexPage zones', () => {
  it('marks comments, side lists, navigation and the site footer', () => {
    const z = zones(`<body><main><h1 id="h">T</h1><p id="p">x</p></main><div class="comments"><p id="c">c</p></div>
      <div class="related-posts"><p id="r">r</p></div><nav><a id="n">n</a></nav><footer class="site-footer"><p id="f">f</p></footer></body>`);
    assert.deepEqual(z, { h: undefined, p: undefined, c: 'comments', r: 'related', n: 'nav', f: 'footer' });
  });

  it('does not take layout classes for zones: the page builder\'s widgets, "has-sidebar", a sidebar class around the article', () => {
    const z = zones(`<body class="has-sidebar"><div class="content-area sidebar"><h1 id="h">T</h1></div>
      <div class="elementor-widget elementor-widget-heading"><p id="w">x</p></div><div class="one-sidebar main"><div class="post_excerpt"><p id="e">e</p></div></div></body>`);
    assert.deepEqual(z, { h: undefined, w: undefined, e: undefined });
  });

  it('keeps an article\'s own footer out of the footer zone, but not its comment block', () => {
    const z = zones('<body><article><h1>T</h1><footer class="entry-footer"><span id="a">by Jane</span></footer><footer class="comment-meta"><span id="c">c</span></footer></article></body>');
    assert.deepEqual(z, { a: undefined, c: 'comments' });
  });

  it('gives headings, marked elements and text parents the zone of their outermost zoned ancestor, repeated text included', () => {
    const index = indexPage(parseHtml(`<body><h2 id="top">Top</h2><div class="comments"><h2 id="ch" class="title">c</h2><div class="sidebar"><p>same</p><p>same</p></div></div>
      <article><aside class="comment-list"><h3>r</h3></aside><aside><span id="s">s</span></aside></article><p>same</p></body>`));
    assert.deepEqual(index.headings.map((p) => [p.el.name, p.zone]), [['h2', undefined], ['h2', 'comments'], ['h3', 'comments']]);
    assert.deepEqual(index.marked.map((p) => [attr(p.el, 'id') ?? attr(p.el, 'class'), p.zone]), [['top', undefined], ['comments', 'comments'], ['ch', 'comments'], ['sidebar', 'comments'], ['comment-list', 'comments'], ['s', undefined]]);
    assert.deepEqual(index.textParents.map((t) => [t.data.trim(), t.zone]), [['Top', undefined], ['c', 'comments'], ['same', 'comments'], ['same', 'comments'], ['r', 'comments'], ['s', undefined], ['same', undefined]]);
    assert.deepEqual(index.text.map((t) => t.trim()), ['Top', 's', 'same']);
    assert.ok(index.marked.every((p, i) => i === 0 || p.order > index.marked[i - 1]!.order));
  });

  it('collects visible text outside zones only, and survives deep nesting', () => {
    const deep = '<div>'.repeat(5000) + 'tief' + '</div>'.repeat(5000);
    const index = indexPage(parseHtml(`<body><p>sichtbar</p><script>var x = 1;</script><div class="comments">kommentar</div>${deep}</body>`));
    assert.deepEqual(index.text.map((t) => t.trim()), ['sichtbar', 'tief']);
  });
});
