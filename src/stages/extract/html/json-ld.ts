import { parseHtml, rawText, type Element } from './dom.js';

/** A schema.org node from JSON-LD, flattened out of @graph and arrays. */
export type JsonLdNode = Record<string, unknown>;

/** Types whose headline, author and dates describe the page's article. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage|Review|Recipe|VideoObject|Event)$/;

function flatten(value: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out);
  } else if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    out.push(node);
    if (node['@graph']) flatten(node['@graph'], out);
  }
}

/** Parses JSON-LD leniently: CMSs leave HTML comments, CDATA markers and trailing commas in it. */
function parseLenient(text: string): unknown {
  const cleaned = text.replace(/^\s*<!--|-->\s*$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters inside strings are what breaks JSON.parse here
      return JSON.parse(cleaned.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every node of the page's JSON-LD scripts, flattened out of arrays and @graph. */
export function readJsonLd(scripts: readonly Element[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) flatten(parseLenient(rawText(script)), nodes);
  return nodes;
}

/**
 * HTML entities left in a value ("Redacci&oacute;n", "Keks&#039;n"): CMSs write
 * JSON-LD and meta content from HTML-escaped fields. Decoded by the HTML parser,
 * so every named entity is known; values without "&" are returned as they are.
 */
export function decodeEntities(value: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]\w*);/i.test(value)) return value;
  return rawText(parseHtml(value.replace(/</g, '&lt;')));
}

export const typesOf = (node: JsonLdNode): string[] => {
  const t = node['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
};

/** Article-like nodes first (NewsArticle before WebPage), in document order within a rank. */
export function articleNodes(nodes: JsonLdNode[]): JsonLdNode[] {
  const rank = (n: JsonLdNode): number => {
    const types = typesOf(n);
    if (types.some((t) => /Article|BlogPosting|Report|Posting/.test(t))) return 0;
    if (types.some((t) => ARTICLE_TYPES.test(t))) return 1;
    return 2;
  };
  return nodes.filter((n) => rank(n) < 2).sort((a, b) => rank(a) - rank(b));
}

/** A non-empty string value, entities decoded. */
export const asString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim().length > 0 ? decodeEntities(v.trim()) : undefined);

/** Names from an author/creator value: "X", {name: "X"}, [{name}], {"@id"} references resolved against the graph. */
export function personNames(value: unknown, graph: JsonLdNode[]): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.flatMap((v) => personNames(v, graph));
  if (typeof value === 'string') return [value];
  if (typeof value === 'object') {
    const node = value as JsonLdNode;
    const name = asString(node.name);
    if (name) return [name];
    const id = asString(node['@id']);
    const target = id ? graph.find((n) => n['@id'] === id && n !== node) : undefined;
    if (target) return personNames(target, graph.filter((n) => n !== target));
  }
  return [];
}

/**
 * The name of a node's publisher: {"name": …}, or {"@id": …} resolved against
 * the graph (Yoast and most WordPress SEO plugins reference the Organization node).
 */
export function publisherName(node: JsonLdNode, graph: readonly JsonLdNode[]): string | undefined {
  const value = Array.isArray(node.publisher) ? node.publisher[0] : node.publisher;
  if (!value || typeof value !== 'object') return asString(value);
  const publisher = value as JsonLdNode;
  const name = asString(publisher.name);
  if (name) return name;
  const id = asString(publisher['@id']);
  const target = id ? graph.find((n) => n['@id'] === id && n !== publisher) : undefined;
  return target ? asString(target.name) : undefined;
}
