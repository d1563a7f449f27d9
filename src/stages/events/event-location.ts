/**
 * Where an event happened: a place of its clause (else of its sentence) that is not an actor. A place the sentence
 * puts the act in ("in western Iraq", "at Baghdad International Airport", "in the Saudi city of Jeddah") comes before
 * one that only names whose something is ("attacks on U.S. forces … in Iraq": the forces are American, the attacks
 * were in Iraq); then a town before a country or a province (feature class A), then the nearest to the verb.
 */
import type { Place, Span } from '../../model/schema.js';
import { lowerBound } from '../../nlp/sorted-search.js';
import type { SyntaxView } from '../../nlp/syntax-query.js';

/** Prepositions that put something in a place. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'around', 'into', 'within']);
/** Relations by which a place word belongs to a bigger noun phrase that may be the one placed ("Baghdad [airport]", "[city] of Jeddah"). */
const INSIDE_PHRASE: ReadonlySet<string> = new Set(['compound', 'flat', 'amod', 'nmod', 'nmod:poss']);

/** Whether the place at token `k` is the object of a locative preposition, itself or through the phrase it is part of. */
export function placedByPreposition(view: SyntaxView, k: number): boolean {
  for (let step = 0; step < 3 && k >= 0; step++) {
    const cases = view.children(k, ['case']).map((c) => view.word(c).toLowerCase());
    if (cases.some((c) => LOCATIVE.has(c))) return true;
    if (cases.length > 0 && !cases.includes('of')) return false;
    if (cases.length === 0 && !INSIDE_PHRASE.has(view.relation(k) ?? '')) return false;
    k = view.head(k);
  }
  return false;
}

/** The token a place's words hang from (the one whose head lies outside the place), or -1. */
function placeHead(view: SyntaxView, place: Span): number {
  const { tokens } = view;
  const lo = lowerBound(tokens, place.start, (t) => t.start);
  for (let i = lo; i < tokens.length && tokens[i]!.end <= place.end; i++) {
    const h = view.head(i);
    if (h < 0 || tokens[h]!.start < place.start || tokens[h]!.end > place.end) return i;
  }
  return lo < tokens.length && tokens[lo]!.end <= place.end ? lo : -1;
}

export function location(places: readonly Place[], clause: Span, sentence: Span, at: number, view: SyntaxView): string | undefined {
  const usable = places.filter((p) => p.role !== 'metonymy' && p.role !== 'actor-country');
  const within = (s: Span): Place[] => usable.filter((p) => p.start >= s.start && p.end <= s.end);
  const pool = within(clause).length > 0 ? within(clause) : within(sentence);
  if (pool.length === 0) return undefined;
  const placed = new Set(pool.filter((p) => pool.length > 1 && placedByPreposition(view, placeHead(view, p))));
  const rank = (p: Place): number => (placed.has(p) ? 0 : 100_000) + (p.featureClass === 'A' ? 1 : 0) * 10_000 + Math.abs(p.start - at) / 1000;
  const best = [...pool].sort((a, b) => rank(a) - rank(b))[0]!;
  return best.name ?? best.text;
}
