/**
 * The entity recogniser: a trained model (model-file.ts) applied to the sentences
 * of one document, returning typed token spans (PER, ORG, LOC) per sentence.
 *
 * @example
 * const recogniser = loadRecogniser();
 * recogniser.tagDocument([['Muqtada', 'al-Sadr', 'warned', 'Iran', '.']]);
 * // → [[{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
import type { TokenSpan } from './corpus.js';
import { makeConsistent } from './consistency.js';
import { documentWords, evidenceOfWords, extractFeatures, FeatureBuffer } from './features.js';
import { CONTINUES_BIT, phraseKey, tokenHash, type Lexicon } from './lexicon.js';
import { decodeModel, type LoadedModel, type ModelHeader } from './model-file.js';
import { TagScratch, tagFeatures, type TaggerWeights } from './perceptron.js';
import { DocumentPredictions } from './second-pass.js';
import { spansFromBilou } from './tags.js';

export const MODEL_FILE_NAME = 'ner-en.bin.gz';

/** models/ in the package root. */
export function defaultModelPath(): string {
  return join(packageRoot(), 'models', MODEL_FILE_NAME);
}

export class EntityRecogniser {
  readonly header: ModelHeader;
  readonly weights: TaggerWeights;
  /** The second pass over the first pass's labels (second-pass.ts), when the model has one. */
  readonly secondWeights: TaggerWeights | undefined;
  private readonly lexicon: Lexicon;
  private readonly features = new FeatureBuffer();
  private readonly stacked = new FeatureBuffer();
  private readonly scratch = new TagScratch();
  /** Document-level consistency (consistency.ts); off only to measure what it adds. */
  consistent = true;

  constructor(model: LoadedModel) {
    this.header = model.header;
    this.weights = model.weights;
    this.secondWeights = model.secondWeights;
    this.lexicon = model.lexicon;
  }

  /** Gazetteer bits (lexicon.ts kindBit) of a phrase of lower-cased tokens; 0 when unlisted. */
  phraseKinds(lowerTokens: readonly string[]): number {
    return (this.lexicon.phrases.get(phraseKey(lowerTokens)) ?? 0) & ~CONTINUES_BIT;
  }

  /**
   * The lexicon's raw entry for a phrase hash (lexicon.ts phraseKey, built word by word with
   * extendPhraseHash over tokenHash): gazetteer bits plus CONTINUES_BIT when a longer listed phrase
   * starts with it; 0 when neither. For callers that match phrases word by word.
   */
  phraseEntry(phraseHash: number): number {
    return this.lexicon.phrases.get(phraseHash) ?? 0;
  }

  /**
   * Whether any resource of the model knows a lower-cased word: the GloVe vocabulary, the news
   * word classes, or a one-word gazetteer phrase.
   */
  knowsWord(lower: string): boolean {
    const h = tokenHash(lower);
    return this.lexicon.embeddings.has(h) || this.lexicon.wordClasses.has(h) || this.phraseKinds([lower]) !== 0;
  }

  /**
   * The writing class in unlabelled news of a lower-cased word, by its tokenHash (scripts/build-word-classes.ts:
   * 1 + capitalisation band × 4 + frequency band, 25 seen only sentence-initially); 0 when unseen.
   */
  writingClassOf(wordHash: number): number {
    return this.lexicon.wordClasses.get(wordHash) ?? 0;
  }

  /** Spans per sentence, for the sentences (token texts) of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): TokenSpan[][] {
    // Each token's word looked up once, for the document evidence and the features.
    const words = documentWords(sentences, this.lexicon);
    const second = this.secondWeights;
    let spans: TokenSpan[][];
    if (!second) {
      const evidence = evidenceOfWords(words);
      spans = sentences.map((tokens, s) => {
        if (tokens.length === 0) return [];
        extractFeatures(tokens, this.lexicon, evidence, this.features, words[s]);
        return spansFromBilou(tagFeatures(this.weights, this.features, this.scratch));
      });
    } else {
      // The first pass's features are kept for the second, which adds the first pass's labels.
      const kept: { hashes: Uint32Array; offsets: Int32Array }[] = [];
      const predictions = new DocumentPredictions(words, this.tagFirstPass(sentences, words, kept));
      spans = sentences.map((tokens, s) => {
        if (tokens.length === 0) return [];
        predictions.stackFeatures(s, kept[s]!, this.stacked);
        return spansFromBilou(tagFeatures(second, this.stacked, this.scratch));
      });
    }
    return this.consistent ? makeConsistent(sentences, spans) : spans;
  }

  /**
   * The first pass's BILOU tags of each sentence (tags.ts ids), before any second pass or
   * consistency rule: what a second pass is trained on (train-ner.ts) and reads at tagging time.
   * `kept`, when given, receives each sentence's features.
   */
  tagFirstPass(sentences: readonly (readonly string[])[], words = documentWords(sentences, this.lexicon), kept?: { hashes: Uint32Array; offsets: Int32Array }[]): Uint8Array[] {
    const evidence = evidenceOfWords(words);
    const keptFeatures = kept ? new KeptFeatures() : undefined;
    return sentences.map((tokens, s) => {
      extractFeatures(tokens, this.lexicon, evidence, this.features, words[s]);
      if (kept && keptFeatures) kept.push(keptFeatures.keep(this.features, tokens.length));
      return tokens.length === 0 ? new Uint8Array(0) : tagFeatures(this.weights, this.features, this.scratch).slice();
    });
  }
}

/** The first chunk of KeptFeatures, in feature hashes; each next one is twice the last (a news page needs ~40,000). */
const FIRST_KEPT_CHUNK = 4096;

/**
 * A document's first-pass features, kept for the second pass: copied into chunks, each sentence's a view of one (two
 * arrays per sentence were a few hundred small allocations per page). A full chunk is left to the views on it, and
 * the next is twice as large, so a one-sentence document takes a small one and a long page a few.
 */
class KeptFeatures {
  private hashes = new Uint32Array(0);
  private offsets = new Int32Array(0);
  private hashesUsed = 0;
  private offsetsUsed = 0;

  /** The features of one sentence of `tokens` tokens, as extractFeatures left them in `features`. */
  keep(features: FeatureBuffer, tokens: number): { hashes: Uint32Array; offsets: Int32Array } {
    const length = features.length;
    if (this.hashesUsed + length > this.hashes.length) {
      this.hashes = new Uint32Array(Math.max(FIRST_KEPT_CHUNK, 2 * this.hashes.length, length));
      this.hashesUsed = 0;
    }
    if (this.offsetsUsed + tokens + 1 > this.offsets.length) {
      this.offsets = new Int32Array(Math.max(FIRST_KEPT_CHUNK / 16, 2 * this.offsets.length, tokens + 1));
      this.offsetsUsed = 0;
    }
    const hashes = this.hashes.subarray(this.hashesUsed, this.hashesUsed + length);
    const offsets = this.offsets.subarray(this.offsetsUsed, this.offsetsUsed + tokens + 1);
    for (let f = 0; f < length; f++) hashes[f] = features.hashes[f]!;
    for (let i = 0; i <= tokens; i++) offsets[i] = features.offsets[i]!;
    this.hashesUsed += length;
    this.offsetsUsed += tokens + 1;
    return { hashes, offsets };
  }
}

let cached: EntityRecogniser | undefined;

/** The bundled model, loaded once per process. */
export function loadRecogniser(path?: string): EntityRecogniser {
  if (path !== undefined) return new EntityRecogniser(decodeModel(readFileSync(path)));
  cached ??= new EntityRecogniser(decodeModel(readFileSync(defaultModelPath())));
  return cached;
}
