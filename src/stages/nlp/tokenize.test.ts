import { documentFromText } from '../../test-support/documents.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Token } from '../../model/schema.js';
import { DEFAULT_CONFIG } from '../../pipeline/config.js';
import { silentLogger } from '../../pipeline/logger.js';
import type { StageContext } from '../../pipeline/stage.js';
import { sentenceStage } from './sentences.js';
import { tokenize, tokenStage } from './tokenize.js';

const ctx: StageContext = { config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date('2020-09-30T06:49:00+03:00') };

function words(text: string): string[] {
  return tokenize(text, 0, text.length).map((t) => text.slice(t.start, t.end));
}

function kinds(text: string): string[] {
  return tokenize(text, 0, text.length).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);
}

/** Offsets are the contract every later stage relies on. */
function assertWellFormed(text: string, tokens: readonly Token[], start = 0, end = text.length): void {
  let previousEnd = start;
  for (const token of tokens) {
    assert.ok(token.start < token.end, `empty token at ${token.start}`);
    assert.ok(token.start >= previousEnd, `token at ${token.start} overlaps or is out of order`);
    assert.ok(token.end <= end, `token at ${token.start} runs past the range`);
    assert.doesNotMatch(text.slice(token.start, token.end), /\s/, 'a token never contains whitespace');
    previousEnd = token.end;
  }
  // Nothing visible is lost: removing the tokens leaves only whitespace.
  let rest = '';
  let at = start;
  for (const token of tokens) {
    rest += text.slice(at, token.start);
    at = token.end;
  }
  rest += text.slice(at, end);
  assert.match(rest, /^\s*$/u, `text not covered by tokens: ${JSON.stringify(rest.trim())}`);
}

const NEWS_SAMPLES = [
  'Mr. Smith met Dr. J. R. Jones in Washington.',
  'The U.S. Embassy in Baghdad said on Jan. 3 that it would reopen at 9 a.m.',
  "BAGHDAD (Reuters) - Iraq's economy grew 3.5 percent, or $1,000 per person (50%).",
  '“I hope for many of you that you will not obey,” al-Sadr wrote on Twitter — @Mu_AlSadr #Iraq',
  "They don't know; it's 5 o'clock in Abu-Dhabi, isn't it? Email press@un.org or see https://www.un.org/en/.",
  "He said ‘no’ and 'never' -- twice... The soldiers' families can't wait.",
];

describe('tokenize: invariants', () => {
  for (const sample of NEWS_SAMPLES) {
    test(`offsets are exact, sorted, disjoint and complete: ${sample.slice(0, 40)}…`, () => {
      assertWellFormed(sample, tokenize(sample, 0, sample.length));
    });
  }

  test('a range inside a longer text yields offsets into that text', () => {
    const text = 'Ignore this. Iraq’s U.S. envoy left. Ignore that.';
    const start = text.indexOf('Iraq');
    const end = text.indexOf(' Ignore that');
    const tokens = tokenize(text, start, end);
    assertWellFormed(text, tokens, start, end);
    assert.deepEqual(
      tokens.map((t) => text.slice(t.start, t.end)),
      ['Iraq', '’s', 'U.S.', 'envoy', 'left', '.'],
    );
  });
});

describe('tokenize: words', () => {
  test('internal hyphens and apostrophes stay in the word', () => {
    assert.deepEqual(words("al-Sadr met Abu-Dhabi's envoy at 5 o'clock"), ['al-Sadr', 'met', 'Abu-Dhabi', "'s", 'envoy', 'at', '5', "o'clock"]);
    assert.deepEqual(words('a 10-year-old F-16 and COVID-19'), ['a', '10-year-old', 'F-16', 'and', 'COVID-19']);
  });

  test('clitics are split with either apostrophe', () => {
    assert.deepEqual(words("don't"), ['do', "n't"]);
    assert.deepEqual(words("Iraq's"), ['Iraq', "'s"]);
    assert.deepEqual(words('Iraq’s'), ['Iraq', '’s']);
    assert.deepEqual(words("they're we've he'll I'd"), ['they', "'re", 'we', "'ve", 'he', "'ll", 'I', "'d"]);
  });

  test("'d after a name is part of the name", () => {
    assert.deepEqual(words("Sa'd"), ["Sa'd"]);
  });

  test('abbreviations keep their full stop', () => {
    assert.deepEqual(words('Mr. Smith and Gen. Jones, e.g. in the U.S. Army'), ['Mr.', 'Smith', 'and', 'Gen.', 'Jones', ',', 'e.g.', 'in', 'the', 'U.S.', 'Army']);
    assert.deepEqual(words('Dr. J. R. Jones'), ['Dr.', 'J.', 'R.', 'Jones']);
  });

  test('a full stop ending the sentence is its own token, except after an initialism', () => {
    assert.deepEqual(words('oil, gas, etc.'), ['oil', ',', 'gas', ',', 'etc', '.']);
    assert.deepEqual(words('He said no.'), ['He', 'said', 'no', '.']);
    assert.deepEqual(words('Resolution No. 5'), ['Resolution', 'No.', '5']);
    assert.deepEqual(words('based in the U.S.'), ['based', 'in', 'the', 'U.S.']);
  });
});

describe('tokenize: numbers, links and marks', () => {
  test('numbers with decimals, thousands, percent, times and dates', () => {
    assert.deepEqual(kinds('3.5 1,000 50% 06:49 2020-09-30 1990s'), ['3.5/number', '1,000/number', '50%/number', '06:49/number', '2020-09-30/number', '1990s/word']);
    assert.deepEqual(kinds('in 2019.'), ['in/word', '2019/number', './punct']);
  });

  test('URLs, emails, handles and hashtags are one token each', () => {
    assert.deepEqual(kinds('See https://www.un.org/en/. Or www.bbc.co.uk, press@un.org, @Reuters #Iraq'), [
      'See/word',
      'https://www.un.org/en//url',
      './punct',
      'Or/word',
      'www.bbc.co.uk/url',
      ',/punct',
      'press@un.org/email',
      ',/punct',
      '@Reuters/other',
      '#Iraq/other',
    ]);
  });

  test('every quote and dash is its own token', () => {
    assert.deepEqual(words('“Yes,” he said - ‘no’ — "maybe" \'ok\' -- fine...'), [
      '“', 'Yes', ',', '”', 'he', 'said', '-', '‘', 'no', '’', '—', '"', 'maybe', '"', "'", 'ok', "'", '--', 'fine', '...',
    ]);
  });

  test('symbols are their own tokens', () => {
    assert.deepEqual(kinds('$5 + €3'), ['$/symbol', '5/number', '+/symbol', '€/symbol', '3/number']);
  });

  test('a plain ASCII word or number is cut where a longer shape would continue it (the fast path\'s edges)', () => {
    assert.deepEqual(kinds('http://x.org; www.un.org ab+cd@ef.org 1,000, 50%; Jones’s café COVID19 al-Sadr Mr. 7pm,x'), [
      'http://x.org/url', ';/punct', 'www.un.org/url', 'ab+cd@ef.org/email', '1,000/number', ',/punct', '50%/number', ';/punct',
      'Jones/word', '’s/word', 'café/word', 'COVID19/word', 'al-Sadr/word', 'Mr./word', '7pm/word', ',/punct', 'x/word',
    ]);
    assert.deepEqual(kinds('word,(2019)!"end"'), ['word/word', ',/punct', '(/punct', '2019/number', ')/punct', '!/punct', '"/punct', 'end/word', '"/punct']);
  });
});

describe('tokenStage', () => {
  test('tokenizes sentence by sentence; every token lies inside one sentence', () => {
    const text = 'Mr. Smith arrived. He didn’t stay.\n\nThe U.S. Embassy closed.';
    const doc = documentFromText(text);
    sentenceStage.run(doc, ctx);
    tokenStage.run(doc, ctx);
    const tokens = doc.tokens!;
    assertWellFormed(text, tokens);
    for (const token of tokens) {
      const inside = doc.sentences!.filter((s) => token.start >= s.start && token.end <= s.end);
      assert.equal(inside.length, 1, `token ${text.slice(token.start, token.end)} is in ${inside.length} sentences`);
    }
    assert.deepEqual(
      tokens.map((t) => text.slice(t.start, t.end)),
      ['Mr.', 'Smith', 'arrived', '.', 'He', 'did', 'n’t', 'stay', '.', 'The', 'U.S.', 'Embassy', 'closed', '.'],
    );
  });
});
