import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';

/**
 * A thin layer over htmlparser2's DOM (domhandler): the parser is several times
 * faster than a full WHATWG DOM, and the extractor needs only elements, attributes
 * and text. Parsing never throws: htmlparser2 recovers from any input.
 */
export type { AnyNode, Document, Element };
export { isTag, isText };

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export const attr = (el: Element, name: string): string | undefined => el.attribs[name];

/** Depth-first, document order; `visit` returning false skips the element's children. */
export function walk(node: AnyNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isTag(current) && current !== node && visit(current) === false) continue;
    const children = (current as { children?: AnyNode[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

export function findAll(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(root, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

export function findFirst(root: AnyNode, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(root, (el) => {
    if (found) return false;
    if (test(el)) found = el;
    return undefined;
  });
  return found;
}

/** All text below a node, entities decoded, whitespace as in the source. */
export function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  const children = (node as { children?: AnyNode[] }).children;
  if (!children) return '';
  let out = '';
  for (const child of children) {
    if (isText(child)) out += child.data;
    else if (isTag(child)) out += child.name === 'br' ? '\n' : rawText(child);
  }
  return out;
}

export const collapseSpaces = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function textOf(node: AnyNode): string {
  return collapseSpaces(rawText(node));
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent as { children: AnyNode[] } | null;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i >= 0) parent.children.splice(i, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
}
