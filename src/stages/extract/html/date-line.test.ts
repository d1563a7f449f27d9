import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDateLine } from './date-line.js';

describe('isDateLine', () => {
  it('recognises date and time stamps in many languages', () => {
    for (const line of [
      'Donnerstag, 31. Mai 2012',
      '15. Mai 2019, 05:28 Uhr',
      '7. oktober 2020',
      '16 marca 2021',
      '3:59 PM',
      'Sept. 30, 2020 at 6:49 am GMT',
      'le 3 mars 2021',
      '3 de marzo de 2019',
      '30.09.2020',
      '2020-09-30 06:49',
      'শনিবার, আগস্ট 15, 2020',
      '24. März 2004, 19:49 | Genesis',
    ]) {
      assert.ok(isDateLine(line), line);
    }
  });
  it('leaves sentences, headings and other numbered lines alone', () => {
    for (const line of [
      'Am 31. Mai 2012 trat das Gesetz in Kraft.',
      'March 2021: Prices rise',
      'Posted on March 3, 2021 by admin',
      'Teil 2 der Serie',
      'Seite 2 von 3',
      'Iraq',
      'Mai',
      '40 people were killed in May 2021 in the attacks on the capital and the north',
    ]) {
      assert.ok(!isDateLine(line), line);
    }
  });
});
