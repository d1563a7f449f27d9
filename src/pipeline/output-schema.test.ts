import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysedDocument } from '../model/schema.js';
import { readTrafilaturaPages } from '../eval/extract/trafilatura-eval.js';
import { EXAMPLES_DIR, SHARED_DIR, skipWithoutShared } from '../test-support/paths.js';
import { analyze, type AnalyzeResult } from './analyze.js';

// analyze() does not run its output through the zod schema (analyze.ts: finalise); this is where the pipeline's
// documents are held to it: each must parse, and parsing must change nothing (no default filled, no field dropped).
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
      if (!result.ok) continue; // a page the pipeline rejects (too short, not an article) has no document
      assertSchemaShaped(result);
      analysed++;
    }
    assert.ok(analysed >= 30, `only ${analysed} pages analysed`);
  });
});
