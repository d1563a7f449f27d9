/**
 * Penn Treebank bracketed parses (as the PETRARCH records carry them) turned into
 * the coder's sentence frame: noun phrases as trees, and one clause per verb
 * phrase whose verb the dictionary knows, with its subject found by climbing to
 * the nearest clause that has one ("Gollum was seen to break into …": Gollum).
 */
import type { Clause, NounPhrase, SentenceFrame } from '../../stages/events/sentence-frame.js';

export interface TreeNode {
  label: string;
  children: TreeNode[];
  /** Leaf: its word and its index in the sentence. */
  word?: string;
  index?: number;
  parent?: TreeNode;
  start: number;
  end: number;
}

const MAX_TREE_CHARS = 200_000;

/** Parses one bracketed tree; throws on unbalanced input. */
export function parseTree(text: string): TreeNode {
  if (text.length > MAX_TREE_CHARS) throw new Error(`parse tree of ${text.length} characters is over the ${MAX_TREE_CHARS} limit`);
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let pos = 0;
  let leaves = 0;
  const node = (): TreeNode => {
    if (tokens[pos] !== '(') throw new Error(`expected ( at token ${pos}`);
    pos++;
    const label = tokens[pos] !== '(' ? tokens[pos++]! : '';
    const n: TreeNode = { label, children: [], start: leaves, end: leaves };
    while (pos < tokens.length && tokens[pos] !== ')') {
      if (tokens[pos] === '(') {
        const c = node();
        c.parent = n;
        n.children.push(c);
      } else {
        n.word = tokens[pos++]!;
        n.index = leaves++;
      }
    }
    if (tokens[pos] !== ')') throw new Error('unbalanced parse tree');
    pos++;
    n.end = leaves;
    return n;
  };
  return node();
}

export function leaves(n: TreeNode): TreeNode[] {
  return n.word !== undefined ? [n] : n.children.flatMap(leaves);
}

const isNp = (n: TreeNode): boolean => n.label === 'NP' || n.label === 'NML' || n.label === 'WHNP';
const isClause = (n: TreeNode): boolean => /^(S|SINV|SQ|SBAR|SBARQ)$/.test(n.label);
const NEGATORS = new Set(['NOT', "N'T", 'NEVER']);

/** A noun phrase node as the coder's phrase: coordination as parts, PPs and possessors as modifiers. */
export function nounPhrase(n: TreeNode): NounPhrase {
  const np: NounPhrase = { start: n.start, end: n.end, own: [], parts: [], mods: [] };
  const npKids = n.children.filter(isNp);
  const coordinated = npKids.length > 1 && n.children.some((c) => c.label === 'CC' || c.label === ',');
  let headTaken = false;
  for (const c of n.children) {
    if (c.word !== undefined) np.own.push(c.index!);
    else if (isNp(c)) {
      const sub = nounPhrase(c);
      const possessive = c.children.some((k) => k.label === 'POS');
      if (coordinated) np.parts.push(sub);
      else if (possessive) np.mods.push({ ...sub, possessor: true });
      else if (!headTaken) {
        // The first noun phrase heads this one: its words and modifiers are this phrase's.
        headTaken = true;
        np.own.push(...sub.own);
        np.parts.push(...sub.parts);
        np.mods.push(...sub.mods);
      } else np.mods.push(sub);
    } else if (c.label === 'PP') {
      for (const k of c.children) if (isNp(k)) np.mods.push(nounPhrase(k));
    } else if (!isClause(c) && c.label !== 'VP') {
      np.own.push(...leaves(c).map((l) => l.index!));
    }
  }
  return np;
}

/** Outermost noun phrases inside a node, in order (through PPs and clauses). */
function objectPhrases(n: TreeNode, out: NounPhrase[]): void {
  for (const c of n.children) {
    if (isNp(c)) {
      out.push(nounPhrase(c));
      // Phrases of a clause inside the noun phrase ("the roads [leading into Mordor]") follow it.
      for (const k of c.children) if (k.label === 'VP' || isClause(k)) objectPhrases(k, out);
    } else if (c.word === undefined) objectPhrases(c, out);
  }
}

const BE = new Set(['BE', 'IS', 'ARE', 'WAS', 'WERE', 'BEEN', 'BEING', "'S", "'RE"]);

/** Whether a participle's verb phrase sits under a form of "be" ("was opposed", "has been attacked"). */
function passiveAuxiliary(vp: TreeNode): boolean {
  const up = vp.parent;
  return up?.label === 'VP' && up.children.some((c) => c.word !== undefined && BE.has(c.word.toUpperCase()));
}

const isPronoun = (np: TreeNode): boolean => np.children.length === 1 && np.children[0]!.label === 'PRP';

/**
 * The subject of a verb phrase: the noun phrase before it in the nearest clause that has one. When the climb
 * crosses a clause without a subject ("abandoned efforts [to stop …]"), the verb phrase above it governs.
 */
function subjectOf(vp: TreeNode): { subject?: TreeNode; governor?: TreeNode } {
  let child: TreeNode = vp;
  let governor: TreeNode | undefined;
  let crossed = false;
  for (let p = vp.parent; p; child = p, p = p.parent) {
    if (p.label === 'VP') {
      if (crossed && !governor) governor = p;
      continue;
    }
    if (/^(S|SINV|SQ)$/.test(p.label)) {
      const i = p.children.indexOf(child);
      const np = p.children.slice(0, i).reverse().find(isNp);
      // A pronoun subject stands for the subject of the clause above ("Ethiopia indicated it would act").
      if (np && !isPronoun(np)) return governor ? { subject: np, governor } : { subject: np };
      crossed = true;
      continue;
    }
    // A verb phrase inside a noun phrase (a reduced relative) has that phrase as its subject.
    if (isNp(p)) return {};
  }
  return {};
}

/** The frame of a parsed sentence; `isVerb` says which verbs to make clauses for. */
export function frameFromTree(root: TreeNode, isVerb: (word: string) => boolean, date?: string): SentenceFrame {
  const all = leaves(root);
  const words = all.map((l) => l.word!.toUpperCase());
  const clauses: Clause[] = [];
  const clauseOf = new Map<TreeNode, number>();
  const governors: (TreeNode | undefined)[] = [];
  const visit = (n: TreeNode): void => {
    if (n.label === 'VP') {
      const verb = n.children.find((c) => c.word !== undefined && /^VB/.test(c.label));
      if (verb && isVerb(words[verb.index!]!)) {
        const { subject, governor } = subjectOf(n);
        const objects: NounPhrase[] = [];
        const after = { ...n, children: n.children.filter((c) => c.start > verb.index!) };
        objectPhrases(after, objects);
        objects.sort((a, b) => a.start - b.start);
        const negated = n.children.some((c) => c.word !== undefined && NEGATORS.has(c.word.toUpperCase())) || (n.parent?.label === 'VP' && n.parent.children.some((c) => c.word !== undefined && NEGATORS.has(c.word.toUpperCase())));
        const clause: Clause = { verb: verb.index!, start: subject ? subject.start : n.start, end: n.end, objects, negated };
        if (subject) clause.subject = nounPhrase(subject);
        // Passive only when it is one: PETRARCH's "+ *" patterns put the target before an active verb too
        // ("X received money from Y"), so an active clause is not marked passive: false here.
        if (verb.label === 'VBN' && passiveAuxiliary(n)) {
          clause.passive = true;
          const isBy = (c: TreeNode): boolean => c.label === 'PP' && c.children[0]?.word?.toUpperCase() === 'BY';
          // "was opposed by X", or "was opposed earlier by X" where the parser hangs the PP under the adverb.
          const by = n.children.find(isBy) ?? n.children.filter((c) => c.label === 'ADVP').flatMap((c) => c.children).find(isBy);
          const agent = by?.children.find(isNp);
          if (agent) clause.agent = nounPhrase(agent);
        }
        clauseOf.set(n, clauses.length);
        governors.push(governor);
        clauses.push(clause);
      }
    }
    n.children.forEach(visit);
  };
  visit(root);
  governors.forEach((g, i) => {
    // The governing verb phrase may not be a clause itself; then the nearest one above it is.
    for (let p = g; p; p = p.parent) {
      const ci = clauseOf.get(p);
      if (ci !== undefined && ci !== i) {
        clauses[i]!.governor = ci;
        break;
      }
    }
  });
  return { words, clauses, ...(date ? { date } : {}) };
}
