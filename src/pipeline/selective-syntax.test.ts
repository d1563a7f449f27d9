import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../model/schema.js';
import { EXAMPLES_DIR } from '../test-support/paths.js';
import { parseStage } from '../stages/syntax/parse-stage.js';
import { posStage } from '../stages/syntax/pos-stage.js';
import { analyze } from './analyze.js';
import { PIPELINE } from './registry.js';
import type { Stage } from './stage.js';

const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();
const read = (file: string): string => readFileSync(join(EXAMPLES_DIR, file), 'utf8');
const now = (): Date => new Date('2026-01-01T00:00:00Z');

describe('the pipeline tags and parses only the sentences the events stage reads', () => {
  // The same stages with every sentence tagged and parsed: what the selection must not change.
  const fullParse = PIPELINE.map((s) => (s.name === 'parse' ? parseStage : s.name === 'pos' ? posStage : s));

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

  it('leaves the other sentences untagged and unparsed, and analyses all of them when the tokens are kept', () => {
    // Events, then sentences with no actor in them.
    const text = 'Iraq warns factions\n\nBAGHDAD (Reuters) - Iraq’s prime minister met the Iranian envoy in Baghdad on Monday, officials said. Gunmen attacked the US embassy in Baghdad.\n\nIt was a quiet morning. The sun was warm and the streets were empty. Nothing much happened until noon.\n';
    // The tokens as the events stage sees them (the output drops tokens unless they are kept).
    let seen: readonly Token[] = [];
    const watched = PIPELINE.map((s): Stage => (s.name === 'events' ? { ...s, run: (doc, ctx) => ((seen = doc.tokens!), s.run(doc, ctx)) } : s));
    const selective = analyze(text, { now, stages: watched });
    assert.ok(selective.ok && selective.document.events.length > 0);
    const parsed = seen.filter((t) => t.head !== undefined).length;
    const tagged = seen.filter((t) => t.tag !== undefined).length;
    assert.ok(parsed > 0 && parsed <= tagged && tagged < seen.length, `${parsed} tokens parsed, ${tagged} tagged of ${seen.length}`);
    assert.ok(seen.every((t) => t.head === undefined || t.tag !== undefined), 'every parsed token is tagged');
    assert.ok(seen.slice(-8).every((t) => t.tag === undefined && t.head === undefined), 'the last sentence is neither tagged nor parsed');

    const kept = analyze(text, { now, config: { keepTokens: true } });
    assert.ok(kept.ok);
    assert.ok(kept.document.tokens!.every((t) => t.tag !== undefined && t.head !== undefined && t.deprel !== undefined));
  });
});
