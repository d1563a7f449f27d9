/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
 * with the root at the end of the buffer (Ballesteros and Nivre 2013), and its
 * dynamic oracle (Goldberg and Nivre 2012, 2013): the cost of each move is the
 * number of gold arcs it makes unreachable, so training can go on from any
 * state, including the parser's own mistakes.
 *
 * Words are 0..n−1; n is the artificial root. The moves:
 * - SHIFT: push the buffer's first word b onto the stack (never the root);
 * - LEFT: s0 ← b with a label, pop s0 (onto the root only as the last word left on
 *   the stack, with label `root`, so a sentence has one root);
 * - RIGHT: s1 → s0 with a label, pop s0.
 * The parser chooses the move, then (for LEFT and RIGHT) the label.
 *
 * Each word's two leftmost and two rightmost children, child counts and child
 * label sets are kept as the parse grows: the parser's features read them.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVE_NAMES = ['SHIFT', 'LEFT', 'RIGHT'] as const;

/** Label sets are bit sets over the first 64 labels (two 32-bit halves). */
const SET_BITS = 32;

export class ArcHybridState {
  n = 0;
  /** The stack (bottom first) and its size. */
  stack = new Int32Array(64);
  depth = 0;
  /** The buffer's first word; n (the root) when only the root is left. */
  b = 0;
  heads = new Int32Array(64);
  labels = new Int32Array(64);
  /** Per word (and the root): leftmost, second leftmost, rightmost, second rightmost child; −1 none. */
  left1 = new Int32Array(64);
  left2 = new Int32Array(64);
  right1 = new Int32Array(64);
  right2 = new Int32Array(64);
  leftCount = new Int32Array(64);
  rightCount = new Int32Array(64);
  /** Label sets of the left and right children: [low 32 bits, high 32 bits] per word. */
  leftLabels = new Uint32Array(128);
  rightLabels = new Uint32Array(128);

  /** The state before the first move over a sentence of n words. */
  start(n: number): void {
    if (this.heads.length < n + 1) this.allocate(n * 2 + 2);
    this.n = n;
    this.depth = 0;
    this.b = 0;
    this.heads.fill(-1, 0, n + 1);
    this.labels.fill(-1, 0, n + 1);
    this.left1.fill(-1, 0, n + 1);
    this.left2.fill(-1, 0, n + 1);
    this.right1.fill(-1, 0, n + 1);
    this.right2.fill(-1, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
    this.leftLabels.fill(0, 0, 2 * n + 2);
    this.rightLabels.fill(0, 0, 2 * n + 2);
  }

  get done(): boolean {
    return this.depth === 0 && this.b === this.n;
  }

  /** The i-th word from the stack's top (0 = s0), or −1. */
  stackAt(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i]! : -1;
  }

  /** The i-th word of the buffer (0 = b; n is the root), or −1 past the root. */
  bufferAt(i: number): number {
    const w = this.b + i;
    return w <= this.n ? w : -1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  /** LEFT is possible at all (its label is checked by isValid). */
  canLeft(): boolean {
    return this.depth > 0 && (this.b < this.n || this.depth === 1);
  }

  canRight(): boolean {
    return this.depth > 1;
  }

  isValid(move: number): boolean {
    return move === SHIFT ? this.canShift() : move === LEFT ? this.canLeft() : this.canRight();
  }

  /** The head the arc of a LEFT or RIGHT move gives s0: b, or s1. */
  headFor(move: number): number {
    return move === LEFT ? this.b : this.stackAt(1);
  }

  /** Whether an arc by `move` may carry `label`: `rootLabel` for, and only for, the arc from the root. */
  labelAllowed(move: number, label: number, rootLabel: number): boolean {
    return (label === rootLabel) === (move === LEFT && this.b === this.n);
  }

  /** Applies a move; `label` is the arc's label (ignored by SHIFT). */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b++;
    } else {
      const s0 = this.stack[--this.depth]!;
      this.attach(move === LEFT ? this.b : this.stack[this.depth - 1]!, s0, label);
    }
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const bit = label % SET_BITS;
    const half = label < SET_BITS ? 0 : 1;
    if (dependent < head) {
      // LEFT: each new left child lies further left than the ones before.
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dependent;
      this.leftCount[head]!++;
      if (label < 2 * SET_BITS) this.leftLabels[head * 2 + half]! |= 1 << bit;
    } else {
      // RIGHT: each new right child lies further right than the ones before.
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dependent;
      this.rightCount[head]!++;
      if (label < 2 * SET_BITS) this.rightLabels[head * 2 + half]! |= 1 << bit;
    }
  }

  /**
   * The dynamic oracle: how many gold arcs each kind of move loses from here
   * (labels aside). `goldHeads` are 0..n (n = the root).
   */
  costs(goldHeads: Int32Array, out: { shift: number; left: number; right: number }): void {
    const { stack, depth, b, n } = this;
    const s0 = depth > 0 ? stack[depth - 1]! : -1;
    const s1 = depth > 1 ? stack[depth - 2]! : -1;
    // SHIFT: b can no longer take a head below s0 on the stack, nor any child on it.
    let shift = 0;
    if (b < n) {
      for (let i = 0; i < depth; i++) {
        const s = stack[i]!;
        if (goldHeads[s] === b) shift++;
        if (s !== s0 && goldHeads[b] === s) shift++;
      }
    }
    let left = 0;
    let right = 0;
    if (s0 >= 0) {
      // Popping s0 loses its children still in the buffer.
      let childrenInBuffer = 0;
      for (let w = b; w < n; w++) if (goldHeads[w] === s0) childrenInBuffer++;
      const h = goldHeads[s0]!;
      const headInBuffer = h >= b; // the root counts: it is at the buffer's end
      // LEFT: s0's head must be b; a head that is s1 or further in the buffer is lost.
      left = childrenInBuffer + ((h === s1 && s1 >= 0) || (headInBuffer && h !== b) ? 1 : 0);
      // RIGHT: s0's head must be s1; a head in the buffer is lost.
      right = childrenInBuffer + (headInBuffer ? 1 : 0);
    }
    out.shift = shift;
    out.left = left;
    out.right = right;
  }

  private allocate(size: number): void {
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels = new Int32Array(size);
    this.left1 = new Int32Array(size);
    this.left2 = new Int32Array(size);
    this.right1 = new Int32Array(size);
    this.right2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Uint32Array(size * 2);
    this.rightLabels = new Uint32Array(size * 2);
  }
}
