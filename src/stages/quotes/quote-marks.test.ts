import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotedPassages, QUOTE_MARK_STYLES } from './quote-marks.js';

/** Paragraphs as blank-line separated blocks, for test texts. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const quoted = (text: string): string[] =>
  findQuotedPassages(text, paragraphsOf(text)).map((p) => p.parts.map((s) => text.slice(s.start, s.end)).join(' | '));

describe('quotation mark styles (data lint)', () => {
  it('have unique ids, an opening and closing mark and a reason each', () => {
    const ids = new Set<string>();
    for (const style of QUOTE_MARK_STYLES) {
      assert.ok(!ids.has(style.id), `duplicate id ${style.id}`);
      ids.add(style.id);
      assert.ok(style.open.length > 0 && style.close.length > 0, style.id);
      assert.ok(style.reason.length >= 20, `${style.id}: the reason should say why`);
    }
  });
  it('lists two-character marks before the one-character marks they start with', () => {
    QUOTE_MARK_STYLES.forEach((style, i) => {
      for (const earlier of QUOTE_MARK_STYLES.slice(0, i)) {
        assert.ok(!(style.open.length > earlier.open.length && style.open.startsWith(earlier.open)), `${style.id} is shadowed by ${earlier.id}`);
      }
    });
  });
});

describe('findQuotedPassages', () => {
  it('finds typographic, straight, guillemet, German and single quotes', () => {
    assert.deepEqual(quoted('He said, “We will stay.”'), ['We will stay.']);
    assert.deepEqual(quoted('He said, "We will stay."'), ['We will stay.']);
    assert.deepEqual(quoted('Il a dit : «Nous restons.»'), ['Nous restons.']);
    assert.deepEqual(quoted('Er sagte: „Wir bleiben.“'), ['Wir bleiben.']);
    assert.deepEqual(quoted('Er sagte: »Wir bleiben.«'), ['Wir bleiben.']);
    assert.deepEqual(quoted('The minister said: ‘We will not leave.’'), ['We will not leave.']);
    assert.deepEqual(quoted("''We will stay,'' the mayor said."), ['We will stay,']);
    // PolNeAR train (NYT): an inner quotation closes with the outer one, three apostrophes in a row.
    assert.deepEqual(quoted("''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said."), ["She'd look at me and say, 'What did he mean by that?'"]);
  });

  it('does not close a single quote at an apostrophe inside a word or after a plural', () => {
    assert.deepEqual(quoted('She said: ‘The party’s leaders don’t agree.’'), ['The party’s leaders don’t agree.']);
    assert.deepEqual(quoted('Iraq’s prime minister spoke.'), []);
  });

  it('keeps a nested quotation inside its outer passage', () => {
    assert.deepEqual(quoted('He said, “They called it ‘a disaster’ on Monday.”'), ['They called it ‘a disaster’ on Monday.']);
  });

  it('joins a quotation that runs over paragraphs, reopened at each one', () => {
    const text = '“The first paragraph of the statement goes on.\n“The second one ends it,” the envoy said.';
    assert.deepEqual(quoted(text), ['The first paragraph of the statement goes on. | The second one ends it,']);
  });

  it('ends an unclosed quotation with its paragraph when the next does not reopen', () => {
    const found = findQuotedPassages('He said “we will win\nThe vote is on Sunday.', paragraphsOf('He said “we will win\nThe vote is on Sunday.'));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.closed, false);
  });

  it('closes a quotation typed with mismatched marks where a closing mark stands', () => {
    // PolNeAR train: "\"But Pete Wilson won,” Axelrod said." and "“It's unusual,“ said Larry Noble" ran to the paragraph's end.
    assert.deepEqual(quoted('"But Pete Wilson won,” Axelrod said.'), ['But Pete Wilson won,']);
    assert.deepEqual(quoted('“It’s unusual,“ said Larry Noble. “It’s a hard thing to do.”'), ['It’s unusual,', 'It’s a hard thing to do.']);
    assert.deepEqual(quoted('Grassley said “I don’t think it’s getting the attention people thought it would," adding that he would try.'), ['I don’t think it’s getting the attention people thought it would,']);
  });

  it('keeps a mismatched mark that opens inside a passage as a quotation within it', () => {
    assert.deepEqual(quoted('He said, “They called it "a disaster" on Monday.”'), ['They called it "a disaster" on Monday.']);
    assert.deepEqual(quoted('He said, “They called it “a disaster” on Monday.”'), ['They called it “a disaster” on Monday.']);
  });

  it('ignores a stray closing mark and inch marks inside words', () => {
    assert.deepEqual(quoted('And with all our power. ”'), []);
    assert.deepEqual(quoted('The screen is 15" wide.'), []);
  });
});
