import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Entity } from '../../model/schema.js';
import { DEFAULT_CONFIG } from '../../pipeline/config.js';
import { silentLogger } from '../../pipeline/logger.js';
import type { StageContext } from '../../pipeline/stage.js';
import { documentFromText } from '../../test-support/documents.js';
import { EXAMPLES_DIR } from '../../test-support/paths.js';
import { analyze } from '../../pipeline/analyze.js';
import { sentenceStage } from '../nlp/sentences.js';
import { tokenStage } from '../nlp/tokenize.js';
import { entityStage } from './entity-stage.js';

const ctx: StageContext = { config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date() };

function entitiesOf(text: string): Entity[] {
  const doc = documentFromText(text);
  for (const stage of [sentenceStage, tokenStage, entityStage]) stage.run(doc, ctx);
  return doc.entities!;
}

function byMention(entities: readonly Entity[], mention: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === mention));
}

/** Structural promises, whatever the text: ids in order, offsets that point at the mention, no overlaps. */
function assertWellFormed(text: string, entities: readonly Entity[]): void {
  entities.filter((e) => e.mentions.length > 0).forEach((entity) => {
    for (const m of entity.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
  entities.forEach((e, i) => assert.equal(e.id, `e${i + 1}`));
  const spans = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i]!.start >= spans[i - 1]!.end, `"${spans[i - 1]!.text}" and "${spans[i]!.text}" overlap`);
}

describe('entity stage on news text', () => {
  const text = [
    'Iraqi Prime Minister Mustafa al-Kadhimi met the head of the World Bank, David Malpass, in Baghdad on Monday.',
    'Al-Kadhimi said the United States and Iran should keep their dispute out of Iraq.',
    'Washington has accused Iran of arming militias, and the U.S. embassy was attacked again.',
  ].join('\n\n');
  const entities = entitiesOf(text);

  test('output is well formed', () => assertWellFormed(text, entities));

  test('people, with a short form linked to the full name', () => {
    const kadhimi = byMention(entities, 'Mustafa al-Kadhimi');
    assert.equal(kadhimi?.type, 'PERSON');
    assert.ok(kadhimi!.mentions.some((m) => m.text === 'Al-Kadhimi'), `mentions: ${kadhimi!.mentions.map((m) => m.text).join(', ')}`);
    assert.equal(kadhimi!.name, 'Mustafa al-Kadhimi');
    assert.equal(byMention(entities, 'David Malpass')?.type, 'PERSON');
  });

  test('countries group under one canonical name; a capital as actor joins its country', () => {
    const us = byMention(entities, 'United States');
    assert.equal(us?.type, 'GPE');
    assert.equal(us!.name, 'United States');
    assert.equal(us!.country, 'USA');
    assert.ok(us!.mentions.some((m) => m.text === 'U.S.'));
    assert.ok(us!.mentions.some((m) => m.text === 'Washington'), 'Washington accuses: the government');
    assert.equal(byMention(entities, 'Baghdad')?.type, 'GPE', '"in Baghdad" stays a place');
    assert.notEqual(byMention(entities, 'Baghdad'), byMention(entities, 'Iraq'));
  });

  test('organisations and demonyms', () => {
    assert.equal(byMention(entities, 'World Bank')?.type, 'ORG');
    assert.equal(byMention(entities, 'Iraqi')?.type, 'NORP');
  });
});

describe('entity stage edge cases', () => {
  test('no sentences, no entities', () => {
    assert.deepEqual(entitiesOf(''), []);
    assert.deepEqual(entitiesOf('   \n\n '), []);
  });
  test('lower-case text names nobody', () => {
    assert.deepEqual(entitiesOf('the cat sat on the mat and looked at the dog.'), []);
  });
});

describe('entity stage on the founding example', () => {
  const path = join(EXAMPLES_DIR, 'shafaq-2020-09-30-sadr.txt');
  const result = analyze({ bytes: readFileSync(path), mediaType: 'text/plain', path });
  test('is analysed, the publisher is an organisation, and the comment form names nobody', () => {
    assert.ok(result.ok);
    const doc = result.document;
    assertWellFormed(doc.text, doc.entities);
    assert.ok(doc.entities.some((e) => e.type === 'ORG' && e.name === 'Shafaq News' && e.roles.includes('publisher')));
    assert.equal(byMention(doc.entities, 'Facebook'), undefined);
    const sadr = byMention(doc.entities, 'Muqtada al-Sadr');
    assert.ok(sadr?.mentions.some((m) => m.text === 'Al-Sadr'));
  });
});
