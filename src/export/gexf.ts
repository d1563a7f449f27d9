/**
 * GEXF 1.3 (gexf.net) of the actor network: a node per actor (events' sources and
 * targets, keyed by the entity's canonical name, else the words of the text, ignoring
 * case), a directed edge from source to target weighted by the number of events, with
 * how many of them are cooperation and conflict (from QuadClass: 1–2 cooperation, 3–4
 * conflict) and the dominant relation. Opens in Gephi, networkx (read_gexf) and igraph.
 *
 * A graph is written after it is complete, so unlike the row formats this one holds
 * the network — not the events — in memory: one entry per distinct actor and actor
 * pair, up to MAX_ACTORS and MAX_PAIRS (then the export fails with export.too-large
 * rather than exhausting memory; narrow the query).
 */
import { cooperationOrConflict } from '../query/event-types.js';
import type { ActorRecord } from '../query/results.js';
import { ExportError, skip, type ExportFormat, type ExportTally } from './format.js';
import { quadClassOfRoot } from './gdelt.js';
import type { ExportSource } from './walk.js';
import { xmlText } from './xml.js';

export const MAX_ACTORS = 500_000;
export const MAX_PAIRS = 2_000_000;

interface ActorNode {
  id: number;
  label: string;
  code?: string;
  country?: string;
  type?: string;
  events: number;
}

interface ActorEdge {
  source: number;
  target: number;
  events: number;
  cooperation: number;
  conflict: number;
  goldsteinSum: number;
  goldsteinCount: number;
}

export class ActorNetwork {
  readonly nodes = new Map<string, ActorNode>();
  readonly edges = new Map<string, ActorEdge>();

  /** The node of an actor, made on first sight. */
  private node(actor: ActorRecord): ActorNode {
    const label = (actor.name ?? actor.text).replace(/\s+/gu, ' ').trim();
    const key = label.toLowerCase();
    let node = this.nodes.get(key);
    if (!node) {
      if (this.nodes.size >= MAX_ACTORS) throw new ExportError('export.too-large', `the actor network has more than ${MAX_ACTORS} actors; narrow the query`);
      node = { id: this.nodes.size, label, events: 0 };
      this.nodes.set(key, node);
    }
    node.code ??= actor.code;
    node.country ??= actor.country;
    node.type ??= actor.type;
    node.events++;
    return node;
  }

  /** Adds one event; false when it has no actor. */
  add(source: ActorRecord | undefined, target: ActorRecord | undefined, quadClass: number | undefined, goldstein: number | undefined): boolean {
    const from = source ? this.node(source) : undefined;
    const to = target ? this.node(target) : undefined;
    if (!from || !to) return from !== undefined || to !== undefined;
    const key = `${from.id}>${to.id}`;
    let edge = this.edges.get(key);
    if (!edge) {
      if (this.edges.size >= MAX_PAIRS) throw new ExportError('export.too-large', `the actor network has more than ${MAX_PAIRS} actor pairs; narrow the query`);
      edge = { source: from.id, target: to.id, events: 0, cooperation: 0, conflict: 0, goldsteinSum: 0, goldsteinCount: 0 };
      this.edges.set(key, edge);
    }
    edge.events++;
    const relation = cooperationOrConflict(quadClass);
    if (relation === 'cooperation') edge.cooperation++;
    if (relation === 'conflict') edge.conflict++;
    if (goldstein !== undefined) {
      edge.goldsteinSum += goldstein;
      edge.goldsteinCount++;
    }
    return true;
  }
}

/** The relation most of an edge's events show; `mixed` on a tie, `unknown` without QuadClass. */
export function dominantRelation(edge: Pick<ActorEdge, 'cooperation' | 'conflict'>): string {
  if (edge.cooperation === 0 && edge.conflict === 0) return 'unknown';
  if (edge.cooperation === edge.conflict) return 'mixed';
  return edge.cooperation > edge.conflict ? 'cooperation' : 'conflict';
}

const attvalue = (name: string, value: string | number | undefined): string => (value === undefined ? '' : `<attvalue for="${name}" value="${xmlText(value)}"/>`);

/** The GEXF document of a network, a node or edge per piece. */
export function* gexfPieces(network: ActorNetwork, description: string): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
    + `  <meta><creator>Wirewatch</creator><description>${xmlText(description)}</description></meta>\n`
    + '  <graph mode="static" defaultedgetype="directed">\n'
    + '    <attributes class="node" mode="static">\n'
    + '      <attribute id="code" title="CAMEO actor code" type="string"/>\n'
    + '      <attribute id="country" title="country (ISO 3166-1 alpha-3)" type="string"/>\n'
    + '      <attribute id="entity_type" title="entity type" type="string"/>\n'
    + '      <attribute id="events" title="events" type="integer"/>\n'
    + '    </attributes>\n'
    + '    <attributes class="edge" mode="static">\n'
    + '      <attribute id="relation" title="cooperation, conflict, mixed or unknown" type="string"/>\n'
    + '      <attribute id="cooperation" title="cooperation events (QuadClass 1-2)" type="integer"/>\n'
    + '      <attribute id="conflict" title="conflict events (QuadClass 3-4)" type="integer"/>\n'
    + '      <attribute id="goldstein" title="mean Goldstein scale" type="double"/>\n'
    + '    </attributes>\n'
    + '    <nodes>\n';
  for (const node of network.nodes.values()) {
    yield `      <node id="${node.id}" label="${xmlText(node.label)}"><attvalues>${attvalue('code', node.code)}${attvalue('country', node.country)}${attvalue('entity_type', node.type)}${attvalue('events', node.events)}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let id = 0;
  for (const edge of network.edges.values()) {
    const goldstein = edge.goldsteinCount > 0 ? Number((edge.goldsteinSum / edge.goldsteinCount).toFixed(3)) : undefined;
    yield `      <edge id="${id++}" source="${edge.source}" target="${edge.target}" weight="${edge.events}"><attvalues>${attvalue('relation', dominantRelation(edge))}${attvalue('cooperation', edge.cooperation)}${attvalue('conflict', edge.conflict)}${attvalue('goldstein', goldstein)}</attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

async function* encode(_subject: string, source: ExportSource, tally: ExportTally): AsyncGenerator<string> {
  const network = new ActorNetwork();
  for await (const r of source.events()) {
    if (network.add(r.source, r.target, r.event.quadClass ?? quadClassOfRoot(r.event.cameoRoot), r.event.goldstein)) tally.rows++;
    else skip(tally, 'no-actors');
  }
  yield* gexfPieces(network, `Actor network of ${tally.rows} events: nodes are actors, edges go from source to target, weighted by events`);
}

export const gexfFormat: ExportFormat = {
  name: 'gexf',
  mediaType: 'application/gexf+xml',
  extension: 'gexf',
  subjects: ['events'],
  description: 'GEXF 1.3 actor network: actors as nodes, source→target edges weighted by events, cooperation/conflict from QuadClass',
  encode,
};
