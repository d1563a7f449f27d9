/**
 * From token texts to typed entity spans: the trained recogniser (src/ner) finds
 * PER, ORG and LOC spans; written-down rules refine them into the types of the
 * data model, where the training data cannot tell them apart:
 *
 *  0. a span followed by capitalised words that end in an organisation or
 *     facility head takes them in ("Baghdad" + "International Airport");
 *     a leading demonym with two or more words after it is split off
 *     ("Iranian" + "Quds Force": the force is named "Quds Force");
 *     a capitalised word before a lower-case organisation head is an
 *     organisation with it ("the Sadrist movement");
 *  1. a one-word ORG span that is the Arabic article before a listed personal
 *     name, and no listed organisation, is a PERSON ("Al-Kazemi said");
 *  2. a span ending in a facility head ("Airport", "Embassy", "Bridge") is FAC;
 *  3. a LOC span that is a listed country, city or political place (gazetteer
 *     bits carried in the model) is GPE, and so is an ORG span that is a country:
 *     a country acting as a government is GPE, as in OntoNotes;
 *  4. other LOC spans stay LOC (rivers, regions, mountains);
 *  5. a capitalised demonym or group name outside any span ("Iraqi", "Shiite") is NORP.
 */
import type { EntityType } from '../../model/schema.js';
import { kindBit } from '../../ner/lexicon.js';
import { loadRecogniser, type EntityRecogniser } from '../../ner/recogniser.js';
import { getGazetteer, matchGazetteerAt } from './gazetteer.js';
import { headIndex, LOWERCASE_HEAD_GROUPS, NAME_HEAD_GROUPS } from './type-cues.js';
import { isCapitalised } from '../../ner/features.js';

export interface TypedSpan {
  /** Token range [start, end) within the sentence. */
  start: number;
  end: number;
  type: EntityType;
  /** Which rule gave the type: `model`, `rule:facility-head`, `gazetteer:place`, `gazetteer:demonym`. */
  method: string;
  /** ISO 3166-1 alpha-3 of a country or demonym, when the gazetteer knows it. */
  country?: string;
}

const HEADS = headIndex(NAME_HEAD_GROUPS);
const LOWERCASE_HEADS = headIndex(LOWERCASE_HEAD_GROUPS);
const PLACE_BITS = kindBit('country') | kindBit('city') | kindBit('actor-place');
/** An organisation span becomes a GPE only when it is a country ("Iraq said"): "Chelsea" the club is no place. */
const COUNTRY_BIT = kindBit('country');

/** Typed spans per sentence for the sentences (token texts) of one document. */
export function recogniseTokens(sentences: readonly (readonly string[])[], recogniser: EntityRecogniser = loadRecogniser()): TypedSpan[][] {
  const gazetteer = getGazetteer();
  return recogniser.tagDocument(sentences).map((spans, s) => {
    const words = sentences[s]!;
    const lower = words.map((w) => w.toLowerCase());
    const out: TypedSpan[] = [];
    for (const raw of spans) {
      const span = { ...raw, end: headExtendedEnd(words, raw.end) };
      const demonym = span.type !== 'PER' ? matchGazetteerAt(gazetteer, words, lower, span.start) : undefined;
      if (demonym?.type === 'NORP' && span.end - (span.start + demonym.tokens.length) >= 2) {
        out.push(norp(span.start, span.start + demonym.tokens.length, demonym.country));
        span.start += demonym.tokens.length;
      }
      out.push(refine(recogniser, words, lower, span.start, span.end, span.type));
    }
    // Demonyms and groups the model leaves untagged.
    const covered = new Uint8Array(words.length);
    for (const span of out) covered.fill(1, span.start, span.end);
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) continue;
      if (isCapitalised(words[i]!) && i > 0 && LOWERCASE_HEADS.get(words[i + 1] ?? '') === 'ORG' && !covered[i + 1]) {
        out.push({ start: i, end: i + 2, type: 'ORG', method: 'rule:lowercase-head' });
        i++;
        continue;
      }
      const entry = matchGazetteerAt(gazetteer, words, lower, i);
      if (!entry || entry.type !== 'NORP') continue;
      const end = i + entry.tokens.length;
      if (covered.subarray(i, end).some((c) => c === 1)) continue;
      if (LOWERCASE_HEADS.get(words[end] ?? '') === 'ORG') out.push({ start: i, end: end + 1, type: 'ORG', method: 'rule:lowercase-head' });
      else out.push(norp(i, end, entry.country));
      i = end - 1;
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

function norp(start: number, end: number, country: string | undefined): TypedSpan {
  const span: TypedSpan = { start, end, type: 'NORP', method: 'gazetteer:demonym' };
  if (country) span.country = country;
  return span;
}

/** The end of a span after taking in up to three capitalised words that end in an organisation or facility head. */
function headExtendedEnd(words: readonly string[], end: number): number {
  for (let k = end + 1; k <= end + 3 && k <= words.length; k++) {
    if (!isCapitalised(words[k - 1]!)) return end;
    if (HEADS.has(words[k - 1]!)) return k;
  }
  return end;
}

const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash)-(?=\p{L})/u;
const PERSON_NAME_BIT = kindBit('person-name') | kindBit('actor-person');
const ORGANISATION_BITS = kindBit('company') | kindBit('actor-org');

/**
 * "Al-Kazemi said": one word, the Arabic article before a listed personal name, and not itself a
 * listed organisation ("Al-Jazeera", "Al-Qaeda") is a person. The training data has few such
 * names and many "Al-" organisations, so the model leans to ORG on them.
 */
function isArticlePrefixedPersonName(recogniser: EntityRecogniser, lower: readonly string[], start: number, end: number): boolean {
  if (end - start !== 1 || !ARABIC_ARTICLE.test(lower[start]!)) return false;
  const bare = lower[start]!.replace(ARABIC_ARTICLE, '');
  return (recogniser.phraseKinds([bare]) & PERSON_NAME_BIT) !== 0 && (recogniser.phraseKinds([lower[start]!]) & ORGANISATION_BITS) === 0;
}

function refine(recogniser: EntityRecogniser, words: readonly string[], lower: readonly string[], start: number, end: number, type: string): TypedSpan {
  if (type === 'PER') return { start, end, type: 'PERSON', method: 'model' };
  if (type === 'ORG' && isArticlePrefixedPersonName(recogniser, lower, start, end)) return { start, end, type: 'PERSON', method: 'rule:article-surname' };
  const head = HEADS.get(words[end - 1]!);
  if (head === 'FAC' && end - start >= 2) return { start, end, type: 'FAC', method: 'rule:facility-head' };
  const places = recogniser.phraseKinds(lower.slice(start, end)) & (type === 'ORG' ? COUNTRY_BIT : PLACE_BITS);
  if (places !== 0) return { start, end, type: 'GPE', method: 'gazetteer:place' };
  return { start, end, type: type === 'ORG' ? 'ORG' : 'LOC', method: 'model' };
}
