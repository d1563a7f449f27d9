import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { contentExtension, hasHtmlMarkup, mediaTypeFromName, mediaTypeOf, sniffsAsHtml } from './media-type.js';

describe('media type', () => {
  it('reads file names, looking through .gz', () => {
    assert.equal(contentExtension('/x/Page.HTML.gz'), '.html');
    assert.equal(mediaTypeFromName('a.html'), 'text/html');
    assert.equal(mediaTypeFromName('a.htm.gz'), 'text/html');
    assert.equal(mediaTypeFromName('a.xhtml'), 'text/html');
    assert.equal(mediaTypeFromName('a.txt'), 'text/plain');
    assert.equal(mediaTypeFromName('a.txt.gz'), 'text/plain');
    assert.equal(mediaTypeFromName('a.pdf'), undefined);
    assert.equal(mediaTypeFromName('README'), undefined);
  });
  it('sniffs pages by how they open (WHATWG), through a BOM, whitespace, an XML declaration or gzip', () => {
    for (const opening of ['<!DOCTYPE html><html>', '  \n<html lang="en">', '\uFEFF<!doctype html>', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', '<head><title>x</title>', '<!-- saved from url=(0042) -->\n<html>']) {
      assert.ok(sniffsAsHtml(Buffer.from(opening)), opening);
    }
    assert.ok(sniffsAsHtml(gzipSync(Buffer.from('<!doctype html><p>x</p>'))));
    for (const text of ['BAGHDAD (Reuters) - Iraq said', '<3 from Kyiv', 'a < b and c > d', '']) assert.ok(!sniffsAsHtml(Buffer.from(text)), text);
  });
  it('lets the name decide when it says something, the content otherwise', () => {
    assert.equal(mediaTypeOf('story.txt', Buffer.from('<html><body>x</body></html>')), 'text/plain');
    assert.equal(mediaTypeOf(undefined, Buffer.from('<html><body>x</body></html>')), 'text/html');
    assert.equal(mediaTypeOf('story', Buffer.from('Plain words.')), 'text/plain');
  });
  it('tells markup from text that merely contains angle brackets', () => {
    assert.ok(hasHtmlMarkup('Some text <p>with a paragraph</p>'));
    assert.ok(hasHtmlMarkup('<!DOCTYPE html>'));
    assert.ok(!hasHtmlMarkup('Prices rose 3% (x < y) and <3 emoji, <unknown> tags.'));
  });
});
