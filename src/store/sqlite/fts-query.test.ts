import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { StoreError } from '../store.js';
import { toFtsQuery } from './fts-query.js';

function isBadQuery(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'store.bad-query';
}

describe('toFtsQuery', () => {
  it('quotes each word and ANDs them', () => {
    assert.equal(toFtsQuery('iraq oil'), '"iraq" AND "oil"');
  });

  it('keeps a quoted phrase as one phrase', () => {
    assert.equal(toFtsQuery('"prime minister" iraq'), '"prime minister" AND "iraq"');
    assert.equal(toFtsQuery('"  prime   minister "'), '"prime minister"');
  });

  it('reads an unclosed quote as a phrase to the end', () => {
    assert.equal(toFtsQuery('iraq "prime minister'), '"iraq" AND "prime minister"');
  });

  it('maps OR and NOT between terms, in any case', () => {
    assert.equal(toFtsQuery('iraq OR iran'), '("iraq" OR "iran")');
    assert.equal(toFtsQuery('iraq or iran'), '("iraq" OR "iran")');
    assert.equal(toFtsQuery('iraq NOT iran'), '"iraq" NOT "iran"');
    assert.equal(toFtsQuery('iraq not iran'), '"iraq" NOT "iran"');
  });

  it('binds OR tighter than AND and NOT', () => {
    assert.equal(toFtsQuery('oil iraq OR iran'), '"oil" AND ("iraq" OR "iran")');
    assert.equal(toFtsQuery('oil NOT iraq OR iran'), '"oil" NOT ("iraq" OR "iran")');
    assert.equal(toFtsQuery('a OR b OR c d'), '("a" OR "b" OR "c") AND "d"');
  });

  it('searches OR and NOT as words where they are not between terms', () => {
    assert.equal(toFtsQuery('NOT iran'), '"NOT" AND "iran"');
    assert.equal(toFtsQuery('iran OR'), '"iran" AND "OR"');
    assert.equal(toFtsQuery('or'), '"or"');
  });

  it('lets the last of two operator words win', () => {
    assert.equal(toFtsQuery('iraq OR NOT iran'), '"iraq" NOT "iran"');
  });

  it('turns a trailing * into a prefix query', () => {
    assert.equal(toFtsQuery('kadh*'), '"kadh"*');
    assert.equal(toFtsQuery('kadh** iraq'), '"kadh"* AND "iraq"');
  });

  it('quotes FTS5 syntax so it is searched, not obeyed', () => {
    assert.equal(toFtsQuery('NEAR(a b)'), '"NEAR(a" AND "b)"');
    assert.equal(toFtsQuery('title:iraq'), '"title:iraq"');
    assert.equal(toFtsQuery('-iran ^oil'), '"-iran" AND "^oil"');
    assert.equal(toFtsQuery('a AND b'), '"a" AND "AND" AND "b"');
  });

  it('splits a word at a quote, so no quote reaches a term', () => {
    assert.equal(toFtsQuery('foo"bar" baz'), '"foo" AND "bar" AND "baz"');
  });

  it('drops words without letters or digits', () => {
    assert.equal(toFtsQuery('iraq - ( ) * iran'), '"iraq" AND "iran"');
  });

  it('rejects a query with nothing to search for', () => {
    for (const input of ['', '   ', '"', '""', '" "', '*', '()', '- : ^ *', '\u0000']) {
      assert.throws(() => toFtsQuery(input), isBadQuery, JSON.stringify(input));
    }
  });

  it('handles letters and digits beyond ASCII', () => {
    assert.equal(toFtsQuery('Kādhimī 2020'), '"Kādhimī" AND "2020"');
    assert.equal(toFtsQuery('العراق'), '"العراق"');
  });

  it('always produces an expression FTS5 accepts', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t (body) VALUES (?)').run('iraq and iran and oil');
    const search = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
    const inputs = [
      'iraq',
      'NEAR(iraq iran)',
      '"iraq',
      'iraq OR',
      'OR NOT AND',
      'a:b',
      '{body}: iraq',
      'iraq* *iran',
      '"a""b"',
      '+iraq -iran',
      'iraq OR NOT OR iran',
      '(iraq OR iran) AND oil',
    ];
    try {
      for (const input of inputs) assert.doesNotThrow(() => search.get(toFtsQuery(input)), input);
    } finally {
      db.close();
    }
  });
});
