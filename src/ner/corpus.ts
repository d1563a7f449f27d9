/**
 * Readers for the NER corpora in ../shared/data/ner, all producing sentences in
 * BIO (IOB2) over the three types we evaluate: PER, ORG, LOC.
 *
 * Two families of formats:
 * - token-per-line column files (CoNLL-2003 style, WNUT, BTC, re3d, CrossNER,
 *   wikigold's IOB1, and UNER's "idx token tag - annotator" layout), with a blank
 *   line between sentences and -DOCSTART- or `# newdoc id =` between documents;
 * - CoNLL-U with GUM's coreference brackets in MISC (`Entity=(3-person-…` … `3)`),
 *   where every mention, named or not, is an entity and we keep proper names only.
 *
 * Each dataset names its types differently; a `TypeMapper` says which raw type
 * becomes which of ours (or none: the tokens become O).
 */

export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export interface TaggedSentence {
  tokens: string[];
  /** BIO tags over NER_TYPES: 'O', 'B-PER', 'I-LOC', … */
  tags: string[];
  /**
   * 1 where the token's label is unknown: a corpus left the names inside a span of a type we do
   * not use untyped ("1999 Manitoba general election"). Training lets such a token take the tag
   * the current model likes best instead of teaching it O (train.ts).
   */
  unknown?: Uint8Array;
}

export interface TaggedDocument {
  id: string;
  /** Training weight of the document's sentences (1 when absent). */
  weight?: number;
  sentences: TaggedSentence[];
}

/** Maps a dataset's raw entity type ("person", "Organisation", "MISC") to ours, or null for O. */
export type TypeMapper = (rawType: string) => NerType | null;

export function isNerType(value: string): value is NerType {
  return (NER_TYPES as readonly string[]).includes(value);
}

/** A mapper from a table of raw types (compared case-insensitively); unlisted types become O. */
export function typeMapper(table: Record<string, NerType>): TypeMapper {
  const lower = new Map(Object.entries(table).map(([raw, type]) => [raw.toLowerCase(), type]));
  return (raw) => lower.get(raw.toLowerCase()) ?? null;
}

/** A span of tokens [start, end) with a type. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Spans from a BIO sequence with conlleval's semantics: an I-X that does not
 * continue an X span (after O, or after another type) starts a new span, as B-X would.
 */
export function spansFromBio(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag.length > 2 && tag[1] === '-' ? tag[0] : 'O';
    const type = prefix === 'O' ? '' : tag.slice(2);
    const continues = prefix === 'I' && open !== undefined && open.type === type;
    if (continues) continue;
    if (open) {
      open.end = i;
      spans.push(open);
      open = undefined;
    }
    if (prefix === 'B' || prefix === 'I') open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}

/** BIO tags of `length` tokens with the given (non-overlapping) spans. */
export function bioFromSpans(length: number, spans: readonly TokenSpan[]): string[] {
  const tags: string[] = new Array<string>(length).fill('O');
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) tags[i] = (i === span.start ? 'B-' : 'I-') + span.type;
  }
  return tags;
}

export type TagScheme = 'iob1' | 'iob2';

/**
 * Re-tags raw tags (IOB1 or IOB2, raw type names) as IOB2 over our types. In IOB1
 * a span opens with I- and B- only separates two adjacent spans of one type;
 * spansFromBio reads both schemes alike, because it opens a span at any I-X that
 * does not continue an X.
 */
export function mapTags(rawTags: readonly string[], mapType: TypeMapper): string[] {
  const spans: TokenSpan[] = [];
  for (const span of spansFromBio(rawTags)) {
    const type = mapType(span.type);
    if (type) spans.push({ ...span, type });
  }
  return bioFromSpans(rawTags.length, spans);
}

export interface ColumnReadOptions {
  /** Used for document ids: `${source}#${n}`. */
  source: string;
  mapType: TypeMapper;
  /**
   * Each sentence its own document: for tweets and other collections of unrelated
   * short texts, so document-level evidence never crosses between them.
   */
  sentencePerDocument?: boolean;
  /** Repairs a sentence while its tags still carry the file's own types (before mapType). */
  adaptRaw?: (sentence: TaggedSentence) => TaggedSentence;
}

/**
 * Reads a token-per-line column file. The token is the first column and the tag
 * the last, except in UNER's layout ("1<TAB>word<TAB>B-LOC<TAB>-<TAB>annotator"),
 * recognised by a numeric first column among five, where they are columns 2 and 3.
 * Columns are tab-separated when the line has a tab, else space-separated.
 * Lines starting with '#' are comments; `# newdoc` and -DOCSTART- start a document.
 */
export function readColumnText(text: string, options: ColumnReadOptions): TaggedDocument[] {
  const documents: TaggedDocument[] = [];
  let sentences: TaggedSentence[] = [];
  let tokens: string[] = [];
  let rawTags: string[] = [];
  const endSentence = (): void => {
    if (tokens.length > 0) {
      const raw = options.adaptRaw ? options.adaptRaw({ tokens, tags: rawTags }) : { tokens, tags: rawTags };
      sentences.push({ ...raw, tags: mapTags(raw.tags, options.mapType) });
    }
    tokens = [];
    rawTags = [];
    if (options.sentencePerDocument) endDocument();
  };
  const endDocument = (): void => {
    if (sentences.length > 0) documents.push({ id: `${options.source}#${documents.length + 1}`, sentences });
    sentences = [];
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    if (line.startsWith('# newdoc')) {
      endSentence();
      endDocument();
      continue;
    }
    // UD-style comments ("# text = …"); a token "#" or "#hashtag" has a tag column instead.
    if (/^# [\w.:-]+ = /.test(line)) continue;
    const columns = line.includes('\t') ? line.split('\t') : line.split(/ +/);
    if (columns.length < 2) continue;
    const unerLayout = columns.length >= 5 && /^\d+$/.test(columns[0]!);
    const token = unerLayout ? columns[1]! : columns[0]!;
    const tag = unerLayout ? columns[2]! : columns[columns.length - 1]!;
    if (token === '-DOCSTART-') {
      endSentence();
      endDocument();
      continue;
    }
    tokens.push(token);
    rawTags.push(tag);
  }
  endSentence();
  endDocument();
  return documents;
}

export interface ConlluReadOptions {
  source: string;
  mapType: TypeMapper;
  /** Rejects a candidate name (its words, its mapped type), letting names nested in it be taken instead. */
  acceptName?: (words: readonly string[], type: NerType) => boolean;
}

interface ConlluToken {
  form: string;
  upos: string;
  misc: string;
}

/** Parts of speech that may sit inside a proper name ("Bank of England", "Rio de Janeiro"). */
const NAME_INNER_UPOS = new Set(['PROPN', 'ADP', 'DET', 'CCONJ', 'PART', 'PUNCT', 'NUM']);

/**
 * Reads CoNLL-U with entity brackets in MISC (GUM's `Entity=`). GUM annotates every
 * mention ("the man" is a person), so only names are kept: after trimming leading
 * determiners and edge punctuation, a mention must start and end with a proper noun
 * (UPOS PROPN or XPOS NNP/NNPS) and contain nothing but proper nouns and function words. A
 * mention that is a name after modifiers ("early Athens", "mainland Australia", "the younger
 * John Edleston") gives that name: GUM annotates such a mention once, without a nested name,
 * and dropping it taught the tagger that "Athens" there is no name. Of nested names the
 * outermost wins ("[University of [California]]" is one ORG).
 */
export function readConlluText(text: string, options: ConlluReadOptions): TaggedDocument[] {
  const documents: TaggedDocument[] = [];
  let sentences: TaggedSentence[] = [];
  let tokens: ConlluToken[] = [];
  let docId = `${options.source}#1`;
  const endSentence = (): void => {
    if (tokens.length > 0) sentences.push(sentenceFromConllu(tokens, options.mapType, options.acceptName));
    tokens = [];
  };
  const endDocument = (): void => {
    if (sentences.length > 0) documents.push({ id: docId, sentences });
    sentences = [];
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    if (line === '') {
      endSentence();
      continue;
    }
    if (line.startsWith('#')) {
      const newdoc = /^# newdoc id = (.+)$/.exec(line);
      if (newdoc) {
        endSentence();
        endDocument();
        docId = `${options.source}#${newdoc[1]!}`;
      }
      continue;
    }
    const columns = line.split('\t');
    // Multiword-token ranges ("3-4") and empty nodes ("5.1") are not surface tokens of their own.
    if (columns.length < 10 || !/^\d+$/.test(columns[0]!)) continue;
    // GUM gives "United" in "United States" UPOS VERB but XPOS NNP: the XPOS says it is part of a name.
    const upos = /^NNPS?$/.test(columns[4]!) ? 'PROPN' : columns[3]!;
    tokens.push({ form: columns[1]!, upos, misc: columns[9]! });
  }
  endSentence();
  endDocument();
  return documents;
}

/** Entity mentions of one sentence from GUM brackets: `(id-type-…` opens, `id)` or a trailing `)` closes. */
export function conlluMentions(tokens: readonly { misc: string }[]): TokenSpan[] {
  const mentions: TokenSpan[] = [];
  const open = new Map<string, { start: number; type: string }[]>();
  const bracket = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;
  tokens.forEach((token, i) => {
    const entity = token.misc.split('|').find((field) => field.startsWith('Entity='));
    if (!entity) return;
    for (const match of entity.slice('Entity='.length).matchAll(bracket)) {
      if (match[1] !== undefined) {
        const type = match[2]!;
        if (match[3] !== undefined) mentions.push({ start: i, end: i + 1, type });
        else open.set(match[1], [...(open.get(match[1]) ?? []), { start: i, type }]);
      } else {
        const stack = open.get(match[4]!);
        const opened = stack?.pop();
        if (opened) mentions.push({ start: opened.start, end: i + 1, type: opened.type });
      }
    }
  });
  return mentions;
}

function sentenceFromConllu(tokens: readonly ConlluToken[], mapType: TypeMapper, acceptName?: ConlluReadOptions['acceptName']): TaggedSentence {
  const names: TokenSpan[] = [];
  for (const mention of conlluMentions(tokens)) {
    const type = mapType(mention.type);
    if (!type) continue;
    // "Yekaterinburg, Russia" is one GUM place but two UNER names: split at commas.
    let partStart = mention.start;
    for (let i = mention.start; i <= mention.end; i++) {
      if (i < mention.end && tokens[i]!.form !== ',') continue;
      const name = trimToName(tokens, partStart, i) ?? headName(tokens, partStart, i);
      if (name && (!acceptName || acceptName(tokens.slice(name.start, name.end).map((t) => t.form), type))) names.push({ ...name, type });
      partStart = i + 1;
    }
  }
  // Outermost first; a name inside one already taken is part of it.
  names.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: TokenSpan[] = [];
  for (const name of names) {
    if (taken.every((t) => name.end <= t.start || name.start >= t.end)) taken.push(name);
  }
  return { tokens: tokens.map((t) => t.form), tags: bioFromSpans(tokens.length, taken) };
}

function trimToName(tokens: readonly ConlluToken[], start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && (tokens[s]!.upos === 'DET' || tokens[s]!.upos === 'PUNCT')) s++;
  while (e > s && (tokens[e - 1]!.upos === 'PUNCT' || tokens[e - 1]!.upos === 'PART')) e--;
  if (s >= e || tokens[s]!.upos !== 'PROPN' || tokens[e - 1]!.upos !== 'PROPN') return null;
  for (let i = s; i < e; i++) if (!NAME_INNER_UPOS.has(tokens[i]!.upos)) return null;
  return { start: s, end: e };
}

/** The longest name that ends a mention ("early [Athens]"); null when none does ("the US navy"). */
function headName(tokens: readonly ConlluToken[], start: number, end: number): { start: number; end: number } | null {
  for (let s = start + 1; s < end; s++) {
    const name = trimToName(tokens, s, end);
    if (name) return name;
  }
  return null;
}

/** Every sentence of every document, in order. */
export function allSentences(documents: readonly TaggedDocument[]): TaggedSentence[] {
  return documents.flatMap((d) => d.sentences);
}
