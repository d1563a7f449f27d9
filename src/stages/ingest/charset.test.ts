import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeWithReason, encodingForLabel } from './charset.js';
import { FIXTURES_DIR } from '../../test-support/paths.js';

const page = (head: string, body: string, encoding = 'utf-8'): Buffer => iconv.encode(`<html><head>${head}</head><body><p>${body}</p></body></html>`, encoding);

describe('charset cascade', () => {
  it('reads a <meta charset> declaration in a page (windows-1252, curly quotes and €)', () => {
    const d = decodeWithReason(page('<meta charset="windows-1252">', '“Café” costs €5'), { html: true });
    assert.equal(d.encoding, 'utf-8', 'these bytes are valid UTF-8: UTF-8 wins over the legacy label');
    const legacy = decodeWithReason(page('<meta charset="windows-1252">', '“Café” costs €5', 'windows-1252'), { html: true });
    assert.deepEqual([legacy.encoding, legacy.source, legacy.declared], ['windows-1252', 'meta', 'windows-1252']);
    assert.match(legacy.text, /“Café” costs €5/);
  });
  it('reads http-equiv content-type and maps Latin-1 labels to Windows-1252, as browsers do', () => {
    const d = decodeWithReason(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'naïve – “quoted”', 'windows-1252'), { html: true });
    assert.deepEqual([d.encoding, d.source, d.declared], ['windows-1252', 'meta', 'ISO-8859-1']);
    assert.match(d.text, /naïve – “quoted”/);
  });
  it('decodes ISO-8859-2, ISO-8859-5, GBK and Shift_JIS pages', () => {
    const cases: [string, string, string][] = [
      ['iso-8859-2', 'Łódź i Kraków', 'iso-8859-2'],
      ['iso-8859-5', 'Новости дня', 'iso-8859-5'],
      ['gb2312', '北京新闻', 'gbk'],
      ['shift_jis', '東京のニュース', 'cp932'],
    ];
    for (const [label, text, expected] of cases) {
      const d = decodeWithReason(page(`<meta charset="${label}">`, text, expected), { html: true });
      assert.equal(d.encoding, expected, label);
      assert.match(d.text, new RegExp(text), label);
    }
  });
  it('decodes the Shift_JIS fixture page', () => {
    const d = decodeWithReason(readFileSync(join(FIXTURES_DIR, 'html', 'japanese-shift-jis.html')), { html: true });
    assert.equal(d.encoding, 'cp932');
    assert.match(d.text, /港町で新しい防波堤が完成/);
    assert.equal(d.invalidBytes, 0);
  });
  it('lets the HTTP header outrank the page, and a BOM outrank both', () => {
    const bytes = page('<meta charset="utf-8">', 'Fußball', 'windows-1252');
    const http = decodeWithReason(bytes, { html: true, contentType: 'text/html; charset=windows-1252' });
    assert.deepEqual([http.encoding, http.source], ['windows-1252', 'http']);
    const bom = decodeWithReason(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('<meta charset="windows-1252">', 'Fußball')]), { html: true, contentType: 'text/html; charset=iso-8859-2' });
    assert.deepEqual([bom.encoding, bom.source], ['utf-8', 'bom']);
    assert.match(bom.text, /Fußball/);
  });
  it('reads the XML declaration of XHTML', () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="ISO-8859-15"?><html><body><p>Prix : 10 €</p></body></html>', 'iso-8859-15');
    const d = decodeWithReason(bytes, { html: true });
    assert.deepEqual([d.encoding, d.source], ['iso-8859-15', 'xml-declaration']);
    assert.match(d.text, /10 €/);
  });
  it('trusts valid UTF-8 over a legacy label, and Windows-1252 over a UTF-8 label that no byte honours', () => {
    const over = decodeWithReason(page('<meta charset="iso-8859-1">', 'Zürich'), { html: true });
    assert.deepEqual([over.encoding, over.source, over.declared], ['utf-8', 'valid-utf8-over-declared', 'iso-8859-1']);
    const under = decodeWithReason(page('<meta charset="utf-8">', 'Zürich', 'windows-1252'), { html: true });
    assert.deepEqual([under.encoding, under.source], ['windows-1252', 'legacy-despite-utf8-label']);
    assert.match(under.text, /Zürich/);
  });
  it('counts bytes a declared UTF-8 page gets wrong when most of it is right', () => {
    const bytes = Buffer.concat([page('<meta charset="utf-8">', 'Zürich'), Buffer.from([0x93, 0x94])]);
    const d = decodeWithReason(bytes, { html: true });
    assert.deepEqual([d.encoding, d.source, d.invalidBytes], ['utf-8', 'meta', 2]);
  });
  it('does not read markup declarations in plain text, nor trust a UTF-16 label found by scanning bytes as ASCII', () => {
    const text = decodeWithReason(Buffer.from('<meta charset="shift_jis"> is how a page declares it'), {});
    assert.deepEqual([text.encoding, text.source], ['utf-8', 'valid-utf8']);
    assert.equal(encodingForLabel('UTF-16', true), 'utf-8');
    assert.equal(encodingForLabel('UTF-16', false), 'utf-16');
    assert.equal(encodingForLabel('no-such-charset', true), undefined);
  });
  it('ignores an unknown label and falls through to the bytes', () => {
    const d = decodeWithReason(page('<meta charset="x-klingon">', 'café', 'windows-1252'), { html: true });
    assert.deepEqual([d.encoding, d.source], ['windows-1252', 'fallback']);
  });
});
