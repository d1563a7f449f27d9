/**
 * Reads the committed lexicon resources into a Lexicon for training
 * (the trained model then carries it: see model-file.ts).
 *
 * - resources/ner/gazetteer.tsv.gz: `kind<TAB>lower-cased tokens<TAB>code`, one phrase a line
 *   (scripts/build-gazetteer.ts, from npm data packages and the Phoenix actor dictionaries);
 * - resources/ner/word-classes.tsv.gz: `word<TAB>class`
 *   (scripts/build-word-classes.ts, from unlabelled news);
 * - resources/ner/embedding-clusters.tsv.gz: `word<TAB>path` with the path in base-4 digits
 *   (scripts/build-embedding-clusters.ts, from GloVe vectors).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CONTINUES_BIT, EMBEDDING_BRANCHING, GAZETTEER_KINDS, kindBit, phraseKey, tokenHash, type GazetteerKind, type Lexicon } from './lexicon.js';
import { packageRoot } from './package-root.js';

export const GAZETTEER_FILE = join(packageRoot(), 'resources', 'ner', 'gazetteer.tsv.gz');
/** The actor rows of the gazetteer alone (same format), read by the entity stage at run time. */
export const ACTORS_FILE = join(packageRoot(), 'resources', 'ner', 'actors.tsv.gz');
export const WORD_CLASSES_FILE = join(packageRoot(), 'resources', 'ner', 'word-classes.tsv.gz');
export const EMBEDDING_CLUSTERS_FILE = join(packageRoot(), 'resources', 'ner', 'embedding-clusters.tsv.gz');

export interface GazetteerRow {
  kind: GazetteerKind;
  /** Lower-cased tokens, as the tokenizer splits them. */
  tokens: string[];
  /** Country (ISO 3166-1 alpha-3) for places, CAMEO actor code for actors; '' when none. */
  code: string;
}

export function readGzipLines(path: string): string[] {
  return gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((line) => line !== '');
}

export function readGazetteer(path = GAZETTEER_FILE): GazetteerRow[] {
  return readGzipLines(path).map((line) => {
    const [kind, phrase, code] = line.split('\t');
    if (!GAZETTEER_KINDS.includes(kind as GazetteerKind)) throw new Error(`unknown gazetteer kind ${kind} in ${path}`);
    return { kind: kind as GazetteerKind, tokens: phrase!.split(' '), code: code ?? '' };
  });
}

/** The lexicon from the committed resources; a missing resource contributes nothing. */
export function loadLexicon(gazetteerPath = GAZETTEER_FILE, wordClassesPath = WORD_CLASSES_FILE, embeddingsPath = EMBEDDING_CLUSTERS_FILE): Lexicon {
  const phrases = new Map<number, number>();
  let maxPhraseTokens = 0;
  if (existsSync(gazetteerPath)) {
    for (const row of readGazetteer(gazetteerPath)) {
      const key = phraseKey(row.tokens);
      phrases.set(key, (phrases.get(key) ?? 0) | kindBit(row.kind));
      for (let k = 1; k < row.tokens.length; k++) {
        const prefix = phraseKey(row.tokens.slice(0, k));
        phrases.set(prefix, (phrases.get(prefix) ?? 0) | CONTINUES_BIT);
      }
      maxPhraseTokens = Math.max(maxPhraseTokens, row.tokens.length);
    }
  }
  const wordClasses = new Map<number, number>();
  if (existsSync(wordClassesPath)) {
    for (const line of readGzipLines(wordClassesPath)) {
      const [word, wordClass] = line.split('\t');
      if (Number(wordClass) > 0) wordClasses.set(tokenHash(word!), Number(wordClass));
    }
  }
  const embeddings = new Map<number, number>();
  if (existsSync(embeddingsPath)) {
    for (const line of readGzipLines(embeddingsPath)) {
      const [word, path] = line.split('\t');
      embeddings.set(tokenHash(word!), parseInt(path!, EMBEDDING_BRANCHING) + 1);
    }
  }
  return { wordClasses, embeddings, phrases, maxPhraseTokens };
}
