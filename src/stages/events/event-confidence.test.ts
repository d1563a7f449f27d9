import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../model/schema.js';
import { confidenceFeatures, loadConfidenceModel, scoreConfidence, trainConfidenceModel } from './event-confidence.js';

const event = (over: Partial<Event>): Event => ({ id: 'ev1', cameo: '010', cameoRoot: '01', kind: 'reported', evidence: { start: 0, end: 10 }, ...over });

describe('event confidence', () => {
  it('reads its features from the event record alone', () => {
    const f = confidenceFeatures(event({ source: { text: 'Prime Minister Mustafa al-Kadhimi', entityId: 'e1', code: 'IRQGOV' } }));
    assert.deepEqual(f, ['root=01', 'cameo=010', 'source=yes', 'source-code=yes/01', 'source-entity=yes/01', 'source-words=4', 'target=no/01', 'target-entity=no', 'target-code=no', 'kind=reported']);
    assert.ok(confidenceFeatures(event({ cameo: '190', cameoRoot: '19' })).includes('source=no'));
  });

  it('trains deterministically and separates what the judges separated', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: ['root=01', 'source=yes'], right: true })),
      ...Array.from({ length: 20 }, () => ({ features: ['root=19', 'source=no'], right: false })),
    ];
    const a = trainConfidenceModel(examples, 'test');
    assert.deepEqual(trainConfidenceModel(examples, 'test'), a);
    assert.ok(scoreConfidence(a, ['root=01', 'source=yes']) > 0.8);
    assert.ok(scoreConfidence(a, ['root=19', 'source=no']) < 0.2);
    assert.equal(scoreConfidence(a, ['never-seen']), scoreConfidence(a, []), 'an unknown feature weighs nothing');
  });

  it('the committed model trusts a named speaker\'s statement more than a strike with no one striking', () => {
    const model = loadConfidenceModel();
    assert.ok(Object.keys(model.weights).length > 50, 'trained, not the bootstrap file');
    const statement = scoreConfidence(model, confidenceFeatures(event({ source: { text: 'Al-Kazemi', entityId: 'e1', code: 'IRQGOV' } })));
    const strike = scoreConfidence(model, confidenceFeatures(event({ cameo: '190', cameoRoot: '19', target: { text: 'the base' } })));
    assert.ok(statement > 0.5 && strike < statement, `${statement} vs ${strike}`);
  });
});
