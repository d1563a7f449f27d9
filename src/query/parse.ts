/**
 * The search language: text → tree (ast.ts). One parser for the CLI, the HTTP API
 * and the dashboard; every store renders the tree as SQL (src/query/sql/).
 *
 *   query    := and
 *   and      := or ( [AND] or )*          implicit AND between neighbours
 *   or       := unary ( OR unary )*        OR binds tighter than AND, as in web search: a b OR c = a AND (b OR c)
 *   unary    := NOT unary | primary
 *   primary  := "(" and ")" | field ":" value | "phrase" | word
 *
 * Operators are AND, OR and NOT in any case. An operator word that has nothing to
 * work on — first (AND, OR), last, or before ")" — is searched as a word, so `not`,
 * `OR Iraq` and `Iraq OR` still search (as the earlier simple syntax did). A word or
 * phrase with no letter or digit is dropped. An unclosed quote runs to the end.
 * Everything else that cannot be read is a QueryError with its position.
 */
import type { ConfidenceLeaf, DateLeaf, Leaf, Query, QueryNode, SourceSpan, TextValue } from './ast.js';
import { parseConfidenceValue } from './confidence.js';
import { findCountry } from './countries.js';
import { parseDateValue } from './dates.js';
import { QueryError } from './errors.js';
import { isCameoPrefix, isPloverType, PLOVER_TYPES } from './event-types.js';
import { fieldList, fieldNamed, type FieldSpec } from './fields.js';

/** Longer queries are refused: nobody types them, and they would cost the database dearly. */
export const MAX_QUERY_LENGTH = 4000;
/** Nesting of groups and NOTs. */
const MAX_DEPTH = 32;
/** Words, phrases and field terms in one query. */
const MAX_LEAVES = 200;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const CONTROL_CHARACTERS = /\p{Cc}/gu;
const FIELD_NAME = /^([\p{L}][\p{L}-]*):/u;

type Token =
  | { type: 'lparen' | 'rparen'; at: SourceSpan }
  | { type: 'phrase'; text: string; prefix: boolean; at: SourceSpan }
  | { type: 'word'; text: string; at: SourceSpan }
  | { type: 'field'; spec: FieldSpec; value: string; quoted: boolean; valueAt: SourceSpan; at: SourceSpan };

export interface ParseOptions {
  /** An empty query (nothing but spaces) means every document instead of an error. */
  allowEmpty?: boolean;
}

/**
 * Parses a query; throws QueryError (with the position) when it cannot be read.
 *
 * @example
 *   parseQuery('"prime minister" person:sadr OR person:kadhimi date:2020-09').root
 *   // and( text "prime minister", or( person sadr, person kadhimi ), date [2020-09, 2020-10) )
 */
export function parseQuery(text: string, options: ParseOptions = {}): Query {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new QueryError('query.too-complex', `the query is ${text.length} characters long; at most ${MAX_QUERY_LENGTH}`, { start: MAX_QUERY_LENGTH, end: text.length });
  }
  const tokens = lex(text.replace(CONTROL_CHARACTERS, ' '));
  if (tokens.length === 0) {
    if (options.allowEmpty && text.trim() === '') return { text, root: { kind: 'all' } };
    throw new QueryError('query.empty', `the query ${JSON.stringify(text)} has no words to search for`, { start: 0, end: text.length });
  }
  const parser = new Parser(tokens, text);
  return { text, root: parser.parseAll() };
}

class Parser {
  private index = 0;
  private depth = 0;
  private leaves = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
  ) {}

  parseAll(): QueryNode {
    const node = this.parseAnd(undefined);
    const stray = this.peek();
    if (stray) throw new QueryError('query.syntax', 'unexpected ")" without a matching "("', stray.at);
    return node;
  }

  /** A run of operands up to the end or the ")" that closes `group`. */
  private parseAnd(group: SourceSpan | undefined): QueryNode {
    const children: QueryNode[] = [];
    for (;;) {
      const token = this.peek();
      if (!token || token.type === 'rparen') break;
      if (children.length > 0 && isOperator(token, 'AND') && this.canStartOperand(this.peek(1))) this.index += 1;
      children.push(this.parseOr());
    }
    if (children.length === 0) {
      if (group) throw new QueryError('query.syntax', 'empty parentheses', { start: group.start, end: this.peek()?.at.end ?? group.end });
      throw new QueryError('query.empty', 'the query has no words to search for', { start: 0, end: this.text.length });
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private parseOr(): QueryNode {
    const children = [this.parseUnary()];
    while (isOperator(this.peek(), 'OR') && this.canStartOperand(this.peek(1))) {
      this.index += 1;
      children.push(this.parseUnary());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private parseUnary(): QueryNode {
    const token = this.peek()!;
    if (isOperator(token, 'NOT') && this.canStartOperand(this.peek(1))) {
      this.index += 1;
      return { kind: 'not', child: this.nested(token.at, () => this.parseUnary()) };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode {
    const token = this.tokens[this.index++]!;
    switch (token.type) {
      case 'lparen': {
        const node = this.nested(token.at, () => this.parseAnd(token.at));
        const close = this.peek();
        if (close?.type !== 'rparen') throw new QueryError('query.syntax', 'this "(" is never closed', token.at);
        this.index += 1;
        return node;
      }
      case 'rparen':
        throw new QueryError('query.syntax', 'unexpected ")" without a matching "("', token.at);
      case 'phrase':
        return this.leaf({ kind: 'text', field: 'any', text: token.text, prefix: token.prefix, at: token.at });
      case 'word':
        return this.leaf({ kind: 'text', field: 'any', ...wordValue(token.text), at: token.at });
      case 'field':
        return this.leaf(fieldLeaf(token));
    }
  }

  private leaf(leaf: Leaf): Leaf {
    this.leaves += 1;
    if (this.leaves > MAX_LEAVES) throw new QueryError('query.too-complex', `the query has more than ${MAX_LEAVES} terms`, leaf.at);
    return leaf;
  }

  private nested(at: SourceSpan, parse: () => QueryNode): QueryNode {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw new QueryError('query.too-complex', `groups and NOTs nest more than ${MAX_DEPTH} deep`, at);
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  /** Whether `token` can begin an operand, which makes the operator word before it an operator. */
  private canStartOperand(token: Token | undefined): boolean {
    if (!token || token.type === 'rparen') return false;
    return !isOperator(token, 'AND') && !isOperator(token, 'OR');
  }

  private peek(ahead = 0): Token | undefined {
    return this.tokens[this.index + ahead];
  }
}

function isOperator(token: Token | undefined, op: 'AND' | 'OR' | 'NOT'): boolean {
  return token?.type === 'word' && token.text.toUpperCase() === op;
}

/** A word as typed: trailing *s make it a prefix. */
function wordValue(word: string): TextValue {
  const text = word.replace(/\*+$/u, '');
  return { text, prefix: text.length < word.length };
}

/** Splits the query into tokens, dropping words and phrases without a letter or digit. */
function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/u.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c === '(' ? 'lparen' : 'rparen', at: { start: i, end: i + 1 } });
      i += 1;
    } else if (c === '"') {
      const phrase = readPhrase(input, i);
      if (WORD_CHARACTER.test(phrase.text)) tokens.push({ type: 'phrase', text: phrase.text, prefix: phrase.prefix, at: { start: i, end: phrase.end } });
      i = phrase.end;
    } else {
      const start = i;
      const name = FIELD_NAME.exec(input.slice(i, i + 40))?.[1];
      const field = name === undefined ? undefined : readField(input, start, name);
      if (field) {
        tokens.push(field);
        i = field.at.end;
        continue;
      }
      while (i < input.length && !/[\s()"]/u.test(input[i]!)) i += 1;
      const word = input.slice(start, i);
      if (WORD_CHARACTER.test(word)) tokens.push({ type: 'word', text: word, at: { start, end: i } });
    }
  }
  return tokens;
}

/** A "phrase" from the quote at `start`: to the closing quote or the end, with a * right after it making it a prefix. */
function readPhrase(input: string, start: number): { text: string; prefix: boolean; end: number } {
  const close = input.indexOf('"', start + 1);
  const inner = close < 0 ? input.slice(start + 1) : input.slice(start + 1, close);
  let end = close < 0 ? input.length : close + 1;
  let prefix = false;
  while (input[end] === '*') {
    prefix = true;
    end += 1;
  }
  return { text: inner.trim().replace(/\s+/gu, ' '), prefix, end };
}

/** A field and its value; undefined for an unknown name with nothing after the colon ("Update: Iraq"), which is a word. */
function readField(input: string, start: number, name: string): Token | undefined {
  const spec = fieldNamed(name);
  const valueStart = start + name.length + 1;
  if (!spec) {
    if (valueStart >= input.length || /[\s()]/u.test(input[valueStart]!)) return undefined;
    throw new QueryError('query.syntax', `unknown field "${name}:" — the fields are ${fieldList()}; put the words in quotes to search for them as text`, { start, end: valueStart });
  }
  if (input[valueStart] === '"') {
    const phrase = readPhrase(input, valueStart);
    const value = phrase.text + (phrase.prefix ? '*' : '');
    return { type: 'field', spec, value, quoted: true, valueAt: { start: valueStart, end: phrase.end }, at: { start, end: phrase.end } };
  }
  let end = valueStart;
  while (end < input.length && !/[\s()"]/u.test(input[end]!)) end += 1;
  if (input[end] === '(' && end === valueStart) {
    throw new QueryError('query.syntax', `${spec.id}: takes one word or a "phrase", not a group: write (${spec.id}:a OR ${spec.id}:b)`, { start, end: end + 1 });
  }
  return { type: 'field', spec, value: input.slice(valueStart, end), quoted: false, valueAt: { start: valueStart, end }, at: { start, end } };
}

function fieldLeaf(token: Extract<Token, { type: 'field' }>): Leaf {
  const { spec, value, at, valueAt } = token;
  const empty = (): QueryError => new QueryError('query.syntax', `${spec.id}: needs a value (${spec.help})`, at);
  switch (spec.value) {
    case 'text':
    case 'name':
    case 'source':
    case 'quote': {
      const words = wordValue(value.trim());
      if (!WORD_CHARACTER.test(words.text)) throw empty();
      words.text = words.text.replace(/\s+/gu, ' ');
      if (spec.value === 'text') return { kind: 'text', field: 'title', ...words, at };
      if (spec.value === 'source') return { kind: 'source', ...words, at };
      if (spec.value === 'quote') return { kind: 'quote', field: spec.id === 'quote' ? 'content' : 'speaker', ...words, at };
      return { kind: 'name', field: spec.id as 'entity' | 'person' | 'org' | 'place', ...words, at };
    }
    case 'lang': {
      if (value === '') throw empty();
      if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(value)) throw new QueryError('query.bad-value', `${JSON.stringify(value)} is not a language code: write lang:en, lang:ar`, valueAt);
      return { kind: 'lang', code: value.toLowerCase(), at };
    }
    case 'country': {
      if (value.trim() === '') throw empty();
      const country = findCountry(value);
      if (!country) throw new QueryError('query.bad-value', `unknown country ${JSON.stringify(value)}: write an ISO code (IQ, IRQ) or a name (Iraq, "United States")`, valueAt);
      return { kind: 'country', iso2: country.iso2, iso3: country.iso3, name: country.name, at };
    }
    case 'event': {
      if (value === '') throw empty();
      if (isCameoPrefix(value)) return { kind: 'event', system: 'cameo', cameoPrefix: value, at };
      if (isPloverType(value)) return { kind: 'event', system: 'plover', plover: value.toUpperCase(), at };
      throw new QueryError('query.bad-value', `unknown event type ${JSON.stringify(value)}: write a CAMEO code or prefix from 01 to 20 (19, 190, 1823) or a PLOVER type (${PLOVER_TYPES.map((p) => p.type).join(', ')})`, valueAt);
    }
    case 'date': {
      if (value === '' || token.quoted) throw value === '' ? empty() : new QueryError('query.bad-value', `${spec.id}: takes a date without quotes (${spec.help})`, valueAt);
      const range = parseDateValue(value, valueAt.start);
      const leaf: DateLeaf = { kind: 'date', field: spec.id === 'published' ? 'published' : 'date', at };
      if (range.from !== undefined) leaf.from = range.from;
      if (range.before !== undefined) leaf.before = range.before;
      return leaf;
    }
    case 'confidence': {
      if (value === '' || token.quoted) throw value === '' ? empty() : new QueryError('query.bad-value', `${spec.id}: takes a number without quotes (${spec.help})`, valueAt);
      const range = parseConfidenceValue(value, valueAt.start);
      const leaf: ConfidenceLeaf = { kind: 'confidence', at };
      if (range.lower) leaf.lower = range.lower;
      if (range.upper) leaf.upper = range.upper;
      return leaf;
    }
  }
}
