import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isShortBody, SHORT_BODY_WORDS, wordCount } from './article-body.js';

describe('isShortBody', () => {
  it('is wordCount below SHORT_BODY_WORDS, around the threshold and with leading, trailing and unspaced text', () => {
    const texts: string[] = [''];
    for (let n = SHORT_BODY_WORDS - 3; n <= SHORT_BODY_WORDS + 3; n++) {
      const words = Array.from({ length: n }, (_, i) => `w${i}`);
      texts.push(words.join(' '), ` ${words.join('  ')} `, words.join('\n\n'), `${words.slice(0, n - 5).join(' ')} 東京都の新しい政策について`);
    }
    for (const text of texts) assert.equal(isShortBody(text), wordCount(text) < SHORT_BODY_WORDS, JSON.stringify(text));
  });
});
