/** A two-sentence treebank for the pos and parse evaluations' tests, written to a temporary file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const row = (...columns: (string | number)[]): string => columns.join('\t');
/** Two plain sentences, active and passive. */
const SMALL_TREEBANK = [
  '# sent_id = s1',
  row(1, 'Gunmen', '_', 'NOUN', 'NNS', '_', 2, 'nsubj', '_', '_'),
  row(2, 'attacked', '_', 'VERB', 'VBD', '_', 0, 'root', '_', '_'),
  row(3, 'the', '_', 'DET', 'DT', '_', 4, 'det', '_', '_'),
  row(4, 'embassy', '_', 'NOUN', 'NN', '_', 2, 'obj', '_', 'SpaceAfter=No'),
  row(5, '.', '_', 'PUNCT', '.', '_', 2, 'punct', '_', '_'),
  '',
  '# sent_id = s2',
  row(1, 'The', '_', 'DET', 'DT', '_', 2, 'det', '_', '_'),
  row(2, 'embassy', '_', 'NOUN', 'NN', '_', 4, 'nsubj:pass', '_', '_'),
  row(3, 'was', '_', 'AUX', 'VBD', '_', 4, 'aux:pass', '_', '_'),
  row(4, 'attacked', '_', 'VERB', 'VBN', '_', 0, 'root', '_', '_'),
  row(5, 'by', '_', 'ADP', 'IN', '_', 6, 'case', '_', '_'),
  row(6, 'gunmen', '_', 'NOUN', 'NNS', '_', 4, 'obl:agent', '_', 'SpaceAfter=No'),
  row(7, '.', '_', 'PUNCT', '.', '_', 4, 'punct', '_', '_'),
  '',
].join('\n');

export function smallTreebankFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-treebank-'));
  const file = join(dir, 'small.conllu');
  writeFileSync(file, SMALL_TREEBANK);
  return file;
}
