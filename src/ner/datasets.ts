/**
 * The NER datasets of ../shared/data/ner as data: where each lives, how it is read,
 * how its types map to PER/ORG/LOC, and whether it may be trained on.
 * See ../shared/data/ner/SOURCES.md for licences and conventions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  bioFromSpans,
  readColumnText,
  readConlluText,
  spansFromBio,
  typeMapper,
  type TaggedDocument,
  type TaggedSentence,
  type NerType,
  type TypeMapper,
} from './corpus.js';
import { countryList } from './countries.js';

/** Our own labels, and the common spellings of them in other corpora. */
export const GENERIC_TYPES: TypeMapper = typeMapper({
  PER: 'PER', PERSON: 'PER', ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
});

export interface NerDataset {
  id: string;
  /** Folder under the NER data root. */
  dir: string;
  /** File names matched in that folder (sorted before reading, so order is stable). */
  files: RegExp;
  format: 'column' | 'conllu';
  mapType: TypeMapper;
  sentencePerDocument?: boolean;
  /** Evaluation-only data is never trained or tuned on. */
  role: 'train' | 'eval';
  /** Repairs a sentence while it still has the dataset's own types (before mapping). */
  rawAdapt?: (sentence: TaggedSentence) => TaggedSentence;
  /** Drops (null) or repairs a sentence whose annotation convention differs from UNER's. */
  adapt?: (sentence: TaggedSentence) => TaggedSentence | null;
  reason: string;
}

/** re3d marks pronouns as entities ("I" a Person, "We" an Organisation); names only count here. */
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'our', 'their', 'its', 'his', 'my']);
/** Words that may start a re3d span but not a UNER one ("the Kurdish YPG" → "Kurdish YPG"). */
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);
/** Lower-case words that may sit inside a name ("Bank of England", "Ministry for the Interior"). */
const NAME_FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'al', 'la', 'le', 'von', 'van', 'der', 'on', 'in', '&', "'s"]);

/**
 * re3d marks nominal groups as entities ("U.S. service members" is an Organisation);
 * UNER marks names only. Articles in front are trimmed; a sentence with a span that
 * still holds a lower-case content word is dropped rather than trained on either way.
 */
export function adaptRe3d(sentence: TaggedSentence): TaggedSentence | null {
  const spans = [];
  for (const span of spansFromBio(sentence.tags)) {
    let start = span.start;
    while (start < span.end && LEADING_ARTICLES.has(sentence.tokens[start]!.toLowerCase())) start++;
    if (start === span.end) continue;
    // "US" is a country in news, whatever the case: only the exact pronouns go.
    if (span.end - start === 1 && PRONOUNS.has(sentence.tokens[start]!.toLowerCase()) && sentence.tokens[start] !== 'US') continue;
    for (let i = start; i < span.end; i++) {
      const token = sentence.tokens[i]!;
      if (/^\p{Ll}/u.test(token) && !NAME_FUNCTION_WORDS.has(token)) return null;
    }
    spans.push({ ...span, start });
  }
  return { ...sentence, tags: bioFromSpans(sentence.tokens.length, spans) };
}

/**
 * Titles in front of a name: UNER leaves them out ("President [Obama]"), GUM and re3d
 * keep them inside the person mention.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'secretary', 'senator', 'sen.', 'governor', 'gov.', 'king', 'queen', 'prince', 'princess',
  'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'sir', 'lord', 'lady', 'general', 'gen.', 'minister', 'prime',
  'chancellor', 'pope', 'judge', 'justice', 'professor', 'prof.', 'rev.', 'reverend', 'mayor', 'chairman', 'chief',
  'captain', 'capt.', 'colonel', 'col.', 'lt.', 'sgt.', 'rep.', 'representative', 'ambassador', 'emperor', 'sheikh',
  'ayatollah', 'cardinal', 'bishop', 'archbishop', 'commander', 'admiral', 'marshal', 'deputy', 'foreign', 'defence', 'defense',
]);

/**
 * "President of the United States", "King of Athens": GUM makes the whole a person
 * mention with a proper-noun title; UNER tags only the place. Such a "name" is a
 * role, so the names nested in it are taken instead.
 */
export function isNotRole(words: readonly string[], type: NerType): boolean {
  return !(type === 'PER' && words.length > 2 && PERSON_TITLES.has(words[0]!.toLowerCase()) && words[1] === 'of');
}

/** Re-tags a sentence after stripping leading titles from PER spans; a span of titles only goes. */
export function stripPersonTitles(sentence: TaggedSentence): TaggedSentence {
  const spans = [];
  for (const span of spansFromBio(sentence.tags)) {
    let start = span.start;
    if (span.type === 'PER') while (start < span.end && PERSON_TITLES.has(sentence.tokens[start]!.toLowerCase())) start++;
    if (start < span.end) spans.push({ ...span, start });
  }
  return { ...sentence, tags: bioFromSpans(sentence.tokens.length, spans) };
}

const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  countryList().flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3)]).map((n) => n.toLowerCase()),
);

/** GUM calls a country acting as a government an organisation; UNER calls it a place. */
export function countriesAsPlaces(sentence: TaggedSentence): TaggedSentence {
  const spans = spansFromBio(sentence.tags).map((span) => {
    const text = sentence.tokens.slice(span.start, span.end).join(' ').toLowerCase();
    return span.type === 'ORG' && COUNTRY_NAMES.has(text) ? { ...span, type: 'LOC' } : span;
  });
  return { ...sentence, tags: bioFromSpans(sentence.tokens.length, spans) };
}

/** Demonyms and their plurals from world-countries: "Iraqi", "Iraqis", "French". */
const DEMONYMS: ReadonlySet<string> = new Set(
  countryList().flatMap((c) => {
    const english = c.demonyms['eng'];
    return english ? [english.m, english.f, `${english.m}s`, `${english.f}s`] : [];
  }),
);

/**
 * UNER tags no demonyms ("Israeli air strikes", "Iraqis"); BTC tags them as places
 * and GUM as people. A one-token span that is a demonym becomes O in training data.
 */
export function demonymsAreNotNames(sentence: TaggedSentence): TaggedSentence {
  const spans = spansFromBio(sentence.tags).filter((span) => !(span.end - span.start === 1 && DEMONYMS.has(sentence.tokens[span.start]!)));
  return { ...sentence, tags: bioFromSpans(sentence.tokens.length, spans) };
}

const COUNTRY_PHRASES: readonly string[][] = [...COUNTRY_NAMES].map((name) => name.split(' '));

/**
 * CrossNER nests nothing: "1992 United Kingdom general election" is one election
 * span, and the names inside it are O, where UNER tags them. Inside the spans that
 * are not PER/ORG/LOC (election, event, misc), a country name becomes LOC; other
 * capitalised words but demonyms are marked unknown ("1999 Manitoba general
 * election": UNER would tag Manitoba, CrossNER says nothing), the rest stays O.
 * Applied to the raw tags, before type mapping.
 */
export function countriesInsideOtherSpans(sentence: TaggedSentence, otherTypes: ReadonlySet<string>): TaggedSentence {
  const spans = spansFromBio(sentence.tags);
  const kept = spans.filter((span) => !otherTypes.has(span.type));
  const unknown = new Uint8Array(sentence.tokens.length);
  for (const span of spans) {
    if (!otherTypes.has(span.type)) continue;
    for (let i = span.start; i < span.end; i++) {
      const match = COUNTRY_PHRASES.filter((p) => i + p.length <= span.end && p.every((w, k) => sentence.tokens[i + k]!.toLowerCase() === w))
        .sort((a, b) => b.length - a.length)[0];
      if (!match) {
        const token = sentence.tokens[i]!;
        if (/^\p{Lu}/u.test(token) && !DEMONYMS.has(token)) unknown[i] = 1;
        continue;
      }
      kept.push({ start: i, end: i + match.length, type: 'country' });
      i += match.length - 1;
    }
  }
  kept.sort((a, b) => a.start - b.start);
  const tagged = { ...sentence, tags: bioFromSpans(sentence.tokens.length, kept) };
  return unknown.includes(1) ? { ...tagged, unknown } : tagged;
}

export const NER_DATASETS: readonly NerDataset[] = [
  {
    id: 'gum', dir: 'gum/dep', files: /\.conllu$/, format: 'conllu', role: 'train',
    mapType: typeMapper({ person: 'PER', organization: 'ORG', place: 'LOC' }),
    adapt: (sentence) => countriesAsPlaces(sentence),
    reason: 'Six genres of carefully annotated English; names only are kept (see readConlluText).',
  },
  {
    id: 'wikigold', dir: 'wikigold', files: /\.conll\.txt$/, format: 'column', role: 'train',
    mapType: GENERIC_TYPES,
    reason: 'Wikipedia in CoNLL-2003 conventions (IOB1); MISC becomes O as UNER has none.',
  },
  {
    id: 'btc', dir: 'btc', files: /\.conll$/, format: 'column', role: 'train', sentencePerDocument: true,
    mapType: GENERIC_TYPES,
    reason: 'Tweets: lower-case and noisy names, as in UNER EWT web text.',
  },
  {
    id: 'wnut17', dir: 'wnut17', files: /^(wnut17train|emerging\.dev)\.conll$/, format: 'column', role: 'train', sentencePerDocument: true,
    // Groups are bands, teams and parties, which UNER calls ORG; products and creative works are not PER/ORG/LOC.
    mapType: typeMapper({ person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG' }),
    reason: 'Social media with rare, emerging names; the test file is left out to stay comparable with WNUT.',
  },
  {
    id: 're3d', dir: 're3d', files: /\.conll$/, format: 'column', role: 'train',
    mapType: typeMapper({ Person: 'PER', Organisation: 'ORG', Location: 'LOC' }),
    adapt: (sentence) => { const adapted = adaptRe3d(sentence); return adapted && countriesAsPlaces(adapted); },
    reason: 'Defence and foreign-affairs documents: the domain we care about; nominal groups are filtered out.',
  },
  {
    id: 'crossner-politics', dir: 'crossner-politics', files: /^(train|dev)\.txt$/, format: 'column', role: 'train',
    mapType: typeMapper({ politician: 'PER', person: 'PER', organisation: 'ORG', politicalparty: 'ORG', country: 'LOC', location: 'LOC' }),
    rawAdapt: (sentence) => countriesInsideOtherSpans(sentence, new Set(['election', 'event', 'misc'])),
    reason: 'Wikipedia politics: parties, politicians and countries.',
  },
  {
    id: 'uner-ewt-dev', dir: 'uner-en-ewt', files: /dev\.iob2$/, format: 'column', role: 'train',
    mapType: GENERIC_TYPES,
    reason: 'UNER web text, dev split: the target convention itself (trained on; never the test split).',
  },
  {
    id: 'uner-ewt-test', dir: 'uner-en-ewt', files: /test\.iob2$/, format: 'column', role: 'eval',
    mapType: GENERIC_TYPES,
    reason: 'Held-out evaluation: never trained or tuned on.',
  },
  {
    id: 'uner-pud-test', dir: 'uner-en-pud', files: /test\.iob2$/, format: 'column', role: 'eval',
    mapType: GENERIC_TYPES,
    reason: 'Held-out evaluation (news and Wikipedia): never trained or tuned on.',
  },
];

/** Files of a dataset under the data root, sorted. Directories are walked one level deep (re3d's sources). */
export function datasetFiles(root: string, dataset: NerDataset): string[] {
  const dir = join(root, dataset.dir);
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const inner of readdirSync(path).sort()) if (dataset.files.test(inner)) files.push(join(path, inner));
    } else if (dataset.files.test(name)) {
      files.push(path);
    }
  }
  return files;
}

/** Reads one dataset, adapting its sentences; documents left without sentences are dropped. */
export function readDataset(root: string, dataset: NerDataset): TaggedDocument[] {
  const documents: TaggedDocument[] = [];
  for (const file of datasetFiles(root, dataset)) {
    const text = readFileSync(file, 'utf8');
    const source = `${dataset.id}/${basename(file)}`;
    const read = dataset.format === 'conllu'
      ? readConlluText(text, { source, mapType: dataset.mapType, acceptName: isNotRole })
      : readColumnText(text, { source, mapType: dataset.mapType, sentencePerDocument: dataset.sentencePerDocument ?? false, ...(dataset.rawAdapt ? { adaptRaw: dataset.rawAdapt } : {}) });
    for (const document of read) {
      let sentences = dataset.adapt ? document.sentences.map(dataset.adapt).filter((s): s is TaggedSentence => s !== null) : document.sentences;
      // UNER's conventions for every training set: demonyms are no names, titles are outside a person's name.
      if (dataset.role === 'train') sentences = sentences.map((sentence) => stripPersonTitles(demonymsAreNotNames(sentence)));
      if (sentences.length > 0) documents.push({ id: document.id, sentences });
    }
  }
  return documents;
}

/**
 * Reads a file or a folder of NER data for evaluation, by extension: `.conllu` as
 * GUM-style CoNLL-U, anything else as a column file with PER/ORG/LOC-like labels.
 */
export function readNerPath(path: string, format?: 'column' | 'conllu'): TaggedDocument[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path).sort().map((name) => join(path, name)).filter((p) => statSync(p).isFile() && /\.(conllu|iob2?|conll|txt|bio)$/.test(p))
    : [path];
  const gum = NER_DATASETS.find((d) => d.id === 'gum')!;
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const asConllu = format ? format === 'conllu' : file.endsWith('.conllu');
    return asConllu
      ? readConlluText(text, { source: basename(file), mapType: gum.mapType })
      : readColumnText(text, { source: basename(file), mapType: GENERIC_TYPES });
  });
}
