import { parseDocument, Tokenizer } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element, type ParentNode } from 'domhandler';
import { CAN_SKIP, SkippingTokenizer } from './skipping-tokenizer.js';

/**
 * A thin layer over htmlparser2's DOM (domhandler): the parser is several times
 * faster than a full WHATWG DOM, and the extractor needs only elements, attributes
 * and text. Parsing never throws: htmlparser2 recovers from any input.
 */
export type { AnyNode, Document, Element };
export { isTag, isText };

/**
 * Elements nest at most this deep; deeper ones are laid flat at this depth, as
 * browsers do (Blink's parser caps the tree at 512). Real pages stay far below it;
 * a page of 100,000 nested <div>s would otherwise overflow the stack of any
 * recursive walk over the tree.
 */
export const MAX_TREE_DEPTH = 512;

/** Every node below `el`, in document order, iteratively. */
function descendants(el: Element): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/**
 * Lays the subtree of every element at maxDepth flat: its descendants become its children, in document order.
 * Returns the tree's shape (as treeShape), measured on the way, when nothing had to be laid flat.
 */
function capDepth(root: AnyNode, maxDepth: number): { depth: number; elements: number } | undefined {
  // Two parallel stacks (nodes, depths): no object per node.
  const nodes: AnyNode[] = [root];
  const depths: number[] = [0];
  let deepest = 0;
  let elements = 0;
  let flattened = false;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (isTag(node)) {
      elements++;
      if (depth > deepest) deepest = depth;
    }
    const children = (node as { children?: AnyNode[] }).children;
    if (!children) continue;
    if (depth >= maxDepth && isTag(node) && children.some((c) => (c as { children?: AnyNode[] }).children?.length)) {
      const flat = descendants(node);
      for (const d of flat) if ((d as { children?: AnyNode[] }).children) (d as { children: AnyNode[] }).children = [];
      flat.forEach((d, i) => {
        d.parent = node;
        d.prev = flat[i - 1] ?? null;
        d.next = flat[i + 1] ?? null;
      });
      node.children = flat;
      flattened = true;
      continue;
    }
    for (const child of children) {
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return flattened ? undefined : { depth: deepest, elements };
}

/** How deep and how large a tree is: elements only (capDepth with no depth to cap, so it lays nothing flat). */
export function treeShape(root: AnyNode): { depth: number; elements: number } {
  return capDepth(root, Number.POSITIVE_INFINITY)!;
}

export function parseHtml(html: string): Document {
  return parseHtmlWithShape(html).doc;
}

/** parseHtml, with the tree's treeShape (measured in the same walk that caps its depth). */
export function parseHtmlWithShape(html: string): { doc: Document; shape: { depth: number; elements: number } } {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: CAN_SKIP ? SkippingTokenizer : Tokenizer });
  const shape = capDepth(doc, MAX_TREE_DEPTH) ?? treeShape(doc);
  return { doc, shape };
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

// A constant (replace() starts a global pattern at 0 each call): a literal would be a new RegExp per call.
const SPACE_RUN = /\s+/g;
export const collapseSpaces = (s: string): string => s.replace(SPACE_RUN, ' ').trim();

export function textOf(node: AnyNode): string {
  return collapseSpaces(rawText(node));
}

/** Removes one node from its parent (for many, removeNodes is linear where repeated calls are quadratic). */
export function removeNode(node: AnyNode): void {
  removeNodes([node]);
}

/**
 * Removes many nodes at once: one pass over each affected parent's children.
 * Removing them one by one splices the array each time, which is quadratic on
 * pages with tens of thousands of siblings (a 30 MB page of comments took minutes).
 */
export function removeNodes(nodes: Iterable<AnyNode>): void {
  const byParent = new Map<ParentNode, Set<AnyNode>>();
  for (const node of nodes) {
    const parent = node.parent;
    if (!parent) continue;
    let doomed = byParent.get(parent);
    if (!doomed) byParent.set(parent, (doomed = new Set()));
    doomed.add(node);
  }
  for (const [parent, doomed] of byParent) {
    const kept = parent.children.filter((child) => !doomed.has(child));
    kept.forEach((child, i) => {
      child.prev = kept[i - 1] ?? null;
      child.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
    for (const node of doomed) {
      node.parent = null;
      node.prev = null;
      node.next = null;
    }
  }
}
