import { documentFromText } from '../../test-support/documents.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_CONFIG } from '../../pipeline/config.js';
import { silentLogger } from '../../pipeline/logger.js';
import type { StageContext } from '../../pipeline/stage.js';
import { sentenceStage, splitSentences } from './sentences.js';

const ctx: StageContext = { config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date('2020-09-30T06:49:00+03:00') };

/** The sentences of one paragraph, as strings. */
function split(paragraph: string): string[] {
  return splitSentences(paragraph, 0, paragraph.length).map((s) => paragraph.slice(s.start, s.end));
}

describe('splitSentences: abbreviations and initials', () => {
  test('titles and initials do not end a sentence', () => {
    assert.deepEqual(split('Mr. Smith met Dr. J. R. Jones in Washington. He left.'), [
      'Mr. Smith met Dr. J. R. Jones in Washington.',
      'He left.',
    ]);
  });

  test('dotted country initialisms and abbreviated months stay inside', () => {
    assert.deepEqual(split('The U.S. Embassy in Baghdad said on Jan. 3 that it would reopen. Staff returned.'), [
      'The U.S. Embassy in Baghdad said on Jan. 3 that it would reopen.',
      'Staff returned.',
    ]);
    assert.deepEqual(split('Lt. Gen. Smith arrived on Sept. 11, 2001, with Sen. Jones.'), ['Lt. Gen. Smith arrived on Sept. 11, 2001, with Sen. Jones.']);
  });

  test('an abbreviation that may end a sentence does so before a sentence opener', () => {
    assert.deepEqual(split('The company is based in the U.S. The deal closed.'), ['The company is based in the U.S.', 'The deal closed.']);
    assert.deepEqual(split('He arrived at 5 p.m. The meeting began at once.'), ['He arrived at 5 p.m.', 'The meeting began at once.']);
    assert.deepEqual(split('Acme Inc. said it would appeal.'), ['Acme Inc. said it would appeal.']);
  });

  test('state abbreviations are written capitalised; the same word in lower case ends a sentence', () => {
    assert.deepEqual(split('Officers in Amherst, N.Y. and Tampa, Fla. Sheriff Smith said so.'), ['Officers in Amherst, N.Y. and Tampa, Fla. Sheriff Smith said so.']);
    assert.deepEqual(split('He was born in Buffalo, N.Y. He left.'), ['He was born in Buffalo, N.Y.', 'He left.']);
    assert.deepEqual(split('The envoy was ill. Doctors kept him.'), ['The envoy was ill.', 'Doctors kept him.']);
  });

  test('"no." is an abbreviation only before a number', () => {
    assert.deepEqual(split('He said no. Then he left.'), ['He said no.', 'Then he left.']);
    assert.deepEqual(split('Resolution No. 2334 passed.'), ['Resolution No. 2334 passed.']);
  });
});

describe('splitSentences: punctuation', () => {
  test('a quote ending in a full stop closes the sentence, quote included', () => {
    assert.deepEqual(split('He said: “I will not go back, no.” Then he left the hall.'), [
      'He said: “I will not go back, no.”',
      'Then he left the hall.',
    ]);
  });

  test('question and exclamation marks end sentences', () => {
    assert.deepEqual(split('Is the war over? No! It goes on.'), ['Is the war over?', 'No!', 'It goes on.']);
  });

  test('a lower-case continuation after a quoted question is the same sentence', () => {
    assert.deepEqual(split('“Why?” he asked. Nobody answered.'), ['“Why?” he asked.', 'Nobody answered.']);
  });

  test('a dateline and decimals do not split', () => {
    assert.deepEqual(split("BAGHDAD (Reuters) - Iraq's economy grew 3.5 percent in 2019, officials said. Oil drove it."), [
      "BAGHDAD (Reuters) - Iraq's economy grew 3.5 percent in 2019, officials said.",
      'Oil drove it.',
    ]);
  });

  test('an ellipsis ends a sentence before a capital, not before lower case', () => {
    assert.deepEqual(split('He paused... Then he spoke.'), ['He paused...', 'Then he spoke.']);
    assert.deepEqual(split('Wait… what did he say?'), ['Wait… what did he say?']);
  });

  test('a parenthesis is never cut', () => {
    assert.deepEqual(split('The minister (who asked not to be named. He was not authorised!) declined. Talks resumed.'), [
      'The minister (who asked not to be named. He was not authorised!) declined.',
      'Talks resumed.',
    ]);
  });

  test('a space before the full stop (as scraped) still ends the sentence', () => {
    assert.deepEqual(split('Washington accuses them of being loyal to Iran . Al-Kazemi said so.'), [
      'Washington accuses them of being loyal to Iran .',
      'Al-Kazemi said so.',
    ]);
  });
});

describe('splitSentences: spans', () => {
  test('spans are trimmed and point into the whole text', () => {
    const text = 'Title\n\n  First one.   Second one.  \n\nLast.';
    const start = text.indexOf('  First');
    const end = text.indexOf('\n\nLast');
    const spans = splitSentences(text, start, end);
    assert.deepEqual(
      spans.map((s) => text.slice(s.start, s.end)),
      ['First one.', 'Second one.'],
    );
    for (const span of spans) assert.ok(span.start >= start && span.end <= end);
  });

  test('a paragraph longer than one ICU chunk splits as its parts do (segmentsOf), abbreviations at a cut included', () => {
    // 30,000 characters with no blank line: ICU is handed it in pieces (its segmenter is quadratic in the length).
    const unit = 'Mr. Smith met Dr. J. R. Jones in the U.S. capital. He left on Monday. “Why?” he asked. ';
    const paragraph = unit.repeat(Math.ceil(30_000 / unit.length)).trim();
    const sentences = split(paragraph);
    assert.equal(sentences.length, 3 * Math.ceil(30_000 / unit.length));
    assert.deepEqual([...new Set(sentences)], ['Mr. Smith met Dr. J. R. Jones in the U.S. capital.', 'He left on Monday.', '“Why?” he asked.']);
  });

  test('an empty or blank paragraph has no sentences', () => {
    assert.deepEqual(splitSentences('   ', 0, 3), []);
    assert.deepEqual(splitSentences('abc', 1, 1), []);
  });
});

describe('sentenceStage', () => {
  test('splits each paragraph separately; no sentence crosses a paragraph', () => {
    const text = 'The talks ended in Baghdad (without a deal\n\nThe U.S. Embassy said so. Nothing more.';
    const doc = documentFromText(text);
    const result = sentenceStage.run(doc, ctx);
    assert.deepEqual(
      doc.sentences!.map((s) => text.slice(s.start, s.end)),
      ['The talks ended in Baghdad (without a deal', 'The U.S. Embassy said so.', 'Nothing more.'],
    );
    assert.equal(result?.method, 'intl-segmenter+merge-rules');
  });
});
