/**
 * The actor network of a set of events: one node per actor (its entity's name, else its
 * CAMEO code, else its words), one edge per source→target pair weighted by how many
 * events join them and coloured by whether they mostly cooperate or fight (QuadClass
 * 1–2 cooperation, 3–4 conflict, as GDELT and ICEWS read it).
 */
import type { ActorRecord, EventRecord } from '../../query/results.js';

export interface ActorNode {
  id: string;
  label: string;
  /** Events the actor takes part in, as source or target. */
  events: number;
}

export interface ActorEdge {
  id: string;
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
  /** Mean Goldstein score of the events that have one. */
  goldstein?: number;
  relation: 'cooperation' | 'conflict' | 'mixed';
}

/** The label an actor goes by on the graph. */
export function actorLabel(actor: ActorRecord | undefined): string | undefined {
  const label = actor?.name ?? actor?.code ?? actor?.text;
  return label?.trim() || undefined;
}

export function actorNetwork(events: readonly EventRecord[]): { nodes: ActorNode[]; edges: ActorEdge[] } {
  const nodes = new Map<string, ActorNode>();
  const edges = new Map<string, ActorEdge & { goldsteinSum: number; goldsteinCount: number }>();
  const node = (label: string): ActorNode => {
    const id = label.toLowerCase();
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, label, events: 0 }));
    return n;
  };
  for (const record of events) {
    const from = actorLabel(record.source);
    const to = actorLabel(record.target);
    if (!from || !to) continue;
    const a = node(from);
    const b = node(to);
    if (a === b) continue;
    a.events++;
    b.events++;
    const id = `${a.id}→${b.id}`;
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { id, source: a.id, target: b.id, events: 0, cooperation: 0, conflict: 0, relation: 'mixed', goldsteinSum: 0, goldsteinCount: 0 }));
    edge.events++;
    const quad = record.event.quadClass;
    if (quad === 1 || quad === 2) edge.cooperation++;
    else if (quad === 3 || quad === 4) edge.conflict++;
    if (record.event.goldstein !== undefined) {
      edge.goldsteinSum += record.event.goldstein;
      edge.goldsteinCount++;
    }
  }
  const out: ActorEdge[] = [];
  for (const { goldsteinSum, goldsteinCount, ...edge } of edges.values()) {
    edge.relation = edge.conflict > edge.cooperation ? 'conflict' : edge.cooperation > edge.conflict ? 'cooperation' : 'mixed';
    if (goldsteinCount > 0) edge.goldstein = goldsteinSum / goldsteinCount;
    out.push(edge);
  }
  return { nodes: [...nodes.values()].filter((n) => n.events > 0), edges: out };
}
