import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes, type TaggedTime } from './tag-times.js';
import type { AnchorTime } from './resolution.js';

/** Wednesday 30 September 2020, the founding article's date. */
const ANCHOR: AnchorTime = { year: 2020, month: 9, day: 30 };

const tag = (text: string, anchor: AnchorTime | undefined = ANCHOR): TaggedTime[] => tagTimes(text, anchor ? { anchor } : {});
/** The one expression found in `text`, checked to be the `expected` words. */
function only(text: string, expected: string, anchor?: AnchorTime): TaggedTime {
  const found = tag(text, anchor ?? ANCHOR);
  assert.equal(found.length, 1, `one expression in ${JSON.stringify(text)}: ${JSON.stringify(found.map((t) => t.text))}`);
  assert.equal(found[0]!.text, expected);
  assert.equal(text.slice(found[0]!.start, found[0]!.end), expected);
  return found[0]!;
}
const valueOf = (text: string, expected: string): string => only(text, expected).value;

describe('tagTimes: days relative to the publication date', () => {
  it('resolves yesterday, today and tomorrow', () => {
    assert.equal(valueOf('The prime minister said yesterday that talks failed.', 'yesterday'), '2020-09-29');
    assert.equal(valueOf('Protesters gathered today in the square.', 'today'), '2020-09-30');
    assert.equal(valueOf('Markets reopen tomorrow.', 'tomorrow'), '2020-10-01');
    assert.equal(valueOf('Shelling was heard last night near the port.', 'last night'), '2020-09-29TNI');
  });

  it('places a weekday in the past in a report, in the future after "will", and by "last"/"next"', () => {
    assert.equal(valueOf('The cleric on Monday warned the factions.', 'Monday'), '2020-09-28');
    assert.equal(valueOf('The cleric warned the factions on Wednesday.', 'Wednesday'), '2020-09-30');
    assert.equal(valueOf('The envoy will arrive on Friday.', 'Friday'), '2020-10-02');
    assert.equal(valueOf('Talks collapsed last Wednesday.', 'last Wednesday'), '2020-09-23');
    assert.equal(valueOf('Talks resume next Monday.', 'next Monday'), '2020-10-05');
  });

  it('places what is arranged or put off ahead although its verb is past', () => {
    assert.equal(valueOf('The prosecutor scheduled a news conference Friday.', 'Friday'), '2020-10-02');
    assert.equal(valueOf('Exiles planned a large demonstration on Saturday.', 'Saturday'), '2020-10-03');
    assert.equal(valueOf('Officials postponed until Tuesday morning any action on the case.', 'Tuesday morning'), '2020-10-06TMO');
    assert.equal(valueOf('The vote was postponed on Monday.', 'Monday'), '2020-09-28');
    assert.equal(valueOf('Until Tuesday, the police had not named a suspect.', 'Tuesday'), '2020-09-29');
    assert.equal(valueOf('By Tuesday the army will have left.', 'Tuesday'), '2020-10-06');
    assert.deepEqual(tag('The delegation could arrive as soon as Friday.').map((t) => [t.text, t.value]), [['Friday', '2020-10-02']]);
    assert.equal(valueOf('The ministry wants the files as soon as possible.', 'as soon as possible'), 'FUTURE_REF');
  });

  it('adds the part of the day and the clock time to the day', () => {
    const morning = only('Rockets struck the base on Tuesday morning.', 'Tuesday morning');
    assert.equal(morning.value, '2020-09-29TMO');
    assert.equal(morning.type, 'TIME');
    assert.equal(valueOf('The curfew starts at 9 p.m. Thursday.', '9 p.m. Thursday'), '2020-09-24T21:00');
  });
});

describe('tagTimes: months, years and periods', () => {
  it('places a month without a year in the most recent past unless the tense is future', () => {
    assert.equal(valueOf('The airport was closed in March.', 'March'), '2020-03');
    assert.equal(valueOf('The parliament dissolved itself in December.', 'December'), '2019-12');
    assert.equal(valueOf('Elections will be held in December.', 'December'), '2020-12');
  });

  it('takes a month just after the publication month as the coming one, a month later still only outside a past sentence', () => {
    assert.equal(valueOf('The ministry warned of a cut in fuel supplies in October.', 'October'), '2020-10');
    assert.equal(valueOf('The talks are in November.', 'November'), '2020-11');
    assert.equal(valueOf('Prices rose in November.', 'November'), '2019-11');
    assert.equal(valueOf('The deal was announced in January.', 'January'), '2020-01');
  });

  it('takes a day of a month as the nearest one', () => {
    assert.equal(valueOf('The dividend is payable Oct. 15 to holders.', 'Oct. 15'), '2020-10-15');
    assert.equal(valueOf('The strike happened on January 3.', 'January 3'), '2020-01-03');
  });

  it('reads full and partial dates', () => {
    const date = only('The accord was signed on 30 September 2020 in Baghdad.', '30 September 2020');
    assert.equal(date.value, '2020-09-30');
    assert.equal(date.anchor, 'absolute');
    assert.equal(valueOf('Production fell in September 2019.', 'September 2019'), '2019-09');
    assert.equal(valueOf('The law dates from 1958.', '1958'), '1958');
    assert.equal(valueOf('The movement grew in the 1990s.', 'the 1990s'), '199');
  });

  it('reads the beginning, middle and end of a period', () => {
    const beginning = only('The strike came at the beginning of this year.', 'the beginning of this year');
    assert.equal(beginning.value, '2020-01');
    assert.equal(beginning.mod, 'START');
    assert.equal(valueOf('Troops leave by the end of 2021.', 'the end of 2021'), '2021-12');
    const mid = only('Output recovered in mid-2019.', 'mid-2019');
    assert.equal(mid.value, '2019');
    assert.equal(mid.mod, 'MID');
    const early = only('The mission ends early next year.', 'early next year');
    assert.equal(early.value, '2021');
    assert.equal(early.mod, 'START');
  });

  it('resolves weeks, quarters, seasons and relative years', () => {
    assert.equal(valueOf('Clashes continued this week.', 'this week'), '2020-W40');
    assert.equal(valueOf('Exports fell last year.', 'last year'), '2019');
    assert.equal(valueOf('Profit rose in the third quarter.', 'the third quarter'), '2020-Q3');
    assert.equal(valueOf('The camps flooded last winter.', 'last winter'), '2019-WI');
    assert.equal(valueOf('Fighting eased this summer.', 'this summer'), '2020-SU');
  });

  it('compares a quarter with the same quarter a year earlier', () => {
    const found = tag('Net income rose in the third quarter from $2 million a year earlier.');
    assert.deepEqual(found.map((t) => [t.text, t.value]), [['the third quarter', '2020-Q3'], ['a year earlier', '2019-Q3']]);
  });

  it('resolves offsets from the anchor at their unit\'s granularity', () => {
    assert.equal(valueOf('The deal was struck two years ago.', 'two years ago'), '2018');
    assert.equal(valueOf('He was arrested three days ago.', 'three days ago'), '2020-09-27');
  });
});

describe('tagTimes: durations, sets and references', () => {
  it('writes durations in ISO 8601, with the words TimeML includes', () => {
    const duration = only('The siege lasted three days.', 'three days');
    assert.equal(duration.value, 'P3D');
    assert.equal(duration.type, 'DURATION');
    assert.equal(valueOf('Prices doubled over the past two years.', 'the past two years'), 'P2Y');
    assert.equal(valueOf('A five-year plan was announced.', 'five-year'), 'P5Y');
    assert.equal(valueOf('The talks took several weeks.', 'several weeks'), 'PXW');
    const nearly = only('The war has lasted nearly two years.', 'nearly two years');
    assert.equal(nearly.mod, 'APPROX');
  });

  it('keeps ages out', () => {
    assert.deepEqual(tag('Mr. Smith, 52 years old, resigned.'), []);
  });

  it('reads sets', () => {
    const daily = only('Flights leave Baghdad daily.', 'daily');
    assert.equal(daily.type, 'SET');
    assert.equal(daily.value, 'P1D');
    assert.equal(valueOf('The council meets every Thursday.', 'every Thursday'), 'XXXX-WXX-4');
    assert.equal(valueOf('The pipeline carries 300,000 barrels a day.', 'a day'), 'P1D');
  });

  it('reads past, present and future references', () => {
    assert.equal(valueOf('The militias are now stronger.', 'now'), 'PRESENT_REF');
    assert.equal(valueOf('Attacks have risen recently.', 'recently'), 'PAST_REF');
    assert.equal(valueOf('Talks may resume in the near future.', 'the near future'), 'FUTURE_REF');
    assert.equal(valueOf('The minister will shortly announce the result.', 'shortly'), 'FUTURE_REF');
    // "shortly after" orders by another time; it names none of its own.
    assert.deepEqual(tag('Bennett posted photos shortly after midnight on Dec. 19, soon after the call.').map((t) => t.text), ['midnight on Dec. 19']);
  });
});

describe('tagTimes: without an anchor', () => {
  it('leaves relative expressions unresolved, with anchor none', () => {
    const yesterday = only('The minister resigned yesterday.', 'yesterday', undefined);
    void yesterday;
    const found = tagTimes('The minister resigned yesterday, in March and last week.');
    assert.deepEqual(found.map((t) => [t.text, t.value, t.anchor]), [
      ['yesterday', 'XXXX-XX-XX', 'none'], ['March', 'XXXX-03', 'none'], ['last week', 'XXXX-WXX', 'none'],
    ]);
    const absolute = tagTimes('The accord of 12 March 1990 stands.');
    assert.deepEqual(absolute.map((t) => [t.value, t.anchor]), [['1990-03-12', 'absolute']]);
  });
});

describe('tagTimes: what it does not take', () => {
  it('leaves modal "may", the verb "march", money and plain numbers alone', () => {
    assert.deepEqual(tag('Prices may rise as workers march on the capital.'), []);
    assert.deepEqual(tag('The fund holds $2000 and 1,999 shares; 3000 people came.'), []);
  });
});

describe('tagTimes: odd input', () => {
  it('takes empty, binary-looking and very long texts in its stride', () => {
    assert.deepEqual(tag(''), []);
    assert.deepEqual(tag('\u0000\uFFFD\u200B'), []);
    const sentence = 'Talks resumed on Monday, three days after the ceasefire of 12 March 2020. ';
    const long = sentence.repeat(2000);
    const found = tagTimes(long, { anchor: ANCHOR });
    assert.equal(found.length, 3 * 2000);
    assert.deepEqual(found.slice(0, 3).map((t) => t.value), ['2020-09-28', 'P3D', '2020-03-12']);
  });
});
