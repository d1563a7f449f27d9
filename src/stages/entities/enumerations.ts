/**
 * Names in an enumeration share a type: "Oxfam , War on Want , and Christian Aid", "FRELIMO , RENAMO
 * and the Democratic Union". When the model types two or more items of a list of capitalised names
 * alike and leaves others untagged, the untagged items are names of that type. The model tags each
 * name from its own words and window; the list is evidence it cannot see past two words.
 */
import { isCapitalised } from '../../ner/features.js';

/** Lower-case words that may stand inside a name ("War on Want", "Save the Children", "Party for the Animals"). */
const NAME_INNER: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'to', 'in', 'against', 'de', 'du', 'des', 'la', 'le', "'s"]);
/** Articles before an item, outside the name ("the Campaign for Nuclear Disarmament"). */
const ITEM_ARTICLES: ReadonlySet<string> = new Set(['the', 'The']);
/** Conjunctions that close an enumeration ("A , B and C", "A , B , or C"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or']);
/** Tokens that join a name to the word before ("Workers ' Left", "Anti - War"): no list starts after them. */
const NAME_JOINERS: ReadonlySet<string> = new Set(["'", '’', '-', '–']);
/** Longest untagged item read as a name: longer capitalised runs are more often titles or headlines. */
const MAX_ITEM_WORDS = 7;

interface Item {
  start: number;
  end: number;
  /** The span that is the whole item, or undefined for an untagged item. */
  type?: string;
}

/**
 * Spans plus the untagged items of enumerations whose tagged items (two or more) all have one type.
 * The list must close with "and"/"or" before its last item ("Houston , Texas , Monday" is no list),
 * and hold at least as many tagged items as untagged ones.
 */
export function withEnumeratedNames<S extends { start: number; end: number; type: string }>(words: readonly string[], spans: readonly S[], isDemonym: (start: number, end: number) => boolean): S[] {
  const spanAt = new Map<number, S>();
  const covered = new Uint8Array(words.length);
  for (const span of spans) {
    spanAt.set(span.start, span);
    covered.fill(1, span.start, span.end);
  }
  const added: S[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i] && !spanAt.has(i)) continue;
    // An item starts a list only where no capitalised word runs into it from the left.
    if (i > 0 && !covered[i] && (isCapitalised(words[i - 1]!) || NAME_JOINERS.has(words[i - 1]!))) continue;
    const items = readList(words, spanAt, covered, i);
    if (!items) continue;
    const tagged = items.filter((item) => item.type !== undefined);
    const untagged = items.filter((item) => item.type === undefined);
    const type = tagged[0]?.type;
    if (tagged.length >= 2 && untagged.length >= 1 && untagged.length <= tagged.length && tagged.every((item) => item.type === type)) {
      for (const [k, item] of items.entries()) {
        if (item.type !== undefined || !isListedItem(words, items, k, isDemonym)) continue;
        added.push({ start: item.start, end: item.end, type } as S);
      }
    }
    i = items[items.length - 1]!.end - 1;
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether untagged item k is surely an item of the list: one that is not last is followed by a comma, and the last
 * one by no "and" + capitalised word ("Peace and Freedom Party" is one name); the first needs four items or more ("During … World War II ,
 * the United Kingdom and France": a phrase before a list of three looks like its first item); a
 * demonym or language ("Catholic", "Kannada") is no name of its own.
 */
function isListedItem(words: readonly string[], items: readonly Item[], k: number, isDemonym: (start: number, end: number) => boolean): boolean {
  const item = items[k]!;
  if (k < items.length - 1 && words[item.end] !== ',') return false;
  // The last one goes on over "and" into a longer name: "the [Peace] and Freedom Party".
  if (k === items.length - 1 && CONJUNCTIONS.has(words[item.end] ?? '') && isCapitalised(words[item.end + 1] ?? '')) return false;
  // After a bare "and", a name with "of" before it may go on: "the Political Party of Radicals and Democrats 66".
  const previous = items[k - 1];
  if (k === items.length - 1 && previous && words[item.start - 1] !== ',' && words[item.start - 2] !== ',' && hasInnerWord(words, previous)) return false;
  if (k === 0 && items.length < 4) return false;
  return !isDemonym(item.start, item.end);
}

function hasInnerWord(words: readonly string[], item: Item): boolean {
  for (let i = item.start + 1; i < item.end - 1; i++) if (NAME_INNER.has(words[i]!)) return true;
  return false;
}

/** The items of an enumeration starting at `start` (three or more, closed by a conjunction), or undefined. */
function readList(words: readonly string[], spanAt: ReadonlyMap<number, { end: number; type: string }>, covered: Uint8Array, start: number): Item[] | undefined {
  // The first item before any list is made: this is tried at most words of every sentence.
  let item = readItem(words, spanAt, covered, start, start === 0);
  if (!item) return undefined;
  const items: Item[] = [];
  let closed = false;
  for (;;) {
    items.push(item);
    if (closed) break;
    // The separator: ",", "and", "or", ", and", ", or".
    let k = item.end;
    if (words[k] === ',') k++;
    if (CONJUNCTIONS.has(words[k] ?? '')) {
      k++;
      closed = true;
    }
    if (k === item.end || covered[k - 1]) break;
    item = readItem(words, spanAt, covered, k, false);
    if (!item) return undefined;
  }
  return closed && items.length >= 3 ? items : undefined;
}

/** One item at `i`: a span (after an optional article), or an untagged capitalised name. */
function readItem(words: readonly string[], spanAt: ReadonlyMap<number, { end: number; type: string }>, covered: Uint8Array, i: number, atSentenceStart: boolean): Item | undefined {
  if (ITEM_ARTICLES.has(words[i] ?? '') && !covered[i]) i++;
  const span = spanAt.get(i);
  if (span) return { start: i, end: span.end, type: span.type };
  if (covered[i] || !isCapitalised(words[i] ?? '')) return undefined;
  // Not the end of a longer name the model cut ("[Coalition] Avenir Québec").
  if (i > 0 && isCapitalised(words[i - 1]!)) return undefined;
  let end = i + 1;
  let lastCapital = i;
  while (end < words.length && end - i < MAX_ITEM_WORDS && !covered[end] && (isCapitalised(words[end]!) || NAME_INNER.has(words[end]!))) {
    if (isCapitalised(words[end]!)) lastCapital = end;
    end++;
  }
  // A name that runs on into a span the model found ("Ordre des [Palmes Académiques]") is none of its own.
  if (end < words.length && covered[end]) return undefined;
  end = lastCapital + 1;
  // A lone capitalised word opening the sentence is as likely an ordinary word ("However , …").
  if (atSentenceStart && end - i === 1) return undefined;
  // The item must end where the list goes on or ends: not inside a longer capitalised run.
  if (end < words.length && covered[end]) return undefined;
  return { start: i, end };
}
