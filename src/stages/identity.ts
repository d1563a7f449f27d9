import { createHash } from 'node:crypto';
import type { Stage } from '../pipeline/stage.js';

/** Hex characters of the SHA-256 kept: 96 bits, collision-free at any news archive's size. */
const ID_HEX_CHARS = 24;

/**
 * A stable id: from the canonical URL when there is one (the same page fetched
 * twice is one document), else from the clean title and body (the same article
 * in two files is one document; a changed boilerplate line does not matter).
 */
export function documentId(input: { url?: string; title: string; text: string }): string {
  const basis = input.url ? `url:${input.url}` : `text:${input.title}\n${input.text}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, ID_HEX_CHARS);
}

export const identityStage: Stage = {
  name: 'identity',
  version: '1',
  requires: ['title', 'text', 'source'],
  assigns: ['id'],
  run(doc) {
    doc.id = documentId({ title: doc.title!, text: doc.text!, ...(doc.source!.url ? { url: doc.source!.url } : {}) });
  },
};
