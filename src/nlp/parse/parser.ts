/**
 * The dependency parser: greedy arc-hybrid transitions (arc-hybrid.ts), producing
 * Universal Dependencies trees (heads and relations, GUM's subtypes included:
 * nsubj:pass, obl:agent, …). It reads words and their Penn Treebank tags (from
 * the tagger). Two averaged perceptrons decide: one the move (SHIFT, LEFT or
 * RIGHT) over ParseFeatures.extract, then, for an arc, one its relation over
 * ParseFeatures.extractLabel. Choosing among 3 moves and then among the
 * relations, rather than among all 100-odd labelled moves at once, makes each
 * step several times cheaper (a parse is memory-bound on its weights).
 *
 * @example
 *   const parser = loadParser();
 *   const tree = parser.parse(['Gunmen', 'attacked', 'the', 'embassy'], ['NNS', 'VBD', 'DT', 'NN']);
 *   // tree.heads → [1, -1, 3, 1]; tree.relations → ['nsubj', 'root', 'det', 'obj']
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../ner/package-root.js';
import { decodeSyntaxModel, requiredWeightSet } from '../model-file.js';
import { InlineWeights, type SparseWeights } from '../sparse-weights.js';
import { normaliseWord, valueHash } from '../word-features.js';
import { ArcHybridState, LEFT, MOVE_NAMES, SHIFT } from './arc-hybrid.js';
import { MAX_LABEL_FEATURES, MAX_PARSE_FEATURES, ParseFeatures } from './parse-features.js';

export const PARSER_MODEL_FILE = join(packageRoot(), 'models', 'parser-en.bin.gz');
export const ROOT_RELATION = 'root';

/** What a parser is made of; a model file holds it, training builds it. */
export interface ParserModelParts {
  /** Dependency relations, by label id; `root` among them. */
  labels: readonly string[];
  /** Scores of SHIFT, LEFT, RIGHT. */
  moves: SparseWeights;
  /** Scores of the relations of an arc. */
  relations: SparseWeights;
  /** Normalised word hash → cluster id; absent when the model uses none. */
  clusters?: ReadonlyMap<number, number>;
}

export interface DependencyTree {
  /** 0-based index of each word's head in the sentence; −1 for the root word. */
  heads: number[];
  relations: string[];
}

/** Hashes of strings that recur (word forms, tags), remembered up to a limit. */
export class HashCache {
  private readonly map = new Map<string, number>();
  constructor(
    private readonly hash: (s: string) => number,
    private readonly limit = 100_000,
  ) {}

  get(s: string): number {
    let h = this.map.get(s);
    if (h === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      h = this.hash(s);
      this.map.set(s, h);
    }
    return h;
  }
}

export const wordHashCache = (): HashCache => new HashCache((form) => valueHash(normaliseWord(form)));
export const tagHashCache = (): HashCache => new HashCache(valueHash, 1000);

export class DependencyParser {
  readonly rootLabel: number;
  private readonly state = new ArcHybridState();
  private readonly features: ParseFeatures;
  private readonly buffer = new Uint32Array(MAX_PARSE_FEATURES);
  private readonly labelBuffer = new Uint32Array(MAX_LABEL_FEATURES);
  private readonly moveScores = new Float32Array(MOVE_NAMES.length);
  private readonly labelScores: Float32Array;
  private readonly words = wordHashCache();
  private readonly tags = tagHashCache();
  /** The move weights in the faster layout (parts.moves stays for training and writing). */
  private readonly moves: InlineWeights;
  private wordHashes = new Uint32Array(64);
  private tagHashes = new Uint32Array(64);

  constructor(readonly parts: ParserModelParts) {
    this.rootLabel = parts.labels.indexOf(ROOT_RELATION);
    if (this.rootLabel < 0) throw new Error(`the parser's labels lack "${ROOT_RELATION}"`);
    this.labelScores = new Float32Array(parts.labels.length);
    this.features = new ParseFeatures(parts.clusters);
    this.moves = new InlineWeights(parts.moves);
  }

  /**
   * Parses one sentence given its words and their Penn Treebank tags. The
   * result's arrays are the state's own (valid until the next call).
   */
  parseIds(forms: readonly string[], tags: readonly string[]): { heads: Int32Array; labels: Int32Array } {
    const n = forms.length;
    if (tags.length !== n) throw new Error(`${n} words but ${tags.length} tags`);
    if (this.wordHashes.length < n) {
      this.wordHashes = new Uint32Array(n * 2);
      this.tagHashes = new Uint32Array(n * 2);
    }
    for (let i = 0; i < n; i++) {
      this.wordHashes[i] = this.words.get(forms[i]!);
      this.tagHashes[i] = this.tags.get(tags[i]!);
    }
    const state = this.state;
    this.features.prepare(this.wordHashes.subarray(0, n), this.tagHashes.subarray(0, n));
    state.start(n);
    while (!state.done) {
      const move = this.chooseMove();
      state.apply(move, move === SHIFT ? -1 : this.chooseLabel(move));
    }
    // The root word's head is the artificial root n: −1 outside.
    const heads = state.heads.subarray(0, n);
    for (let i = 0; i < n; i++) if (heads[i] === n) heads[i] = -1;
    return { heads, labels: state.labels.subarray(0, n) };
  }

  parse(forms: readonly string[], tags: readonly string[]): DependencyTree {
    const { heads, labels } = this.parseIds(forms, tags);
    return { heads: Array.from(heads), relations: Array.from(labels, (l) => this.parts.labels[l]!) };
  }

  private chooseMove(): number {
    const state = this.state;
    // A move that is the only valid one needs no scores (a tenth of the states: an empty
    // stack, or only the root left in the buffer).
    const only = onlyValidMove(state);
    if (only >= 0) return only;
    const count = this.features.extract(state, this.buffer);
    this.moveScores.fill(0);
    this.moves.addScores(this.buffer, count, this.moveScores);
    const scores = this.moveScores;
    let best = -1;
    for (let m = 0; m < MOVE_NAMES.length; m++) if (state.isValid(m) && (best < 0 || scores[m]! > scores[best]!)) best = m;
    return best;
  }

  private chooseLabel(move: number): number {
    const state = this.state;
    // Only the root's arc takes the root label, and it takes nothing else.
    if (move === LEFT && state.b === state.n) return this.rootLabel;
    const count = this.features.extractLabel(state, move, this.labelBuffer);
    this.labelScores.fill(0);
    this.parts.relations.addScores(this.labelBuffer, count, this.labelScores);
    const scores = this.labelScores;
    let best = -1;
    for (let l = 0; l < scores.length; l++) if (l !== this.rootLabel && (best < 0 || scores[l]! > scores[best]!)) best = l;
    return best;
  }
}

/** The one valid move of a state, or −1 when there are several. */
function onlyValidMove(state: ArcHybridState): number {
  let only = -1;
  for (let m = 0; m < MOVE_NAMES.length; m++) {
    if (!state.isValid(m)) continue;
    if (only >= 0) return -1;
    only = m;
  }
  return only;
}

export function readParser(path: string): DependencyParser {
  const model = decodeSyntaxModel(readFileSync(path), 'parser');
  const relations = requiredWeightSet(model, 'relations');
  const clusters = model.tables.get('clusters');
  return new DependencyParser({
    labels: relations.classes, moves: requiredWeightSet(model, 'moves').weights, relations: relations.weights,
    ...(clusters && clusters.size > 0 ? { clusters } : {}),
  });
}

let shipped: DependencyParser | undefined;

/** The shipped parser (models/parser-en.bin.gz), read once. */
export function loadParser(): DependencyParser {
  shipped ??= readParser(PARSER_MODEL_FILE);
  return shipped;
}
