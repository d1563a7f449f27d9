/**
 * The search language's query engine as every store must answer it (part of the
 * store contract, contract.ts): each field, boolean logic, keyset pages walked to the
 * end (no duplicates, no gaps, no caps), facets, timelines, and bad queries and
 * cursors as StoreErrors. The queries are parsed by the real parser, so this tests
 * what a user's text finds, not a hand-built tree.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { AnalysedDocument, Entity, EntityType, Event, Quote } from '../model/schema.js';
import { parseQuery } from '../query/parse.js';
import type { QueryNode } from '../query/ast.js';
import { StoreError, type QueryPage, type SortKey, type Store } from './store.js';

type MakeDocument = (overrides?: Partial<AnalysedDocument>) => AnalysedDocument;

const V = 'query@1';

function q(text: string): QueryNode {
  return parseQuery(text, { allowEmpty: true }).root;
}

function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${JSON.stringify(part)} is not in ${JSON.stringify(text)}`);
  return { start, end: start + part.length };
}

function entity(text: string, id: string, name: string, type: EntityType, extra: Partial<Entity> = {}): Entity {
  const words = extra.aliases?.[0] ?? name;
  return { id, name, type, mentions: extra.mentions ?? [{ ...span(text, words), text: words }], aliases: [], roles: [], ...extra };
}

function quote(text: string, id: string, content: string, speaker: string, entityId?: string): Quote {
  return { id, kind: 'direct', content: span(text, content), speaker: { ...span(text, speaker), text: speaker, ...(entityId ? { entityId } : {}) }, cue: { ...span(text, 'said'), text: 'said' } };
}

function event(text: string, id: string, cameo: string, evidence: string, extra: Partial<Event> = {}): Event {
  return { id, cameo, cameoRoot: cameo.slice(0, 2), kind: 'reported', evidence: span(text, evidence), ...extra };
}

/** Five documents that differ in every field the language has (the second grain event has no confidence: analysed before the model). */
export function queryCorpus(make: MakeDocument): AnalysedDocument[] {
  const strike = 'Muqtada al-Sadr said "the occupiers must leave Iraq now". A rocket struck near Baghdad airport on Monday, the Popular Mobilization Forces said.';
  const talks = 'Prime Minister Mustafa al-Kadhimi met Kurdish leaders in Erbil. Kadhimi said "the budget will reach Erbil this month".';
  const grain = 'Ukraine and Turkey signed a grain deal in Istanbul with the United Nations. Guterres said "this is a beacon of hope".';
  const sudan = 'Les pourparlers sur le Soudan reprennent à Djeddah. Mohamed Hamdan Dagalo a rejeté la trêve.';
  const blog = 'A blog post about Baghdad traffic, with no names in it.';
  return [
    make({
      id: 'q-strike', title: 'Rocket strike near Baghdad airport', text: strike, published: '2020-09-29T08:00:00Z',
      source: { name: 'Shafaq News', url: 'https://shafaq.com/en/strike', domain: 'shafaq.com' }, language: 'en',
      entities: [
        entity(strike, 'e1', 'Muqtada al-Sadr', 'PERSON', { country: 'IRQ' }),
        entity(strike, 'e2', 'Iraq', 'GPE', { country: 'IRQ' }),
        entity(strike, 'e3', 'Popular Mobilization Forces', 'ORG', { country: 'IRQ', actorCode: 'IRQMIL' }),
        entity(strike, 'e4', 'Baghdad', 'GPE', { country: 'IRQ' }),
      ],
      places: [{ ...span(strike, 'Baghdad'), text: 'Baghdad', name: 'Baghdad', country: 'IQ', lat: 33.34, lon: 44.4, role: 'event-location' }],
      quotes: [quote(strike, 'q1', 'the occupiers must leave Iraq now', 'Muqtada al-Sadr', 'e1')],
      events: [event(strike, 'v1', '190', 'A rocket struck near Baghdad airport on Monday', { plover: 'ASSAULT', quadClass: 4, date: '2020-09-28', location: 'Baghdad', source: { text: 'Popular Mobilization Forces', entityId: 'e3' }, confidence: 0.82 })],
    }),
    make({
      id: 'q-talks', title: 'Kadhimi visits Erbil', text: talks, published: '2020-09-30T12:00:00Z',
      source: { name: 'Rudaw', url: 'https://www.rudaw.net/english/talks' }, language: 'en',
      entities: [
        entity(talks, 'e1', 'Mustafa al-Kadhimi', 'PERSON', { country: 'IRQ', aliases: ['Kadhimi'] }),
        entity(talks, 'e2', 'Erbil', 'GPE', { country: 'IRQ' }),
      ],
      quotes: [quote(talks, 'q1', 'the budget will reach Erbil this month', 'Kadhimi', 'e1')],
      events: [event(talks, 'v1', '040', 'Prime Minister Mustafa al-Kadhimi met Kurdish leaders in Erbil', { plover: 'CONSULT', quadClass: 1, source: { text: 'Mustafa al-Kadhimi', entityId: 'e1' }, confidence: 0.35 })],
    }),
    make({
      id: 'q-grain', title: 'Grain deal signed', text: grain, published: '2022-07-22T15:00:00Z',
      source: { name: 'Reuters', url: 'https://www.reuters.com/world/grain' }, language: 'en',
      entities: [
        entity(grain, 'e1', 'Ukraine', 'GPE', { country: 'UKR' }),
        entity(grain, 'e2', 'Turkey', 'GPE', { country: 'TUR' }),
        entity(grain, 'e3', 'United Nations', 'ORG'),
        entity(grain, 'e4', 'Guterres', 'PERSON'),
      ],
      quotes: [quote(grain, 'q1', 'this is a beacon of hope', 'Guterres', 'e4')],
      events: [
        event(grain, 'v1', '057', 'Ukraine and Turkey signed a grain deal in Istanbul', { plover: 'AGREE', quadClass: 1, source: { text: 'Ukraine', entityId: 'e1' }, target: { text: 'Turkey', entityId: 'e2' }, confidence: 0.5 }),
        event(grain, 'v2', '030', 'Ukraine and Turkey signed a grain deal in Istanbul', { plover: 'AGREE', quadClass: 1, date: '2022-07-21' }),
      ],
    }),
    make({
      id: 'q-sudan', title: 'Reprise des pourparlers sur le Soudan', text: sudan, published: '2023-05-06T09:00:00Z',
      source: { name: 'Le Monde', url: 'https://www.lemonde.fr/afrique/soudan' }, language: 'fr',
      entities: [entity(sudan, 'e1', 'Soudan', 'GPE', { country: 'SDN' }), entity(sudan, 'e2', 'Mohamed Hamdan Dagalo', 'PERSON', { country: 'SDN' })],
      events: [event(sudan, 'v1', '120', 'Mohamed Hamdan Dagalo a rejeté la trêve', { plover: 'REJECT', quadClass: 3, source: { text: 'Mohamed Hamdan Dagalo', entityId: 'e2' }, confidence: 1 })],
    }),
    make({ id: 'q-blog', title: 'Traffic notes', text: blog, published: undefined, source: { name: 'Some Blog' }, language: 'en' }),
  ];
}

/**
 * `count` documents of identical text on `days` days (several per day), each with two
 * events and a quote: ties in every sort key, so a walk that breaks ties wrongly
 * repeats or skips rows.
 */
function tiedCorpus(make: MakeDocument, count: number, days: number): AnalysedDocument[] {
  const text = 'Officials in Basra said "the port will reopen". Officials met traders in Basra.';
  return Array.from({ length: count }, (_, index) => {
    const day = `2021-03-${String(1 + (index % days)).padStart(2, '0')}`;
    return make({
      id: `tie-${String(index).padStart(3, '0')}`, title: 'Basra port', text, published: index % 7 === 6 ? undefined : `${day}T10:00:00Z`,
      source: { name: `Outlet ${index % 3}` }, language: 'en',
      entities: [entity(text, 'e1', 'Basra', 'GPE', { country: 'IRQ' }), entity(text, 'e2', `Trader ${index % 4}`, 'PERSON', { mentions: [{ ...span(text, 'traders'), text: 'traders' }] })],
      quotes: [quote(text, 'q1', 'the port will reopen', 'Officials')],
      events: [event(text, 'v1', '040', 'Officials met traders in Basra'), event(text, 'v2', '042', 'Officials met traders in Basra', { date: day })],
    });
  });
}

/** Every page from the first to the last, checking each is within `limit` and no row comes twice. */
async function walk<T>(fetch: (after?: SortKey) => Promise<QueryPage<T>>, key: (item: T) => string, limit: number): Promise<{ keys: string[]; pages: number; total?: number }> {
  const keys: string[] = [];
  let after: SortKey | undefined;
  let pages = 0;
  let total: number | undefined;
  for (;;) {
    const page = await fetch(after);
    pages += 1;
    total ??= page.total;
    assert.ok(page.items.length <= limit, `page ${pages} has ${page.items.length} rows, more than ${limit}`);
    keys.push(...page.items.map(key));
    if (!page.next) break;
    assert.ok(page.items.length === limit, `page ${pages} is short but has a next`);
    after = page.next;
    assert.ok(pages < 10_000, 'the walk does not end');
  }
  assert.equal(new Set(keys).size, keys.length, `a row came twice: ${keys.join(', ')}`);
  return { keys, pages, ...(total === undefined ? {} : { total }) };
}

export function queryContract(getStore: () => Store, make: MakeDocument): void {
  describe('query engine', () => {
    let store: Store;

    async function docIds(text: string): Promise<string[]> {
      const page = await store.findDocuments(q(text), { limit: 1000 });
      assert.equal(page.total, page.items.length, `${text}: total`);
      return page.items.map((hit) => hit.id).sort();
    }

    describe('fields and boolean logic', () => {
      beforeEach(async () => {
        store = getStore();
        await store.putMany(queryCorpus(make), V);
      });

      it('answers every field of the language', async () => {
        const cases: [string, string[]][] = [
          ['baghdad', ['q-blog', 'q-strike']],
          ['title:baghdad', ['q-strike']],
          ['title:istanbul', []],
          ['source:reuters', ['q-grain']],
          ['source:"shafaq news"', ['q-strike']],
          ['source:rudaw.net', ['q-talks']],
          ['source:shaf*', ['q-strike']],
          ['lang:fr', ['q-sudan']],
          ['lang:EN', ['q-blog', 'q-grain', 'q-strike', 'q-talks']],
          ['entity:baghdad', ['q-strike']],
          ['person:kadhimi', ['q-talks']],
          ['person:ukraine', []],
          ['org:"united nations"', ['q-grain']],
          ['place:erbil', ['q-talks']],
          ['place:sadr', []],
          ['country:IQ', ['q-strike', 'q-talks']],
          ['country:IRQ', ['q-strike', 'q-talks']],
          ['country:Sudan', ['q-sudan']],
          ['country:TUR', ['q-grain']],
          ['event:19', ['q-strike']],
          ['event:190', ['q-strike']],
          ['event:04', ['q-talks']],
          ['event:agree', ['q-grain']],
          ['event:03', ['q-grain']],
          ['event:18', []],
          ['quote:beacon', ['q-grain']],
          ['quote:"leave iraq"', ['q-strike']],
          ['quote:rocket', []],
          ['said-by:guterres', ['q-grain']],
          ['said-by:"mustafa al-kadhimi"', ['q-talks']],
          ['said-by:dagalo', []],
          ['date:2020-09', ['q-strike', 'q-talks']],
          ['date:2020-09-30', ['q-talks']],
          ['date:2020-09-29..2022-12-31', ['q-grain', 'q-strike', 'q-talks']],
          ['published:>=2022', ['q-grain', 'q-sudan']],
          ['published:<2020-09-30', ['q-strike']],
          ['confidence:>=0.5', ['q-grain', 'q-strike', 'q-sudan']],
          ['confidence:0.9', ['q-sudan']],
          ['confidence:<0.5', ['q-talks']],
        ];
        for (const [text, expected] of cases) assert.deepEqual(await docIds(text), expected, text);
      });

      it('combines with AND, OR, NOT and groups, operators in any case', async () => {
        const cases: [string, string[]][] = [
          ['baghdad lang:en', ['q-blog', 'q-strike']],
          ['baghdad AND country:IQ', ['q-strike']],
          ['baghdad NOT country:IQ', ['q-blog']],
          ['baghdad and not country:IQ', ['q-blog']],
          ['person:kadhimi OR person:dagalo', ['q-sudan', 'q-talks']],
          ['(erbil OR istanbul) NOT event:agree', ['q-talks']],
          ['NOT lang:en', ['q-sudan']],
          ['NOT (country:IQ OR country:UKR)', ['q-blog', 'q-sudan']],
          ['country:IQ (said-by:sadr OR event:04)', ['q-strike', 'q-talks']],
          ['event:agree OR event:reject date:>=2022', ['q-grain', 'q-sudan']],
          ['NOT NOT lang:fr', ['q-sudan']],
        ];
        for (const [text, expected] of cases) assert.deepEqual(await docIds(text), expected, text);
      });

      it('ranks by relevance with « » snippets when the query has words, else by date with the opening words', async () => {
        const ranked = await store.findDocuments(q('baghdad'));
        assert.equal(ranked.sort, 'relevance');
        assert.equal(ranked.items[0]!.id, 'q-strike', 'a title match first');
        assert.match(ranked.items[0]!.snippet, /«Baghdad»/u);
        const dated = await store.findDocuments(q(''));
        assert.equal(dated.sort, 'newest');
        assert.deepEqual(dated.items.map((hit) => hit.id), ['q-sudan', 'q-grain', 'q-talks', 'q-strike', 'q-blog'], 'newest first, undated last');
        assert.ok(dated.items[0]!.snippet.startsWith('Les pourparlers'));
        assert.equal(dated.items[0]!.url, 'https://www.lemonde.fr/afrique/soudan');
        const oldest = await store.findDocuments(q('lang:en'), { sort: 'oldest' });
        assert.deepEqual(oldest.items.map((hit) => hit.id), ['q-blog', 'q-strike', 'q-talks', 'q-grain']);
      });

      it('finds events, testing event:, date: and country: on the event itself', async () => {
        const events = async (text: string): Promise<string[]> => (await store.findEvents(q(text), { limit: 1000 })).items.map((r) => `${r.docId}/${r.event.id}`).sort();
        assert.deepEqual(await events(''), ['q-grain/v1', 'q-grain/v2', 'q-strike/v1', 'q-sudan/v1', 'q-talks/v1']);
        assert.deepEqual(await events('event:057'), ['q-grain/v1']);
        assert.deepEqual(await events('event:agree'), ['q-grain/v1', 'q-grain/v2']);
        assert.deepEqual(await events('date:2022-07-21'), ['q-grain/v2'], "the event's own date");
        assert.deepEqual(await events('published:2022-07-22'), ['q-grain/v1', 'q-grain/v2'], "the document's date");
        assert.deepEqual(await events('country:TUR'), ['q-grain/v1'], 'an actor country');
        assert.deepEqual(await events('country:IQ'), ['q-strike/v1', 'q-talks/v1']);
        assert.deepEqual(await events('said-by:sadr'), ['q-strike/v1'], 'document fields test the document');
        assert.deepEqual(await events('confidence:>=0.5'), ['q-grain/v1', 'q-strike/v1', 'q-sudan/v1'], 'at the bound included; none without a confidence');
        assert.deepEqual(await events('confidence:>0.5'), ['q-strike/v1', 'q-sudan/v1']);
        assert.deepEqual(await events('confidence:0.8'), ['q-strike/v1', 'q-sudan/v1'], 'a bare number: at least');
        assert.deepEqual(await events('confidence:0.35..0.82'), ['q-grain/v1', 'q-strike/v1', 'q-talks/v1'], 'both ends included');
        assert.deepEqual(await events('confidence:<0.82'), ['q-grain/v1', 'q-talks/v1']);
        assert.deepEqual(await events('confidence:<=1 NOT confidence:1'), ['q-grain/v1', 'q-strike/v1', 'q-talks/v1']);
        assert.deepEqual(await events('NOT confidence:>=0.5'), ['q-grain/v2', 'q-talks/v1'], 'an event without a confidence is in no range, so NOT finds it');
        assert.deepEqual(await events('event:agree confidence:>=0.5'), ['q-grain/v1'], 'tested on the event, not its document');
        assert.equal((await store.findEvents(q('confidence:>0.9'))).items[0]!.event.confidence, 1);
        assert.deepEqual((await store.findEventGroups(q('confidence:>=0.5'), { limit: 100 })).items.map((g) => g.mentions.map((m) => `${m.docId}/${m.eventId}`).join()).sort(), ['q-grain/v1', 'q-strike/v1', 'q-sudan/v1']);
        assert.deepEqual(await store.timeline(q('confidence:>=0.5'), { of: 'events' }), [{ period: '2020-09-28', count: 1 }, { period: '2022-07-22', count: 1 }, { period: '2023-05-06', count: 1 }]);
        const [strike] = (await store.findEvents(q('event:19'))).items;
        assert.equal(strike!.day, '2020-09-28');
        assert.equal(strike!.evidence, 'A rocket struck near Baghdad airport on Monday');
        assert.equal(strike!.source?.name, 'Popular Mobilization Forces');
        assert.equal(strike!.source?.code, 'IRQMIL');
        assert.equal(strike!.location?.countryIso3, 'IRQ');
        assert.equal(strike!.location?.lat, 33.34);
        assert.equal(strike!.document.title, 'Rocket strike near Baghdad airport');
        const newest = await store.findEvents(q(''));
        assert.deepEqual(newest.items.map((r) => r.day), ['2023-05-06', '2022-07-22', '2022-07-21', '2020-09-30', '2020-09-28']);
      });

      it('finds quotes, testing quote: and said-by: on the quotation itself', async () => {
        const quotes = async (text: string): Promise<string[]> => (await store.findQuotes(q(text), { limit: 1000 })).items.map((r) => r.docId).sort();
        assert.deepEqual(await quotes(''), ['q-grain', 'q-strike', 'q-talks']);
        assert.deepEqual(await quotes('said-by:kadhimi'), ['q-talks']);
        assert.deepEqual(await quotes('quote:budget'), ['q-talks']);
        assert.deepEqual(await quotes('country:IQ NOT said-by:sadr'), ['q-talks']);
        const [sadr] = (await store.findQuotes(q('said-by:sadr'))).items;
        assert.equal(sadr!.content, 'the occupiers must leave Iraq now');
        assert.equal(sadr!.speaker?.name, 'Muqtada al-Sadr');
        assert.equal(sadr!.speaker?.type, 'PERSON');
      });

      it('counts entities, testing name fields and country: on the entity itself', async () => {
        const names = async (text: string): Promise<string[]> => (await store.countEntities(q(text), { limit: 1000 })).items.map((r) => `${r.type}:${r.name}`).sort();
        assert.deepEqual(await names('country:IQ'), ['GPE:Baghdad', 'GPE:Erbil', 'GPE:Iraq', 'ORG:Popular Mobilization Forces', 'PERSON:Muqtada al-Sadr', 'PERSON:Mustafa al-Kadhimi']);
        assert.deepEqual(await names('person:sadr'), ['PERSON:Muqtada al-Sadr']);
        assert.deepEqual(await names('lang:fr'), ['GPE:Soudan', 'PERSON:Mohamed Hamdan Dagalo']);
        const beside = (await store.countEntities(q('person:guterres'), { match: 'document' })).items.map((r) => r.name).sort();
        assert.deepEqual(beside, ['Guterres', 'Turkey', 'Ukraine', 'United Nations'], 'the entities of the documents naming him');
        const all = await store.countEntities(q(''), { limit: 1000 });
        assert.equal(all.total, 12);
        assert.ok(all.items.every((r) => r.documents === 1 && r.mentions === 1));
      });

      it('gives facets by day, outlet, entity, event type and country', async () => {
        const facets = await store.facets(q('lang:en'));
        assert.deepEqual(facets.day, [{ key: '2020-09-29', count: 1 }, { key: '2020-09-30', count: 1 }, { key: '2022-07-22', count: 1 }]);
        assert.deepEqual(facets.source?.map((b) => b.count), [1, 1, 1, 1]);
        assert.deepEqual(facets.source?.map((b) => b.key).sort(), ['Reuters', 'Rudaw', 'Shafaq News', 'Some Blog']);
        assert.deepEqual(facets.entity?.PERSON?.map((b) => b.key).sort(), ['Guterres', 'Muqtada al-Sadr', 'Mustafa al-Kadhimi']);
        assert.equal(facets.entity?.GPE?.length, 5);
        assert.deepEqual(facets.event?.cameoRoot, [{ key: '03', count: 1 }, { key: '04', count: 1 }, { key: '05', count: 1 }, { key: '19', count: 1 }]);
        assert.deepEqual(facets.event?.plover, [{ key: 'AGREE', count: 2 }, { key: 'ASSAULT', count: 1 }, { key: 'CONSULT', count: 1 }]);
        assert.deepEqual(facets.country, [{ key: 'IRQ', count: 2 }, { key: 'TUR', count: 1 }, { key: 'UKR', count: 1 }]);
        const some = await store.facets(q('country:IQ'), { facets: ['source'], limit: 1 });
        assert.deepEqual(Object.keys(some), ['source']);
        assert.equal(some.source?.length, 1);
      });

      it('gives timelines of documents or events by day or ISO week', async () => {
        assert.deepEqual(await store.timeline(q('country:IQ')), [{ period: '2020-09-29', count: 1 }, { period: '2020-09-30', count: 1 }]);
        assert.deepEqual(await store.timeline(q('country:IQ'), { interval: 'week' }), [{ period: '2020-W40', count: 2 }]);
        assert.deepEqual(await store.timeline(q(''), { of: 'events' }), [
          { period: '2020-09-28', count: 1 }, { period: '2020-09-30', count: 1 }, { period: '2022-07-21', count: 1 }, { period: '2022-07-22', count: 1 }, { period: '2023-05-06', count: 1 },
        ]);
        assert.deepEqual(await store.timeline(q('nothing-matches-this')), []);
      });

      it('returns stored documents by id in the order asked, unknown ids left out', async () => {
        const docs = await store.getMany(['q-talks', 'missing', 'q-strike']);
        assert.deepEqual(docs.map((doc) => doc.id), ['q-talks', 'q-strike']);
        assert.equal(docs[1]!.events[0]!.plover, 'ASSAULT');
      });

      it('rejects a query it cannot read with store.bad-query and the position', async () => {
        for (const [text, start] of [['title:', 0], ['baghdad date:2020-13', 13], ['event:99', 0], ['(baghdad', 0]] as const) {
          await assert.rejects(store.search(text), (error: unknown) => {
            assert.ok(error instanceof StoreError, String(error));
            assert.equal(error.code, 'store.bad-query', text);
            assert.ok(error.at, `${text}: a position`);
            assert.ok(error.at.start >= start && error.at.end <= text.length, `${text}: ${JSON.stringify(error.at)}`);
            return true;
          });
        }
      });

      it('rejects a cursor of another kind of query or order with store.bad-cursor', async () => {
        const page = await store.findDocuments(q('lang:en'), { limit: 1 });
        assert.ok(page.next);
        const isBadCursor = (error: unknown): boolean => error instanceof StoreError && error.code === 'store.bad-cursor';
        await assert.rejects(store.findDocuments(q('baghdad'), { after: page.next }), isBadCursor, 'a date key for a relevance order');
        await assert.rejects(store.findEvents(q(''), { after: page.next }), isBadCursor);
        await assert.rejects(store.findDocuments(q(''), { after: [1, 2] }), isBadCursor);
      });
    });

    describe('pages', () => {
      const COUNT = 61;
      beforeEach(async () => {
        store = getStore();
        await store.putMany(tiedCorpus(make, COUNT, 5), V);
      });

      it('walks every document in every order, ties and undated ones included, with a stable total', async () => {
        for (const sort of ['relevance', 'newest', 'oldest'] as const) {
          for (const limit of [1, 7, 1000]) {
            const text = sort === 'relevance' ? 'basra' : '';
            const result = await walk((after) => store.findDocuments(q(text), { sort, limit, ...(after ? { after } : {}) }), (hit) => hit.id, limit);
            assert.equal(result.keys.length, COUNT, `${sort}/${limit}`);
            assert.equal(result.total, COUNT);
            assert.equal(result.pages, Math.ceil(COUNT / limit), `${sort}/${limit}: pages`);
          }
        }
      });

      it('walks documents in date order: each page continues where the last ended', async () => {
        const { keys } = await walk((after) => store.findDocuments(q(''), { sort: 'oldest', limit: 4, ...(after ? { after } : {}) }), (hit) => hit.id, 4);
        const all = (await store.findDocuments(q(''), { sort: 'oldest', limit: 1000 })).items.map((hit) => hit.id);
        assert.deepEqual(keys, all);
      });

      it('walks every event, quote and entity', async () => {
        const events = await walk((after) => store.findEvents(q(''), { limit: 9, ...(after ? { after } : {}) }), (r) => `${r.docId}/${r.event.id}`, 9);
        assert.equal(events.keys.length, COUNT * 2);
        assert.equal(events.total, COUNT * 2);
        const oldEvents = await walk((after) => store.findEvents(q('event:042'), { sort: 'oldest', limit: 5, ...(after ? { after } : {}) }), (r) => `${r.docId}/${r.event.id}`, 5);
        assert.equal(oldEvents.keys.length, COUNT);
        const quotes = await walk((after) => store.findQuotes(q('basra'), { limit: 10, ...(after ? { after } : {}) }), (r) => r.docId, 10);
        assert.equal(quotes.keys.length, COUNT);
        const entities = await walk((after) => store.countEntities(q(''), { limit: 2, ...(after ? { after } : {}) }), (r) => `${r.type}:${r.name}`, 2);
        assert.deepEqual(entities.keys, ['GPE:Basra', 'PERSON:Trader 0', 'PERSON:Trader 1', 'PERSON:Trader 2', 'PERSON:Trader 3']);
      });

      it('does not count when asked not to, and clamps the page size to 1..1000', async () => {
        const uncounted = await store.findDocuments(q(''), { count: false, limit: 5 });
        assert.equal(uncounted.total, undefined);
        assert.equal(uncounted.items.length, 5);
        assert.equal((await store.findDocuments(q(''), { limit: 0 })).items.length, 1);
        assert.equal((await store.findDocuments(q(''), { limit: 5000 })).items.length, COUNT);
      });
    });
  });
}

/**
 * Checks a store upgrade for `confidence:`: a store written today, taken back by
 * `downgrade` to a version before the events' confidence column, opens upgraded with
 * the column filled from the stored events (and left empty where an event has none).
 */
export async function checkConfidenceSurvivesUpgrade(open: () => Promise<Store>, downgrade: () => Promise<void>, latestVersion: number, make: MakeDocument): Promise<void> {
  const first = await open();
  await first.putMany(queryCorpus(make), V);
  await first.close();
  await downgrade();
  const upgraded = await open();
  try {
    assert.equal((await upgraded.stats()).storeVersion, latestVersion);
    const events = async (text: string): Promise<string[]> => (await upgraded.findEvents(q(text), { limit: 1000 })).items.map((r) => `${r.docId}/${r.event.id}`).sort();
    assert.deepEqual(await events('confidence:>=0.5'), ['q-grain/v1', 'q-strike/v1', 'q-sudan/v1']);
    assert.deepEqual(await events('NOT confidence:0'), ['q-grain/v2'], 'no confidence stays none');
  } finally {
    await upgraded.close();
  }
}
