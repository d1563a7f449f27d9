import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getAll, type EventRecord } from '../api.js';
import { LikelyToggle } from '../components/likely-toggle.js';
import { QueryBox } from '../components/query-box.js';
import { Empty, Status } from '../components/status.js';
import { useApi } from '../components/use-api.js';
import { actorNetwork, type ActorEdge, type ActorNode } from '../../../src/shells/web/network.js';
import { eventsQuery, LIKELY_RIGHT, likelyRightOnly, likelyRightParam } from '../../../src/shells/web/query-text.js';
import { href } from '../../../src/shells/web/route.js';

const MAX_EVENTS = 5000;
/**
 * Cytoscape adds an inline <style> (position: relative on its container) unless an element
 * with this id exists. The CSP refuses inline styles, and styles.css already positions
 * .network, so a placeholder element stands in for it.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
const RELATION_COLOURS = { cooperation: '#2f9e44', conflict: '#e03131', mixed: '#868e96' };

export function NetworkPage({ q, params }: { q: string; params: Record<string, string> }) {
  const likely = likelyRightOnly(params);
  const query = eventsQuery(q, params);
  const events = useApi((signal) => getAll<EventRecord>('events', { q: query }, MAX_EVENTS, signal), [query]);
  const go = (next: string, likelyOn: boolean) => (location.hash = href('network', undefined, { q: next, [LIKELY_RIGHT.param]: likelyRightParam(likelyOn) }));
  return (
    <div class="network-page">
      <h1 tabIndex={-1}>Actor network</h1>
      <QueryBox value={q} onSubmit={(next) => go(next, likely)} />
      <LikelyToggle on={likely} onChange={(on) => go(q, on)} />
      <p class="note">Who acts on whom: arrows from source to target actor, thicker for more events, green for cooperation, red for conflict, grey when mixed. Select an actor to open its page.</p>
      <Status state={events}>{({ items, complete }) => <Graph events={items} complete={complete} />}</Status>
    </div>
  );
}

function Graph({ events, complete }: { events: EventRecord[]; complete: boolean }) {
  const { nodes, edges } = useMemo(() => actorNetwork(events), [events]);
  const box = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<string | undefined>();
  useEffect(() => {
    if (!box.current || nodes.length === 0) return;
    if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) document.head.append(Object.assign(document.createElement('meta'), { id: CYTOSCAPE_STYLESHEET_ID }));
    const maxEvents = Math.max(1, ...edges.map((e) => e.events));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, weight: n.events } })),
        ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, width: 1 + (6 * e.events) / maxEvents, colour: RELATION_COLOURS[e.relation], label: String(e.events) } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 'mapData(weight, 1, 20, 14, 40)', height: 'mapData(weight, 1, 20, 14, 40)', 'background-color': '#1c7ed6', color: '#212529' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#495057' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59f00' } },
      ],
      layout: { name: nodes.length > 60 ? 'circle' : 'cose', animate: false },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => (location.hash = href('entity', e.target.data('label') as string)));
    cy.on('mouseover', 'node', (e) => setFocused(e.target.data('label') as string));
    return () => cy.destroy();
  }, [nodes, edges]);
  if (nodes.length === 0) return <Empty>No event with both a source and a target actor matches, so there is no network to draw.</Empty>;
  return (
    <>
      {!complete && <p class="note">Drawn from the first {MAX_EVENTS} events.</p>}
      <div class="network" ref={box} role="img" aria-label={`Network of ${nodes.length} actors and ${edges.length} relations${focused ? `; ${focused} under the pointer` : ''}`} />
      <EdgeList nodes={nodes} edges={edges} />
    </>
  );
}

/** The same network as a table: readable without the canvas (keyboard, screen readers, small screens). */
function EdgeList({ nodes, edges }: { nodes: ActorNode[]; edges: ActorEdge[] }) {
  const label = new Map(nodes.map((n) => [n.id, n.label]));
  return (
    <details class="edge-list">
      <summary>The relations as a table ({edges.length})</summary>
      <table>
        <thead><tr><th scope="col">Source</th><th scope="col">Target</th><th scope="col">Events</th><th scope="col">Cooperation</th><th scope="col">Conflict</th><th scope="col">Mean Goldstein</th></tr></thead>
        <tbody>
          {[...edges].sort((a, b) => b.events - a.events).map((e) => (
            <tr key={e.id} class={`rel-${e.relation}`}>
              <td><a href={href('entity', label.get(e.source)!)}>{label.get(e.source)}</a></td>
              <td><a href={href('entity', label.get(e.target)!)}>{label.get(e.target)}</a></td>
              <td>{e.events}</td><td>{e.cooperation}</td><td>{e.conflict}</td><td>{e.goldstein?.toFixed(1) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
