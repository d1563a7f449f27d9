/**
 * Suggestions while typing a query: field names (from the parser's own field table,
 * src/query/fields.ts, so the two never disagree), PLOVER types after `event:`, and for
 * name fields a request the page answers with entity names from the API.
 */
import { FIELDS } from '../../query/fields.js';
import { PLOVER_TYPES } from '../../query/event-types.js';

/** Fields whose values are entity names, suggested from the store. */
const NAME_FIELDS = new Set(['entity', 'person', 'org', 'place', 'said-by']);

export interface Suggestion {
  /** What replaces the word being typed. */
  insert: string;
  /** What the list shows. */
  label: string;
  help?: string;
}

export interface TypedWord {
  /** Where the word under the caret starts and ends. */
  start: number;
  end: number;
  text: string;
  /** The field it is a value of, when it is `field:value`. */
  field?: string;
  value?: string;
}

/** The word the caret is in (or just after): letters, digits and the field syntax, not spaces, parentheses or quotes. */
export function typedWord(query: string, caret: number): TypedWord | undefined {
  let start = caret;
  while (start > 0 && !/[\s()]/.test(query[start - 1]!)) start--;
  let end = caret;
  while (end < query.length && !/[\s()]/.test(query[end]!)) end++;
  const text = query.slice(start, end);
  if (text === '' || text.startsWith('-')) return undefined;
  const colon = text.indexOf(':');
  if (colon < 0) return { start, end, text };
  return { start, end, text, field: text.slice(0, colon).toLowerCase(), value: text.slice(colon + 1).replace(/^"/, '') };
}

/** The fields a word can start, at most `limit`: `per` → `person:`. */
export function fieldSuggestions(word: TypedWord, limit = 8): Suggestion[] {
  if (word.field !== undefined) return [];
  const typed = word.text.toLowerCase();
  const out: Suggestion[] = [];
  for (const field of FIELDS) {
    const name = [field.id, ...field.aliases].find((n) => n.startsWith(typed));
    if (name) out.push({ insert: `${field.id}:`, label: `${field.id}:`, help: field.help });
  }
  return out.slice(0, limit);
}

/** Values known without the store: PLOVER types after `event:`. */
export function valueSuggestions(word: TypedWord, limit = 8): Suggestion[] {
  if (word.field === 'event' || word.field === 'plover') {
    const typed = (word.value ?? '').toUpperCase();
    return PLOVER_TYPES.filter((p) => p.type.startsWith(typed))
      .slice(0, limit)
      .map((p) => ({ insert: `event:${p.type}`, label: p.type, help: p.reason }));
  }
  return [];
}

/** Whether the word asks for entity names (`person:kad`), and with what prefix. */
export function entityPrefix(word: TypedWord): string | undefined {
  if (!word.field || !NAME_FIELDS.has(word.field)) return undefined;
  const value = (word.value ?? '').trim();
  return value.length >= 2 ? value : undefined;
}

/** The query with the typed word replaced by a suggestion, and where the caret goes. */
export function applySuggestion(query: string, word: TypedWord, insert: string): { query: string; caret: number } {
  const needsSpace = !insert.endsWith(':');
  const head = query.slice(0, word.start) + insert + (needsSpace ? ' ' : '');
  const tail = query.slice(word.end).replace(/^\s+/, '');
  return { query: head + tail, caret: head.length };
}
