import { isTag, isText, type AnyNode, type Element } from './dom.js';

/**
 * Text blocks in document order: what a reader sees as paragraphs. A block is the
 * text of a paragraph-like element (p, h2, li, td, …) or a run of loose text
 * inside a container (the "div soup" of older sites), with its link share.
 */
export interface Block {
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** The element the block belongs to: itself for p, h1–h6, li …, the container for loose text. */
  element: Element;
  tag: string;
}

/** Elements that start and end a block: everything else is inline. */
const BLOCK_LEVEL: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption', 'address',
  'summary', 'caption', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'dl',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'form', 'fieldset', 'center', 'figure', 'details', 'body', 'html', 'hr',
]);

/** Elements that are a paragraph themselves, as opposed to containers of paragraphs. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption', 'address', 'summary', 'caption', 'blockquote']);
export const isParagraphTag = (tag: string): boolean => PARAGRAPH_TAGS.has(tag);

export const isBlockLevel = (tag: string): boolean => BLOCK_LEVEL.has(tag);
export const isHeading = (tag: string): boolean => /^h[1-6]$/.test(tag);

/** Two line breaks in a row separate paragraphs on pages that use <br><br> instead of <p>. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

export function collectBlocks(root: AnyNode): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;

  const flush = (element: Element): void => {
    // Most flushes find no text, or text without two line breaks: no split needed.
    const parts = text.length === 0 ? [] : text.indexOf('\n') === text.lastIndexOf('\n') ? [text] : text.split(PARAGRAPH_BREAK);
    for (const part of parts) {
      const clean = part.replace(/\s+/g, ' ').trim();
      if (clean.length > 0) blocks.push({ text: clean, linkChars: Math.min(linkChars, clean.length), element, tag: element.name });
    }
    text = '';
    linkChars = 0;
  };

  const visit = (node: AnyNode, container: Element, inLink: boolean): void => {
    if (isText(node)) {
      text += node.data;
      if (inLink) linkChars += node.data.trim().length;
      return;
    }
    if (!isTag(node)) return;
    if (node.name === 'br') {
      text += '\n';
      return;
    }
    const block = BLOCK_LEVEL.has(node.name);
    if (block) flush(container);
    const link = inLink || node.name === 'a';
    for (const child of node.children) visit(child, block ? node : container, link);
    if (block) flush(node);
  };

  if (isTag(root)) {
    for (const child of root.children) visit(child, root, false);
    flush(root);
  } else {
    const children = (root as { children?: AnyNode[] }).children ?? [];
    const fake = { name: 'body', attribs: {}, children } as unknown as Element;
    for (const child of children) visit(child, fake, false);
    flush(fake);
  }
  return blocks;
}

export const linkDensity = (b: Pick<Block, 'text' | 'linkChars'>): number => (b.text.length === 0 ? 0 : b.linkChars / b.text.length);
