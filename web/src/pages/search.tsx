import { useEffect, useState } from 'preact/hooks';
import { getJson, type DocumentHit, type Facets, type Page } from '../api.js';
import { QueryBox } from '../components/query-box.js';
import { countryName } from '../lib/country-names.js';
import { Empty, ErrorBox, Status } from '../components/status.js';
import { useApi } from '../components/use-api.js';
import { fieldTerm, withTerms } from '../../../src/shells/web/query-text.js';
import { href } from '../../../src/shells/web/route.js';
import { snippetParts } from '../../../src/shells/web/snippet.js';

/** A User Timing mark set once, when the first results are drawn. */
export const FIRST_RESULTS = 'wirewatch:first-results';

const go = (q: string) => (location.hash = href('search', undefined, { q }));

export function SearchPage({ q }: { q: string }) {
  const [more, setMore] = useState<{ q: string; items: DocumentHit[]; next?: string } | undefined>();
  const [explain, setExplain] = useState(false);
  const results = useApi((signal) => getJson<Page<DocumentHit>>('documents', { q, limit: 20 }, signal), [q]);
  const facets = useApi((signal) => getJson<Facets>('facets', { q, limit: 8 }, signal), [q]);
  const extra = more?.q === q ? more : undefined;
  useEffect(() => {
    // The first load's end, for the load-time test and anyone profiling: navigation start → first results on screen.
    if (results.data && performance.getEntriesByName(FIRST_RESULTS).length === 0) requestAnimationFrame(() => performance.mark(FIRST_RESULTS));
  }, [results.data]);
  const loadMore = async (cursor: string) => {
    const page = await getJson<Page<DocumentHit>>('documents', { q, limit: 20, cursor });
    setMore({ q, items: [...(extra?.items ?? []), ...page.items], next: page.next });
  };
  return (
    <div class="search-page">
      <h1 tabIndex={-1}>Search the news</h1>
      <QueryBox value={q} onSubmit={go} />
      <p class="explain-toggle">
        <button type="button" class="link" aria-expanded={explain} onClick={() => setExplain(!explain)}>
          {explain ? 'Hide' : 'Show'} the parsed query
        </button>
      </p>
      {explain && <Explain q={q} />}
      <div class="with-side">
        <section aria-labelledby="results-h" class="results">
          <h2 id="results-h">Articles</h2>
          <Status state={results}>
            {(page) => {
              const items = [...page.items, ...(extra?.items ?? [])];
              const next = extra ? extra.next : page.next;
              if (items.length === 0) return <Empty>No article matches {q ? <q>{q}</q> : 'yet: ingest some news with `wirewatch ingest`'}.</Empty>;
              return (
                <>
                  <p class="count">{page.total !== undefined ? `${page.total} article${page.total === 1 ? '' : 's'}` : `${items.length} shown`}</p>
                  <ol class="hits">
                    {items.map((hit) => (
                      <li key={hit.id}>
                        <a class="hit-title" href={href('article', hit.id, { q })}>{hit.title || '(untitled)'}</a>
                        <div class="meta">
                          <span>{hit.source}</span>
                          {hit.published && <time dateTime={hit.published}>{hit.published.slice(0, 10)}</time>}
                          <span>{hit.language}</span>
                        </div>
                        <p class="snippet">
                          {snippetParts(hit.snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
                        </p>
                      </li>
                    ))}
                  </ol>
                  {next && (
                    <button type="button" onClick={() => loadMore(next)}>
                      More articles
                    </button>
                  )}
                </>
              );
            }}
          </Status>
        </section>
        <aside aria-labelledby="facets-h" class="facets">
          <h2 id="facets-h">Narrow down</h2>
          <Status state={facets}>{(f) => <FacetLists facets={f} q={q} />}</Status>
        </aside>
      </div>
    </div>
  );
}

function Explain({ q }: { q: string }) {
  const state = useApi((signal) => getJson<{ query: string; text: string; tree: unknown }>('query/explain', { q }, signal), [q]);
  if (state.error) return <ErrorBox error={state.error} />;
  const data = state.data;
  const text = data ? data.text : 'Parsing…';
  return (
    <pre class="explain" aria-label="Parsed query">
      {text}
    </pre>
  );
}

const ENTITY_FIELD: Record<string, string> = { PERSON: 'person', ORG: 'org', GPE: 'place', LOC: 'place', FAC: 'place' };

function FacetLists({ facets, q }: { facets: Facets; q: string }) {
  const groups: { title: string; buckets: { key: string; count: number }[]; term: (key: string) => string; label?: (key: string) => string }[] = [];
  if (facets.source?.length) groups.push({ title: 'Sources', buckets: facets.source, term: (k) => fieldTerm('source', k) });
  for (const [type, buckets] of Object.entries(facets.entity ?? {}))
    if (buckets.length) groups.push({ title: `Entities: ${type}`, buckets, term: (k) => fieldTerm(ENTITY_FIELD[type] ?? 'entity', k) });
  if (facets.country?.length) groups.push({ title: 'Countries', buckets: facets.country, term: (k) => fieldTerm('country', k), label: countryName });
  if (facets.event?.plover.length) groups.push({ title: 'Event types (PLOVER)', buckets: facets.event.plover, term: (k) => fieldTerm('event', k) });
  if (facets.event?.cameoRoot.length) groups.push({ title: 'Event types (CAMEO root)', buckets: facets.event.cameoRoot, term: (k) => fieldTerm('event', k) });
  if (facets.day?.length) groups.push({ title: 'Days', buckets: facets.day.slice(-8).reverse(), term: (k) => fieldTerm('published', k) });
  if (groups.length === 0) return <Empty>Nothing to narrow down.</Empty>;
  return (
    <>
      {groups.map((g) => (
        <section key={g.title} class="facet">
          <h3>{g.title}</h3>
          <ul>
            {g.buckets.map((b) => (
              <li key={b.key}>
                <a href={href('search', undefined, { q: withTerms(q, [g.term(b.key)]) })} aria-label={`Narrow to ${g.title} ${g.label?.(b.key) ?? b.key}, ${b.count}`}>
                  <span>{g.label?.(b.key) ?? b.key}</span>
                  <span class="n">{b.count}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
