import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryNode } from './ast.js';
import { QueryError } from './errors.js';
import { explainQuery } from './explain.js';
import { parseQuery } from './parse.js';

/** The tree in a compact form: and(…), or(…), not(…), leaves as field:value. */
function shape(node: QueryNode): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `${node.kind}(${node.children.map(shape).join(' ')})`;
    case 'not':
      return `not(${shape(node.child)})`;
    case 'all':
      return 'all';
    case 'text':
      return `${node.field === 'title' ? 'title:' : ''}"${node.text}"${node.prefix ? '*' : ''}`;
    case 'name':
      return `${node.field}:"${node.text}"${node.prefix ? '*' : ''}`;
    case 'source':
      return `source:"${node.text}"`;
    case 'quote':
      return `${node.field}:"${node.text}"${node.prefix ? '*' : ''}`;
    case 'lang':
      return `lang:${node.code}`;
    case 'country':
      return `country:${node.iso3}`;
    case 'event':
      return node.system === 'cameo' ? `cameo:${node.cameoPrefix}` : `plover:${node.plover}`;
    case 'date':
      return `${node.field}:[${node.from ?? ''},${node.before ?? ''})`;
    case 'confidence':
      return `confidence:${node.lower ? `${node.lower.inclusive ? '[' : '('}${node.lower.value}` : '('},${node.upper ? `${node.upper.value}${node.upper.inclusive ? ']' : ')'}` : ')'}`;
  }
}

const parsed = (text: string): string => shape(parseQuery(text).root);

function rejects(text: string, code: QueryError['code'], start: number, message?: RegExp): void {
  assert.throws(() => parseQuery(text), (error: unknown) => {
    assert.ok(error instanceof QueryError, `${text}: ${String(error)}`);
    assert.equal(error.code, code, text);
    assert.equal(error.at.start, start, `${text}: position`);
    if (message) assert.match(error.message, message);
    return true;
  });
}

describe('parseQuery', () => {
  it('reads words, phrases and prefixes, ANDed', () => {
    assert.equal(parsed('iraq oil'), 'and("iraq" "oil")');
    assert.equal(parsed('"prime   minister" kadh*'), 'and("prime minister" "kadh"*)');
    assert.equal(parsed('"al sad"*'), '"al sad"*');
  });

  it('reads AND, OR, NOT in any case, OR binding tighter than AND', () => {
    assert.equal(parsed('a AND b'), 'and("a" "b")');
    assert.equal(parsed('a b OR c'), 'and("a" or("b" "c"))');
    assert.equal(parsed('a or b and c'), 'and(or("a" "b") "c")');
    assert.equal(parsed('a NOT b'), 'and("a" not("b"))');
    assert.equal(parsed('NOT b'), 'not("b")');
    assert.equal(parsed('a OR NOT b'), 'or("a" not("b"))');
    assert.equal(parsed('not not a'), 'not(not("a"))');
  });

  it('groups with parentheses', () => {
    assert.equal(parsed('(a OR b) (c OR d)'), 'and(or("a" "b") or("c" "d"))');
    assert.equal(parsed('a (b c) OR d'), 'and("a" or(and("b" "c") "d"))');
    assert.equal(parsed('NOT (a OR b)'), 'not(or("a" "b"))');
  });

  it('searches an operator word that has nothing to work on as a word', () => {
    assert.equal(parsed('not'), '"not"');
    assert.equal(parsed('OR Iraq'), 'and("OR" "Iraq")');
    assert.equal(parsed('Iraq OR'), 'and("Iraq" "OR")');
    assert.equal(parsed('Iraq AND'), 'and("Iraq" "AND")');
    assert.equal(parsed('(a OR)'), 'and("a" "OR")');
  });

  it('drops words and phrases without letters or digits', () => {
    assert.equal(parsed('budget - * "" oil'), 'and("budget" "oil")');
  });

  it('reads an unclosed quote as a phrase to the end', () => {
    assert.equal(parsed('iraq "prime minister'), 'and("iraq" "prime minister")');
  });

  it('reads every field, names in any case, with aliases', () => {
    assert.equal(parsed('title:budget TITLE:"oil prices"'), 'and(title:"budget" title:"oil prices")');
    assert.equal(parsed('source:reuters outlet:"shafaq news"'), 'and(source:"reuters" source:"shafaq news")');
    assert.equal(parsed('lang:EN language:ar'), 'and(lang:en lang:ar)');
    assert.equal(parsed('entity:sadr person:"al-Sadr" org:quds* place:baghdad'), 'and(entity:"sadr" person:"al-Sadr" org:"quds"* place:"baghdad")');
    assert.equal(parsed('quote:disarm said-by:sadr SAID-BY:"Muqtada al-Sadr"'), 'and(content:"disarm" speaker:"sadr" speaker:"Muqtada al-Sadr")');
  });

  it('reads countries by ISO code or name', () => {
    assert.equal(parsed('country:IQ'), 'country:IRQ');
    assert.equal(parsed('country:irq'), 'country:IRQ');
    assert.equal(parsed('country:Iraq'), 'country:IRQ');
    assert.equal(parsed('country:"United States"'), 'country:USA');
    assert.equal(parsed('country:"Côte d\'Ivoire"'), 'country:CIV');
    rejects('country:Atlantis', 'query.bad-value', 8, /unknown country/u);
  });

  it('reads event types: CAMEO codes and prefixes, PLOVER types', () => {
    assert.equal(parsed('event:19 event:190 event:1823 event:03'), 'and(cameo:19 cameo:190 cameo:1823 cameo:03)');
    assert.equal(parsed('event:ASSAULT event:protest'), 'and(plover:ASSAULT plover:PROTEST)');
    rejects('event:21', 'query.bad-value', 6, /CAMEO/u);
    rejects('event:7', 'query.bad-value', 6);
    rejects('event:BOMBING', 'query.bad-value', 6, /PLOVER/u);
  });

  it('reads dates, ranges and comparisons as [from, before) over days', () => {
    assert.equal(parsed('date:2020-09-01..2020-09-30'), 'date:[2020-09-01,2020-10-01)');
    assert.equal(parsed('date:>=2020-09'), 'date:[2020-09,)');
    assert.equal(parsed('date:>2020-09'), 'date:[2020-10,)');
    assert.equal(parsed('date:<=2020-12'), 'date:[,2021-01)');
    assert.equal(parsed('date:<2020'), 'date:[,2020)');
    assert.equal(parsed('published:2020'), 'published:[2020,2021)');
    assert.equal(parsed('published:2020-02-29'), 'published:[2020-02-29,2020-03-01)');
    assert.equal(parsed('date:2019-06..'), 'date:[2019-06,)');
    assert.equal(parsed('date:..2019-06'), 'date:[,2019-07)');
    rejects('date:2020-13', 'query.bad-value', 5, /months/u);
    rejects('date:2021-02-29', 'query.bad-value', 5, /no such day/u);
    rejects('x date:2020-09-30..2020-09-01', 'query.bad-value', 7, /ends before/u);
    rejects('date:2020-01..20x', 'query.bad-value', 14);
    rejects('date:..', 'query.bad-value', 5);
  });

  it('reads confidences: a bare number as "at least", comparisons and ranges', () => {
    assert.equal(parsed('confidence:0.8'), 'confidence:[0.8,)');
    assert.equal(parsed('confidence:>=0.5'), 'confidence:[0.5,)');
    assert.equal(parsed('confidence:>0.7'), 'confidence:(0.7,)');
    assert.equal(parsed('confidence:<=0.3'), 'confidence:(,0.3]');
    assert.equal(parsed('confidence:<.3'), 'confidence:(,0.3)');
    assert.equal(parsed('confidence:0.5..1'), 'confidence:[0.5,1]');
    assert.equal(parsed('CONF:0.5..'), 'confidence:[0.5,)');
    assert.equal(parsed('confidence:..0.25'), 'confidence:(,0.25]');
    assert.equal(parsed('confidence:0 confidence:1'), 'and(confidence:[0,) confidence:[1,))');
    assert.equal(parsed('event:19 NOT confidence:>=0.5'), 'and(cameo:19 not(confidence:[0.5,)))');
  });

  it('refuses confidences that are not numbers from 0 to 1, pointing at the value', () => {
    rejects('confidence:1.5', 'query.bad-value', 11, /from 0 to 1, not 1.5/u);
    rejects('confidence:>=2', 'query.bad-value', 13, /from 0 to 1/u);
    rejects('confidence:-0.1', 'query.bad-value', 11, /from 0 to 1, not -0.1/u);
    rejects('confidence:high', 'query.bad-value', 11, /not a confidence/u);
    rejects('confidence:50%', 'query.bad-value', 11, /not a confidence/u);
    rejects('confidence:1e-1', 'query.bad-value', 11, /not a confidence/u);
    rejects('x confidence:0.2..0.9x', 'query.bad-value', 18, /not a confidence/u);
    rejects('confidence:0.9..0.2', 'query.bad-value', 11, /ends before it starts/u);
    rejects('confidence:..', 'query.bad-value', 11, /at least one end/u);
    rejects('confidence:>', 'query.bad-value', 12, /not a confidence/u);
    rejects('confidence:"0.5"', 'query.bad-value', 11, /without quotes/u);
    rejects('confidence:', 'query.syntax', 0, /needs a value/u);
  });

  it('combines fields with operators and groups', () => {
    assert.equal(
      parsed('(person:sadr OR person:kadhimi) event:19 NOT source:shafaq date:2020-09'),
      'and(or(person:"sadr" person:"kadhimi") cameo:19 not(source:"shafaq") date:[2020-09,2020-10))',
    );
  });

  it('gives errors with positions for bad syntax', () => {
    rejects('(budget oil', 'query.syntax', 0, /never closed/u);
    rejects('budget) oil', 'query.syntax', 6, /without a matching/u);
    rejects('a () b', 'query.syntax', 2, /empty parentheses/u);
    rejects('a titel:x', 'query.syntax', 2, /unknown field "titel:"/u);
    rejects('title: budget', 'query.syntax', 0, /needs a value/u);
    rejects('said-by:""', 'query.syntax', 0, /needs a value/u);
    rejects('title:(a b)', 'query.syntax', 0, /not a group/u);
    rejects('lang:english', 'query.bad-value', 5);
    rejects('', 'query.empty', 0);
    rejects('( ) - : ^', 'query.syntax', 0);
    rejects('*', 'query.empty', 0);
  });

  it('reads a word ending in a colon as a word', () => {
    assert.equal(parsed('Update: Iraq'), 'and("Update:" "Iraq")');
  });

  it('allows an empty query when asked, as every document', () => {
    assert.equal(parsed.length, 1);
    assert.equal(shape(parseQuery('  ', { allowEmpty: true }).root), 'all');
  });

  it('refuses queries too long or too deep, without a crash', () => {
    rejects('a '.repeat(2001), 'query.too-complex', 4000);
    rejects('('.repeat(40) + 'a' + ')'.repeat(40), 'query.too-complex', 32);
    rejects('NOT '.repeat(40) + 'a', 'query.too-complex', 128);
    rejects(Array.from({ length: 201 }, (_, i) => `w${i}`).join(' '), 'query.too-complex', 890);
  });

  it('never throws anything but a QueryError on hostile input', () => {
    const hostile = ['"', '(', ')', 'NEAR(budget oil)', ':', '{title text}: budget', '^budget', 'AND', 'OR', 'NOT', 'budget\u0000oil', '+ - * / ( ) " : ^ NEAR AND OR NOT', 'a:b:c', 'said-by:', '))((', '"\\"', 'date:>=', 'event:', 'country:', 'confidence:', 'confidence:..', 'confidence:>=-', 'confidence:NaN', 'confidence:Infinity', 'confidence:0x1', 'confidence:.'];
    for (const text of hostile) {
      try {
        parseQuery(text);
      } catch (error) {
        assert.ok(error instanceof QueryError, `${text}: ${String(error)}`);
      }
    }
  });

  it('explains a confidence range', () => {
    assert.equal(explainQuery(parseQuery('confidence:>=0.5')), "confidence: 0.5 ≤ confidence (the event's; for documents, one of their events)");
    assert.equal(explainQuery(parseQuery('confidence:0.2..0.9')), "confidence: 0.2 ≤ confidence ≤ 0.9 (the event's; for documents, one of their events)");
    assert.equal(explainQuery(parseQuery('confidence:<0.3')), "confidence: confidence < 0.3 (the event's; for documents, one of their events)");
  });

  it('explains the tree one node a line', () => {
    assert.equal(
      explainQuery(parseQuery('sadr OR kadh* date:2020-09 NOT event:ASSAULT')),
      [
        'AND',
        '├─ OR',
        '│  ├─ word "sadr"',
        '│  └─ prefix "kadh"',
        "├─ date: 2020-09 ≤ day < 2020-10 (the event's day for events, else the publication's)",
        '└─ NOT',
        '   └─ event: PLOVER ASSAULT',
      ].join('\n'),
    );
  });
});
