import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BOILERPLATE_COUNTER_EXAMPLES, BOILERPLATE_PATTERNS } from './boilerplate-patterns.js';
import { PREFIX_PATTERNS } from './source-prefix.js';

describe('boilerplate pattern data (lint)', () => {
  it('has unique ids and a reason for each pattern', () => {
    const ids = BOILERPLATE_PATTERNS.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const p of BOILERPLATE_PATTERNS) assert.ok(p.reason.length > 15, `${p.id} needs a reason`);
  });
  for (const p of BOILERPLATE_PATTERNS) {
    it(`${p.id} matches its examples and no real article sentence`, () => {
      assert.ok(p.examples.length > 0, 'give at least one example');
      for (const e of p.examples) assert.ok(p.pattern.test(e), `${p.id} should match ${JSON.stringify(e)}`);
      for (const s of BOILERPLATE_COUNTER_EXAMPLES) assert.ok(!p.pattern.test(s), `${p.id} must not match ${JSON.stringify(s)}`);
      assert.ok(!p.pattern.global && !p.pattern.sticky, 'stateful flags make test() depend on the previous call');
    });
  }
  it('prefix patterns match their examples', () => {
    for (const p of PREFIX_PATTERNS) for (const e of p.examples) assert.ok(p.pattern.test(e), `${p.id} should match ${e}`);
  });
});
