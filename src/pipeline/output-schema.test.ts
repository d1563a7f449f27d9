import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysedDocument } from '../model/schema.js';
import { readTrafilaturaPages } from '../eval/extract/trafilatura-eval.js';
import { EXAMPLES_DIR, SHARED_DIR, skipWithoutShared } from '../test-support/paths.js';
import { analyze, type AnalyzeResult } from './analyze.js';
import { PIPELINE } from './registry.js';
import type { Stage } from './stage.js';

// analyze() refuses a document that does not parse (a stage bug) and returns the document as the stages built it;
// here the pipeline's documents on real pages must parse, and parsing must change nothing (no default filled, no
// field dropped), so what analyze() returns is what a store reads back.
function assertSchemaShaped(result: AnalyzeResult): void {
  assert.ok(result.ok, result.ok ? '' : result.rejection.message);
  const parsed = AnalysedDocument.safeParse(result.document);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
  assert.deepEqual(JSON.parse(JSON.stringify(parsed.data)), JSON.parse(JSON.stringify(result.document)));
}

describe('pipeline outputs follow the document schema', () => {
  for (const file of readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    it(`example ${file}, with and without tokens`, () => {
      const text = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
      assertSchemaShaped(analyze(text));
      assertSchemaShaped(analyze(text, { config: { keepTokens: true } }));
    });
  }

  const data = 'data/extract/trafilatura-eval';
  it('the first 60 trafilatura-eval web pages', { skip: skipWithoutShared(join(data, 'evaldata.json')) }, () => {
    const encoder = new TextEncoder();
    let analysed = 0;
    for (const page of readTrafilaturaPages(join(SHARED_DIR, data), 60)) {
      const result = analyze({ bytes: encoder.encode(page.html), mediaType: 'text/html', url: page.url });
      // A page the pipeline rejects (too short, not an article) has no document; one that broke the contract is a bug.
      if (!result.ok) {
        assert.notEqual(result.rejection.code, 'stage.contract', `${page.url}: ${result.rejection.message}`);
        continue;
      }
      assertSchemaShaped(result);
      analysed++;
    }
    assert.ok(analysed >= 30, `only ${analysed} pages analysed`);
  });
});

describe('analyze() refuses a document that does not fit the schema', () => {
  it('a stage that writes a negative span is one coded rejection, not a stored document every read would fail on', () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt'), 'utf8');
    const broken = PIPELINE.map((s): Stage =>
      s.name === 'quotes' ? { ...s, run: (doc, ctx) => { const out = s.run(doc, ctx); doc.sentences![0]!.start = -1; return out; } } : s,
    );
    const result = analyze(text, { stages: broken });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.rejection.code === 'stage.contract', JSON.stringify(!result.ok && result.rejection));
    assert.match(!result.ok ? result.rejection.message : '', /sentences\.0\.start/);
    assert.equal(analyze(text).ok, true, 'the same stages unbroken give a document');
  });
});
