import { useMemo, useState } from 'preact/hooks';
import { getJson, type AnalysedDocument } from '../api.js';
import { Empty, Status } from '../components/status.js';
import { useApi } from '../components/use-api.js';
import { isQuotation } from '../../../src/model/quote-class.js';
import { documentMarks, type Annotation } from '../../../src/shells/web/document-marks.js';
import { href } from '../../../src/shells/web/route.js';
import { innermost, segment, type Mark, type MarkKind } from '../../../src/shells/web/segments.js';

const KINDS: { kind: MarkKind; label: string }[] = [
  { kind: 'entity', label: 'Entities' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'speaker', label: 'Speakers' },
  { kind: 'time', label: 'Times' },
  { kind: 'event', label: 'Events' },
];

export function ArticlePage({ id, focus }: { id: string; focus?: string }) {
  const state = useApi((signal) => getJson<AnalysedDocument>(`documents/${encodeURIComponent(id)}`, {}, signal), [id]);
  return <Status state={state}>{(doc) => <Article doc={doc} focus={focus} />}</Status>;
}

function Article({ doc, focus }: { doc: AnalysedDocument; focus?: string }) {
  const { marks, annotations } = useMemo(() => documentMarks(doc), [doc]);
  const [shown, setShown] = useState<Set<MarkKind>>(() => new Set(KINDS.map((k) => k.kind)));
  const [selected, setSelected] = useState<string | undefined>(focus);
  // Every annotation under the last click: a word can be an entity, inside a quote, inside several events' evidence.
  const [here, setHere] = useState<string[]>([]);
  const byKey = useMemo(() => new Map(marks.map((m) => [m.key, m])), [marks]);
  const pick = (key: string, all: string[]) => {
    setSelected(key);
    setHere(all);
  };
  const visible = marks.filter((m) => shown.has(m.kind));
  const paragraphs = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: doc.text.length, kind: 'body' as const }];
  const picked = selected ? annotations.get(selected) : undefined;
  const url = doc.source.url;
  return (
    <article class="article-page">
      <h1 tabIndex={-1}>{doc.title || '(untitled)'}</h1>
      <dl class="doc-meta">
        <dt>Source</dt>
        <dd>{doc.source.name}{doc.source.domain && doc.source.domain !== doc.source.name ? ` (${doc.source.domain})` : ''}</dd>
        {doc.published && (<><dt>Published</dt><dd><time dateTime={doc.published}>{doc.published}</time></dd></>)}
        {doc.byline && (<><dt>By</dt><dd>{doc.byline}</dd></>)}
        {doc.dateline && (<><dt>Dateline</dt><dd>{doc.dateline}</dd></>)}
        <dt>Language</dt>
        <dd>{doc.language}</dd>
        {url && /^https?:\/\//i.test(url) && (<><dt>Original</dt><dd><a href={url} rel="noopener noreferrer nofollow" target="_blank">{url}</a></dd></>)}
      </dl>
      <fieldset class="legend">
        <legend>Highlight</legend>
        {KINDS.map(({ kind, label }) => (
          <label key={kind} class={`legend-item k-${kind}`}>
            <input
              type="checkbox"
              checked={shown.has(kind)}
              onChange={(e) => {
                const next = new Set(shown);
                if (e.currentTarget.checked) next.add(kind);
                else next.delete(kind);
                setShown(next);
              }}
            />
            <span class="swatch" aria-hidden="true" /> {label} ({marks.filter((m) => m.kind === kind).length})
          </label>
        ))}
      </fieldset>
      <div class="with-side">
        <div class="doc-text">
          {paragraphs.map((p) => {
            const pieces = segment(doc.text, visible, p.start, p.end);
            const Tag = p.kind === 'heading' ? 'h2' : p.kind === 'quote' ? 'blockquote' : 'p';
            return (
              <Tag key={p.start}>
                {pieces.map((piece) => {
                  const mark = innermost(piece);
                  if (!mark) return piece.text;
                  return <Marked key={piece.start} mark={mark} all={piece.marks} text={piece.text} first={piece.start === Math.max(mark.start, p.start)} selected={selected} onPick={pick} />;
                })}
              </Tag>
            );
          })}
        </div>
        <aside class="detail" aria-live="polite" aria-label="Selected annotation">
          {picked ? <Detail annotation={picked} doc={doc} /> : <Empty>Select a highlighted word to see what Wirewatch found.</Empty>}
          {picked && here.length > 1 && (
            <nav aria-label="Also here" class="also-here">
              <h3>Also here</h3>
              <ul>
                {here.filter((k) => k !== selected).map((k) => (
                  <li key={k}>
                    <button type="button" class={`link k-${byKey.get(k)?.kind ?? ''}`} onClick={() => setSelected(k)}>
                      {byKey.get(k)?.label ?? k}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </aside>
      </div>
      <Provenance doc={doc} />
    </article>
  );
}

function Marked({ mark, all, text, first, selected, onPick }: { mark: Mark; all: Mark[]; text: string; first: boolean; selected?: string; onPick: (key: string, all: string[]) => void }) {
  const classes = ['m', ...new Set(all.map((m) => `k-${m.kind}`)), ...all.filter((m) => m.tone).map((m) => `t-${m.kind}-${m.tone}`)];
  if (all.some((m) => m.key === selected)) classes.push('selected');
  const keys = [...all].reverse().map((m) => m.key);
  // One tab stop per annotation (its first piece), so Tab walks annotations, not fragments.
  return (
    <span
      class={classes.join(' ')}
      data-kind={mark.kind}
      data-key={mark.key}
      role="button"
      tabIndex={first ? 0 : -1}
      aria-label={first ? all.map((m) => m.label).join('; ') : undefined}
      onClick={() => onPick(mark.key, keys)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(mark.key, keys);
        }
      }}
    >
      {text}
    </span>
  );
}

function Detail({ annotation, doc }: { annotation: Annotation; doc: AnalysedDocument }) {
  const entityName = (id?: string) => (id ? doc.entities.find((e) => e.id === id)?.name : undefined);
  switch (annotation.kind) {
    case 'entity': {
      const e = annotation.item;
      return (
        <div class="k-entity">
          <h2>{e.name}</h2>
          <dl>
            <dt>Type</dt><dd>{e.type}</dd>
            {e.country && (<><dt>Country</dt><dd>{e.country}</dd></>)}
            {e.actorCode && (<><dt>Actor code</dt><dd>{e.actorCode}</dd></>)}
            {e.aliases.length > 0 && (<><dt>Also</dt><dd>{e.aliases.join(', ')}</dd></>)}
            {e.roles.length > 0 && (<><dt>Roles</dt><dd>{e.roles.join(', ')}</dd></>)}
            <dt>Mentions</dt><dd>{e.mentions.length}</dd>
          </dl>
          <a href={href('entity', e.name, { type: e.type })}>Everything about {e.name}</a>
        </div>
      );
    }
    case 'quote':
    case 'speaker': {
      const qt = annotation.item;
      const speaker = entityName(qt.speaker?.entityId) ?? qt.speaker?.text;
      return (
        <div class="k-quote">
          <h2>{isQuotation(qt) ? 'Quote' : 'Attribution'}</h2>
          <blockquote>{doc.text.slice(qt.content.start, qt.content.end)}</blockquote>
          <dl>
            <dt>Speaker</dt><dd>{speaker ? <a href={href('entity', speaker)}>{speaker}</a> : 'unknown'}{qt.speaker?.text && speaker !== qt.speaker.text ? ` (“${qt.speaker.text}”)` : ''}</dd>
            {qt.cue && (<><dt>Cue</dt><dd>{qt.cue.text}</dd></>)}
            {qt.medium && (<><dt>Medium</dt><dd>{qt.medium}</dd></>)}
            <dt>Kind</dt><dd>{qt.kind}</dd>
            {qt.class && (<><dt>Reports</dt><dd>{qt.class}</dd></>)}
          </dl>
        </div>
      );
    }
    case 'time': {
      const t = annotation.item;
      return (
        <div class="k-time">
          <h2>Time: {t.text}</h2>
          <dl>
            <dt>Value</dt><dd>{t.value}{t.mod ? ` (${t.mod})` : ''}</dd>
            <dt>Type</dt><dd>{t.type}</dd>
            {t.anchor && (<><dt>Anchored on</dt><dd>{t.anchor}</dd></>)}
          </dl>
        </div>
      );
    }
    case 'event': {
      const ev = annotation.item;
      const actor = (a?: { text: string; entityId?: string; code?: string }) => (a ? `${entityName(a.entityId) ?? a.text}${a.code ? ` [${a.code}]` : ''}` : '—');
      return (
        <div class="k-event">
          <h2>Event {ev.plover ?? ''} (CAMEO {ev.cameo})</h2>
          <dl>
            <dt>Who</dt><dd>{actor(ev.source)}</dd>
            <dt>To whom</dt><dd>{actor(ev.target)}</dd>
            <dt>When</dt><dd>{ev.date ?? 'not stated'}</dd>
            <dt>Kind</dt><dd>{ev.kind}</dd>
            {ev.quadClass !== undefined && (<><dt>QuadClass</dt><dd>{ev.quadClass}</dd></>)}
            {ev.goldstein !== undefined && (<><dt>Goldstein</dt><dd>{ev.goldstein}</dd></>)}
            {ev.location && (<><dt>Where</dt><dd>{ev.location}</dd></>)}
            {ev.confidence !== undefined && (<><dt>Confidence</dt><dd title="How likely a reader judges this event right (measured on judged real pages)">{ev.confidence.toFixed(2)}{ev.confidence < 0.5 ? ' (probably wrong)' : ''}</dd></>)}
          </dl>
          <blockquote>{doc.text.slice(ev.evidence.start, ev.evidence.end)}</blockquote>
        </div>
      );
    }
  }
}

function Provenance({ doc }: { doc: AnalysedDocument }) {
  return (
    <details class="provenance">
      <summary>Provenance and issues ({doc.provenance.length} stages, {doc.issues.length} issues)</summary>
      <table>
        <caption>Stages that produced this analysis</caption>
        <thead><tr><th scope="col">Stage</th><th scope="col">Version</th><th scope="col">Method</th><th scope="col">ms</th></tr></thead>
        <tbody>
          {doc.provenance.map((p) => (
            <tr key={p.stage}><td>{p.stage}</td><td>{p.version}</td><td>{p.method ?? ''}</td><td>{p.ms.toFixed(1)}</td></tr>
          ))}
        </tbody>
      </table>
      {doc.issues.length > 0 && (
        <ul class="issues">
          {doc.issues.map((i, n) => (
            <li key={n}><code>{i.code}</code> ({i.severity}, {i.stage}): {i.message}</li>
          ))}
        </ul>
      )}
      <p>Document id <code>{doc.id}</code>, schema {doc.schemaVersion}</p>
    </details>
  );
}
