/**
 * The model file: one gzip-compressed binary holding everything the tagger needs,
 * the quantised weights and the lexicon they were trained with, so the two never
 * part. Layout (little-endian), after a JSON header:
 *
 *   "WWNER" 0x01 0 0 | u32 header bytes | header JSON (ModelHeader)
 *   u32[rows] feature hashes | i8[rows × (tags − 1)] emissions, O folded away | f32[(tags + 1) × tags] transitions
 *   u32[classes] word hashes | u16[classes] word classes
 *   u32[phrases] phrase hashes | u32[phrases] gazetteer bits
 *   u32[embeddings] word hashes | u16[embeddings] embedding cluster paths + 1
 *   and, when the header has secondPass (second-pass.ts), its weights as the first pass's:
 *   u32[rows] feature hashes | i8[rows × (tags − 1)] emissions | f32[(tags + 1) × tags] transitions
 *
 * Emission weights are quantised to int8 with one scale (the largest weight maps
 * to 127; see packed-weights.ts): a quarter of the float size.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { foldAndQuantise, PACKED_TAGS, PackedWeights } from './packed-weights.js';
import type { Lexicon } from './lexicon.js';
import { TRANSITION_COUNT, type TaggerWeights } from './perceptron.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';

const MAGIC = [0x57, 0x57, 0x4e, 0x45, 0x52, 0x01, 0, 0];
export const MODEL_FORMAT_VERSION = 2;

export interface ModelHeader {
  format: number;
  tags: readonly string[];
  rows: number;
  scale: number;
  classes: number;
  phrases: number;
  embeddings: number;
  maxPhraseTokens: number;
  /** Score added to each span of a type (on its B- and U- tags), tuned on development data; absent: none. */
  spanBias?: Record<string, number>;
  /** A second tagging pass over the first pass's labels (second-pass.ts): its table's size and scale. */
  secondPass?: { rows: number; scale: number; spanBias?: Record<string, number> };
  /** What the training script records: data, epochs, seeds, scores. */
  training: Record<string, unknown>;
}

export interface LoadedModel {
  header: ModelHeader;
  weights: TaggerWeights;
  /** The second pass's weights, when the file has one (span biases its own, else the first pass's). */
  secondWeights?: TaggerWeights;
  lexicon: Lexicon;
}

/** Weights of one tagging pass, as trained. */
export interface PassToWrite {
  featureHashes: Uint32Array;
  emissions: Float32Array;
  transitions: Float32Array;
}

export interface ModelToWrite {
  featureHashes: Uint32Array;
  emissions: Float32Array;
  transitions: Float32Array;
  lexicon: Lexicon;
  training: Record<string, unknown>;
  spanBias?: Record<string, number>;
  /** A second pass over the first pass's labels (second-pass.ts); its span biases, when given, replace the first pass's. */
  secondPass?: PassToWrite & { spanBias?: Record<string, number> };
}

export function encodeModel(model: ModelToWrite): Buffer {
  const rows = model.featureHashes.length;
  if (model.emissions.length !== rows * TAG_COUNT) throw new Error('emissions do not match feature rows');
  const { quantised: values, scale } = foldAndQuantise(model.emissions);
  const second = model.secondPass && { ...foldAndQuantise(model.secondPass.emissions), rows: model.secondPass.featureHashes.length };
  if (second && model.secondPass!.emissions.length !== second.rows * TAG_COUNT) throw new Error('second pass emissions do not match its rows');
  const classes = [...model.lexicon.wordClasses].sort((a, b) => a[0] - b[0]);
  const phrases = [...model.lexicon.phrases].sort((a, b) => a[0] - b[0]);
  const embeddings = [...model.lexicon.embeddings].sort((a, b) => a[0] - b[0]);
  const header: ModelHeader = {
    format: MODEL_FORMAT_VERSION, tags: TAG_NAMES, rows, scale,
    classes: classes.length, phrases: phrases.length, embeddings: embeddings.length,
    maxPhraseTokens: model.lexicon.maxPhraseTokens, training: model.training,
    ...(model.spanBias ? { spanBias: model.spanBias } : {}),
    ...(second ? { secondPass: { rows: second.rows, scale: second.scale, ...(model.secondPass!.spanBias ? { spanBias: model.secondPass!.spanBias } : {}) } } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = (n: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const bytes = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const parts = [
    Buffer.from(MAGIC), length(headerBytes.length), headerBytes,
    bytes(model.featureHashes), bytes(values), bytes(model.transitions),
    bytes(Uint32Array.from(classes, (c) => c[0])), bytes(Uint16Array.from(classes, (c) => c[1])),
    bytes(Uint32Array.from(phrases, (c) => c[0])), bytes(Uint32Array.from(phrases, (c) => c[1])),
    bytes(Uint32Array.from(embeddings, (c) => c[0])), bytes(Uint16Array.from(embeddings, (c) => c[1])),
    ...(second ? [bytes(model.secondPass!.featureHashes), bytes(second.quantised), bytes(model.secondPass!.transitions)] : []),
  ];
  // Level 9 and no timestamp in gzip's header (Node writes none): the same model gives the same bytes.
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Per-tag biases from per-type span biases: on the B- and U- tags, which every span has exactly one of. */
function tagBias(spanBias: Record<string, number>): Float32Array {
  const bias = new Float32Array(TAG_COUNT);
  TAG_NAMES.forEach((name, t) => {
    const [prefix, type] = name.split('-');
    if ((prefix === 'B' || prefix === 'U') && type !== undefined) bias[t] = spanBias[type] ?? 0;
  });
  return bias;
}

/** Reads a model file's bytes; a wrong or truncated file is an Error with the reason. */
export function decodeModel(file: Uint8Array): LoadedModel {
  const data = gunzipSync(file);
  for (let i = 0; i < MAGIC.length; i++) if (data[i] !== MAGIC[i]) throw new Error('not a Wirewatch NER model file (bad magic)');
  let at = MAGIC.length;
  const headerLength = data.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(data.subarray(at, at + headerLength).toString('utf8')) as ModelHeader;
  at += headerLength;
  if (header.format !== MODEL_FORMAT_VERSION) throw new Error(`model format ${header.format}; this code reads ${MODEL_FORMAT_VERSION}`);
  if (header.tags.join(' ') !== TAG_NAMES.join(' ')) throw new Error('model tag set differs from this code');
  // Copy each section into its own aligned typed array (gunzip's buffer may be unaligned).
  const take = <A extends Uint32Array | Uint16Array | Int8Array | Float32Array>(make: new (n: number) => A, count: number, bytesPer: number): A => {
    const end = at + count * bytesPer;
    if (end > data.length) throw new Error('model file is truncated');
    const out = new make(count);
    new Uint8Array(out.buffer).set(data.subarray(at, end));
    at = end;
    return out;
  };
  const hashes = take(Uint32Array, header.rows, 4);
  const quantised = take(Int8Array, header.rows * PACKED_TAGS, 1);
  const transitions = take(Float32Array, TRANSITION_COUNT, 4);
  const classKeys = take(Uint32Array, header.classes, 4);
  const classValues = take(Uint16Array, header.classes, 2);
  const phraseKeys = take(Uint32Array, header.phrases, 4);
  const phraseValues = take(Uint32Array, header.phrases, 4);
  const embeddingKeys = take(Uint32Array, header.embeddings, 4);
  const embeddingValues = take(Uint16Array, header.embeddings, 2);
  const emissions = new PackedWeights(hashes, quantised, header.scale);
  const bias = header.spanBias ? { tagBias: tagBias(header.spanBias) } : {};
  const second = header.secondPass;
  const secondWeights: TaggerWeights | undefined = second && {
    emissions: new PackedWeights(take(Uint32Array, second.rows, 4), take(Int8Array, second.rows * PACKED_TAGS, 1), second.scale),
    transitions: take(Float32Array, TRANSITION_COUNT, 4),
    ...(second.spanBias ? { tagBias: tagBias(second.spanBias) } : bias),
  };
  const toMap = (keys: Uint32Array, values: Uint16Array | Uint32Array): Map<number, number> => {
    const map = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i]!, values[i]!);
    return map;
  };
  return {
    header,
    weights: { emissions, transitions, ...bias },
    ...(secondWeights ? { secondWeights } : {}),
    lexicon: { wordClasses: toMap(classKeys, classValues), embeddings: toMap(embeddingKeys, embeddingValues), phrases: toMap(phraseKeys, phraseValues), maxPhraseTokens: header.maxPhraseTokens },
  };
}
