/**
 * The behaviour every Store implementation must show, as a node:test suite.
 * An implementation's test file calls `storeContract(name, makeStore)`; the suite
 * is shared unchanged between implementations, so a failure here is the
 * implementation's to fix, not the suite's.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { AnalysedDocument, SCHEMA_VERSION, type Entity, type EntityType } from '../model/schema.js';
import { eventGroupContract } from './event-group-contract.js';
import { nearDuplicateContract } from './near-duplicate-contract.js';
import { queryContract } from './query-contract.js';
import { StoreError, type Store } from './store.js';

/** A valid AnalysedDocument; paragraphs and sentences cover `text` unless overridden. */
export function makeTestDocument(overrides: Partial<AnalysedDocument> = {}): AnalysedDocument {
  const text = overrides.text ?? 'Officials met in Baghdad on Tuesday to discuss the budget.';
  const fields: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    id: 'doc-1',
    title: 'Officials meet in Baghdad',
    published: '2020-09-29T10:00:00Z',
    source: { name: 'Test Wire', url: 'https://example.org/doc-1' },
    language: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
    sentences: [{ start: 0, end: text.length }],
    entities: [],
    quotes: [],
    times: [],
    events: [],
    places: [],
    issues: [],
    provenance: [{ stage: 'test', version: '1', ms: 0 }],
    ...overrides,
  };
  // An override set to undefined removes the field, as an absent optional field.
  return AnalysedDocument.parse(
    Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
  );
}

/** An entity whose mentions are its occurrences of `name` in `text` (at least one, at 0, if none). */
export function makeTestEntity(id: string, name: string, type: EntityType, text = ''): Entity {
  const starts = occurrences(text, name);
  const mentions = (starts.length > 0 ? starts : [0]).map((start) => ({
    start,
    end: start + name.length,
    text: name,
  }));
  return { id, name, type, mentions, aliases: [], roles: [] };
}

/** A span of `text` around the first occurrence of `part`. */
function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

/** A document with a quote by Muqtada al-Sadr, named as such. */
function quotedDocument(): AnalysedDocument {
  const text = 'Muqtada al-Sadr said the armed factions must disarm before the vote.';
  return makeTestDocument({
    id: 'sadr-quoted', title: 'Cleric warns factions', text,
    entities: [makeTestEntity('e1', 'Muqtada al-Sadr', 'PERSON', text)],
    quotes: [{ id: 'q1', kind: 'indirect', content: spanOf(text, 'the armed factions must disarm before the vote'), speaker: { ...spanOf(text, 'Muqtada al-Sadr'), text: 'Muqtada al-Sadr', entityId: 'e1' }, cue: { ...spanOf(text, 'said'), text: 'said' } }],
  });
}

/** A document that names Muqtada al-Sadr but quotes nobody. */
function namedDocument(): AnalysedDocument {
  const text = 'Protesters carried pictures of Muqtada al-Sadr through Baghdad.';
  return makeTestDocument({ id: 'sadr-named', title: 'Protest in Baghdad', text, entities: [makeTestEntity('e1', 'Muqtada al-Sadr', 'PERSON', text)] });
}

/** A document whose quote's speaker is written "He" and resolved to Ali Hassan. */
function pronounDocument(): AnalysedDocument {
  const text = 'Ali Hassan left the hall. He said the vote would be delayed.';
  return makeTestDocument({
    id: 'pronoun-quoted', title: 'Vote delayed', text,
    entities: [makeTestEntity('e1', 'Ali Hassan', 'PERSON', text)],
    quotes: [{ id: 'q1', kind: 'indirect', content: spanOf(text, 'the vote would be delayed'), speaker: { ...spanOf(text, 'He'), text: 'He', entityId: 'e1' } }],
  });
}

function occurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && needle !== ''; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

const V1 = 'pipeline@1';
const V2 = 'pipeline@2';

export function storeContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    nearDuplicateContract(() => store, makeTestDocument);
    queryContract(() => store, makeTestDocument);
    eventGroupContract(() => store, makeTestDocument);

    describe('put and get', () => {
      it('round-trips a document unchanged', async () => {
        const text = 'Mustafa al-Kādhimī met the Kurdistan Regional Government in Erbil.';
        const doc = makeTestDocument({
          text,
          entities: [
            makeTestEntity('e1', 'Mustafa al-Kādhimī', 'PERSON', text),
            makeTestEntity('e2', 'Kurdistan Regional Government', 'ORG', text),
          ],
        });
        assert.equal(await store.put(doc, V1), 'inserted');
        assert.deepEqual(await store.get(doc.id), doc);
      });

      it('returns undefined for an unknown id', async () => {
        assert.equal(await store.get('missing'), undefined);
      });

      it('treats the same analysis version as a no-op', async () => {
        const doc = makeTestDocument({ entities: [makeTestEntity('e1', 'Baghdad', 'GPE')] });
        await store.put(doc, V1);
        const before = await store.stats();
        const [summaryBefore] = await store.list();

        const outcome = await store.put({ ...doc, title: 'Changed but same version' }, V1);

        assert.equal(outcome, 'unchanged');
        assert.deepEqual(await store.stats(), before);
        assert.deepEqual(await store.get(doc.id), doc);
        assert.deepEqual(await store.list(), [summaryBefore]);
      });

      it('replaces content on a new analysis version and keeps ingestedAt', async () => {
        const old = makeTestDocument({
          title: 'Zebra report',
          text: 'An obsolete paragraph about zebras.',
          entities: [makeTestEntity('e1', 'Old Entity', 'ORG'), makeTestEntity('e2', 'Other Old', 'PERSON')],
        });
        await store.put(old, V1);
        const [{ ingestedAt }] = await store.list();
        await delay(5);

        const replacement = makeTestDocument({
          title: 'Giraffe report',
          text: 'A fresh paragraph about giraffes.',
          entities: [makeTestEntity('e1', 'New Entity', 'GPE')],
        });
        assert.equal(await store.put(replacement, V2), 'updated');

        assert.deepEqual(await store.get(old.id), replacement);
        const [summary] = await store.list();
        assert.equal(summary.ingestedAt, ingestedAt);
        assert.equal(summary.title, 'Giraffe report');
        assert.deepEqual(
          (await store.entities(old.id)).map((entity) => entity.name),
          ['New Entity'],
        );
        assert.equal((await store.search('zebras')).total, 0);
        assert.equal((await store.search('Zebra')).total, 0);
        assert.equal((await store.search('"Old Entity"')).total, 0);
        assert.equal((await store.search('giraffes')).total, 1);
        const stats = await store.stats();
        assert.equal(stats.documents, 1);
        assert.equal(stats.entities, 1);
      });

      it('putMany stores all and reports each outcome', async () => {
        await store.put(makeTestDocument({ id: 'a' }), V1);
        const outcomes = await store.putMany(
          [makeTestDocument({ id: 'a' }), makeTestDocument({ id: 'b' }), makeTestDocument({ id: 'c' })],
          V1,
        );
        assert.deepEqual(outcomes, ['unchanged', 'inserted', 'inserted']);
        assert.equal((await store.stats()).documents, 3);
      });

      it('putMany is atomic: one rejected document stores none', async () => {
        const good = makeTestDocument({ id: 'good', entities: [makeTestEntity('e1', 'Baghdad', 'GPE')] });
        const bad = makeTestDocument({ id: '' });

        await assert.rejects(store.putMany([good, bad], V1), Error);

        assert.equal(await store.has('good'), false);
        assert.equal(await store.get('good'), undefined);
        const stats = await store.stats();
        assert.equal(stats.documents, 0);
        assert.equal(stats.entities, 0);
        assert.equal((await store.search('Baghdad')).total, 0);
      });
    });

    describe('has', () => {
      it('answers by id, and by id and analysis version', async () => {
        await store.put(makeTestDocument({ id: 'x' }), V1);
        assert.equal(await store.has('x'), true);
        assert.equal(await store.has('x', V1), true);
        assert.equal(await store.has('x', V2), false);
        assert.equal(await store.has('y'), false);
        assert.equal(await store.has('y', V1), false);
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        await store.putMany(searchCorpus(), V1);
      });

      it('finds a document by a body word', async () => {
        assert.deepEqual(await hitIds(store, 'parliament'), ['iraq-pm']);
      });

      it('finds a document by a title word', async () => {
        assert.deepEqual(await hitIds(store, 'Squeeze'), ['iran-oil']);
      });

      it('finds a document by an entity name', async () => {
        assert.deepEqual(await hitIds(store, 'OPEC'), ['iran-oil']);
      });

      it('matches a quoted phrase as a phrase', async () => {
        assert.deepEqual(await hitIds(store, '"prime minister"'), ['iraq-pm']);
        assert.deepEqual(await hitIds(store, '"minister prime"'), []);
      });

      it('ignores diacritics both ways', async () => {
        assert.deepEqual(await hitIds(store, 'Kadhimi'), ['iraq-pm']);
        assert.deepEqual(await hitIds(store, 'Kāẓimī'), ['iraq-kazimi']);
        assert.deepEqual(await hitIds(store, 'kazimi'), ['iraq-kazimi']);
      });

      it('supports a prefix query', async () => {
        assert.deepEqual(await hitIds(store, 'parliam*'), ['iraq-pm']);
      });

      it('returns a snippet marking the match with « »', async () => {
        const { hits } = await store.search('parliament');
        assert.match(hits[0].snippet, /«parliament»/iu);
        assert.equal(typeof hits[0].score, 'number');
        assert.equal(hits[0].title, 'Premier addresses parliament');
        assert.equal(hits[0].source, 'Test Wire');
      });

      it('supports OR and NOT', async () => {
        assert.deepEqual((await hitIds(store, 'parliament OR OPEC')).sort(), ['iran-oil', 'iraq-pm']);
        assert.deepEqual((await hitIds(store, 'parliament or OPEC')).sort(), ['iran-oil', 'iraq-pm']);
        assert.deepEqual(
          (await hitIds(store, 'budget NOT parliament')).sort(),
          budgetIds()
            .filter((id) => id !== 'iraq-pm')
            .sort(),
        );
      });

      it('ranks a title match above a passing mention', async () => {
        const ids = await hitIds(store, 'sanctions');
        assert.equal(ids[0], 'iran-oil');
      });

      it('paginates with a stable total', async () => {
        const all = budgetIds();
        const seen: string[] = [];
        for (let offset = 0; offset < all.length; offset += 2) {
          const result = await store.search('budget', { limit: 2, offset });
          assert.equal(result.total, all.length);
          seen.push(...result.hits.map((hit) => hit.id));
        }
        assert.deepEqual([...seen].sort(), [...all].sort());
        assert.equal((await store.search('budget', { limit: 2, offset: 100 })).hits.length, 0);
        assert.equal((await store.search('budget')).hits.length, all.length);
      });

      it('never lets FTS syntax through: results or StoreError store.bad-query', async () => {
        for (const query of HOSTILE_QUERIES) {
          try {
            const result = await store.search(query);
            assert.equal(typeof result.total, 'number', query);
          } catch (error) {
            assert.ok(error instanceof StoreError, `${query}: ${String(error)}`);
            assert.equal(error.code, 'store.bad-query', query);
          }
        }
      });

      it('rejects an empty or punctuation-only query with store.bad-query', async () => {
        for (const query of ['', '   ', '"', '""', '*', '( ) - : ^']) {
          await assert.rejects(store.search(query), isBadQuery, JSON.stringify(query));
        }
      });
    });

    describe('search by quote speaker', () => {
      beforeEach(async () => {
        await store.putMany([quotedDocument(), namedDocument(), pronounDocument()], V1);
      });

      it('finds the documents that quote a speaker with said-by:, not those that only name them', async () => {
        assert.deepEqual(await hitIds(store, 'said-by:Sadr'), ['sadr-quoted']);
        assert.deepEqual(await hitIds(store, 'said-by:"Muqtada al-Sadr"'), ['sadr-quoted']);
        assert.deepEqual(await hitIds(store, 'SAID-BY:sadr'), ['sadr-quoted']);
        assert.deepEqual((await hitIds(store, 'Sadr')).sort(), ['sadr-named', 'sadr-quoted']);
      });

      it('finds a speaker named only by a pronoun through the entity it resolves to', async () => {
        assert.deepEqual(await hitIds(store, 'said-by:Hassan'), ['pronoun-quoted']);
      });

      it('combines said-by: with words, OR, NOT and a prefix', async () => {
        assert.deepEqual(await hitIds(store, 'said-by:Sadr disarm'), ['sadr-quoted']);
        assert.deepEqual(await hitIds(store, 'said-by:Sadr parliament'), []);
        assert.deepEqual((await hitIds(store, 'said-by:Sadr OR said-by:Hassan')).sort(), ['pronoun-quoted', 'sadr-quoted']);
        assert.deepEqual(await hitIds(store, 'Sadr NOT said-by:Sadr'), ['sadr-named']);
        assert.deepEqual(await hitIds(store, 'said-by:sad*'), ['sadr-quoted']);
      });

      it('rejects said-by: without a name with store.bad-query', async () => {
        await assert.rejects(store.search('said-by:'), isBadQuery);
        await assert.rejects(store.search('said-by:""'), isBadQuery);
      });
    });

    it('search on an empty store finds nothing', async () => {
      assert.deepEqual(await store.search('anything'), { total: 0, hits: [] });
    });

    describe('entities', () => {
      it('lists the stored entities of a document', async () => {
        const text = 'Iraq and Iran met; Iraq spoke first.';
        await store.put(
          makeTestDocument({
            text,
            entities: [makeTestEntity('e1', 'Iraq', 'GPE', text), makeTestEntity('e2', 'Iran', 'GPE', text)],
          }),
          V1,
        );
        assert.deepEqual(await store.entities('doc-1'), [
          { docId: 'doc-1', name: 'Iraq', type: 'GPE', mentions: 2 },
          { docId: 'doc-1', name: 'Iran', type: 'GPE', mentions: 1 },
        ]);
        assert.deepEqual(await store.entities('missing'), []);
      });
    });

    describe('list', () => {
      it('lists newest first, undated last', async () => {
        await store.putMany(
          [
            makeTestDocument({ id: 'middle', published: '2020-06-01T00:00:00Z' }),
            makeTestDocument({ id: 'undated', published: undefined }),
            makeTestDocument({ id: 'newest', published: '2021-01-01T00:00:00Z' }),
            makeTestDocument({ id: 'oldest', published: '2019-01-01T00:00:00Z' }),
          ],
          V1,
        );
        const listed = await store.list();
        assert.deepEqual(
          listed.map((summary) => summary.id),
          ['newest', 'middle', 'oldest', 'undated'],
        );
        assert.equal(listed[3].published, undefined);
        assert.equal(listed[0].published, '2021-01-01T00:00:00Z');
        assert.deepEqual(
          (await store.list({ limit: 2, offset: 1 })).map((summary) => summary.id),
          ['middle', 'oldest'],
        );
      });
    });

    describe('processed inputs', () => {
      it('records inputs with their documents in the same transaction', async () => {
        const doc = makeTestDocument({ id: 'from-a' });
        await store.putMany([doc], V1, {
          inputs: [
            { inputId: 'input-a', docId: 'from-a' },
            { inputId: 'input-b', rejection: { code: 'input.empty', message: 'input is empty (0 bytes)' } },
          ],
        });
        const done = await store.processedInputs(['input-a', 'input-b', 'input-c'], V1);
        assert.deepEqual([...done.keys()].sort(), ['input-a', 'input-b']);
        assert.deepEqual(done.get('input-a'), { inputId: 'input-a', docId: 'from-a' });
        assert.deepEqual(done.get('input-b'), {
          inputId: 'input-b',
          rejection: { code: 'input.empty', message: 'input is empty (0 bytes)' },
        });
        assert.equal((await store.processedInputs(['input-a'], V2)).size, 0);
        assert.equal((await store.processedInputs([], V1)).size, 0);
      });

      it('a newer analysis of an input replaces its record', async () => {
        await store.putMany([], V1, { inputs: [{ inputId: 'input-a', rejection: { code: 'input.empty', message: 'empty' } }] });
        await store.putMany([makeTestDocument({ id: 'now-a-doc' })], V2, {
          inputs: [{ inputId: 'input-a', docId: 'now-a-doc' }],
        });
        assert.equal((await store.processedInputs(['input-a'], V1)).size, 0);
        assert.deepEqual((await store.processedInputs(['input-a'], V2)).get('input-a'), {
          inputId: 'input-a',
          docId: 'now-a-doc',
        });
      });

      it('records nothing when the batch fails', async () => {
        await assert.rejects(
          store.putMany([makeTestDocument({ id: '' })], V1, { inputs: [{ inputId: 'input-a', docId: 'x' }] }),
          Error,
        );
        assert.equal((await store.processedInputs(['input-a'], V1)).size, 0);
      });
    });

    describe('findEntities', () => {
      beforeEach(async () => {
        await store.putMany(searchCorpus(), V1);
        const text = 'Mustafa al-Kazimi met Kazimi Holdings and 100% Owned Co.';
        await store.put(
          makeTestDocument({
            id: 'kazimi-again',
            text,
            entities: [
              makeTestEntity('e1', 'Mustafa al-Kazimi', 'PERSON', text),
              makeTestEntity('e2', 'Kazimi', 'ORG', text),
              makeTestEntity('e3', '100% Owned Co', 'ORG', text),
            ],
          }),
          V1,
        );
      });

      it('finds names containing the text, ignoring case and diacritics, exact names first', async () => {
        const matches = await store.findEntities('KAZIMI');
        assert.deepEqual(
          matches.map((match) => [match.name, match.type, match.documents]),
          [
            ['Kazimi', 'ORG', 1],
            ['Mustafa al-Kazimi', 'PERSON', 2],
          ],
        );
        assert.deepEqual(
          (await store.findEntities('kādhimī')).map((match) => match.name),
          ['Mustafa al-Kādhimī'],
        );
        assert.equal(matches[1].mentions, 2);
      });

      it('reads LIKE wildcards as text, limits, and finds nothing for nothing', async () => {
        assert.deepEqual(
          (await store.findEntities('0% o')).map((match) => match.name),
          ['100% Owned Co'],
        );
        assert.deepEqual(await store.findEntities('_'), []);
        assert.deepEqual(await store.findEntities('   '), []);
        assert.equal((await store.findEntities('a', { limit: 1 })).length, 1);
      });
    });

    describe('stats', () => {
      it('counts documents and entities', async () => {
        const empty = await store.stats();
        assert.equal(empty.documents, 0);
        assert.equal(empty.entities, 0);
        await store.putMany(searchCorpus(), V1);
        const stats = await store.stats();
        const corpus = searchCorpus();
        assert.equal(stats.documents, corpus.length);
        assert.equal(stats.entities, corpus.reduce((sum, doc) => sum + doc.entities.length, 0));
        assert.ok(Number.isInteger(stats.storeVersion) && stats.storeVersion >= 1);
      });
    });
  });
}

const HOSTILE_QUERIES = [
  '"',
  '"unclosed phrase',
  '*',
  'budget*',
  '*budget',
  '(',
  ')',
  '(budget',
  'NEAR(budget oil)',
  'NEAR',
  'budget NEAR oil',
  '-',
  '-budget',
  'budget -oil',
  ':',
  'title:budget',
  'title : budget',
  '{title text}: budget',
  '^budget',
  'AND',
  'OR',
  'NOT',
  'budget AND',
  'OR budget',
  'NOT budget',
  'budget NOT',
  'budget OR NOT oil',
  'budget "" oil',
  'budget """ oil',
  "budget' oil",
  'budget\u0000oil',
  '+ - * / ( ) " : ^ NEAR AND OR NOT',
];

function isBadQuery(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'store.bad-query';
}

async function hitIds(store: Store, query: string): Promise<string[]> {
  const { hits } = await store.search(query);
  return hits.map((hit) => hit.id);
}

function budgetIds(): string[] {
  return searchCorpus()
    .filter((doc) => /budget/iu.test(doc.text))
    .map((doc) => doc.id);
}

/** Small fixed corpus: each search test targets words only one or two documents hold. */
function searchCorpus(): AnalysedDocument[] {
  const pmText =
    'The prime minister Mustafa al-Kādhimī told parliament that the budget would pass. ' +
    'Lawmakers debated the budget late into the night.';
  const oilText = 'Exports fell again this month. OPEC delegates met in Vienna to talk about the budget.';
  const kazimiText = 'Mustafa al-Kazimi visited Basra to inspect the port and the provincial budget.';
  const documents = [
    makeTestDocument({
      id: 'iraq-pm',
      title: 'Premier addresses parliament',
      text: pmText,
      published: '2020-09-29T10:00:00Z',
      entities: [makeTestEntity('e1', 'Mustafa al-Kādhimī', 'PERSON', pmText)],
    }),
    makeTestDocument({
      id: 'iran-oil',
      title: 'Sanctions squeeze Iranian oil',
      text: oilText,
      published: '2020-09-28T10:00:00Z',
      entities: [makeTestEntity('e1', 'OPEC', 'ORG', oilText), makeTestEntity('e2', 'Vienna', 'GPE', oilText)],
    }),
    makeTestDocument({
      id: 'iraq-kazimi',
      title: 'Visit to Basra',
      text: kazimiText,
      published: '2020-09-27T10:00:00Z',
      entities: [makeTestEntity('e1', 'Mustafa al-Kazimi', 'PERSON', kazimiText)],
    }),
  ];
  for (let index = 1; index <= 4; index += 1) {
    const text = `Routine note ${index}: the municipal budget was published, and sanctions were mentioned once.`;
    documents.push(
      makeTestDocument({ id: `routine-${index}`, title: `Routine note ${index}`, text, published: `2020-01-0${index}` }),
    );
  }
  return documents;
}
