/**
 * Toponym resolution: each place name of a document to one gazetteer place.
 *
 * The cascade (STYLE.md §3), for each distinct name of the document:
 *  1. candidates by normalised name (alternate names included); failing that, the name without
 *     a trailing type word ("Basra Province", "Baghdad International Airport" → "Basra", "Baghdad");
 *  2. a qualifier written after the name settles it ("Paris, Texas", "Lexington, Ky.", "Paris, France");
 *  3. otherwise a prior — countries first, then first-level divisions, then places by population and
 *     rank (capitals, division seats) — plus the document's context: the countries, divisions and
 *     counties that its other place names resolve to, the source's country, and nearness to the
 *     other places of the article. Context is gathered in rounds: first from priors alone, then
 *     from the previous round's choices, each name's own vote left out.
 * One sense per document: every mention of a name gets the same place, unless it has its own qualifier.
 */
import { kilometresBetween } from './distance.js';
import { getPlaceGazetteer, type GazetteerPlace, type PlaceGazetteer } from './gazetteer.js';
import { placeKey } from './place-names.js';

/** What the detector knows about a mention before resolution. */
export type ToponymHint = 'place' | 'demonym';

export interface ToponymMention {
  start: number;
  end: number;
  text: string;
  hint?: ToponymHint;
  /** Which detection step found it (detect.ts): `entity`, `inside-name`, `mistyped`, `qualifier`. */
  source?: string;
}

export interface ResolveContext {
  /** ISO alpha-2 of the country the source publishes from, when known. */
  sourceCountry?: string;
  /** Place names that are context but not in the text: the dateline ("BAGHDAD"). Resolved with the rest, not returned. */
  contextNames?: readonly string[];
}

export interface ResolvedToponym extends ToponymMention {
  place?: GazetteerPlace;
  /** How the place was chosen: `qualifier`, `prior`, `context`, `only-candidate`; with `+type-word` when a trailing type word was dropped. */
  method?: string;
  /** The winner's share of the candidates' weight (softmax over scores): 1 when alone. */
  confidence?: number;
  /** The name had no candidate but a facility head word ("X Airport"): the place is X's. */
  facility?: boolean;
}

/** Weights of the score; tuned on the LGL dev half (even article ids), see src/eval/geo/. */
export const RESOLUTION_WEIGHTS = {
  /** A country outranks any division or city of the same name ("Iraq", "Lebanon", "Georgia" without context). */
  countryPrior: 8,
  admin1Bonus: 1,
  admin2Bonus: 0.3,
  /** Capitals and division seats are what a bare name in the news usually means. */
  capitalBonus: 0.5,
  /** A national capital outranks a division of the same name elsewhere ("Washington" the capital, not the state). */
  capitalOverDivision: 2,
  admin1SeatBonus: 0.3,
  admin2SeatBonus: 0,
  /**
   * Support from each other name of the document, by how close the best-fitting of its
   * candidates is: same county, same first-level division, same country; weighted by that
   * candidate's probability under the previous round raised to `supportSharpness`.
   */
  sameAdmin2: 6,
  sameAdmin1: 4.5,
  sameCountry: 0.2,
  /** Within this distance of the other name's candidate (places and counties only). */
  nearKm: 150,
  near: 0.4,
  supportSharpness: 0.5,
  /** The most that context can add. */
  supportCap: 15,
  /** The source's own country counts as support from one name in that country. */
  sourceCountry: 0.8,
  /** Soft-max temperature for probabilities and confidences. */
  temperature: 1,
  rounds: 3,
  /** Candidates considered per name, the likeliest by prior (enough for "Springfield", and bounded). */
  maxCandidates: 25,
};

/** Words that name a place's type after its name; dropped when the whole name has no candidate. */
const TRAILING_TYPE_WORDS = /\s+(?:international\s+airport|airport|province|governorate|governate|district|region|state|prefecture|oblast|city|county|parish|municipality|town|village|area)$/i;
const FACILITY_WORDS = /\s+(?:international\s+)?airport$/i;

interface NameGroup {
  key: string;
  mentions: number[];
  candidates: GazetteerPlace[];
  /** Set when a qualifier after one of its mentions narrowed the candidates. */
  qualifier?: GazetteerPlace;
  dropped: boolean;
  facility: boolean;
  hint?: ToponymHint;
  /** A national capital and a division elsewhere share the name. */
  capitalOverDivision?: boolean;
  winner?: GazetteerPlace;
  /** Each candidate's probability in the last round (soft-max of scores). */
  probabilities: number[];
  confidence: number;
  method: string;
}

/** "EU", "UK", "NY": short capitals are abbreviations of countries and divisions, never a town ("Eu", France). */
const ABBREVIATION = /^(?:\p{Lu}\.?){1,3}$/u;

/**
 * A division named like a seat in it ("Alexandria" governorate and city, "Baghdad" province and city):
 * news means the city, which has the better point too.
 */
function withoutSeatDivisions(places: readonly GazetteerPlace[]): GazetteerPlace[] {
  const cities = places.filter((p) => p.level === 'city' && (p.featureCode.startsWith('PPLA') || p.featureCode === 'PPLC'));
  if (cities.length === 0) return [...places];
  return places.filter((p) => !((p.level === 'admin1' || p.level === 'admin2') && cities.some((c) => c.country === p.country && c.admin1 === p.admin1 && (p.level === 'admin1' || c.admin2 === p.admin2))));
}

function filterCandidates(places: readonly GazetteerPlace[], text: string, hint: ToponymHint | undefined): GazetteerPlace[] {
  if (hint === 'demonym') return places.filter((p) => p.level === 'country');
  if (ABBREVIATION.test(text)) return places.filter((p) => p.level === 'country' || p.level === 'admin1');
  return withoutSeatDivisions(places);
}

function candidatesFor(gazetteer: PlaceGazetteer, text: string, hint: ToponymHint | undefined): { candidates: GazetteerPlace[]; dropped: boolean; facility: boolean } {
  const filtered = filterCandidates(gazetteer.lookup(placeKey(text)).map((i) => gazetteer.place(i)), text, hint);
  if (filtered.length > 0 || hint === 'demonym') return { candidates: filtered, dropped: false, facility: false };
  const head = text.replace(TRAILING_TYPE_WORDS, '');
  if (head === text || head.length < 2) return { candidates: [], dropped: false, facility: false };
  return { candidates: filterCandidates(gazetteer.lookup(placeKey(head)).map((i) => gazetteer.place(i)), head, hint), dropped: true, facility: FACILITY_WORDS.test(text) };
}

/** The divisions or countries a qualifier after the mention names (", Texas", ", Ky.", ", France"), and whether a list goes on after it. */
function qualifierAfter(gazetteer: PlaceGazetteer, text: string, end: number): { places: GazetteerPlace[]; listGoesOn: boolean } {
  const window = text.slice(end, end + 60);
  const after = /^,\s*((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u.exec(window);
  if (!after) return { places: [], listGoesOn: false };
  const words = after[1]!.split(/\s+/);
  // Longest first: ", New South Wales" before ", New".
  for (let n = words.length; n > 0; n--) {
    const phrase = words.slice(0, n).join(' ');
    const found = gazetteer.lookup(placeKey(phrase)).map((i) => gazetteer.place(i)).filter((p) => p.level === 'admin1' || p.level === 'country');
    if (found.length === 0) continue;
    const rest = window.slice(window.indexOf(phrase, 1) + phrase.length);
    return { places: found, listGoesOn: /^\s*(?:,\s*\p{Lu}|and\b|or\b)/u.test(rest) };
  }
  return { places: [], listGoesOn: false };
}

const contains = (outer: GazetteerPlace, inner: GazetteerPlace): boolean =>
  outer.country === inner.country && (outer.level === 'country' || (outer.level === 'admin1' && outer.admin1 === inner.admin1)) && outer.index !== inner.index;

function prior(p: GazetteerPlace, g?: NameGroup, w = RESOLUTION_WEIGHTS): number {
  if (p.level === 'country') return w.countryPrior;
  let score = Math.log10(p.population + 1);
  if (g?.capitalOverDivision && p.featureCode === 'PPLC') score += w.capitalOverDivision;
  if (p.level === 'admin1') score += w.admin1Bonus;
  else if (p.level === 'admin2') score += w.admin2Bonus;
  else if (p.featureCode === 'PPLC') score += w.capitalBonus;
  else if (p.featureCode === 'PPLA') score += w.admin1SeatBonus;
  else if (p.featureCode === 'PPLA2') score += w.admin2SeatBonus;
  return score;
}

/** One name's candidates summarised for the others: the highest weight it gives each country, division and county, and its likely points. */
interface Support {
  country: Map<string, number>;
  admin1: Map<string, number>;
  admin2: Map<string, number>;
  points: { lat: number; lon: number; weight: number }[];
}

const raise = (map: Map<string, number>, key: string, weight: number): void => {
  if ((map.get(key) ?? 0) < weight) map.set(key, weight);
};

function supportOf(g: NameGroup, w = RESOLUTION_WEIGHTS): Support {
  const support: Support = { country: new Map(), admin1: new Map(), admin2: new Map(), points: [] };
  g.candidates.forEach((p, i) => {
    const weight = g.probabilities[i]! ** w.supportSharpness;
    raise(support.country, p.country, weight);
    if (p.level !== 'country') raise(support.admin1, `${p.country}.${p.admin1}`, weight);
    if (p.admin2) raise(support.admin2, `${p.country}.${p.admin1}.${p.admin2}`, weight);
    if (p.level === 'city' || p.level === 'admin2') support.points.push({ lat: p.lat, lon: p.lon, weight });
  });
  return support;
}

/** How much the other names of the document support candidate p of the group at index gi. */
function contextScore(p: GazetteerPlace, gi: number, supports: readonly Support[], context: ResolveContext, w = RESOLUTION_WEIGHTS): number {
  let total = context.sourceCountry === p.country ? w.sourceCountry : 0;
  const admin1Key = `${p.country}.${p.admin1}`;
  const admin2Key = p.admin2 ? `${admin1Key}.${p.admin2}` : '';
  const local = p.level === 'city' || p.level === 'admin2';
  supports.forEach((s, hi) => {
    if (hi === gi) return;
    const inCountry = s.country.get(p.country) ?? 0;
    if (inCountry === 0) return;
    let best = w.sameCountry * inCountry;
    if (p.level !== 'country') best = Math.max(best, w.sameAdmin1 * (s.admin1.get(admin1Key) ?? 0));
    if (admin2Key) best = Math.max(best, w.sameAdmin2 * (s.admin2.get(admin2Key) ?? 0));
    if (local) {
      let near = 0;
      for (const q of s.points) if (q.weight > near && kilometresBetween(p.lat, p.lon, q.lat, q.lon) < w.nearKm) near = q.weight;
      best += w.near * near;
    }
    total += best;
  });
  return Math.min(total, w.supportCap);
}

function choose(g: NameGroup, score: (p: GazetteerPlace) => number, w = RESOLUTION_WEIGHTS): void {
  const scores = g.candidates.map(score);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  const exps = scores.map((s) => Math.exp((s - scores[best]!) / w.temperature));
  const total = exps.reduce((a, b) => a + b, 0);
  g.probabilities = exps.map((e) => e / total);
  g.winner = g.candidates[best];
  g.confidence = g.probabilities[best] ?? 0;
}

/**
 * Resolves a document's toponym mentions to gazetteer places.
 *
 * @example resolveToponyms('Paris, Texas, is small.', [{ start: 0, end: 5, text: 'Paris' }])[0].place?.admin1 === 'TX'
 */
export function resolveToponyms(text: string, mentions: readonly ToponymMention[], context: ResolveContext = {}, gazetteer = getPlaceGazetteer()): ResolvedToponym[] {
  const w = RESOLUTION_WEIGHTS;
  const groups: NameGroup[] = [];
  const byKey = new Map<string, NameGroup>();
  // Context names come after the text's mentions, with an empty span past the end of the text (no qualifier to read).
  const all: ToponymMention[] = [...mentions, ...(context.contextNames ?? []).map((name) => ({ start: text.length, end: text.length, text: name }))];
  all.forEach((m, i) => {
    const key = `${m.hint === 'demonym' ? 'demonym:' : ''}${placeKey(m.text)}`;
    let g = byKey.get(key);
    if (!g) {
      const found = candidatesFor(gazetteer, m.text, m.hint);
      g = { key, mentions: [], ...found, probabilities: [], confidence: 0, method: '', ...(m.hint ? { hint: m.hint } : {}) };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(i);
    if (!g.qualifier && g.candidates.length > 1) {
      const { places: qualifiers, listGoesOn } = qualifierAfter(gazetteer, text, m.end);
      const narrowed = g.candidates.filter((c) => qualifiers.some((q) => contains(q, c)));
      // "Ohio, Kentucky and Indiana" is a list of states, not an Ohio in Kentucky; "Washington, D.C., on Monday" is the capital.
      const isList = listGoesOn && g.candidates.some((c) => c.level === 'country' || c.level === 'admin1') && !narrowed.some((c) => c.featureCode === 'PPLC' || c.featureCode === 'PPLA');
      if (narrowed.length > 0 && !isList) {
        g.candidates = narrowed;
        g.qualifier = qualifiers.find((q) => contains(q, narrowed[0]!));
      }
    }
  });

  for (const g of groups) {
    g.capitalOverDivision = g.candidates.some((p) => p.featureCode === 'PPLC') && g.candidates.some((p) => p.level === 'admin1');
    if (g.candidates.length > w.maxCandidates) g.candidates = [...g.candidates].sort((a, b) => prior(b, g) - prior(a, g)).slice(0, w.maxCandidates);
    choose(g, (p) => prior(p, g));
    g.method = g.qualifier ? 'qualifier' : g.candidates.length === 1 ? 'only-candidate' : 'prior';
  }
  for (let round = 0; round < w.rounds; round++) {
    const supports = groups.map((g) => supportOf(g));
    groups.forEach((g, gi) => {
      if (g.candidates.length < 2) return;
      const before = g.winner;
      choose(g, (p) => prior(p, g) + contextScore(p, gi, supports, context));
      if (!g.qualifier && g.winner !== before) g.method = 'context';
    });
  }

  const out: ResolvedToponym[] = mentions.map((m) => ({ ...m }));
  for (const g of groups) {
    for (const i of g.mentions) {
      const r = out[i];
      if (!r || !g.winner) continue; // a context name, or nothing found
      r.place = g.winner;
      r.method = g.dropped ? `${g.method}+type-word` : g.method;
      r.confidence = Math.round(g.confidence * 1000) / 1000;
      if (g.facility) r.facility = true;
    }
  }
  return out;
}
