import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern, expandPattern, isWholeWord, KeyIndex } from './patterns.js';
import { RESOLVERS } from './resolvers.js';
import { GUARDS, TIME_RULES } from './rules.js';

/** An example's text and the part the rule must match: the [bracketed] part, or all of it. */
function parseExample(example: string): { text: string; start: number; end: number } {
  const open = example.indexOf('[');
  const close = example.indexOf(']');
  if (open < 0) return { text: example, start: 0, end: example.length };
  return { text: example.replace('[', '').replace(']', ''), start: open, end: close - 1 };
}

function wholeMatches(pattern: string, text: string, start: number, end: number): boolean {
  const regex = compilePattern(pattern);
  for (const m of text.matchAll(regex)) if (m.index === start && m.index + m[0].length === end && isWholeWord(text, start, end)) return true;
  return false;
}

describe('time rules (lint)', () => {
  it('have unique ids, a reason, a known resolver and guard, and at least one example', () => {
    const ids = new Set<string>();
    for (const rule of TIME_RULES) {
      assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.reason.length > 15, `${rule.id}: a reason`);
      assert.ok(rule.resolver in RESOLVERS, `${rule.id}: resolver ${rule.resolver}`);
      if (rule.guard) assert.ok(rule.guard in GUARDS, `${rule.id}: guard ${rule.guard}`);
      assert.ok(rule.examples.length > 0, `${rule.id}: examples`);
    }
  });

  it('compile, with every {piece} known', () => {
    for (const rule of TIME_RULES) {
      assert.doesNotThrow(() => compilePattern(rule.pattern), rule.id);
      assert.doesNotThrow(() => new KeyIndex([rule.key]), rule.id);
    }
    assert.throws(() => expandPattern('{nosuchpiece}'), /unknown pattern piece/);
  });

  it('match each of their examples whole, and none of their non-examples', () => {
    for (const rule of TIME_RULES) {
      for (const example of rule.examples) {
        const { text, start, end } = parseExample(example);
        assert.ok(wholeMatches(rule.pattern, text, start, end), `${rule.id} matches ${JSON.stringify(example)}`);
      }
      for (const non of rule.nonExamples ?? []) assert.ok(!wholeMatches(rule.pattern, non, 0, non.length), `${rule.id} does not match ${JSON.stringify(non)}`);
    }
  });

  it('have a key in every example (the rule runs only near its key)', () => {
    for (const rule of TIME_RULES) {
      for (const example of rule.examples) {
        const { text, start, end } = parseExample(example);
        const hit = (new KeyIndex([rule.key]).find(text).get(rule.key) ?? []).some((h) => h.start >= start && h.start < end);
        assert.ok(hit, `${rule.id}: key ${rule.key} occurs in ${JSON.stringify(example)}`);
      }
    }
  });
});

describe('guards', () => {
  const input = (text: string, match: string, groups: Record<string, string | undefined>) => {
    const start = text.indexOf(match);
    return { text, start, end: start + match.length, groups };
  };
  it('take "may" and "march" as months only when capitalised, and alone only after a time word', () => {
    assert.equal(GUARDS.month(input('prices may rise', 'may', { month: 'may' })), false);
    assert.equal(GUARDS.monthAlone(input('He left in May.', 'May', { month: 'May' })), true);
    assert.equal(GUARDS.monthAlone(input('May I ask?', 'May', { month: 'May' })), false);
    assert.equal(GUARDS.monthAlone(input('the protesters March on', 'March', { month: 'March' })), false);
  });
  it('keep money and longer numbers from being years', () => {
    assert.equal(GUARDS.bareYear(input('it cost $1990 then', '1990', {})), false);
    assert.equal(GUARDS.bareYear(input('sold 1,2000 units', '2000', {})), false);
    assert.equal(GUARDS.bareYear(input('elected in 1990, he', '1990', {})), true);
  });
  it('read ages as ages, not durations', () => {
    assert.equal(GUARDS.notAge(input('Mr. Smith, 52 years old, said', '52 years', { unit: 'years' })), false);
    assert.equal(GUARDS.notAge(input('a second group of directors', 'a second', { unit: 'second' })), false);
    assert.equal(GUARDS.notAge(input('it took 52 years to finish', '52 years', { unit: 'years' })), true);
  });
  it('take a frequency adverb before a noun as an adjective', () => {
    assert.equal(GUARDS.adverb(input('cut its quarterly dividend', 'quarterly', {})), false);
    assert.equal(GUARDS.adverb(input('profits doubled annually since 1980', 'annually', {})), true);
  });
});
