/**
 * A CoNLL-U reader for the treebanks the tagger and parser learn from and are
 * scored on (https://universaldependencies.org/format.html).
 *
 * Only syntactic words are kept: multiword-token ranges ("1-2 Zurbarán’s") and
 * empty nodes ("26.1", enhanced dependencies only) are skipped, so the words of
 * a sentence are numbered 1..n exactly as their HEAD column counts them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface TreebankWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** 0-based index of the head word in the sentence; −1 for the root. */
  head: number;
  deprel: string;
  /** False when MISC says SpaceAfter=No: the next word follows without a space. */
  spaceAfter: boolean;
}

export interface TreebankSentence {
  /** `# sent_id`, else `<file>:<line>`. */
  id: string;
  /** `# newdoc id`, else the file name without extension. */
  docId: string;
  words: TreebankWord[];
}

/** A malformed line: where it is and why, so a bad file says what to fix. */
export class ConlluError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${source}:${line}: ${reason}`);
    this.name = 'ConlluError';
  }
}

/** Parses CoNLL-U text; `source` names it in ids and errors. */
export function parseConllu(text: string, source: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  const fallbackDoc = basename(source).replace(/\.conllu$/, '');
  let docId = fallbackDoc;
  let sentId: string | undefined;
  let words: TreebankWord[] = [];
  let firstLine = 0;
  const lines = text.split(/\r?\n/);
  const close = (): void => {
    if (words.length > 0) {
      checkHeads(words, source, firstLine);
      sentences.push({ id: sentId ?? `${source}:${firstLine}`, docId, words });
    }
    words = [];
    sentId = undefined;
  };
  lines.forEach((line, i) => {
    const lineNumber = i + 1;
    if (line.trim() === '') return close();
    if (line.startsWith('#')) {
      const doc = /^#\s*newdoc id\s*=\s*(.+)$/.exec(line);
      if (doc) docId = doc[1]!.trim();
      const sent = /^#\s*sent_id\s*=\s*(.+)$/.exec(line);
      if (sent) sentId = sent[1]!.trim();
      return;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) throw new ConlluError(source, lineNumber, `expected 10 tab-separated columns, found ${columns.length}`);
    const id = columns[0]!;
    if (id.includes('-') || id.includes('.')) return; // multiword-token range or empty node
    if (words.length === 0) firstLine = lineNumber;
    if (Number(id) !== words.length + 1) throw new ConlluError(source, lineNumber, `word id ${id} out of sequence (expected ${words.length + 1})`);
    const head = Number(columns[6]);
    if (!Number.isInteger(head) || head < 0) throw new ConlluError(source, lineNumber, `head ${columns[6]} is not a word number`);
    words.push({
      form: columns[1]!,
      lemma: columns[2]!,
      upos: columns[3]!,
      xpos: columns[4]!,
      head: head - 1,
      deprel: columns[7]!,
      spaceAfter: !columns[9]!.split('|').includes('SpaceAfter=No'),
    });
  });
  close();
  return sentences;
}

function checkHeads(words: readonly TreebankWord[], source: string, line: number): void {
  for (const word of words) {
    if (word.head >= words.length) throw new ConlluError(source, line, `a head points past the sentence's ${words.length} words`);
  }
}

/** The .conllu files of a path: the file itself, or a folder's files sorted by name. */
export function conlluFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.conllu')).sort().map((f) => join(path, f));
}

/** Every sentence of a file or folder of CoNLL-U, in file-name order. */
export function readConllu(path: string): TreebankSentence[] {
  return conlluFiles(path).flatMap((file) => parseConllu(readFileSync(file, 'utf8'), file));
}

/** The sentence's text as written, from forms and SpaceAfter (what a tokenizer would have been given). */
export function sentenceText(sentence: TreebankSentence): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (const word of sentence.words) {
    starts.push(text.length);
    text += word.form + (word.spaceAfter ? ' ' : '');
  }
  return { text: text.trimEnd(), starts };
}
