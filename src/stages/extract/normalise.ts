import type { Stage } from '../../pipeline/stage.js';
import { normaliseUnicode } from './unicode.js';

/** Unicode normalisation of the decoded input (NFC, spaces, invisible characters, line ends). */
export const normaliseStage: Stage = {
  name: 'normalise',
  version: '1',
  requires: ['rawText'],
  assigns: ['rawText'],
  // Pages are normalised paragraph by paragraph after extraction (html-article.ts), not as markup.
  mediaTypes: ['text/plain'],
  run(doc) {
    doc.rawText = normaliseUnicode(doc.rawText!);
  },
};
