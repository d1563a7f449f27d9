import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { phraseTokens } from '../../stages/events/sentence-frame.js';
import { frameFromTree, parseTree } from './penn-tree.js';

const TREE = `(ROOT (S (NP (NNP Gollum)) (VP (VBD was) (VP (VBN seen) (S (VP (TO to) (VP (VB break) (PP (IN into) (NP (DT an) (NNP Gondor) (NN parade)))))))) (. .)))`;

describe('Penn Treebank parses as sentence frames', () => {
  it('reads words and structure, and rejects unbalanced trees', () => {
    const t = parseTree(TREE);
    assert.equal(t.end, 10);
    assert.throws(() => parseTree('(S (NP x)'), /unbalanced/);
  });

  it('finds a controlled verb\'s subject by climbing to the clause that has one', () => {
    const f = frameFromTree(parseTree(TREE), (w) => w === 'BREAK');
    assert.equal(f.clauses.length, 1);
    const c = f.clauses[0]!;
    assert.equal(f.words[c.verb], 'BREAK');
    assert.deepEqual(phraseTokens(c.subject!).map((i) => f.words[i]), ['GOLLUM']);
    assert.deepEqual(c.objects.map((o) => phraseTokens(o).map((i) => f.words[i]).join(' ')), ['AN GONDOR PARADE']);
  });

  it('turns a passive around: the "by" phrase is the agent', () => {
    const f = frameFromTree(parseTree('(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath)))))))'), (w) => w === 'OPPOSED');
    const c = f.clauses[0]!;
    assert.equal(c.passive, true);
    assert.deepEqual(phraseTokens(c.agent!).map((i) => f.words[i]), ['OSGILIATH']);
  });

  it('keeps coordination as parts and possessors as modifiers', () => {
    const f = frameFromTree(parseTree("(ROOT (S (NP (NP (NNP Ithilen)) (CC and) (NP (NP (DT the) (NN government)) (PP (IN of) (NP (NNP Gondor))))) (VP (VBD warned))))"), () => true);
    const s = f.clauses[0]!.subject!;
    assert.equal(s.parts.length, 2);
    assert.equal(s.parts[1]!.mods.length, 1);
  });
});
