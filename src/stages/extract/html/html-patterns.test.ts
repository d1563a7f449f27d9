import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BODY_SELECTORS, CLASS_PATTERNS, FURNITURE_TAGS, NEVER_CONTENT_TAGS } from './html-patterns.js';
import { classTokens, matchClassPattern } from './clean-dom.js';
import { parseHtml, findFirst } from './dom.js';

/** Class names that article containers carry on real sites: no furniture pattern may take them. */
const CONTENT_CLASSES = [
  'article-body', 'entry-content', 'story-body', 'post-content', 'content', 'main-content', 'text', 'paragraph',
  'article__text', 'news-text-wrap', 'rich-text', 'c-article-copy', 'body-copy', 'lead', 'intro', 'teaser-text',
];

const elementWithClass = (cls: string) => findFirst(parseHtml(`<div class="${cls}">x</div>`), (e) => e.name === 'div')!;

describe('HTML pattern data (lint)', () => {
  it('has unique ids, reasons and examples for every class pattern', () => {
    const ids = CLASS_PATTERNS.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const p of CLASS_PATTERNS) {
      assert.ok(p.reason.length > 15, `${p.id} needs a reason`);
      assert.ok(p.examples.length > 0, `${p.id} needs examples`);
      assert.ok(!p.pattern.global && !p.pattern.sticky, `${p.id}: stateful flags make test() depend on the previous call`);
    }
  });
  for (const p of CLASS_PATTERNS) {
    it(`${p.id} matches its examples and no content class`, () => {
      for (const e of p.examples) assert.ok(p.pattern.test(e), `${p.id} should match ${e}`);
      for (const c of CONTENT_CLASSES) assert.ok(!p.pattern.test(c), `${p.id} must not match ${c}`);
    });
  }
  it('has unique ids and reasons for body selectors', () => {
    const ids = BODY_SELECTORS.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const s of BODY_SELECTORS) assert.ok(s.reason.length > 15, `${s.id} needs a reason`);
  });
  it('never treats a tag as both furniture and never-content', () => {
    for (const tag of FURNITURE_TAGS) assert.ok(!NEVER_CONTENT_TAGS.has(tag), tag);
  });
});

describe('classTokens', () => {
  it('drops state classes and BEM modifiers, which say what an element has, not what it is', () => {
    assert.deepEqual(classTokens(elementWithClass('o-section o-section--has-ads js-section--has-ads')), ['o-section', 'o-section']);
    assert.deepEqual(classTokens(elementWithClass('header has-sharing is-sticky')), ['header']);
  });
  it('keeps the block name of a BEM element', () => {
    assert.deepEqual(classTokens(elementWithClass('c-article-share__wrapper')), ['c-article-share__wrapper']);
  });
});

describe('matchClassPattern', () => {
  it('spares an article wrapper whose modifier mentions ads or sharing', () => {
    assert.equal(matchClassPattern(elementWithClass('o-section o-section--has-ads')), undefined);
    assert.equal(matchClassPattern(elementWithClass('entry has-sharing')), undefined);
  });
  it('finds furniture by class or id', () => {
    assert.equal(matchClassPattern(elementWithClass('comment-list'))?.id, 'comments');
    assert.equal(matchClassPattern(elementWithClass('imageCaption'))?.id, 'caption');
    assert.equal(matchClassPattern(findFirst(parseHtml('<div id="disqus_thread">x</div>'), (e) => e.name === 'div')!)?.id, 'comments');
  });
});
