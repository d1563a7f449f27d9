/**
 * Events merged across articles, end to end: real article texts (test/fixtures/event-dedup)
 * through the real pipeline into the real SQLite and PostgreSQL stores.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { nearDuplicatesFor } from '../dedup/near-duplicates.js';
import type { AnalysedDocument } from '../model/schema.js';
import { analysisVersion, analyze } from '../pipeline/analyze.js';
import { parseQuery } from '../query/parse.js';
import type { EventGroup } from '../query/results.js';
import { dropSchemas, onPostgres, postgresUnavailable, randomSchemaName, testLocation } from '../test-support/postgres.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

const FIXTURES = new URL('../../../test/fixtures/event-dedup/', import.meta.url);
const ARTICLES: Record<string, string> = {
  reuters: 'https://www.reuters.com/world/middle-east/iraq-condemns-turkish-drone-strike',
  aljazeera: 'https://www.aljazeera.com/news/baghdad-condemns-turkish-drone-strike',
  rudaw: 'https://www.rudaw.net/english/kurdistan/iraq-cancels-visit',
  'next-day': 'https://www.rudaw.net/english/kurdistan/new-turkish-strike',
  iran: 'https://www.aljazeera.com/news/iraq-condemns-iranian-shelling',
};
const ALL = parseQuery('', { allowEmpty: true }).root;

function analysed(name: string, url = ARTICLES[name]!): AnalysedDocument {
  const result = analyze({ text: readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8'), mediaType: 'text/plain', url });
  assert.ok(result.ok, `${name}: ${result.ok ? '' : result.rejection.message}`);
  return result.document;
}

/** The merged event whose reports include the condemnation (CAMEO 111) in `name`'s article. */
function condemnationIn(groups: EventGroup[], docs: Map<string, AnalysedDocument>, name: string): EventGroup {
  const doc = docs.get(name)!;
  const group = groups.find((g) => g.mentions.some((m) => m.docId === doc.id && g.record.event.cameo.startsWith('111')));
  assert.ok(group, `no condemnation merged from ${name}: ${groups.map((g) => g.key).join(', ')}`);
  return group;
}

const unavailable = await postgresUnavailable();
const schema = randomSchemaName();
after(() => dropSchemas([schema]));

pipelineSuite('sqlite', async () => SqliteStore.open(':memory:'));
onPostgres('events merged across real articles on postgres', unavailable, () => {
  pipelineSuite('postgres', () => PostgresStore.open(testLocation(schema)));
});

function pipelineSuite(name: string, open: () => Promise<Store>): void {
  describe(`events merged across real articles on ${name}`, () => {
    const version = analysisVersion();
    const docs = new Map(Object.keys(ARTICLES).map((article) => [article, analysed(article)]));
    let store: Store;
    before(async () => {
      store = await open();
      await store.putMany([...docs.values()], version, { nearDuplicates: await nearDuplicatesFor([...docs.values()], store) });
    });
    after(() => store?.close());

    it('three outlets reporting that Iraq condemned Turkey on 12 August make one event with three mentions', async () => {
      const groups = (await store.findEventGroups(ALL, { limit: 1000 })).items;
      const condemnation = condemnationIn(groups, docs, 'reuters');
      assert.equal(condemnation.key, '2020-08-12|IRQ|TUR|111||');
      assert.deepEqual([condemnation.numMentions, condemnation.numArticles, condemnation.numSources], [3, 3, 3]);
      assert.deepEqual(condemnation.mentions.map((m) => m.outlet), ['reuters.com', 'aljazeera.com', 'rudaw.net']);
      assert.equal(condemnationIn(groups, docs, 'rudaw'), condemnation, 'Rudaw, the next morning, dates it Wednesday');
    });

    it('a condemnation on another day, or of another country, stays apart', async () => {
      const groups = (await store.findEventGroups(ALL, { limit: 1000 })).items;
      const condemnation = condemnationIn(groups, docs, 'reuters');
      for (const other of ['next-day', 'iran']) {
        const group = condemnationIn(groups, docs, other);
        assert.notEqual(group.key, condemnation.key, other);
        assert.equal(group.numMentions, 1, other);
      }
    });

    it('re-ingesting an article adds no mention; a wire copy on another outlet is one more source, not another story', async () => {
      await store.putMany([docs.get('reuters')!, docs.get('aljazeera')!], version);
      const again = condemnationIn((await store.findEventGroups(ALL, { limit: 1000 })).items, docs, 'reuters');
      assert.deepEqual([again.numMentions, again.numArticles, again.numSources], [3, 3, 3]);
      assert.equal(again.numStories, 3);
      const copy = analysed('reuters', 'https://www.thenationalnews.com/world/mena/iraq-condemns-turkish-drone-strike');
      await store.putMany([copy], version, { nearDuplicates: await nearDuplicatesFor([copy], store) });
      const copied = condemnationIn((await store.findEventGroups(ALL, { limit: 1000 })).items, docs, 'reuters');
      assert.deepEqual([copied.numMentions, copied.numArticles, copied.numSources, copied.numStories], [4, 4, 4, 3]);
      assert.ok(copied.mentions.some((m) => m.outlet === 'thenationalnews.com'));
    });
  });
}
