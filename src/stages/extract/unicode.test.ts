import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseUnicode, repairSpacing } from './unicode.js';

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
  /** The replacements in full, as normaliseUnicode makes them when a text has any character they change. */
  const reference = (input: string): string =>
    input
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\u2028|\u2029/g, '\n')
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '')
      .replace(/ +$/gm, '');
  it('gives what the full replacements give, with and without characters to replace', () => {
    const pieces = ['plain', ' ', '\n', ' \n', 'e\u0301', '\u00A0', '\u2009', '\r\n', '\u2028', '\u200B', '\u200F', '\u0007', '\t', 'Ünïcödé', '  '];
    for (let a = 0; a < pieces.length; a++) {
      for (let b = 0; b < pieces.length; b++) {
        for (let c = 0; c < pieces.length; c++) {
          const text = pieces[a]! + pieces[b]! + pieces[c]!;
          assert.equal(normaliseUnicode(text), reference(text), JSON.stringify(text));
        }
      }
    }
  });
});

describe('repairSpacing fast path', () => {
  /** The replacements in full, as repairSpacing makes them when a paragraph has spacing to repair. */
  const reference = (paragraph: string): string =>
    paragraph
      .replace(/ {2,}/g, ' ')
      .replace(/(\S) +([.,;:!?]+)(?=\s|$|["”’)\]])/g, (match, before: string, punct: string) => (punct.startsWith('...') ? match : before + punct))
      .replace(/([.,!?;:]) +([”’])(?=\s|$)/g, '$1$2')
      .replace(/\( +/g, '(')
      .replace(/ +\)/g, ')')
      .trim();
  it('gives what the full replacements give', () => {
    const pieces = ['word', ' ', '  ', '.', '...', ',', '!', '”', '’', '(', ')', '"', '\n', 'x'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) for (const d of pieces) {
      const text = a + b + c + d;
      assert.equal(repairSpacing(text), reference(text), JSON.stringify(text));
    }
  });
});
