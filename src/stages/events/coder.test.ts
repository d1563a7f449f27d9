import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { frameFromTree, parseTree } from '../../eval/events/penn-tree.js';
import { EventCoder } from './coder.js';
import { parseActorDictionary, parseAgentDictionary, parseVerbDictionary } from './dictionary-format.js';
import type { Clause, NounPhrase, SentenceFrame } from './sentence-frame.js';

// Small dictionaries in PETRARCH's own formats, written for these tests.
const VERBS = ['&TIETYPES', '+DIPLOMATIC', '', '--- RESTORE [064] ---', 'RESTORE', '- * &TIETYPES TIES [064]', '- * FXLL [+++]',
  '--- WARN [160] ---', 'WARN', '- * THEIR ^ ABOUT + [162]', '--- AGREE [081] ---', 'AGREE', '- % * [030:030]', '- * WITH % [031]',
  '--- LEAVE [032:033] ---', 'LEAVE {LEAVES LEFT LEAVING}', '--- OPPOSE [112] ---', 'OPPOSE',
  '--- MUSTER [150] ---', 'MUSTER {MUSTERS MUSTERED MUSTERING}', '- $ * + [040]', '- * TROOPS [154]'].join('\n');
const ACTORS = ['ARNOR_ [ARN]', 'GONDOR [GON]', 'OSGILIATH [OSG]', 'ERIADOR [ERI]', 'THE_SHIRE [FRO/BIL/SAM]', 'DANISH [DNK]'].join('\n');
const AGENTS = ['GOVERNMENT [~GOV]', 'MEDIA {} [~MED]', 'MSF {} [NGO~]', 'DIPLOMAT [~GOV]', 'LAWMAKER [~LEG]'].join('\n');

const coder = new EventCoder({ verbs: parseVerbDictionary(VERBS), actors: parseActorDictionary(ACTORS), agents: parseAgentDictionary(AGENTS), discards: [{ phrase: 'FOOTBALL', story: false }], issues: [] }, { stems: false });
const code = (tree: string): string[] => coder.code(frameFromTree(parseTree(tree), (w) => coder.verbs.isVerb(w), '20000101')).map((e) => `${e.source}>${e.target}:${e.code}`);

describe('event coder (PETRARCH dictionary semantics)', () => {
  it('codes subject → first object actor with the verb pattern that matches, skipping non-CAMEO trap codes', () => {
    assert.deepEqual(code('(ROOT (S (NP (NNP Arnor)) (VP (VBZ restores) (NP (JJ fxll) (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))'), ['ARN>GON:064']);
  });

  it('joins agents to their actor and gives one event per conjunct', () => {
    assert.deepEqual(code('(ROOT (S (NP (DT An) (NNP MSF) (NNP Arnor) (NN diplomat)) (VP (VBD restored) (NP (NNP Gondor) (CC and) (NNP Osgiliath)))))'), ['NGOARNGOV>GON:064', 'NGOARNGOV>OSG:064']);
    assert.deepEqual(code('(ROOT (S (NP (JJ Danish) (NNS media) (CC and) (NN government)) (VP (VBD restored) (NP (NNP Gondor)))))'), ['DNKMED>GON:064', 'DNKGOV>GON:064']);
  });

  it('expands group codes, paired codes and compound slots', () => {
    assert.deepEqual(code('(ROOT (S (NP (DT The) (NNP Shire)) (VP (VBD left) (PP (IN for) (NP (NNP Gondor))))))'), ['FRO>GON:032', 'GON>FRO:033', 'BIL>GON:032', 'GON>BIL:033', 'SAM>GON:032', 'GON>SAM:033']);
    assert.deepEqual(code('(ROOT (S (NP (NNP Gondor) (CC and) (NNP Osgiliath)) (VP (VBP agree))))'), ['GON>OSG:030', 'OSG>GON:030']);
    assert.deepEqual(code('(ROOT (S (NP (NNP Eriador)) (VP (VBZ agrees) (PP (IN with) (NP (NNP Gondor) (CC and) (NNP Arnor))))))'), ['ERI>GON:031', 'ERI>ARN:031']);
  });

  it('gives each member of a compound its own phrase as its side, also when the parse did not coordinate them', () => {
    const sides = (tree: string): string[] => {
      const frame = frameFromTree(parseTree(tree), (w) => coder.verbs.isVerb(w), '20000101');
      const words = (np?: { own: number[] }): string => (np ? np.own.map((i) => frame.words[i]).join(' ') : '-');
      return coder.code(frame).map((e) => `${words(e.sourcePhrase)}>${words(e.targetPhrase)}:${e.code}`);
    };
    assert.deepEqual(sides('(ROOT (S (NP (NNP Gondor) (CC and) (NNP Osgiliath)) (VP (VBP agree))))'), ['GONDOR>OSGILIATH:030', 'OSGILIATH>GONDOR:030']);
    assert.deepEqual(sides('(ROOT (S (NP (NNP Gondor) (NNP Osgiliath)) (VP (VBP agree))))'), ['GONDOR>OSGILIATH:030', 'OSGILIATH>GONDOR:030']);
    // A shared agent makes each member's code: the whole phrase is both sides.
    assert.deepEqual(code('(ROOT (S (NP (NNP Gondor) (NNP Osgiliath) (NNS diplomats)) (VP (VBP agree))))'), ['GONGOV>OSGGOV:030', 'OSGGOV>GONGOV:030']);
  });

  it('skips a noun phrase with ^ and takes the target slot +', () => {
    assert.deepEqual(code('(ROOT (S (NP (NNP Eriador)) (VP (VBD warned) (NP (PRP$ their) (NNS populations)) (PP (IN about) (NP (NNP Gondor))))))'), ['ERI>GON:162']);
  });

  it('tries a pattern that names a word before one of slots alone, however many slots it has', () => {
    assert.deepEqual(code('(ROOT (S (NP (NNP Arnor)) (VP (VBD mustered) (NP (NNS troops)) (PP (IN against) (NP (NNP Gondor))))))'), ['ARN>GON:154']);
    assert.deepEqual(code('(ROOT (S (NP (NNP Arnor)) (VP (VBD mustered) (NP (NNP Gondor)))))'), ['ARN>GON:040']);
  });

  it('turns a passive with a "by" phrase around', () => {
    assert.deepEqual(code('(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath)))))))'), ['OSG>ERI:112']);
  });

  it('codes nothing in a discarded sentence or without a target', () => {
    assert.deepEqual(code('(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN football) (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))'), []);
    assert.deepEqual(code('(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)))))'), []);
  });

  it('matches each clause against the verb dictionary once, also when another clause asks what its verb is', () => {
    // "Arnor warned Gondor opposed Eriador": the reported clause asks whether its reporter denies or requests.
    const np = (i: number): NounPhrase => ({ start: i, end: i + 1, own: [i], parts: [], mods: [] });
    const warned: Clause = { verb: 1, start: 0, end: 5, subject: np(0), objects: [], negated: false };
    const opposed: Clause = { verb: 3, start: 2, end: 5, subject: np(2), objects: [np(4)], negated: false, reporter: 0 };
    const frame: SentenceFrame = { words: ['ARNOR', 'WARNED', 'GONDOR', 'OPPOSED', 'ERIADOR'], clauses: [warned, opposed], date: '20000101' };
    const counting = new EventCoder({ verbs: parseVerbDictionary(VERBS), actors: parseActorDictionary(ACTORS), agents: parseAgentDictionary(AGENTS), discards: [], issues: [] }, { stems: false });
    const matched = new Map<Clause, number>();
    const code = counting.verbs.code.bind(counting.verbs);
    counting.verbs.code = (words, clause, hasActor) => {
      matched.set(clause, (matched.get(clause) ?? 0) + 1);
      return code(words, clause, hasActor);
    };
    assert.deepEqual(counting.code(frame).map((e) => `${e.source}>${e.target}:${e.code}`), ['GON>ERI:112']);
    assert.deepEqual([...matched.values()], [1, 1]);
  });
});
