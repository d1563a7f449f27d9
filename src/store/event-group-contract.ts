/**
 * Events merged across articles (Store.findEventGroups) as every store must answer it
 * (part of the store contract, contract.ts): which reports merge, the counts
 * (NumMentions, NumArticles, NumSources), paging, the mention cap, filters and
 * re-ingest.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysedDocument, Event, Place } from '../model/schema.js';
import { parseQuery } from '../query/parse.js';
import type { EventGroup } from '../query/results.js';
import type { NearDuplicateRecord, Store } from './store.js';

type MakeDocument = (overrides?: Partial<AnalysedDocument>) => AnalysedDocument;

const V = 'groups@1';
const ALL = parseQuery('', { allowEmpty: true }).root;

const BAGHDAD: Omit<Place, 'start' | 'end'> = { text: 'Baghdad', name: 'Baghdad', country: 'IQ', lat: 33.34, lon: 44.4, geonamesId: 98182, featureClass: 'P' };
const DOHA: Omit<Place, 'start' | 'end'> = { text: 'Doha', name: 'Doha', country: 'QA', lat: 25.29, lon: 51.53, geonamesId: 290030, featureClass: 'P' };

interface Report {
  id: string;
  url: string;
  outlet: string;
  published: string;
  /** The sentence; its events are Iraq (source) and Turkey (target) unless `actors` says otherwise. */
  text: string;
  cameo?: string;
  date?: string;
  place?: Omit<Place, 'start' | 'end'>;
  actors?: [string, string];
  kind?: Event['kind'];
  /** Events in the sentence (the same event coded twice counts two mentions). */
  times?: number;
}

function report(make: MakeDocument, r: Report): AnalysedDocument {
  const [source, target] = r.actors ?? ['IRQ', 'TUR'];
  const evidence = { start: 0, end: r.text.length };
  const placeAt = r.place ? r.text.indexOf(r.place.text) : -1;
  const events: Event[] = Array.from({ length: r.times ?? 1 }, (_, i) => ({
    id: `v${i + 1}`, cameo: r.cameo ?? '111', cameoRoot: (r.cameo ?? '111').slice(0, 2), kind: r.kind ?? 'reported', evidence,
    source: { text: source, code: source }, target: { text: target, code: target },
    ...(r.date ? { date: r.date } : {}), ...(r.place ? { location: r.place.text } : {}),
  }));
  return make({
    id: r.id, title: r.text.slice(0, 40), text: r.text, published: r.published,
    source: { name: r.outlet, url: r.url }, events,
    places: r.place && placeAt >= 0 ? [{ ...r.place, start: placeAt, end: placeAt + r.place.text.length, role: 'event-location' }] : [],
  });
}

/** Three outlets (one with two articles) reporting Iraq condemning Turkey on 12 August 2020, and look-alikes that are other events. */
export function eventGroupCorpus(make: MakeDocument): AnalysedDocument[] {
  const same = 'Iraq condemned Turkey on Wednesday over the drone strike in the north.';
  return [
    report(make, { id: 'reuters-1', url: 'https://www.reuters.com/world/iraq-1', outlet: 'Reuters', published: '2020-08-12T14:05:00Z', text: same, date: '2020-08-12' }),
    report(make, { id: 'reuters-2', url: 'https://www.reuters.com/world/iraq-2', outlet: 'Reuters', published: '2020-08-12T18:00:00Z', text: `In Baghdad, ${same}`, date: '2020-08-12', place: BAGHDAD }),
    report(make, { id: 'aljazeera', url: 'https://www.aljazeera.com/news/iraq', outlet: 'Al Jazeera', published: '2020-08-12T16:40:00Z', text: same, date: '2020-08-12', times: 2 }),
    report(make, { id: 'rudaw', url: 'https://www.rudaw.net/english/iraq', outlet: 'Rudaw', published: '2020-08-13T09:00:00+03:00', text: `Iraq condemned Turkey yesterday, Baghdad said.`, date: '2020-08-12', cameo: '1112' }),
    // Other events: another day, other actors, another country, negated.
    report(make, { id: 'next-day', url: 'https://www.rudaw.net/english/iraq-2', outlet: 'Rudaw', published: '2020-08-13T10:00:00+03:00', text: 'Iraq condemned Turkey again on Thursday.', date: '2020-08-13' }),
    report(make, { id: 'other-actors', url: 'https://www.reuters.com/world/iran', outlet: 'Reuters', published: '2020-08-12T15:00:00Z', text: 'Iraq condemned Iran on Wednesday.', date: '2020-08-12', actors: ['IRQ', 'IRN'] }),
    report(make, { id: 'in-doha', url: 'https://www.aljazeera.com/news/doha', outlet: 'Al Jazeera', published: '2020-08-12T20:00:00+03:00', text: 'In Doha, Iraq condemned Turkey on Wednesday.', date: '2020-08-12', place: DOHA }),
    report(make, { id: 'negated', url: 'https://www.aljazeera.com/news/denial', outlet: 'Al Jazeera', published: '2020-08-12T21:00:00+03:00', text: 'Iraq did not condemn Turkey on Wednesday.', date: '2020-08-12', kind: 'negated' }),
  ];
}

async function allGroups(store: Store, query = ALL, mentions?: number): Promise<EventGroup[]> {
  const page = await store.findEventGroups(query, { limit: 1000, ...(mentions ? { mentions } : {}) });
  return page.items;
}

function groupOf(groups: EventGroup[], docId: string): EventGroup {
  const group = groups.find((g) => g.mentions.some((m) => m.docId === docId));
  assert.ok(group, `no group reports ${docId}`);
  return group;
}

export function eventGroupContract(getStore: () => Store, make: MakeDocument): void {
  describe('events merged across articles', () => {
    it('merges the reports of one event: mentions, articles and outlets counted', async () => {
      const store = getStore();
      await store.putMany(eventGroupCorpus(make), V);
      const groups = await allGroups(store);
      const merged = groupOf(groups, 'reuters-1');
      assert.equal(merged.key, '2020-08-12|IRQ|TUR|111||');
      assert.deepEqual(
        { mentions: merged.numMentions, articles: merged.numArticles, sources: merged.numSources, stories: merged.numStories },
        { mentions: 5, articles: 4, sources: 3, stories: 4 },
      );
      assert.deepEqual(merged.mentions.map((m) => `${m.docId}/${m.eventId}`), ['reuters-1/v1', 'aljazeera/v1', 'aljazeera/v2', 'reuters-2/v1', 'rudaw/v1'], 'earliest published first');
      assert.deepEqual([...new Set(merged.mentions.map((m) => m.outlet))], ['reuters.com', 'aljazeera.com', 'rudaw.net']);
      assert.equal(merged.record.docId, 'reuters-2', 'the first report that places the event stands for it');
      assert.equal(merged.record.location?.name, 'Baghdad');
      assert.equal(merged.mentions[3]!.evidence, 'In Baghdad, Iraq condemned Turkey on Wednesday over the drone strike in the north.');
    });

    it('counts a wire story and its copy on another outlet as one story (and two sources)', async (t) => {
      const store = getStore();
      if (!store.nearDuplicateCandidates) return t.skip('this store does not implement near-duplicate records');
      const record = (docId: string, clusterId: string, duplicateOf?: string): NearDuplicateRecord => ({ docId, signature: [1, 2, 3], shingles: 40, bands: [7], clusterId, ...(duplicateOf ? { duplicateOf, similarity: 0.9 } : {}) });
      const docs = eventGroupCorpus(make);
      await store.putMany(docs, V, { nearDuplicates: [record('reuters-1', 'reuters-1'), record('aljazeera', 'reuters-1', 'reuters-1'), record('rudaw', 'rudaw')] });
      const merged = groupOf(await allGroups(store), 'reuters-1');
      assert.deepEqual([merged.numArticles, merged.numSources, merged.numStories], [4, 3, 3], 'reuters-2 has no record: its own story');
      assert.equal(groupOf(await allGroups(store, parseQuery('source:rudaw').root), 'rudaw').numStories, 1);
    });

    it('keeps apart another day, other actors, a third country and a negated report', async () => {
      const store = getStore();
      await store.putMany(eventGroupCorpus(make), V);
      const groups = await allGroups(store);
      assert.equal(groups.length, 5);
      const merged = groupOf(groups, 'reuters-1');
      for (const other of ['next-day', 'other-actors', 'in-doha', 'negated']) {
        const group = groupOf(groups, other);
        assert.notEqual(group.key, merged.key, other);
        assert.equal(group.numMentions, 1, other);
      }
      assert.equal(groupOf(groups, 'in-doha').key, '2020-08-12|IRQ|TUR|111|QAT|');
      assert.equal(groupOf(groups, 'negated').key, '2020-08-12|IRQ|TUR|111||negated');
    });

    it('re-putting an article, unchanged or re-analysed, adds no mention', async () => {
      const store = getStore();
      const docs = eventGroupCorpus(make);
      await store.putMany(docs, V);
      await store.putMany(docs, V);
      await store.put(docs[0]!, 'groups@2');
      const merged = groupOf(await allGroups(store), 'reuters-1');
      assert.deepEqual([merged.numMentions, merged.numArticles, merged.numSources], [5, 4, 3]);
    });

    it('counts and lists only the reports the query matches; lists at most `mentions`', async () => {
      const store = getStore();
      await store.putMany(eventGroupCorpus(make), V);
      const reuters = groupOf(await allGroups(store, parseQuery('source:reuters').root), 'reuters-1');
      assert.deepEqual([reuters.numMentions, reuters.numArticles, reuters.numSources], [2, 2, 1]);
      assert.deepEqual(reuters.mentions.map((m) => m.docId), ['reuters-1', 'reuters-2']);
      const capped = groupOf(await allGroups(store, ALL, 2), 'reuters-1');
      assert.deepEqual([capped.numMentions, capped.mentions.length], [5, 2]);
      assert.equal(capped.record.docId, 'reuters-1', 'no listed report places it: the first stands for it');
    });

    it('pages through every group once, newest or oldest day first, with a total', async () => {
      const store = getStore();
      await store.putMany(eventGroupCorpus(make), V);
      for (const sort of ['newest', 'oldest'] as const) {
        const keys: string[] = [];
        let after: readonly (string | number)[] | undefined;
        do {
          const page = await store.findEventGroups(ALL, { limit: 2, sort, ...(after ? { after } : {}) });
          assert.equal(page.total, 5);
          keys.push(...page.items.map((g) => g.key));
          after = page.next;
        } while (after);
        assert.equal(new Set(keys).size, 5, sort);
        const days = keys.map((key) => key.slice(0, 10));
        assert.deepEqual(days, [...days].sort((a, b) => (sort === 'oldest' ? a.localeCompare(b) : b.localeCompare(a))), sort);
      }
    });
  });
}

/**
 * Checks a store upgrade: a store written today, taken back to an old version by
 * `downgrade` (undoing later migrations' DDL), opens upgraded with the same merged events.
 */
export async function checkEventGroupsSurviveUpgrade(open: () => Promise<Store>, downgrade: () => Promise<void>, latestVersion: number, make: MakeDocument): Promise<void> {
  const first = await open();
  await first.putMany(eventGroupCorpus(make), V);
  const before = await allGroups(first);
  await first.close();
  await downgrade();
  const upgraded = await open();
  try {
    assert.equal((await upgraded.stats()).storeVersion, latestVersion);
    assert.equal(before.length, 5);
    assert.deepEqual(await allGroups(upgraded), before);
  } finally {
    await upgraded.close();
  }
}
