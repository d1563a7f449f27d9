import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseUnicode, repairSpacing, replaceCharacters, replaceSpacing } from './unicode.js';

describe('normaliseUnicode', () => {
  it('turns no-break and typographic spaces into spaces', () => {
    assert.equal(normaliseUnicode('the US\u00A0embassy\u202Fnow'), 'the US embassy now');
  });
  it('composes to NFC', () => {
    assert.equal(normaliseUnicode('Kadhimi\u0301'), 'Kadhimí'.normalize('NFC'));
    assert.equal(normaliseUnicode('e\u0301'), '\u00e9');
  });
  it('drops invisible characters and bidi marks, keeps curly quotes', () => {
    assert.equal(normaliseUnicode('“Twitter”\u200B\u200F\u00AD'), '“Twitter”');
  });
  it('unifies line ends and trims trailing spaces', () => {
    assert.equal(normaliseUnicode('a  \r\nb\rc'), 'a\nb\nc');
  });
});

describe('repairSpacing', () => {
  it('removes the stray space before a full stop', () => {
    assert.equal(repairSpacing('foreign forces in Iraq .'), 'foreign forces in Iraq.');
    assert.equal(repairSpacing('loyal to Iran . Then'), 'loyal to Iran. Then');
  });
  it('closes a quotation after punctuation', () => {
    assert.equal(repairSpacing('all our argument and power. ”'), 'all our argument and power.”');
  });
  it('keeps ellipses, opening quotes and numbers', () => {
    assert.equal(repairSpacing('He said “ no” ...'), 'He said “ no” ...');
    assert.equal(repairSpacing('It rose 3.5 percent , to 1,000.'), 'It rose 3.5 percent, to 1,000.');
  });
  it('tightens parentheses and collapses spaces', () => {
    assert.equal(repairSpacing('the  RSF ( Rapid Support Forces )'), 'the RSF (Rapid Support Forces)');
  });
});

describe('normaliseUnicode fast path', () => {
  it('gives what the full replacements give, with and without characters to replace', () => {
    const pieces = ['plain', ' ', '\n', ' \n', 'e\u0301', '\u00A0', '\u2009', '\r\n', '\u2028', '\u200B', '\u200F', '\u0007', '\t', 'Ünïcödé', '  '];
    for (let a = 0; a < pieces.length; a++) {
      for (let b = 0; b < pieces.length; b++) {
        for (let c = 0; c < pieces.length; c++) {
          const text = pieces[a]! + pieces[b]! + pieces[c]!;
          assert.equal(normaliseUnicode(text), replaceCharacters(text.normalize('NFC')), JSON.stringify(text));
        }
      }
    }
  });
});

describe('repairSpacing fast path', () => {
  it('gives what the full replacements give', () => {
    const pieces = ['word', ' ', '  ', '.', '...', ',', '!', '”', '’', '(', ')', '"', '\n', 'x'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) for (const d of pieces) {
      const text = a + b + c + d;
      assert.equal(repairSpacing(text), replaceSpacing(text), JSON.stringify(text));
    }
  });
});
