import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { apiUrl, getJson, type EventRecord, type Page } from '../api.js';
import { LikelyToggle } from '../components/likely-toggle.js';
import { Empty, Status } from '../components/status.js';
import { useApi } from '../components/use-api.js';
import { EVENT_COLUMNS, cell, kindsOf, sortEvents, type EventColumn } from '../../../src/shells/web/event-table.js';
import { dateTerm, fieldTerm, LIKELY_RIGHT, likelyRightOnly, likelyRightParam, withTerms } from '../../../src/shells/web/query-text.js';
import { href } from '../../../src/shells/web/route.js';

const COLUMN_LABELS: Record<EventColumn, string> = { day: 'Date', type: 'Type', source: 'Source actor', target: 'Target actor', location: 'Where', kind: 'Kind', goldstein: 'Goldstein', confidence: 'Confidence' };
const EXPORTS = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSONL' },
  { format: 'gdelt', label: 'GDELT TSV' },
  { format: 'plover', label: 'PLOVER JSON' },
  { format: 'geojson', label: 'GeoJSON' },
  { format: 'gexf', label: 'GEXF network' },
];

/** The filter boxes, kept in the address so a filtered table can be shared. */
const FILTERS = ['type', 'actor', 'country', 'from', 'to'] as const;

export function EventsPage({ q, params }: { q: string; params: Record<string, string> }) {
  const [draft, setDraft] = useState<Record<string, string>>(() => ({ ...params }));
  const likely = likelyRightOnly(params);
  const terms = [
    params.type ? fieldTerm('event', params.type) : '',
    params.actor ? fieldTerm('entity', params.actor) : '',
    params.country ? fieldTerm('country', params.country) : '',
    dateTerm(params.from ?? '', params.to ?? '') ?? '',
    likely ? LIKELY_RIGHT.term : '',
  ];
  const query = withTerms(q, terms);
  const [sort, setSort] = useState<{ column: EventColumn; descending: boolean }>({ column: 'day', descending: true });
  const [kind, setKind] = useState(params.kind ?? '');
  const [more, setMore] = useState<{ query: string; items: EventRecord[]; next?: string } | undefined>();
  const state = useApi((signal) => getJson<Page<EventRecord>>('events', { q: query, limit: 100 }, signal), [query]);
  const extra = more?.query === query ? more : undefined;

  /** The form's filters into the address (the toggle applies at once, with what the boxes hold). */
  const go = (likelyOn: boolean) => {
    location.hash = href('events', undefined, { q: draft.q ?? q, ...Object.fromEntries(FILTERS.map((f) => [f, draft[f]])), kind, [LIKELY_RIGHT.param]: likelyRightParam(likelyOn) });
  };
  const apply = (e: Event) => {
    e.preventDefault();
    go(likely);
  };
  return (
    <div class="events-page">
      <h1 tabIndex={-1}>Events</h1>
      <form class="filters" onSubmit={apply} aria-label="Filter events">
        <label>Query <input name="q" value={draft.q ?? q} onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })} /></label>
        <label>Type <input name="type" placeholder="ASSAULT, 19, 190" value={draft.type ?? ''} onInput={(e) => setDraft({ ...draft, type: e.currentTarget.value })} /></label>
        <label>Actor <input name="actor" placeholder="Sadr" value={draft.actor ?? ''} onInput={(e) => setDraft({ ...draft, actor: e.currentTarget.value })} /></label>
        <label>Country <input name="country" placeholder="IQ, Iraq" value={draft.country ?? ''} onInput={(e) => setDraft({ ...draft, country: e.currentTarget.value })} /></label>
        <label>From <input name="from" type="date" value={draft.from ?? ''} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} /></label>
        <label>To <input name="to" type="date" value={draft.to ?? ''} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} /></label>
        <LikelyToggle on={likely} onChange={go} />
        <button type="submit">Filter</button>
      </form>
      <p class="query-shown">Query: <code>{query || '(everything)'}</code></p>
      <div class="exports" role="group" aria-label="Export these events">
        Export:{' '}
        {EXPORTS.map((x) => (
          <a key={x.format} class="button" href={apiUrl('export', { q: query, format: x.format, what: 'events' })} download>
            {x.label}
          </a>
        ))}
      </div>
      <Status state={state}>
        {(page) => {
          const all = [...page.items, ...(extra?.items ?? [])];
          const next = extra ? extra.next : page.next;
          return (
            <EventTable rows={all} total={page.total} sort={sort} setSort={setSort} kind={kind} setKind={setKind} q={q} likely={likely}>
              {next && (
                <button
                  type="button"
                  onClick={async () => {
                    const p = await getJson<Page<EventRecord>>('events', { q: query, limit: 100, cursor: next });
                    setMore({ query, items: [...(extra?.items ?? []), ...p.items], next: p.next });
                  }}
                >
                  More events
                </button>
              )}
            </EventTable>
          );
        }}
      </Status>
    </div>
  );
}

interface TableProps {
  rows: EventRecord[];
  total?: number;
  sort: { column: EventColumn; descending: boolean };
  setSort: (s: { column: EventColumn; descending: boolean }) => void;
  kind: string;
  setKind: (k: string) => void;
  q: string;
  /** Whether only likely-right events were asked for: an empty table then says how to see the others. */
  likely: boolean;
  children?: ComponentChildren;
}

function EventTable({ rows, total, sort, setSort, kind, setKind, q, likely, children }: TableProps) {
  const kinds = useMemo(() => kindsOf(rows), [rows]);
  const shown = useMemo(() => sortEvents(kind ? rows.filter((r) => r.event.kind === kind) : rows, sort.column, sort.descending), [rows, kind, sort]);
  if (rows.length === 0) return <Empty>No event matches. Events are read from articles by the events stage; try a wider query{likely ? ', or all events, not only the likely right ones' : ''}.</Empty>;
  return (
    <>
      <p class="count">
        {shown.length} of {total ?? rows.length} event{(total ?? rows.length) === 1 ? '' : 's'} shown{' '}
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="">all</option>
            {kinds.map((k) => (
              <option key={k} value={k}>{k}</option>
            ))}
          </select>
        </label>
      </p>
      <div class="table-wrap">
        <table class="events">
          <caption class="visually-hidden">Events, with the sentence each was read from</caption>
          <thead>
            <tr>
              {EVENT_COLUMNS.map((c) => (
                <th key={c} scope="col" aria-sort={sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" class="sort" onClick={() => setSort({ column: c, descending: sort.column === c ? !sort.descending : c === 'day' })}>
                    {COLUMN_LABELS[c]}
                  </button>
                </th>
              ))}
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.docId}/${r.event.id}`} class={`quad-${r.event.quadClass ?? 0}`}>
                {EVENT_COLUMNS.map((c) => {
                  const v = cell(r, c);
                  return <td key={c}>{typeof v === 'number' ? (Number.isNaN(v) ? '' : v) : v}</td>;
                })}
                <td class="evidence">
                  {r.evidence}{' '}
                  <a href={href('article', r.docId, { q, mark: `event:${r.event.id}` })} aria-label={`Open the article: ${r.document.title}`}>
                    {r.document.source}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </>
  );
}
