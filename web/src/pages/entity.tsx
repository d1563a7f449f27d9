/**
 * Everything about one entity (GET /api/entities/{id}): articles naming it over time,
 * what it said, the events it took part in as source and as target, and who is named
 * beside it. Reached with a name and, when known, a type; without a type the most
 * widely named entity of that exact name is shown.
 */
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { ApiError, getJson, type EntityCount, type EventRecord, type Page, type QuoteRecord, type TimelinePoint } from '../api.js';
import { isQuotation } from '../../../src/model/quote-class.js';
import { Chart } from '../components/chart.js';
import { Empty, Status } from '../components/status.js';
import { useApi } from '../components/use-api.js';
import { entityIdOf } from '../../../src/shells/web/entity-id.js';
import { actorLabel } from '../../../src/shells/web/network.js';
import { fieldTerm } from '../../../src/shells/web/query-text.js';
import { href } from '../../../src/shells/web/route.js';
import { eventDay, periodSeconds } from '../../../src/shells/web/series.js';

interface EntityHit extends EntityCount {
  id: string;
}

interface EntityData {
  entity: EntityHit;
  queries: { documents: string; quotes: string };
  timeline: TimelinePoint[];
  quotes: Page<QuoteRecord>;
  events: { asSource: EventRecord[]; asTarget: EventRecord[] };
  coOccurring: EntityHit[];
}

async function loadEntity(name: string, type: string | undefined, signal: AbortSignal): Promise<EntityData> {
  let resolved = type;
  if (!resolved) {
    const page = await getJson<Page<EntityHit>>('entities', { q: fieldTerm('entity', name), limit: 50 }, signal);
    resolved = page.items.find((e) => e.name === name)?.type ?? page.items.find((e) => e.name.toLowerCase() === name.toLowerCase())?.type;
    if (!resolved) throw new ApiError(`No entity named “${name}” in the store.`, 404);
  }
  return getJson<EntityData>(`entities/${entityIdOf(resolved, name)}`, { limit: 30 }, signal);
}

export function EntityPage({ name, type }: { name: string; type?: string }) {
  const state = useApi((signal) => loadEntity(name, type, signal), [name, type]);
  return (
    <div class="entity-page">
      <h1 tabIndex={-1}>{name}</h1>
      <Status state={state}>{(data) => <Entity data={data} />}</Status>
    </div>
  );
}

function Entity({ data }: { data: EntityData }) {
  const { entity, queries } = data;
  return (
    <>
      <p class="note">
        {entity.type}, named in {entity.documents} article{entity.documents === 1 ? '' : 's'} ({entity.mentions} mentions).{' '}
        <a href={href('search', undefined, { q: queries.documents })}>The articles</a> · <a href={href('events', undefined, { q: queries.documents })}>their events</a> · <a href={href('network', undefined, { q: queries.documents })}>network</a>
      </p>
      <section aria-labelledby="e-time">
        <h2 id="e-time">Mentions over time</h2>
        <Mentions points={data.timeline} name={entity.name} />
      </section>
      <section aria-labelledby="e-quotes">
        <h2 id="e-quotes">What {entity.name} said</h2>
        {data.quotes.items.length === 0 ? (
          <Empty>No quotation attributed to {entity.name}.</Empty>
        ) : (
          <ul class="quotes">
            {data.quotes.items.map((qr) => (
              <li key={`${qr.docId}/${qr.quote.id}`}>
                <blockquote>{qr.content}</blockquote>
                <div class="meta">
                  {!isQuotation(qr.quote) && <span class="quote-class">{qr.quote.class}</span>}
                  {qr.quote.medium && <span>{qr.quote.medium}</span>}
                  <a href={href('article', qr.docId, { mark: `quote:${qr.quote.id}:0` })}>{qr.document.title}</a>
                  {qr.document.published && <time dateTime={qr.document.published}>{qr.document.published.slice(0, 10)}</time>}
                </div>
              </li>
            ))}
          </ul>
        )}
        {data.quotes.total !== undefined && data.quotes.total > data.quotes.items.length && <a href={href('search', undefined, { q: queries.quotes })}>All {data.quotes.total} quotations</a>}
      </section>
      <section aria-labelledby="e-events">
        <h2 id="e-events">Events</h2>
        <div class="two-col">
          <EventList title={`${entity.name} as source`} rows={data.events.asSource} />
          <EventList title={`${entity.name} as target`} rows={data.events.asTarget} />
        </div>
      </section>
      <section aria-labelledby="e-others">
        <h2 id="e-others">Named alongside</h2>
        {data.coOccurring.length === 0 ? (
          <Empty>No other entity is named in the same articles.</Empty>
        ) : (
          <ul class="chips">
            {data.coOccurring.map((e) => (
              <li key={e.id}>
                <a href={href('entity', e.name, { type: e.type })}>{e.name}</a> <span class="n" aria-label={`${e.documents} articles`}>{e.documents}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Mentions({ points, name }: { points: TimelinePoint[]; name: string }) {
  const data = useMemo<uPlot.AlignedData>(() => {
    const rows = points.flatMap((p) => {
      const x = periodSeconds(p.period);
      return x === undefined ? [] : [[x, p.count] as const];
    });
    return [rows.map((r) => r[0]), rows.map((r) => r[1])];
  }, [points]);
  const options = useMemo(() => ({ height: 180, series: [{}, { label: 'Articles', stroke: '#1c7ed6', fill: 'rgba(28,126,214,0.5)', paths: uPlot.paths.bars!({ size: [0.6, 24] }), points: { show: false } }] }), []);
  if (data[0].length === 0) return <Empty>No dated article names {name}.</Empty>;
  return <Chart options={options} data={data} label={`Articles naming ${name} per day`} />;
}

function EventList({ title, rows }: { title: string; rows: EventRecord[] }) {
  return (
    <div>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <Empty>None.</Empty>
      ) : (
        <ul class="event-list">
          {rows.map((r) => (
            <li key={`${r.docId}/${r.event.id}`}>
              <strong>{r.event.plover ?? r.event.cameo}</strong> {actorLabel(r.source) ?? '?'} → {actorLabel(r.target) ?? '?'} <span class="meta">{eventDay(r) ?? ''} {r.event.kind}</span>
              <p class="evidence">
                {r.evidence} <a href={href('article', r.docId, { mark: `event:${r.event.id}` })}>{r.document.source}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
