/**
 * The query input: an ARIA combobox suggesting field names, PLOVER types and (after
 * person:, org:, entity:, place:, said-by:) entity names from the store. Arrow keys move
 * through the list, Enter or Tab takes a suggestion, Escape closes it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, type EntityCount, type Page } from '../api.js';
import { fieldTerm } from '../../../src/shells/web/query-text.js';
import { applySuggestion, entityPrefix, fieldSuggestions, typedWord, valueSuggestions, type Suggestion, type TypedWord } from '../../../src/shells/web/suggest.js';

export function QueryBox({ value, onSubmit, label = 'Search query' }: { value: string; onSubmit: (q: string) => void; label?: string }) {
  const [text, setText] = useState(value);
  const [word, setWord] = useState<TypedWord | undefined>();
  const [items, setItems] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(value), [value]);

  const update = (next: string, caret: number) => {
    setText(next);
    const w = typedWord(next, caret);
    setWord(w);
    setActive(-1);
    setItems(w ? [...fieldSuggestions(w), ...valueSuggestions(w)] : []);
  };

  // Entity names for a name field, fetched after a pause in typing.
  useEffect(() => {
    const prefix = word && entityPrefix(word);
    if (!word || !prefix) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const field = word.field === 'said-by' ? 'said-by' : word.field!;
      getJson<Page<EntityCount>>('entities', { q: fieldTerm(word.field === 'said-by' ? 'person' : field, prefix + '*'), limit: 8 }, controller.signal)
        .then((page) => setItems(page.items.map((e) => ({ insert: fieldTerm(field, e.name), label: e.name, help: `${e.type}, ${e.documents} document${e.documents === 1 ? '' : 's'}` }))))
        .catch(() => undefined);
    }, 150);
    return () => (clearTimeout(timer), controller.abort());
  }, [word]);

  const take = (s: Suggestion) => {
    if (!word) return;
    const r = applySuggestion(text, word, s.insert);
    update(r.query, r.caret);
    requestAnimationFrame(() => input.current?.setSelectionRange(r.caret, r.caret));
    input.current?.focus();
  };

  const open = items.length > 0;
  return (
    <form
      class="query"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        setItems([]);
        onSubmit(text.trim());
      }}
    >
      <label for="q" class="visually-hidden">{label}</label>
      <div class="combo">
        <input
          id="q"
          ref={input}
          type="search"
          value={text}
          autoComplete="off"
          spellcheck={false}
          placeholder='e.g. said-by:sadr, event:ASSAULT country:IQ, "Quds Force"'
          role="combobox"
          list={undefined}
          aria-expanded={open}
          aria-controls="q-suggestions"
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `q-s-${active}` : undefined}
          onInput={(e) => update(e.currentTarget.value, e.currentTarget.selectionStart ?? e.currentTarget.value.length)}
          onKeyDown={(e) => {
            if (!open) return;
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((active + 1) % items.length);
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((active - 1 + items.length) % items.length);
            } else if (e.key === 'Escape') {
              setItems([]);
            } else if ((e.key === 'Enter' || e.key === 'Tab') && active >= 0) {
              e.preventDefault();
              take(items[active]!);
            }
          }}
          onBlur={() => setTimeout(() => setItems([]), 150)}
        />
        {open && (
          <ul id="q-suggestions" role="listbox" class="suggestions" aria-label="Suggestions">
            {items.map((s, i) => (
              <li key={s.insert} id={`q-s-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => (e.preventDefault(), take(s))}>
                <span class="s-label">{s.label}</span>
                {s.help && <span class="s-help">{s.help}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
