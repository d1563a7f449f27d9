import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../pipeline/analyze.js';
import type { Event } from '../../model/schema.js';
import { demandCode, futureCode, refusalCode } from './modal-codes.js';

function events(text: string): Event[] {
  const result = analyze({ text: `Test article\n\n2021-03-05 10:00\n\n${text}\n`, mediaType: 'text/plain' });
  assert.ok(result.ok);
  return result.document.events;
}
const show = (es: Event[]): string => es.map((e) => `${e.source?.text ?? '-'} -> ${e.target?.text ?? '-'} ${e.cameo}/${e.plover ?? '-'}`).join('; ');

describe('acts stated as future or owed', () => {
  it('codes a future act as intent (cooperation) or threat (conflict), and leaves done, negated and other acts alone', () => {
    assert.equal(futureCode('073', { future: true, negated: false }), '033');
    assert.equal(futureCode('190', { future: true, negated: false }), '1384');
    assert.equal(futureCode('190', { future: false, negated: false }), '190');
    assert.equal(futureCode('190', { future: true, negated: true }), '190');
    assert.equal(futureCode('112', { future: true, negated: false }), '112', 'an accusation is a statement already');
    assert.equal(futureCode('050', { negated: false }, true), '030', 'agreeing to an act is an intent');
    assert.equal(futureCode('050', { negated: false }), '050', 'agreeing on nothing governed stays cooperation');
  });

  it('codes a negated intent or willed cooperation as a rejection, and a plain negated act as none', () => {
    assert.equal(refusalCode('0333', { negated: true }), '122');
    assert.equal(refusalCode('036', { negated: true }), '125');
    assert.equal(refusalCode('042', { negated: true, future: true }), '125');
    assert.equal(refusalCode('042', { negated: true }), undefined, '"did not visit" is no refusal');
    assert.equal(refusalCode('190', { negated: true, future: true }), undefined, '"will not attack" is no rejection');
    assert.equal(refusalCode('0333', { negated: false }), undefined);
  });

  it('reports a refusal as a rejection that happened, not a negated event', () => {
    const es = events('Syria says it will not accept any more refugees from Lebanon.');
    const reject = es.find((e) => e.plover === 'REJECT');
    assert.ok(reject, show(es));
    assert.equal(reject.source?.text, 'Syria');
    assert.equal(reject.kind, 'reported');
  });

  it('codes an agreement to act as an intent to cooperate (PLOVER AGREE)', () => {
    const es = events('Ethiopia has agreed to re-open its borders to UN peacekeepers.');
    assert.ok(es.some((e) => e.plover === 'AGREE' && e.source?.text === 'Ethiopia'), show(es));
  });

  it('codes an act a reported clause says is owed as a demand, by the kind of act', () => {
    assert.equal(demandCode('0842', { modal: 'must', negated: false, reporter: 0 }), '105');
    assert.equal(demandCode('112', { modal: 'should', negated: false, reporter: 0 }), '100');
    assert.equal(demandCode('0842', { modal: 'must', negated: false }), undefined, 'not reported: no one demands');
    assert.equal(demandCode('0842', { modal: 'would', negated: false, reporter: 0 }), undefined);
  });

  it('makes the speaker the source of the demand, the one who owes the act its target', () => {
    const es = events('Russia said on Monday that Sudan must return the helicopter it seized.');
    const demand = es.find((e) => e.plover === 'REQUEST');
    assert.ok(demand, show(es));
    assert.equal(demand.source?.text, 'Russia');
    assert.equal(demand.target?.text, 'Sudan');
    assert.equal(demand.kind, 'reported', 'the demand is made, not hypothetical');
  });

  it('codes a stated future attack as a threat', () => {
    const es = events('Israel will attack Hezbollah positions in Lebanon, the defence minister said.');
    assert.ok(es.some((e) => e.plover === 'THREATEN' && e.source?.text === 'Israel'), show(es));
    assert.ok(!es.some((e) => e.plover === 'ASSAULT'), show(es));
  });
});
