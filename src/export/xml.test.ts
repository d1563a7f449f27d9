import assert from 'node:assert/strict';
import { it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlText } from './xml.js';

it('xmlText escapes markup, keeps white space through attributes, and drops what XML 1.0 cannot carry', () => {
  const nasty = 'a & b < c > "d" \'e\'\tf\ng\u0001h\uD800i😀';
  const escaped = xmlText(nasty);
  assert.equal(escaped, 'a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;&#9;f&#10;ghi😀');
  const doc = `<r a="${escaped}">${escaped}</r>`;
  assert.equal(XMLValidator.validate(doc), true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true }).parse(doc) as { r: { a: string } };
  assert.equal(parsed.r.a, 'a & b < c > "d" \'e\'\tf\nghi😀');
});
