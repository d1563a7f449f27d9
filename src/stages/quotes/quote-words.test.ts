import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as lists from './quote-words.js';
import { MEDIUM_PATTERNS, findMedium } from './media.js';
import type { WordGroup } from './quote-words.js';

const groups: WordGroup[] = [
  lists.BETWEEN_SPEAKER_AND_CUE, lists.TIME_WORDS, lists.TIME_PREPOSITIONS, lists.SOURCE_BOUNDARIES, lists.RELATIVE_PRONOUNS,
  lists.DETERMINERS, lists.LISTENER_WORDS, lists.PERSON_ROLE_NOUNS, lists.ORG_ROLE_NOUNS, lists.GENDERED_WORDS.female,
  lists.GENDERED_WORDS.male, lists.CONTINUATION_CUES,
];

describe('quote word lists (data lint)', () => {
  it('have unique ids and reasons, and lower-case words without repeats', () => {
    const ids = new Set<string>();
    for (const group of groups) {
      assert.ok(!ids.has(group.id), `duplicate id ${group.id}`);
      ids.add(group.id);
      assert.ok(group.reason.length >= 20, `${group.id}: the reason should say why`);
      assert.ok(group.words.length > 0, `${group.id}: no words`);
      const seen = new Set<string>();
      for (const word of group.words) {
        assert.equal(word, word.toLowerCase().trim(), `${group.id}: "${word}" is matched on lower-cased tokens`);
        assert.ok(!seen.has(word), `${group.id}: "${word}" twice`);
        seen.add(word);
      }
    }
  });

  it('gives every speaker pronoun a type it can refer to', () => {
    for (const p of lists.SPEAKER_PRONOUNS) assert.ok(p.refersTo.length > 0, p.pronoun);
  });

  it('keeps a role noun in one of the person and organisation lists, not both', () => {
    const person = new Set(lists.PERSON_ROLE_NOUNS.words);
    for (const word of lists.ORG_ROLE_NOUNS.words) {
      if (word === 'parliament') continue;
      assert.ok(!person.has(word), word);
    }
  });
});

describe('medium patterns (data lint and examples)', () => {
  it('have unique ids, a medium and a reason each', () => {
    const ids = new Set<string>();
    for (const p of MEDIUM_PATTERNS) {
      assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
      ids.add(p.id);
      assert.ok(p.medium.length > 0 && p.reason.length >= 5, p.id);
      assert.equal(p.pattern.flags, '', `${p.id}: matched on lower-cased text, without flags`);
      assert.equal(p.pattern.source, p.pattern.source.toLowerCase(), `${p.id}: lower case only`);
    }
  });

  it('names the medium of the words around a cue', () => {
    assert.equal(findMedium('said in a tweet that he posted')?.medium, 'Twitter');
    assert.equal(findMedium('wrote on Twitter')?.medium, 'Twitter');
    assert.equal(findMedium('said in a statement on Monday')?.medium, 'statement');
    assert.equal(findMedium('told CNN in an interview')?.medium, 'interview');
    assert.equal(findMedium('said at a news conference in Baghdad')?.medium, 'press conference');
    assert.equal(findMedium('said in a Communiqué on Friday')?.medium, 'statement');
    assert.equal(findMedium('said in the cabinet session'), undefined);
    assert.equal(findMedium('addressing the resistance'), undefined);
  });
});
