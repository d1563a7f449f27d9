import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../model/schema.js';
import { EXAMPLES_DIR } from '../test-support/paths.js';
import { parseStage } from '../stages/syntax/parse-stage.js';
import { analyze } from './analyze.js';
import { PIPELINE } from './registry.js';
import type { Stage } from './stage.js';

const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();
const read = (file: string): string => readFileSync(join(EXAMPLES_DIR, file), 'utf8');
const now = (): Date => new Date('2026-01-01T00:00:00Z');

describe('the pipeline parses only the sentences the events stage can code', () => {
  // The same stages with every sentence parsed where the parse stands: what the selection must not change.
  const fullParse = PIPELINE.map((s) => (s.name === 'parse' ? parseStage : s));

  for (const file of examples) {
    it(`gives the same document as a full parse: ${file}`, () => {
      const selective = analyze(read(file), { now });
      const full = analyze(read(file), { now, stages: fullParse });
      assert.ok(selective.ok && full.ok);
      const { provenance: _p, ...a } = selective.document;
      const { provenance: _q, ...b } = full.document;
      assert.deepEqual(a, b);
    });
  }

  it('leaves the other sentences unparsed, and parses all of them when the tokens are kept', () => {
    const text = read('shafaq-2020-09-30-sadr.txt');
    // The tokens as the events stage sees them (the output drops tokens unless they are kept).
    let seen: readonly Token[] = [];
    const watched = PIPELINE.map((s): Stage => (s.name === 'events' ? { ...s, run: (doc, ctx) => ((seen = doc.tokens!), s.run(doc, ctx)) } : s));
    const selective = analyze(text, { now, stages: watched });
    assert.ok(selective.ok && selective.document.events.length > 0);
    const parsed = seen.filter((t) => t.head !== undefined).length;
    assert.ok(parsed > 0 && parsed < seen.length, `${parsed} of ${seen.length} tokens parsed`);

    const kept = analyze(text, { now, config: { keepTokens: true } });
    assert.ok(kept.ok);
    assert.ok(kept.document.tokens!.every((t) => t.head !== undefined && t.deprel !== undefined));
  });
});
