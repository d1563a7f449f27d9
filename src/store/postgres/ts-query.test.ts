import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StoreError } from '../store.js';
import { toTsQuery } from './ts-query.js';

describe('toTsQuery', () => {
  it('binds every term as a parameter: words and phrases as phrases, prefixes as quoted lexemes', () => {
    assert.deepEqual(toTsQuery('"prime minister" parliam*'), {
      sql: '(phraseto_tsquery($1::regconfig, $2)) && (to_tsquery($1::regconfig, $3))',
      params: ['prime minister', "'parliam':*"],
    });
  });

  it('renders OR inside a clause and NOT as an AND NOT', () => {
    assert.deepEqual(toTsQuery('budget oil OR gas NOT iraq'), {
      sql:
        '(phraseto_tsquery($1::regconfig, $2)) && (phraseto_tsquery($1::regconfig, $3) || phraseto_tsquery($1::regconfig, $4))' +
        ' && (!!(phraseto_tsquery($1::regconfig, $5)))',
      params: ['budget', 'oil', 'gas', 'iraq'],
    });
  });

  it("escapes quotes and backslashes in a prefix lexeme, so it cannot end the lexeme", () => {
    assert.deepEqual(toTsQuery("o'bri\\*").params, ["'o''bri\\\\':*"]);
  });

  it('refuses a query with no words', () => {
    assert.throws(() => toTsQuery('( ) *'), (error: unknown) => error instanceof StoreError && error.code === 'store.bad-query');
  });
});
