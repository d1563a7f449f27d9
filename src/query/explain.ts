/**
 * The parsed tree as a user reads it (`wirewatch search --explain`, `?explain=1`):
 * one node a line, children indented, each leaf saying what it matches.
 *
 * @example
 *   explainQuery(parseQuery('sadr OR kadhimi date:2020-09'))
 *   // AND
 *   // ├─ OR
 *   // │  ├─ word "sadr"
 *   // │  └─ word "kadhimi"
 *   // └─ date: 2020-09 ≤ day < 2020-10 (the event's day for events, else the publication's)
 */
import type { Leaf, Query, QueryNode } from './ast.js';

export function explainQuery(query: Query): string {
  return lines(query.root).join('\n');
}

function lines(node: QueryNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [node.kind.toUpperCase(), ...children(node.children)];
    case 'not':
      return ['NOT', ...children([node.child])];
    case 'all':
      return ['every document'];
    default:
      return [describeLeaf(node)];
  }
}

function children(nodes: readonly QueryNode[]): string[] {
  return nodes.flatMap((child, index) => {
    const last = index === nodes.length - 1;
    const [first = '', ...rest] = lines(child);
    return [`${last ? '└─' : '├─'} ${first}`, ...rest.map((line) => `${last ? '   ' : '│  '}${line}`)];
  });
}

/** One leaf in words. */
export function describeLeaf(leaf: Leaf): string {
  const words = (value: { text: string; prefix: boolean }): string => {
    const kind = value.prefix ? 'prefix' : value.text.includes(' ') ? 'phrase' : 'word';
    return `${kind} "${value.text}"`;
  };
  switch (leaf.kind) {
    case 'text':
      return leaf.field === 'title' ? `title: ${words(leaf)}` : words(leaf);
    case 'name':
      return `${leaf.field}: ${words(leaf)} in a name or alias${leaf.field === 'place' ? ' (GPE, LOC, FAC)' : leaf.field === 'entity' ? ' (any type)' : ''}`;
    case 'source':
      return `source: ${words(leaf)} in the outlet's name or domain`;
    case 'quote':
      return leaf.field === 'content' ? `quote: ${words(leaf)} inside a quotation` : `said-by: ${words(leaf)} in the name of the one quoted`;
    case 'lang':
      return `lang: ${leaf.code}`;
    case 'country':
      return `country: ${leaf.name} (${leaf.iso2}/${leaf.iso3})`;
    case 'event':
      return leaf.system === 'cameo' ? `event: CAMEO ${leaf.cameoPrefix}*` : `event: PLOVER ${leaf.plover}`;
    case 'date': {
      const bounds = [leaf.from === undefined ? '' : `${leaf.from} ≤ `, 'day', leaf.before === undefined ? '' : ` < ${leaf.before}`].join('');
      return `${leaf.field}: ${bounds}${leaf.field === 'date' ? " (the event's day for events, else the publication's)" : ' (publication)'}`;
    }
    case 'confidence': {
      const lower = leaf.lower ? `${leaf.lower.value} ${leaf.lower.inclusive ? '≤' : '<'} ` : '';
      const upper = leaf.upper ? ` ${leaf.upper.inclusive ? '≤' : '<'} ${leaf.upper.value}` : '';
      return `confidence: ${lower}confidence${upper} (the event's; for documents, one of their events)`;
    }
  }
}
