import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { francAll } from 'franc-min';
import { EXAMPLES_DIR, SHARED_DIR, skipWithoutShared } from '../../test-support/paths.js';
import { expressions } from 'franc-min/expressions.js';
import { countMatches, languageScores } from './trigram-language.js';

/** Our scores must be franc's exactly: same languages, same order (ties included), same numbers. */
function assertSameAsFranc(text: string): void {
  assert.deepEqual(languageScores(text, 10), francAll(text, { minLength: 10 }), text.slice(0, 80));
}

describe('languageScores is francAll', () => {
  test('on the examples, whole and in windows of the length the language stage reads', () => {
    for (const file of readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
      assertSameAsFranc(text);
      for (let at = 0; at < text.length; at += 700) assertSameAsFranc(text.slice(at, at + 1500));
    }
  });

  test('on every script franc-min models, single-language scripts, and edge cases', () => {
    const texts = [
      'Москва заявила, что переговоры о прекращении огня продолжатся на следующей неделе в Стамбуле.',
      'قالت الحكومة العراقية إن المفاوضات مع إقليم كردستان ستستأنف الأسبوع المقبل في بغداد.',
      'सरकार ने कहा कि अगले सप्ताह दिल्ली में बातचीत फिर से शुरू होगी और सभी दल भाग लेंगे।',
      '政府表示，下周将在北京恢复谈判，各方都将参加会议。',
      'Η κυβέρνηση δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα στην Αθήνα.',
      '政府は来週東京で交渉を再開すると発表した。すべての政党が参加する予定です。',
      'Die Regierung erklärte, die Gespräche würden nächste Woche in Berlin fortgesetzt.',
      'Le gouvernement a déclaré que les négociations reprendraient la semaine prochaine à Paris.',
      '1234567890 12345 !!! ???',
      'short',
      '',
      'aaa aaa aaa aaa aaa aaa',
      'Mixed: The talks in Москва resumed; قالت الحكومة; 政府表示 and more English words here.',
    ];
    for (const text of texts) assertSameAsFranc(text);
  });

  test("on trafilatura-eval's gold article snippets, many languages", { skip: skipWithoutShared('data/extract/trafilatura-eval') }, () => {
    const gold = JSON.parse(readFileSync(join(SHARED_DIR, 'data', 'extract', 'trafilatura-eval', 'evaldata.json'), 'utf8')) as Record<string, { with: string[]; without: string[] }>;
    let compared = 0;
    for (const item of Object.values(gold)) {
      for (const text of [item.with.join(' '), item.without.join(' ')]) {
        assertSameAsFranc(text.slice(0, 1500));
        compared++;
      }
    }
    assert.ok(compared > 1000);
  });
});

describe('countMatches', () => {
  test('counts what match() finds, for every script expression and for letters, astral characters included', () => {
    const texts = [
      ...readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8').slice(0, 1500)),
      '政府表示，下周将在北京恢复谈判 𠀀𠀁 𝐀𝐁 Москва قالت',
      '',
    ];
    const patterns = [...Object.values(expressions), /\p{L}/gu];
    for (const text of texts) for (const pattern of patterns) assert.equal(countMatches(pattern, text), text.match(pattern)?.length ?? 0, `${pattern.source.slice(0, 20)} on ${text.slice(0, 20)}`);
  });
});
