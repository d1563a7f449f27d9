/**
 * Distributional word clusters for the tagger and parser, read from
 * resources/syntax/word-clusters.tsv.gz (`word<TAB>fine<TAB>coarse`, built by
 * scripts/build-syntax-clusters.ts from unlabelled news). Only training reads
 * the file: a trained model carries the clusters it uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../ner/package-root.js';
import { valueHash } from './word-features.js';

export const SYNTAX_CLUSTERS_FILE = join(packageRoot(), 'resources', 'syntax', 'word-clusters.tsv.gz');

/**
 * Normalised word hash → fine cluster id (1..). The file's words are already
 * normalised as the models normalise theirs (normaliseWord).
 */
export function readWordClusters(path: string = SYNTAX_CLUSTERS_FILE): Map<number, number> {
  const clusters = new Map<number, number>();
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const [word, fine] = line.split('\t');
    const id = Number(fine);
    if (word && id > 0) clusters.set(valueHash(word), id);
  }
  return clusters;
}
