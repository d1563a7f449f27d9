import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { getAll, getJson, type EventRecord, type TimelinePoint } from '../api.js';
import { Chart } from '../components/chart.js';
import { LikelyToggle } from '../components/likely-toggle.js';
import { QueryBox } from '../components/query-box.js';
import { Empty, Status } from '../components/status.js';
import { useApi } from '../components/use-api.js';
import { eventsQuery, LIKELY_RIGHT, likelyRightOnly, likelyRightParam } from '../../../src/shells/web/query-text.js';
import { href } from '../../../src/shells/web/route.js';
import { QUAD_NAMES, eventSeries, periodSeconds } from '../../../src/shells/web/series.js';

/** Events read for the charts; beyond it the page says the counts are partial. */
export const MAX_EVENTS = 5000;
const QUAD_COLOURS = ['#2b8a3e', '#5c940d', '#e67700', '#c92a2a'];

export function TimelinePage({ q, params }: { q: string; params: Record<string, string> }) {
  const likely = likelyRightOnly(params);
  const query = eventsQuery(q, params);
  const docs = useApi((signal) => getJson<TimelinePoint[]>('timeline', { q, of: 'documents', interval: 'day' }, signal), [q]);
  const events = useApi((signal) => getAll<EventRecord>('events', { q: query }, MAX_EVENTS, signal), [query]);
  const go = (next: string, likelyOn: boolean) => (location.hash = href('timeline', undefined, { q: next, [LIKELY_RIGHT.param]: likelyRightParam(likelyOn) }));
  return (
    <div class="timeline-page">
      <h1 tabIndex={-1}>Timeline</h1>
      <QueryBox value={q} onSubmit={(next) => go(next, likely)} />
      <section aria-labelledby="t-docs">
        <h2 id="t-docs">Articles per day</h2>
        <Status state={docs}>{(points) => <DocumentChart points={points} />}</Status>
      </section>
      <section aria-labelledby="t-events">
        <h2 id="t-events">Events per day by type, and tone</h2>
        <LikelyToggle on={likely} onChange={(on) => go(q, on)} />
        <Status state={events}>
          {({ items, complete }) => (
            <>
              {!complete && <p class="note">The first {MAX_EVENTS} events are charted; narrow the query to see all.</p>}
              <EventChart events={items} />
            </>
          )}
        </Status>
      </section>
    </div>
  );
}

function DocumentChart({ points }: { points: TimelinePoint[] }) {
  const data = useMemo<uPlot.AlignedData>(() => {
    const rows = points.map((p) => [periodSeconds(p.period), p.count] as const).filter((r): r is readonly [number, number] => r[0] !== undefined);
    return [rows.map((r) => r[0]), rows.map((r) => r[1])];
  }, [points]);
  // Bars: days without articles are gaps, not a line through them.
  const options = useMemo(() => ({ height: 220, series: [{}, { label: 'Articles', stroke: '#1c7ed6', fill: 'rgba(28,126,214,0.5)', paths: uPlot.paths.bars!({ size: [0.6, 24] }), points: { show: false } }], axes: [{}, { label: 'articles' }] }), []);
  if (data[0].length === 0) return <Empty>No dated article matches.</Empty>;
  return <Chart options={options} data={data} label={`Articles per day, ${points.length} days`} />;
}

function EventChart({ events }: { events: EventRecord[] }) {
  const series = useMemo(() => eventSeries(events), [events]);
  // A type with no event that day draws no point (null), rather than a row of dots at zero.
  const data = useMemo<uPlot.AlignedData>(() => [series.days.map((d) => periodSeconds(d)!), ...series.byQuad.map((counts) => counts.map((n) => n || null)), series.tone], [series]);
  const options = useMemo<Omit<uPlot.Options, 'width'>>(
    () => ({
      height: 260,
      scales: { tone: { range: [-10, 10] } },
      series: [
        {},
        // Points, not lines: the days between two events had none.
        ...QUAD_NAMES.map((name, i) => ({ label: name, stroke: QUAD_COLOURS[i], fill: QUAD_COLOURS[i], paths: () => null, points: { show: true, size: 8, fill: QUAD_COLOURS[i] } })),
        { label: 'tone (mean Goldstein)', scale: 'tone', stroke: '#495057', dash: [6, 4], width: 1.5, points: { show: true } },
      ],
      axes: [{}, { label: 'events' }, { scale: 'tone', side: 1, label: 'tone', grid: { show: false } }],
    }),
    [],
  );
  if (series.days.length === 0) return <Empty>No dated event matches. Events come from the events stage; the articles may report none.</Empty>;
  return <Chart options={options} data={data} label={`Events per day by QuadClass and mean Goldstein tone, ${series.days.length} days`} />;
}
