import type { AnalysedDocument } from '../../model/schema.js';
import type { SeedGold } from './gold.js';
import { kilometresBetween } from '../../stages/geo/distance.js';

/** One named, checkable claim of the gold annotation about a document. */
export interface SeedCheck {
  area: 'article' | 'entities' | 'quotes' | 'times' | 'events' | 'places';
  name: string;
  ok: boolean;
  detail: string;
}

const lower = (s: string): string => s.toLowerCase();
const trimEndPunct = (s: string): string => s.trimEnd().replace(/[\s.!?”"’]+$/, '');

export function articleChecks(doc: AnalysedDocument, gold: SeedGold): SeedCheck[] {
  const a = gold.article;
  const check = (name: string, ok: boolean, detail: string): SeedCheck => ({ area: 'article', name, ok, detail });
  return [
    check('title', doc.title === a.title, `got ${JSON.stringify(doc.title)}`),
    check('published', doc.published === a.published, `got ${doc.published ?? 'none'}`),
    check('source', doc.source.name === a.source, `got ${doc.source.name}`),
    check('language', doc.language === a.language, `got ${doc.language}`),
    check('body starts with', doc.text.startsWith(a.body_starts_with), `got ${JSON.stringify(doc.text.slice(0, 60))}`),
    check('body ends with', trimEndPunct(doc.text).endsWith(trimEndPunct(a.body_ends_with)), `got ${JSON.stringify(doc.text.slice(-60))}`),
    check('paragraphs', doc.paragraphs.length === a.paragraphs, `got ${doc.paragraphs.length}`),
    ...a.must_not_be_in_body.map((s) => check(`body lacks ${JSON.stringify(s)}`, !doc.text.includes(s), doc.text.includes(s) ? 'found in body' : 'absent')),
  ];
}

/** GPE and LOC are confused by every recogniser and by annotators; we count either for the other. */
const typesAgree = (predicted: string, gold: string): boolean => predicted === gold || (['GPE', 'LOC'].includes(predicted) && ['GPE', 'LOC'].includes(gold));

/** A mention's text matches a gold form; an entity with no mention in the body (the publisher, cut as a prefix) matches by its name. */
const entityMatches = (e: AnalysedDocument['entities'][number], forms: ReadonlySet<string>): boolean =>
  e.mentions.some((m) => forms.has(lower(m.text))) || (e.mentions.length === 0 && forms.has(lower(e.name)));

function entityFound(doc: AnalysedDocument, gold: { canonical: string; type: string; mentions: string[] }): boolean {
  const forms = new Set([gold.canonical, ...gold.mentions].map(lower));
  return doc.entities.some((e) => typesAgree(e.type, gold.type) && entityMatches(e, forms));
}

export function entityChecks(doc: AnalysedDocument, gold: SeedGold): SeedCheck[] {
  const musts = gold.entities.must.map((g): SeedCheck => ({ area: 'entities', name: `${g.type} ${g.canonical}`, ok: entityFound(doc, g), detail: `mentions ${g.mentions.join(' | ')}` }));
  const mustNots = gold.entities.must_not.map((g): SeedCheck => {
    const hit = doc.entities.some((e) => e.mentions.some((m) => lower(m.text) === lower(g.text)));
    return { area: 'entities', name: `no entity ${JSON.stringify(g.text)}`, ok: !hit, detail: hit ? 'found' : 'absent' };
  });
  return [...musts, ...mustNots];
}

/** Entity precision/recall on the seed: recall over `must`, precision against `must` ∪ `may`. */
export function entityScores(doc: AnalysedDocument, gold: SeedGold): { tp: number; predicted: number; goldMust: number; found: number } {
  const all = [...gold.entities.must, ...gold.entities.may];
  const allForms = all.map((g) => ({ type: g.type, forms: new Set([g.canonical, ...g.mentions].map(lower)) }));
  const tp = doc.entities.filter((e) => allForms.some((g) => typesAgree(e.type, g.type) && entityMatches(e, g.forms))).length;
  const found = gold.entities.must.filter((g) => entityFound(doc, g)).length;
  return { tp, predicted: doc.entities.length, goldMust: gold.entities.must.length, found };
}

/**
 * A gold quote is found when a quote's content starts with its words (after an opening
 * quotation mark) and contains what it must; its speaker, kind, cue and medium must then
 * agree: the speaker by the mention's text or the resolved entity's name ("he" resolved to
 * al-Sadr counts), the cue by its text, the medium by name.
 */
export function quoteChecks(doc: AnalysedDocument, gold: SeedGold): SeedCheck[] {
  return gold.quotes.must.map((g) => {
    const contentOf = (x: AnalysedDocument['quotes'][number]): string => doc.text.slice(x.content.start, x.content.end).replace(/^[“"]/, '');
    const q = doc.quotes.find((x) => contentOf(x).startsWith(g.starts_with) && (!g.contains || contentOf(x).includes(g.contains)));
    const speaker = g.speaker_mention ?? g.speaker;
    const entity = q?.speaker?.entityId ? doc.entities.find((e) => e.id === q.speaker!.entityId) : undefined;
    const speakerOk = Boolean(q?.speaker && (lower(q.speaker.text).includes(lower(speaker.split(' ').pop()!)) || entity?.name === g.speaker));
    const cueOk = !g.cue || lower(q?.cue?.text ?? '') === lower(g.cue);
    const mediumOk = !g.medium || lower(q?.medium ?? '') === lower(g.medium);
    const ok = Boolean(q) && speakerOk && (!g.kind || q!.kind === g.kind) && cueOk && mediumOk;
    const detail = q ? `speaker ${q.speaker?.text ?? 'none'}${entity ? ` (${entity.name})` : ''}, kind ${q.kind}, cue ${q.cue?.text ?? 'none'}, medium ${q.medium ?? 'none'}` : 'not found';
    return { area: 'quotes', name: `quote "${g.starts_with.slice(0, 40)}…" by ${g.speaker}`, ok, detail };
  });
}

export function timeChecks(doc: AnalysedDocument, gold: SeedGold): SeedCheck[] {
  return gold.times.must.map((g) => {
    const t = doc.times.find((x) => x.text === g.text);
    return { area: 'times', name: `time "${g.text}" = ${g.value}`, ok: Boolean(t && t.value.startsWith(g.value)), detail: t ? `got ${t.value}` : 'not found' };
  });
}

export function eventChecks(doc: AnalysedDocument, gold: SeedGold): SeedCheck[] {
  return gold.events.must.map((g) => {
    const words = g.evidence.toLowerCase().split(/\W+/).filter((w) => w.length > 3);
    const e = doc.events.find((x) => {
      const sentence = doc.text.slice(x.evidence.start, x.evidence.end).toLowerCase();
      return x.cameoRoot === g.cameo_root && words.every((w) => sentence.includes(w));
    });
    const dateOk = !g.date || e?.date?.startsWith(g.date);
    const kindOk = !g.kind || e?.kind === g.kind;
    return { area: 'events', name: `event ${g.cameo_root} "${g.evidence}"`, ok: Boolean(e) && Boolean(dateOk) && kindOk, detail: e ? `got ${e.cameo} ${e.kind} ${e.date ?? ''}` : 'not found' };
  });
}

/**
 * A gold place is found when a place of the document has its text and country and, when the gold
 * gives a point, lies within its tolerance. A `may` place noted as metonymy must not be offered as
 * an event location (role `metonymy`, if it is a place at all).
 */
export function placeChecks(doc: AnalysedDocument, gold: SeedGold): SeedCheck[] {
  const musts = gold.places.must.map((g): SeedCheck => {
    const p = doc.places.find((x) => lower(x.text) === lower(g.text));
    const km = p && g.lat !== undefined && g.lon !== undefined && p.lat !== undefined && p.lon !== undefined ? kilometresBetween(p.lat, p.lon, g.lat, g.lon) : undefined;
    const ok = Boolean(p) && (!g.country || p!.country === g.country) && (km === undefined || km <= (g.tolerance_km ?? 161));
    return { area: 'places', name: `place ${g.text}`, ok, detail: p ? `got ${p.name ?? '?'} ${p.country ?? '?'}${km === undefined ? '' : ` at ${Math.round(km)} km`}` : 'not found' };
  });
  const actors = gold.places.may.filter((g) => /must not be geocoded as an event location/.test(g.note ?? '')).map((g): SeedCheck => {
    const located = doc.places.filter((x) => lower(x.text) === lower(g.text) && x.role !== 'metonymy');
    return { area: 'places', name: `${g.text} is not an event location`, ok: located.length === 0, detail: located.length ? `role ${located[0]!.role ?? 'none'}` : 'metonymy or absent' };
  });
  return [...musts, ...actors];
}
