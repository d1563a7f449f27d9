import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, parseDocument, Tokenizer, type ParserOptions } from 'htmlparser2';
import { DomHandler } from 'domhandler';
import type { AnyNode } from 'domhandler';
import { FIXTURES_DIR } from '../../../test-support/paths.js';
import { CAN_SKIP, SkippingTokenizer } from './skipping-tokenizer.js';

const OPTIONS: ParserOptions = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** A DOM as plain data: types, names, attributes, text, in document order. */
function shape(node: AnyNode): unknown {
  const n = node as { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: AnyNode[] };
  return [n.type, n.name ?? null, n.attribs ?? null, n.data ?? null, (n.children ?? []).map(shape)];
}

const parsedBy = (html: string, tokenizer: typeof Tokenizer): unknown => shape(parseDocument(html, { ...OPTIONS, Tokenizer: tokenizer }));

/** The DOM of html written to the parser in pieces of `size` characters (the tokenizer's buffer is each piece in turn). */
function parsedInPieces(html: string, size: number, tokenizer: typeof Tokenizer): unknown {
  const handler = new DomHandler();
  const parser = new Parser(handler, { ...OPTIONS, Tokenizer: tokenizer });
  for (let at = 0; at < html.length; at += size) parser.write(html.slice(at, at + size));
  parser.end();
  return shape(handler.root);
}

/** Entities (named, numeric, legacy without `;`, broken), quotes, raw-text elements, comments, CDATA, cut-off markup. */
const EDGE_CASES = [
  'AT&T &amp; Co &ampx &amp &notit; &notin; &#x41;&#65;&#0;&#x80; &# &#x; &&amp; & < > <<a>',
  '<p title="a &amp; b &quot;q&quot; &ampx=1">x</p><p title=\'it&apos;s "fine" &lt;\'>y</p><a href=/x?a=1&b=2&amp;c=3>z</a>',
  '<a href="?x=1&copy=2&copy;">legacy in attributes</a><img alt="&notit; &notin;" src="a.png">',
  '<title>A &amp; B &lt;C&gt;</title><textarea>&amp; raw</textarea><xmp>&amp; <b>raw</b></xmp>',
  '<script>if (a < b && c > d) { s = "</scr" + "ipt>"; x = \'&amp;\'; }</script><style>a>b{content:"&amp;"}</style>',
  '<script/>text after a self-closing script &amp; more<script>x</script>',
  '<!-- a comment with <tags> & &amp; --><!--->--><![CDATA[ data & <b> ]]><?pi &amp; ?><!DOCTYPE html>',
  '<div>text &am</foo>p; split by an ignored end tag</div>',
  '<svg><title>In SVG &amp; foreign</title><style>x</style></svg><math><mi>&pi;</mi></math>',
  '<p>unclosed attribute <a href="x &amp y',
  '<p>text ending in an entity &amp',
  '<p>text ending in a broken entity &#x',
  "<p class='single' data-x=\"double\" data-y=unquoted&amp;x data-z>",
  '<P CLASS="Upper">Mixed &AMP; case &Amp;</P>',
  '', 'no markup at all & nothing else', '&', '<', '"\'&',
];

describe('SkippingTokenizer', () => {
  it('has the htmlparser2 steps it replaces', () => {
    assert.equal(CAN_SKIP, true);
  });

  it('builds the same DOM as the plain tokenizer on edge cases', () => {
    for (const html of EDGE_CASES) assert.deepEqual(parsedBy(html, SkippingTokenizer), parsedBy(html, Tokenizer), html);
  });

  it('builds the same DOM as the plain tokenizer on the fixture pages', () => {
    const dir = join(FIXTURES_DIR, 'html');
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    assert.ok(pages.length > 0);
    for (const file of pages) {
      const html = readFileSync(join(dir, file), 'utf8');
      assert.deepEqual(parsedBy(html, SkippingTokenizer), parsedBy(html, Tokenizer), file);
    }
  });

  it('builds the same DOM as the plain tokenizer when the page comes in pieces', () => {
    const html = EDGE_CASES.join('\n');
    for (const size of [1, 2, 3, 7, 64]) assert.deepEqual(parsedInPieces(html, size, SkippingTokenizer), parsedInPieces(html, size, Tokenizer), `pieces of ${size}`);
  });

  it('steps over a run of text or of an attribute value in a few steps, not one per character', () => {
    const steps = { text: 0, value: 0 };
    const counting = class extends SkippingTokenizer {};
    const proto = counting.prototype as unknown as { stateText(c: number): void; stateInAttributeValueDoubleQuotes(c: number): void };
    const skipping = SkippingTokenizer.prototype as unknown as typeof proto;
    proto.stateText = function (this: unknown, c: number) {
      steps.text++;
      skipping.stateText.call(this, c);
    };
    proto.stateInAttributeValueDoubleQuotes = function (this: unknown, c: number) {
      steps.value++;
      skipping.stateInAttributeValueDoubleQuotes.call(this, c);
    };
    const run = 'x'.repeat(10_000);
    const doc = parseDocument(`<p title="${run}">${run} &amp; ${run}</p>`, { ...OPTIONS, Tokenizer: counting });
    assert.deepEqual(shape(doc), parsedBy(`<p title="${run}">${run} &amp; ${run}</p>`, Tokenizer));
    assert.ok(steps.text < 10 && steps.value < 10, JSON.stringify(steps));
  });
});
