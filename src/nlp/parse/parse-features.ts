/**
 * The parser's features: Zhang and Nivre's (2011) rich non-local feature set —
 * words and tags of the stack and buffer tops, their leftmost and rightmost
 * children and those children's labels, distance, valency and label sets —
 * adapted to arc-hybrid, where the decisive pair is s1–s0 as well as s0–b0
 * (RIGHT attaches s0 to s1), and nothing on the stack has a head yet.
 *
 * Left out: the lexicalised word–word pairs (s0w·b0w, s1w·s0w, s1w·b0w and their
 * word+tag variants, with distance too). On GUM's 77k words they fire on a fifth
 * of the moves and weigh least of all templates, yet each costs a lookup that
 * misses the cache: without them dev LAS is 0.7620 against 0.7628, the model has
 * 28% fewer move features, and parsing is about 1.3 times faster. Their ids stay
 * reserved in T.
 *
 * Positions: s0, s1, s2 (stack tops), b0, b1, b2 (buffer, b0 may be the root),
 * s0l/s0l2 and s0r/s0r2 (s0's two leftmost and two rightmost children), b0l/b0l2
 * (b0's leftmost children; a buffer word has no right children yet), s1r/s1r2.
 */
import type { ArcHybridState } from './arc-hybrid.js';
import { mixInt } from '../../ner/hashing.js';
import { feature, valueHash } from '../word-features.js';

/** Template ids: part of each feature's hash, so never renumber one a trained model uses. */
const T = {
  s0wp: 1, s0w: 2, s0p: 3, b0wp: 4, b0w: 5, b0p: 6, b1wp: 7, b1w: 8, b1p: 9, b2wp: 10, b2w: 11, b2p: 12,
  s1wp: 13, s1w: 14, s1p: 15, s2p: 16, s2w: 17,
  s0wpB0wp: 20, s0wpB0w: 21, s0wB0wp: 22, s0wpB0p: 23, s0pB0wp: 24, s0wB0w: 25, s0pB0p: 26, b0pB1p: 27,
  s1wpS0wp: 28, s1wpS0w: 29, s1wS0wp: 30, s1wpS0p: 31, s1pS0wp: 32, s1wS0w: 33, s1pS0p: 34, s1pB0p: 35, s1wB0w: 36,
  b0pB1pB2p: 40, s0pB0pB1p: 41, s1pS0pB0p: 42, s0pS0lpB0p: 43, s0pS0rpB0p: 44, s0pB0pB0lp: 45, s2pS1pS0p: 46,
  s1pS1rpS0p: 47, s1pS0pS0lp: 48, s1pS0pS0rp: 49, s0pS0lpS0l2p: 50, s0pS0rpS0r2p: 51, b0pB0lpB0l2p: 52, s1pS1rpS1r2p: 53,
  s0wDist: 60, s0pDist: 61, b0wDist: 62, b0pDist: 63, s0wB0wDist: 64, s0pB0pDist: 65, s1pS0pDist: 66, s1wS0wDist: 67,
  s0wVr: 70, s0pVr: 71, s0wVl: 72, s0pVl: 73, b0wVl: 74, b0pVl: 75, s1wVr: 76, s1pVr: 77,
  s0lw: 80, s0lp: 81, s0ll: 82, s0rw: 83, s0rp: 84, s0rl: 85, b0lw: 86, b0lp: 87, b0ll: 88, s1rw: 89, s1rp: 90, s1rl: 91,
  s0l2w: 92, s0l2p: 93, s0l2l: 94, s0r2w: 95, s0r2p: 96, s0r2l: 97, b0l2w: 98, b0l2p: 99, b0l2l: 100, s1r2p: 101, s1r2l: 102,
  s0wSr: 110, s0pSr: 111, s0wSl: 112, s0pSl: 113, b0wSl: 114, b0pSl: 115, s1wSr: 116, s1pSr: 117,
  s1lp: 120, s1ll: 121, s1pS1lpS0p: 122,
  s0c: 130, b0c: 131, s1c: 132, b1c: 133, s0cB0c: 134, s1cS0c: 135, s0cB0p: 136, s0pB0c: 137, s1cS0p: 138, s1pS0c: 139,
} as const;

/** Template ids of the relation classifier's features (another weight set: ids may repeat T's). */
const R = {
  bias: 1, dw: 2, dp: 3, dwp: 4, hw: 5, hp: 6, hwp: 7, dpHp: 8, dwHp: 9, dpHw: 10, dwHw: 11, dpHpDist: 12,
  dlp: 13, dll: 14, drp: 15, drl: 16, dLeftSet: 17, dRightSet: 18, hLeftSet: 19, hRightSet: 20, hpHLeftSet: 21,
  dpBeforeP: 22, dpAfterP: 23, dpAfterW: 24, hpHlLabel: 25, hpHrLabel: 26, dwDlw: 27, dpDlwHp: 28,
  dpDlpHp: 30, hpDpDrp: 31, dFirst: 32, dc: 33, hc: 34, dcHc: 35, dcHp: 36, dpHc: 37, dwDist: 38, dpDrw: 39,
} as const;

/**
 * The move features as data, in the order extract writes them: a template id and the slots (in V,
 * filled for each state) of its one to three values. extract fills the slots and hashes the rows
 * in one loop (hashTemplates): written as a hundred feature calls, too many for V8 to inline in
 * one function, each cost a call. The cluster templates (s0c … s1pS0c) only for a model with clusters.
 */
const V = {
  s0wp: 0, s0w: 1, s0p: 2, b0wp: 3, b0w: 4, b0p: 5, b1wp: 6, b1w: 7, b1p: 8, b2wp: 9, b2w: 10, b2p: 11, s1wp: 12,
  s1w: 13, s1p: 14, s2p: 15, s2w: 16, s0lp: 17, s0rp: 18, b0lp: 19, s1rp: 20, s0l2p: 21, s0r2p: 22, b0l2p: 23,
  s1r2p: 24, s1lp: 25, dS0B0: 26, dS1S0: 27, s0Vr: 28, s0Vl: 29, b0Vl: 30, s1Vr: 31, s0lw: 32, s0ll: 33, s0rw: 34,
  s0rl: 35, b0lw: 36, b0ll: 37, s1rw: 38, s1rl: 39, s0l2w: 40, s0l2l: 41, s0r2w: 42, s0r2l: 43, b0l2w: 44, b0l2l: 45,
  s1r2l: 46, s1ll: 47, s0c: 48, b0c: 49, s1c: 50, b1c: 51, s0Right: 52, s0Left: 53, b0Left: 54, s1Right: 55,
} as const;
const MOVE_TEMPLATE_ROWS: readonly (readonly number[])[] = [
  // Single positions.
  [T.s0wp, V.s0wp], [T.s0w, V.s0w], [T.s0p, V.s0p], [T.b0wp, V.b0wp], [T.b0w, V.b0w], [T.b0p, V.b0p], [T.b1wp, V.b1wp],
  [T.b1w, V.b1w], [T.b1p, V.b1p], [T.b2wp, V.b2wp], [T.b2w, V.b2w], [T.b2p, V.b2p], [T.s1wp, V.s1wp], [T.s1w, V.s1w],
  [T.s1p, V.s1p], [T.s2p, V.s2p], [T.s2w, V.s2w],
  // Pairs: s0 with b0 (LEFT's decision) and s1 with s0 (RIGHT's).
  [T.s0wpB0p, V.s0wp, V.b0p], [T.s0pB0wp, V.s0p, V.b0wp], [T.s0pB0p, V.s0p, V.b0p], [T.b0pB1p, V.b0p, V.b1p],
  [T.s1wpS0p, V.s1wp, V.s0p], [T.s1pS0wp, V.s1p, V.s0wp], [T.s1pS0p, V.s1p, V.s0p], [T.s1pB0p, V.s1p, V.b0p],
  // Tag triples.
  [T.b0pB1pB2p, V.b0p, V.b1p, V.b2p], [T.s0pB0pB1p, V.s0p, V.b0p, V.b1p], [T.s1pS0pB0p, V.s1p, V.s0p, V.b0p],
  [T.s0pS0lpB0p, V.s0p, V.s0lp, V.b0p], [T.s0pS0rpB0p, V.s0p, V.s0rp, V.b0p], [T.s0pB0pB0lp, V.s0p, V.b0p, V.b0lp],
  [T.s2pS1pS0p, V.s2p, V.s1p, V.s0p], [T.s1pS1rpS0p, V.s1p, V.s1rp, V.s0p], [T.s1pS0pS0lp, V.s1p, V.s0p, V.s0lp],
  [T.s1pS0pS0rp, V.s1p, V.s0p, V.s0rp], [T.s0pS0lpS0l2p, V.s0p, V.s0lp, V.s0l2p],
  [T.s0pS0rpS0r2p, V.s0p, V.s0rp, V.s0r2p], [T.b0pB0lpB0l2p, V.b0p, V.b0lp, V.b0l2p],
  [T.s1pS1rpS1r2p, V.s1p, V.s1rp, V.s1r2p], [T.s1pS1lpS0p, V.s1p, V.s1lp, V.s0p],
  // Distance.
  [T.s0wDist, V.s0w, V.dS0B0], [T.s0pDist, V.s0p, V.dS0B0], [T.b0wDist, V.b0w, V.dS0B0], [T.b0pDist, V.b0p, V.dS0B0],
  [T.s0pB0pDist, V.s0p, V.b0p, V.dS0B0], [T.s1pS0pDist, V.s1p, V.s0p, V.dS1S0],
  // Valency (child counts).
  [T.s0wVr, V.s0w, V.s0Vr], [T.s0pVr, V.s0p, V.s0Vr], [T.s0wVl, V.s0w, V.s0Vl], [T.s0pVl, V.s0p, V.s0Vl],
  [T.b0wVl, V.b0w, V.b0Vl], [T.b0pVl, V.b0p, V.b0Vl], [T.s1wVr, V.s1w, V.s1Vr], [T.s1pVr, V.s1p, V.s1Vr],
  // Children: word, tag, label.
  [T.s0lw, V.s0lw], [T.s0lp, V.s0lp], [T.s0ll, V.s0ll], [T.s0rw, V.s0rw], [T.s0rp, V.s0rp], [T.s0rl, V.s0rl],
  [T.b0lw, V.b0lw], [T.b0lp, V.b0lp], [T.b0ll, V.b0ll], [T.s1rw, V.s1rw], [T.s1rp, V.s1rp], [T.s1rl, V.s1rl],
  [T.s0l2w, V.s0l2w], [T.s0l2p, V.s0l2p], [T.s0l2l, V.s0l2l], [T.s0r2w, V.s0r2w], [T.s0r2p, V.s0r2p],
  [T.s0r2l, V.s0r2l], [T.b0l2w, V.b0l2w], [T.b0l2p, V.b0l2p], [T.b0l2l, V.b0l2l], [T.s1r2p, V.s1r2p],
  [T.s1r2l, V.s1r2l], [T.s1lp, V.s1lp], [T.s1ll, V.s1ll],
  // Word clusters from unlabelled news: what the words are like, for words the treebank lacks.
  [T.s0c, V.s0c], [T.b0c, V.b0c], [T.s1c, V.s1c], [T.b1c, V.b1c], [T.s0cB0c, V.s0c, V.b0c], [T.s1cS0c, V.s1c, V.s0c],
  [T.s0cB0p, V.s0c, V.b0p], [T.s0pB0c, V.s0p, V.b0c], [T.s1cS0p, V.s1c, V.s0p], [T.s1pS0c, V.s1p, V.s0c],
  // Label sets.
  [T.s0wSr, V.s0w, V.s0Right], [T.s0pSr, V.s0p, V.s0Right], [T.s0wSl, V.s0w, V.s0Left], [T.s0pSl, V.s0p, V.s0Left],
  [T.b0wSl, V.b0w, V.b0Left], [T.b0pSl, V.b0p, V.b0Left], [T.s1wSr, V.s1w, V.s1Right], [T.s1pSr, V.s1p, V.s1Right],
];
const CLUSTER_TEMPLATES: ReadonlySet<number> = new Set([T.s0c, T.b0c, T.s1c, T.b1c, T.s0cB0c, T.s1cS0c, T.s0cB0p, T.s0pB0c, T.s1cS0p, T.s1pS0c]);
const MOVE_TEMPLATES = templateTable(MOVE_TEMPLATE_ROWS);
const MOVE_TEMPLATES_WITHOUT_CLUSTERS = templateTable(MOVE_TEMPLATE_ROWS.filter((row) => !CLUSTER_TEMPLATES.has(row[0]!)));

/** Rows of [template, value slot, value slot or −1, value slot or −1], flat. */
function templateTable(rows: readonly (readonly number[])[]): Int32Array {
  const table = new Int32Array(rows.length * 4).fill(-1);
  rows.forEach((row, i) => table.set(row, i * 4));
  return table;
}

/** Hashes each template row (its id + `offset`) with its values into `out` (as feature, feature2, feature3 do); returns how many. */
function hashTemplates(table: Int32Array, values: Int32Array, out: Uint32Array, offset = 0): number {
  const count = table.length / 4;
  if (count > out.length) throw new Error(`${count} features overflow a buffer of ${out.length}`);
  for (let j = 0, r = 0; j < count; j++, r += 4) {
    let h = mixInt(offset + table[r]!, values[table[r + 1]!]!);
    const b = table[r + 2]!;
    if (b >= 0) {
      h = mixInt(h, values[b]!);
      const c = table[r + 3]!;
      if (c >= 0) h = mixInt(h, values[c]!);
    }
    out[j] = h || 1;
  }
  return count;
}

/** The relation features as data, as MOVE_TEMPLATE_ROWS (R's ids, shifted by the direction when hashed); the last five are the clusters'. */
const L = {
  zero: 0, dw: 1, dp: 2, dwp: 3, hw: 4, hp: 5, hwp: 6, dist: 7, dlp: 8, dll: 9, drp: 10, drl: 11, dLeftSet: 12,
  dRightSet: 13, hLeftSet: 14, hRightSet: 15, beforeP: 16, afterP: 17, afterW: 18, hll: 19, hrl: 20, dlw: 21, first: 22,
  drw: 23, dc: 24, hc: 25,
} as const;
const LABEL_TEMPLATE_ROWS: readonly (readonly number[])[] = [
  [R.bias, L.zero], [R.dw, L.dw], [R.dp, L.dp], [R.dwp, L.dwp], [R.hw, L.hw], [R.hp, L.hp], [R.hwp, L.hwp],
  [R.dpHp, L.dp, L.hp], [R.dwHp, L.dw, L.hp], [R.dpHw, L.dp, L.hw], [R.dwHw, L.dw, L.hw],
  [R.dpHpDist, L.dp, L.hp, L.dist], [R.dlp, L.dp, L.dlp], [R.dll, L.dp, L.dll], [R.drp, L.dp, L.drp],
  [R.drl, L.dp, L.drl], [R.dLeftSet, L.dp, L.dLeftSet], [R.dRightSet, L.dp, L.dRightSet], [R.hLeftSet, L.hLeftSet],
  [R.hRightSet, L.hRightSet], [R.hpHLeftSet, L.hp, L.hLeftSet], [R.dpBeforeP, L.dp, L.beforeP],
  [R.dpAfterP, L.dp, L.afterP], [R.dpAfterW, L.dp, L.afterW], [R.hpHlLabel, L.hp, L.hll], [R.hpHrLabel, L.hp, L.hrl],
  [R.dwDlw, L.dw, L.dlw], [R.dpDlwHp, L.dp, L.dlw, L.hp], [R.dpDlpHp, L.dp, L.dlp, L.hp],
  [R.hpDpDrp, L.hp, L.dp, L.drp], [R.dFirst, L.dp, L.first], [R.dwDist, L.dw, L.dist], [R.dpDrw, L.dp, L.drw],
  [R.dc, L.dc], [R.hc, L.hc], [R.dcHc, L.dc, L.hc], [R.dcHp, L.dc, L.hp], [R.dpHc, L.dp, L.hc],
];
const LABEL_TEMPLATES = templateTable(LABEL_TEMPLATE_ROWS);
const LABEL_TEMPLATES_WITHOUT_CLUSTERS = templateTable(LABEL_TEMPLATE_ROWS.slice(0, -5));

export const MAX_PARSE_FEATURES = 128;
export const MAX_LABEL_FEATURES = 48;

/** Stand-ins for "no word here" and for the root's word and tag (as int32, as all values here: see word-features.ts). */
const NONE = valueHash('<none>') | 0;
const ROOT_WORD = valueHash('<root-word>') | 0;
const ROOT_TAG = valueHash('<root-tag>') | 0;
const NO_LABEL = 0xffff;

/*
 * Small module functions rather than closures inside extract: V8 inlines them,
 * and a closure per call would be allocated about 100,000 times a second.
 */
/** Array value at i, or "no word here" for a missing position (i < 0). */
const at = (values: Int32Array, i: number): number => (i < 0 ? NONE : values[i]!);
const labelAt = (labels: Int32Array, i: number): number => (i < 0 ? NO_LABEL : labels[i]!);
const child = (list: Int32Array, i: number): number => (i < 0 ? -1 : list[i]!);
const count = (list: Int32Array, i: number): number => (i < 0 ? -1 : Math.min(list[i]!, 6));
const labelSet = (sets: Uint32Array, i: number): number => (i < 0 ? NONE : feature(sets[i * 2]! | 0, sets[i * 2 + 1]! | 0));

/** Distance between two positions, in buckets: 1, 2, 3, 4, 5–7, 8–12, 13+ (0: not applicable). */
function distanceBucket(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(b - a);
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

export class ParseFeatures {
  private n = 0;
  /** Per word and the root (index n): word hash, tag hash, word-and-tag hash, cluster (each as int32). */
  private words = new Int32Array(64);
  private tags = new Int32Array(64);
  private wordTags = new Int32Array(64);
  private clusterOf = new Int32Array(64);
  /** The values of the state being extracted, by slot of V. */
  private readonly values = new Int32Array(Object.keys(V).length);
  private readonly labelValues = new Int32Array(Object.keys(L).length);

  /** @param clusters normalised-word hash → cluster id (absent: no cluster features) */
  constructor(private readonly clusters?: ReadonlyMap<number, number>) {}

  /** @param words normalised-word hashes, @param tags tag hashes, one per word */
  prepare(words: ArrayLike<number>, tags: ArrayLike<number>): void {
    const n = words.length;
    if (this.words.length < n + 1) {
      this.words = new Int32Array(n * 2 + 2);
      this.tags = new Int32Array(n * 2 + 2);
      this.wordTags = new Int32Array(n * 2 + 2);
      this.clusterOf = new Int32Array(n * 2 + 2);
    }
    this.n = n;
    for (let i = 0; i < n; i++) {
      this.words[i] = words[i]!;
      this.tags[i] = tags[i]!;
      this.wordTags[i] = feature(words[i]! | 0, tags[i]! | 0);
      this.clusterOf[i] = this.clusters?.get(words[i]!) ?? 0;
    }
    this.clusterOf[n] = ROOT_WORD;
    this.words[n] = ROOT_WORD;
    this.tags[n] = ROOT_TAG;
    this.wordTags[n] = feature(ROOT_WORD, ROOT_TAG);
  }

  /** Fills `out` with the features of a parser state; returns how many. */
  extract(state: ArcHybridState, out: Uint32Array): number {
    const words = this.words;
    const tags = this.tags;
    const wordTags = this.wordTags;
    const labels = state.labels;

    const s0 = state.stackAt(0);
    const s1 = state.stackAt(1);
    const s2 = state.stackAt(2);
    const b0 = state.bufferAt(0);
    const b1 = state.bufferAt(1);
    const b2 = state.bufferAt(2);
    const s0l = child(state.left1, s0);
    const s0l2 = child(state.left2, s0);
    const s0r = child(state.right1, s0);
    const s0r2 = child(state.right2, s0);
    const b0l = child(state.left1, b0);
    const b0l2 = child(state.left2, b0);
    const s1l = child(state.left1, s1);
    const s1r = child(state.right1, s1);
    const s1r2 = child(state.right2, s1);
    // The root's distance to anything is meaningless: bucket 0.
    const dS0B0 = b0 === this.n ? 0 : distanceBucket(s0, b0);
    const dS1S0 = distanceBucket(s1, s0);

    const s0w = at(words, s0), s0p = at(tags, s0), s0wp = at(wordTags, s0);
    const s1w = at(words, s1), s1p = at(tags, s1), s1wp = at(wordTags, s1);
    const b0w = at(words, b0), b0p = at(tags, b0), b0wp = at(wordTags, b0);
    const b1p = at(tags, b1), b2p = at(tags, b2);
    // Label sets; clusters (0 for every word when the model has none).
    const s0Right = labelSet(state.rightLabels, s0);
    const s0Left = labelSet(state.leftLabels, s0);
    const b0Left = labelSet(state.leftLabels, b0);
    const s1Right = labelSet(state.rightLabels, s1);
    const clusterOf = this.clusterOf;
    const s0c = at(clusterOf, s0), b0c = at(clusterOf, b0), s1c = at(clusterOf, s1);

    // The values the templates read (MOVE_TEMPLATES), then the templates hashed in one loop.
    const v = this.values;
    v[V.s0wp] = s0wp; v[V.s0w] = s0w; v[V.s0p] = s0p; v[V.b0wp] = b0wp; v[V.b0w] = b0w; v[V.b0p] = b0p; v[V.b1wp] = at(wordTags, b1);
    v[V.b1w] = at(words, b1); v[V.b1p] = b1p; v[V.b2wp] = at(wordTags, b2); v[V.b2w] = at(words, b2); v[V.b2p] = b2p; v[V.s1wp] = s1wp;
    v[V.s1w] = s1w; v[V.s1p] = s1p; v[V.s2p] = at(tags, s2); v[V.s2w] = at(words, s2); v[V.s0lp] = at(tags, s0l); v[V.s0rp] = at(tags, s0r);
    v[V.b0lp] = at(tags, b0l); v[V.s1rp] = at(tags, s1r); v[V.s0l2p] = at(tags, s0l2); v[V.s0r2p] = at(tags, s0r2); v[V.b0l2p] = at(tags, b0l2);
    v[V.s1r2p] = at(tags, s1r2); v[V.s1lp] = at(tags, s1l); v[V.dS0B0] = dS0B0; v[V.dS1S0] = dS1S0; v[V.s0Vr] = count(state.rightCount, s0);
    v[V.s0Vl] = count(state.leftCount, s0); v[V.b0Vl] = count(state.leftCount, b0); v[V.s1Vr] = count(state.rightCount, s1);
    v[V.s0lw] = at(words, s0l); v[V.s0ll] = labelAt(labels, s0l); v[V.s0rw] = at(words, s0r); v[V.s0rl] = labelAt(labels, s0r);
    v[V.b0lw] = at(words, b0l); v[V.b0ll] = labelAt(labels, b0l); v[V.s1rw] = at(words, s1r); v[V.s1rl] = labelAt(labels, s1r);
    v[V.s0l2w] = at(words, s0l2); v[V.s0l2l] = labelAt(labels, s0l2); v[V.s0r2w] = at(words, s0r2); v[V.s0r2l] = labelAt(labels, s0r2);
    v[V.b0l2w] = at(words, b0l2); v[V.b0l2l] = labelAt(labels, b0l2); v[V.s1r2l] = labelAt(labels, s1r2); v[V.s1ll] = labelAt(labels, s1l);
    v[V.s0c] = s0c; v[V.b0c] = b0c; v[V.s1c] = s1c; v[V.b1c] = at(clusterOf, b1); v[V.s0Right] = s0Right; v[V.s0Left] = s0Left; v[V.b0Left] = b0Left;
    v[V.s1Right] = s1Right;
    return hashTemplates(this.clusters ? MOVE_TEMPLATES : MOVE_TEMPLATES_WITHOUT_CLUSTERS, v, out);
  }


  /**
   * Features for the relation of the arc a LEFT or RIGHT move makes (s0 as the
   * dependent; b0 or s1 as the head): the two words and tags, the direction and
   * distance, the dependent's children (a "case" child tells obl from obj), the
   * head's children so far (an aux:pass child tells nsubj:pass from nsubj), and
   * the dependent's neighbours in the text. Each feature is crossed with the
   * direction.
   */
  extractLabel(state: ArcHybridState, move: number, out: Uint32Array): number {
    const words = this.words;
    const tags = this.tags;
    const labels = state.labels;
    const d = state.stackAt(0);
    const h = state.headFor(move);
    const n = this.n;
    // The template ids are shifted by the direction: every feature is direction-specific.
    const dir = move * 64;
    const dw = at(words, d), dp = at(tags, d), dwp = feature(dw, dp);
    const hw = at(words, h), hp = at(tags, h), hwp = h === n ? feature(ROOT_WORD, ROOT_TAG) : feature(hw, hp);
    const dl = child(state.left1, d), dr = child(state.right1, d);
    const hl = child(state.left1, h), hr = child(state.right1, h);
    const dist = h === n ? 0 : distanceBucket(d, h);
    const dc = this.clusterOf[d]!, hc = this.clusterOf[h]!;
    // The values the templates read (LABEL_TEMPLATES), then the templates hashed in one loop.
    const l = this.labelValues;
    l[L.zero] = 0; l[L.dw] = dw; l[L.dp] = dp; l[L.dwp] = dwp; l[L.hw] = hw; l[L.hp] = hp; l[L.hwp] = hwp; l[L.dist] = dist; l[L.dlp] = at(tags, dl);
    l[L.dll] = labelAt(labels, dl); l[L.drp] = at(tags, dr); l[L.drl] = labelAt(labels, dr); l[L.dLeftSet] = labelSet(state.leftLabels, d);
    l[L.dRightSet] = labelSet(state.rightLabels, d); l[L.hLeftSet] = labelSet(state.leftLabels, h); l[L.hRightSet] = labelSet(state.rightLabels, h);
    l[L.beforeP] = d > 0 ? at(tags, d - 1) : NONE; l[L.afterP] = d + 1 < n ? at(tags, d + 1) : NONE;
    l[L.afterW] = d + 1 < n ? at(words, d + 1) : NONE; l[L.hll] = labelAt(labels, hl); l[L.hrl] = labelAt(labels, hr); l[L.dlw] = at(words, dl);
    l[L.first] = d === 0 ? 1 : 0; l[L.drw] = at(words, dr); l[L.dc] = dc; l[L.hc] = hc;
    return hashTemplates(this.clusters ? LABEL_TEMPLATES : LABEL_TEMPLATES_WITHOUT_CLUSTERS, l, out, dir);
  }

}