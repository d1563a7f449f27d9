import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TREE_DEPTH, parseHtml, parseHtmlWithShape, treeShape } from './dom.js';

/** A page, text without markup, nothing, and a page nested deeper than MAX_TREE_DEPTH (laid flat while parsed). */
const DEEP_PAGE = `<body>${'<div>'.repeat(MAX_TREE_DEPTH + 100)}<p>deep</p><span>x</span>${'</div>'.repeat(MAX_TREE_DEPTH + 100)}</body>`;
const PAGES = ['<html><head><title>T</title></head><body><div><p>One <b>two</b></p><ul><li>a</li><li>b<br>c</li></ul></div><!-- note --></body></html>', 'just text', '', DEEP_PAGE];

describe('parseHtmlWithShape', () => {
  it('measures the tree as treeShape does, on a page and on one laid flat at MAX_TREE_DEPTH', () => {
    for (const html of PAGES) {
      const parsed = parseHtmlWithShape(html);
      assert.deepEqual(parsed.shape, treeShape(parsed.doc), html.slice(0, 40));
      assert.deepEqual(parsed.shape, treeShape(parseHtml(html)), html.slice(0, 40));
    }
    assert.ok(parseHtmlWithShape(DEEP_PAGE).shape.depth <= MAX_TREE_DEPTH + 1);
  });
});
