import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { indexPage } from './page-index.js';
import { articleNodes, asString, decodeEntities, publisherName, readJsonLd } from './json-ld.js';

const nodesOf = (html: string) => readJsonLd(indexPage(parseHtml(html)).jsonLdScripts);

describe('readJsonLd', () => {
  it('flattens @graph and arrays, and ranks article nodes first', () => {
    const nodes = nodesOf(`<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Seite"},{"@type":"NewsArticle","headline":"Titel"}]}</script>
      <script type="application/ld+json">[{"@type":"Organization","name":"Verlag"}]</script>`);
    assert.equal(nodes.length, 4);
    assert.deepEqual(articleNodes(nodes).map((n) => n['@type']), ['NewsArticle', 'WebPage']);
  });

  it('reads JSON-LD with HTML comments, trailing commas and raw line breaks; skips what cannot be read', () => {
    const nodes = nodesOf(`<script type="application/ld+json"><!-- {"@type":"Article","headline":"Zeile
eins",} --></script><script type="application/ld+json">{ kaputt</script>`);
    assert.equal(nodes.length, 1);
    assert.equal(asString(nodes[0]!.headline), 'Zeile eins');
  });
});

describe('decodeEntities', () => {
  it('decodes entities that CMSs escaped twice, and leaves other text alone', () => {
    assert.equal(decodeEntities('Redacci&oacute;n &amp; Keks&#039;n &#8211; x'), "Redacción & Keks'n – x");
    assert.equal(decodeEntities('a < b & c'), 'a < b & c');
  });
});

describe('publisherName', () => {
  it('reads the publisher by name or by @id reference into the graph', () => {
    const graph = nodesOf(`<script type="application/ld+json">{"@graph":[{"@type":"Organization","@id":"#org","name":"Coastal Daily Times"},
      {"@type":"NewsArticle","publisher":{"@id":"#org"}},{"@type":"BlogPosting","publisher":{"@type":"Organization","name":"Blog"}}]}</script>`);
    const [news, blog] = articleNodes(graph);
    assert.equal(publisherName(news!, graph), 'Coastal Daily Times');
    assert.equal(publisherName(blog!, graph), 'Blog');
  });
});
