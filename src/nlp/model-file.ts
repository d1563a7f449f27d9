/**
 * The file format of the syntax models (tagger and parser): one gzip-compressed
 * binary with a JSON header, one or more named sets of sparse weights (the
 * tagger's tags; the parser's moves and relations), and lookup tables keyed by
 * word hash (the tagger's tag dictionary, word clusters). Little-endian:
 *
 *   "WWSYN" 0x02 0 0 | u32 header bytes | header JSON (SyntaxModelHeader)
 *   per weight set, in header order:
 *     u32[rows] feature hashes | u32[rows + 1] row starts | u8[pairs] classes | i16[pairs] weights
 *   per table, in header order: u32[n] keys | u16[n] values
 *
 * Weights are int16 on one linear scale per set (the largest |weight| is 32767):
 * half the size of float32, and far finer than the perceptron's decisions need.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { hashString } from '../ner/hashing.js';
import { SparseWeights } from './sparse-weights.js';

const MAGIC = [0x57, 0x57, 0x53, 0x59, 0x4e, 0x02, 0, 0];
export const SYNTAX_MODEL_FORMAT = 2;

/**
 * A hash of a fixed string, stored at training and checked at load: features are
 * hashes, so a model trained with another hash function would load and silently
 * tag nonsense. This makes that a clear error instead.
 */
export const HASH_FINGERPRINT = hashString('wirewatch syntax features');

/** A classifier's weights with the names of its classes. */
export interface WeightSet {
  /** Class names, by class id. */
  classes: string[];
  weights: SparseWeights;
}

export interface SyntaxModelHeader {
  format: number;
  /** `pos` or `parser`: which code reads it. */
  kind: string;
  hashFingerprint: number;
  /** The weight sets by name, in file order; `scale` is the weight of int16 code 1. */
  weightSets: { name: string; classes: string[]; rows: number; pairs: number; scale: number }[];
  /** Lookup tables by name, with their entry counts, in file order. */
  tables: { name: string; count: number }[];
  /** Settings the reading code needs (feature switches, thresholds). */
  settings: Record<string, number | boolean | string>;
  /** What the training script records: data, epochs, scores; informational. */
  training: Record<string, unknown>;
}

export interface SyntaxModel {
  header: SyntaxModelHeader;
  weightSets: Map<string, WeightSet>;
  tables: Map<string, Map<number, number>>;
}

export interface SyntaxModelToWrite {
  kind: string;
  weightSets: Map<string, WeightSet>;
  tables: Map<string, Map<number, number>>;
  settings: Record<string, number | boolean | string>;
  training: Record<string, unknown>;
}

const bytesOf = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

export function encodeSyntaxModel(model: SyntaxModelToWrite): Buffer {
  const sets = [...model.weightSets].map(([name, { classes, weights }]) => {
    let max = 0;
    for (const v of weights.values) max = Math.max(max, Math.abs(v));
    const scale = max === 0 ? 1 : max / 32767;
    return { name, classes, weights, scale, quantised: Int16Array.from(weights.values, (v) => Math.round(v / scale)) };
  });
  const tables = [...model.tables].map(([name, map]) => ({ name, entries: [...map].sort((a, b) => a[0] - b[0]) }));
  const header: SyntaxModelHeader = {
    format: SYNTAX_MODEL_FORMAT, kind: model.kind, hashFingerprint: HASH_FINGERPRINT,
    weightSets: sets.map((s) => ({ name: s.name, classes: s.classes, rows: s.weights.hashes.length, pairs: s.weights.values.length, scale: s.scale })),
    tables: tables.map((t) => ({ name: t.name, count: t.entries.length })),
    settings: model.settings, training: model.training,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const parts = [Buffer.from(MAGIC), u32(headerBytes.length), headerBytes];
  for (const s of sets) parts.push(bytesOf(s.weights.hashes), bytesOf(s.weights.rowStart), bytesOf(s.weights.classes), bytesOf(s.quantised));
  for (const t of tables) {
    parts.push(bytesOf(Uint32Array.from(t.entries, (e) => e[0])), bytesOf(Uint16Array.from(t.entries, (e) => e[1])));
  }
  // Level 9, and gzip without a timestamp (Node writes none): the same model gives the same bytes.
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a model file; a wrong, truncated or foreign file is an Error that says which. */
export function decodeSyntaxModel(file: Uint8Array, expectedKind: string): SyntaxModel {
  const data = gunzipSync(file);
  // "WWSYN" names the file; the format number after it is checked against the header's.
  for (let i = 0; i < 5; i++) if (data[i] !== MAGIC[i]) throw new Error('not a Wirewatch syntax model file (bad magic)');
  let at = MAGIC.length;
  const headerLength = data.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(data.subarray(at, at + headerLength).toString('utf8')) as SyntaxModelHeader;
  at += headerLength;
  if (header.format !== SYNTAX_MODEL_FORMAT) throw new Error(`syntax model format ${header.format}; this code reads ${SYNTAX_MODEL_FORMAT}`);
  if (header.kind !== expectedKind) throw new Error(`a ${header.kind} model where a ${expectedKind} model was expected`);
  if (header.hashFingerprint !== HASH_FINGERPRINT) throw new Error('the model was trained with another feature hash function; retrain it');
  // Each section is copied into its own aligned typed array (gunzip's buffer may be unaligned).
  const take = <A extends Uint32Array | Uint16Array | Uint8Array | Int16Array>(make: new (n: number) => A, count: number): A => {
    const out = new make(count);
    const end = at + out.byteLength;
    if (end > data.length) throw new Error('syntax model file is truncated');
    new Uint8Array(out.buffer).set(data.subarray(at, end));
    at = end;
    return out;
  };
  const weightSets = new Map<string, WeightSet>();
  for (const set of header.weightSets) {
    const hashes = take(Uint32Array, set.rows);
    const rowStart = take(Uint32Array, set.rows + 1);
    const classes = take(Uint8Array, set.pairs);
    const values = Float32Array.from(take(Int16Array, set.pairs), (q) => q * set.scale);
    weightSets.set(set.name, { classes: set.classes, weights: new SparseWeights(set.classes.length, hashes, rowStart, classes, values) });
  }
  const tables = new Map<string, Map<number, number>>();
  for (const { name, count } of header.tables) {
    const keys = take(Uint32Array, count);
    const entries = take(Uint16Array, count);
    const map = new Map<number, number>();
    for (let i = 0; i < count; i++) map.set(keys[i]!, entries[i]!);
    tables.set(name, map);
  }
  if (at !== data.length) throw new Error('syntax model file has trailing bytes (a different layout)');
  return { header, weightSets, tables };
}

/** A weight set a model must have; an Error naming it when absent. */
export function requiredWeightSet(model: SyntaxModel, name: string): WeightSet {
  const set = model.weightSets.get(name);
  if (!set) throw new Error(`the ${model.header.kind} model has no "${name}" weights`);
  return set;
}
