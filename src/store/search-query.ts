/**
 * User search input → clauses, shared by every store so that the syntax a user types
 * means the same on SQLite (FTS5) and PostgreSQL (tsquery). Each store renders the
 * clauses in its own dialect (sqlite/fts-query.ts, postgres/ts-query.ts).
 *
 * PLACEHOLDER until the query-language issue brings a real parser (input → AST →
 * SQL per dialect). Until then the rules are:
 *
 * - `"two words"` is a phrase; every other whitespace-separated word is a term.
 * - Terms are ANDed. `OR` and `NOT` (any case) standing between two terms are
 *   operators; anywhere else (first, last, alone) they are searched as words.
 *   Of two operator words in a row the last wins (`a OR NOT b` → `a NOT b`).
 * - `OR` binds tighter than AND/NOT, as in web search: `a b OR c` → a AND (b OR c).
 * - A trailing `*` on a word makes it a prefix query: `kadh*`.
 * - Words and phrases with no letter or digit are dropped; nothing left → StoreError 'store.bad-query'.
 * - `said-by:NAME` or `said-by:"Full Name"` finds documents quoting NAME (a quote's
 *   speaker): it becomes a phrase of speaker tokens (speaker-tokens.ts), which every
 *   store indexes with the entity names; `said-by:sadr*` is a prefix on a one-word name.
 *
 * Renderers must pass every term to the engine as data (quoted or as a bound
 * parameter), never as engine syntax.
 */
import { StoreError } from './store.js';
import { speakerQueryTokens } from './speaker-tokens.js';

export interface SearchTerm {
  kind: 'term';
  /** A word, or the words of a phrase separated by single spaces. */
  text: string;
  prefix: boolean;
}

interface Operator {
  kind: 'operator';
  op: 'OR' | 'NOT';
  /** The word as typed, for when it turns out to be a term after all. */
  word: string;
}

type Item = SearchTerm | Operator;

/** A run of terms joined by OR, then joined to the previous clause by AND or NOT (the first clause is always AND). */
export interface SearchClause {
  join: 'AND' | 'NOT';
  alternatives: SearchTerm[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** Parses a user query; throws StoreError 'store.bad-query' when it has nothing to search for. */
export function parseSearchQuery(input: string): SearchClause[] {
  const items = lex(input.replace(CONTROL_CHARACTERS, ' '));
  const clauses = toClauses(items);
  if (clauses.length === 0) {
    throw new StoreError('store.bad-query', `the query ${JSON.stringify(input)} has no words to search for`);
  }
  return clauses;
}

/** Splits input into phrases, words and operator words; an unclosed quote runs to the end. */
function lex(input: string): Item[] {
  const items: Item[] = [];
  const pattern = /said-by:(?:"([^"]*)"?|(\S*))|"([^"]*)"?|(\S+?)(?=\s|"|$)/giu;
  for (const match of input.matchAll(pattern)) {
    const [, speakerPhrase, speakerWord, phrase, word] = match;
    const speaker = speakerPhrase ?? speakerWord;
    const item = speaker !== undefined ? speakerItem(speaker) : phrase !== undefined ? phraseItem(phrase) : word !== undefined ? wordItem(word) : undefined;
    if (item !== undefined) items.push(item);
  }
  return items;
}

/** `said-by:NAME` as the phrase of NAME's speaker tokens; a trailing `*` is a prefix on a one-word name. */
function speakerItem(name: string): SearchTerm | undefined {
  const prefix = /\*+$/u.test(name);
  const tokens = speakerQueryTokens(name.replace(/\*+$/u, ''));
  if (tokens.length === 0) return undefined;
  return { kind: 'term', text: tokens.join(' '), prefix: prefix && tokens.length === 1 };
}

function phraseItem(phrase: string): SearchTerm | undefined {
  const text = phrase.trim().replace(/\s+/gu, ' ');
  return WORD_CHARACTER.test(text) ? { kind: 'term', text, prefix: false } : undefined;
}

function wordItem(word: string): Item | undefined {
  const upper = word.toUpperCase();
  if (upper === 'OR' || upper === 'NOT') return { kind: 'operator', op: upper, word };
  const text = word.replace(/\*+$/u, '');
  if (!WORD_CHARACTER.test(text)) return undefined;
  return { kind: 'term', text, prefix: text.length < word.length };
}

function toClauses(items: readonly Item[]): SearchClause[] {
  const clauses: SearchClause[] = [];
  let pending: Operator | undefined;
  for (const item of items) {
    if (item.kind === 'operator' && clauses.length > 0) {
      pending = item;
      continue;
    }
    const term = item.kind === 'term' ? item : asTerm(item);
    const last = clauses[clauses.length - 1];
    if (pending?.op === 'OR' && last !== undefined) last.alternatives.push(term);
    else clauses.push({ join: pending?.op === 'NOT' ? 'NOT' : 'AND', alternatives: [term] });
    pending = undefined;
  }
  if (pending !== undefined) clauses.push({ join: 'AND', alternatives: [asTerm(pending)] });
  return clauses;
}

function asTerm(operator: Operator): SearchTerm {
  return { kind: 'term', text: operator.word, prefix: false };
}
