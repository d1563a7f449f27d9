import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxView } from '../../nlp/syntax-query.js';
import { documentFromText, testContext } from '../../test-support/documents.js';
import { sentenceStage } from '../nlp/sentences.js';
import { tokenStage } from '../nlp/tokenize.js';
import { analyseSyntax } from './analyse-syntax.js';
import { MAX_PARSED_TOKENS, parseStage } from './parse-stage.js';
import { posStage } from './pos-stage.js';
import { sentenceTokenRanges } from './sentence-tokens.js';

function analysed(text: string): ReturnType<typeof documentFromText> {
  const doc = documentFromText(text);
  for (const stage of [sentenceStage, tokenStage, posStage, parseStage]) stage.run(doc, testContext);
  return doc;
}

describe('pos and parse stages', () => {
  it('tag and attach every token, each sentence a tree of its own with one root', () => {
    const doc = analysed('Iraq’s prime minister didn’t attend the talks in Tehran. He sent an envoy, officials said.\n\nThe envoy left on Monday.');
    const tokens = doc.tokens!;
    assert.ok(tokens.every((t) => t.pos !== undefined && t.tag !== undefined && t.head !== undefined && t.deprel !== undefined));
    for (const range of sentenceTokenRanges(tokens, doc.sentences!)) {
      const inside = tokens.slice(range.first, range.end);
      assert.equal(inside.filter((t) => t.head === -1).length, 1, 'one root');
      assert.ok(inside.every((t) => t.head === -1 || (t.head! >= range.first && t.head! < range.end)), 'heads stay inside the sentence');
      assert.ok(inside.every((t) => (t.head === -1) === (t.deprel === 'root')));
      // Every token reaches the root: no cycles.
      inside.forEach((_, k) => {
        let at = range.first + k;
        for (let steps = 0; tokens[at]!.head !== -1; steps++) {
          assert.ok(steps <= inside.length, 'no cycle');
          at = tokens[at]!.head!;
        }
      });
    }
    const word = (w: string): (typeof tokens)[number] => tokens.find((t) => doc.text!.slice(t.start, t.end) === w)!;
    assert.equal(word('Tehran').pos, 'PROPN');
    assert.equal(word('attend').tag, 'VB');
    assert.equal(word('the').pos, 'DET');
  });

  it('parses an over-long "sentence" in pieces and says so', () => {
    const list = Array.from({ length: MAX_PARSED_TOKENS + 50 }, (_, i) => `item${i}`).join(' ');
    const doc = analysed(list);
    assert.equal(doc.tokens!.length, MAX_PARSED_TOKENS + 50);
    assert.equal(doc.tokens!.filter((t) => t.head === -1).length, 2);
    assert.ok(doc.issues.some((i) => i.code === 'syntax.long-sentence'));
  });

  it('skips parsing with an issue when the tokens have no tags', () => {
    const doc = documentFromText('Gunmen attacked the embassy.');
    for (const stage of [sentenceStage, tokenStage, parseStage]) stage.run(doc, testContext);
    assert.ok(doc.issues.some((i) => i.stage === 'parse' && i.code === 'stage.skipped'));
    assert.ok(doc.tokens!.every((t) => t.head === undefined));
  });

  it('copes with text that is all punctuation, symbols or one word', () => {
    for (const text of ['...', '$ % &', 'Hello', '“”']) {
      const tokens = analyseSyntax(text);
      assert.ok(tokens.every((t) => t.pos !== undefined && t.head !== undefined), text);
    }
  });
});

describe('SyntaxView on the shipped tagger and parser', () => {
  const frameOf = (sentence: string, verb: string): { view: SyntaxView; frame: ReturnType<SyntaxView['verbFrame']> } => {
    const view = new SyntaxView(sentence, analyseSyntax(sentence));
    return { view, frame: view.verbFrame(view.find(verb)!) };
  };
  const words = (view: SyntaxView, ids: number[]): string[] => ids.map((i) => view.word(i));

  it('Gunmen attacked the US embassy in Baghdad.', () => {
    const { view, frame } = frameOf('Gunmen attacked the US embassy in Baghdad.', 'attacked');
    assert.deepEqual(words(view, frame.subjects), ['Gunmen']);
    assert.deepEqual(words(view, frame.objects), ['embassy']);
    assert.equal(frame.negated, false);
  });

  it('The embassy was attacked by gunmen.', () => {
    const { view, frame } = frameOf('The embassy was attacked by gunmen.', 'attacked');
    assert.equal(frame.passive, true);
    assert.deepEqual(words(view, frame.subjects), ['gunmen']);
    assert.deepEqual(words(view, frame.objects), ['embassy']);
  });

  it('Washington accused Tehran of backing the militias.', () => {
    const { view, frame } = frameOf('Washington accused Tehran of backing the militias.', 'accused');
    assert.deepEqual(words(view, frame.subjects), ['Washington']);
    assert.deepEqual(words(view, frame.objects), ['Tehran']);
    const about = frame.complements.find((c) => view.word(c.token) === 'backing');
    assert.ok(about, 'the accusation is about "backing"');
    assert.equal(about.marker, 'of');
  });

  it('Iraq and Iran signed an agreement.', () => {
    const { view, frame } = frameOf('Iraq and Iran signed an agreement.', 'signed');
    assert.deepEqual(words(view, frame.subjects), ['Iraq', 'Iran']);
    assert.deepEqual(words(view, frame.objects), ['agreement']);
  });

  it('The militia did not attack the base.', () => {
    const { view, frame } = frameOf('The militia did not attack the base.', 'attack');
    assert.deepEqual(words(view, frame.subjects), ['militia']);
    assert.deepEqual(words(view, frame.objects), ['base']);
    assert.equal(frame.negated, true);
  });
});
