import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, EntityType, Quote } from '../../model/schema.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize } from '../nlp/tokenize.js';
import { findQuotes } from './quote-stage.js';

/** The quotes found in one paragraph whose `people` (persons, or names with another type) are its only entities. */
function quotesIn(paragraph: string, people: readonly (string | { name: string; type: EntityType })[]): Quote[] {
  const span = { start: 0, end: paragraph.length };
  const sentences = splitSentences(paragraph, span.start, span.end);
  const tokens = sentences.flatMap((s) => tokenize(paragraph, s.start, s.end));
  const entities: Entity[] = people.map((named, i) => {
    const { name, type } = typeof named === 'string' ? { name: named, type: 'PERSON' as const } : named;
    return {
      id: `p${i}`, name, type, aliases: [], roles: [],
      mentions: [...paragraph.matchAll(new RegExp(name, 'gu'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name })),
    };
  });
  return findQuotes({ text: paragraph, paragraphs: [span], sentences, tokens, entities });
}

/** The speaker phrase of the quote whose content starts with `starting`. */
function speakerOf(paragraph: string, people: readonly string[], starting: string): string | undefined {
  const quotes = quotesIn(paragraph, people);
  const quote = quotes.find((q) => paragraph.slice(q.content.start, q.content.end).startsWith(starting));
  assert.ok(quote, `a quote starting ${JSON.stringify(starting)}; got ${JSON.stringify(quotes.map((q) => paragraph.slice(q.content.start, q.content.end)))}`);
  return quote.speaker?.text;
}

/** The speaker phrases of all quotes found in the paragraph. */
const speakersIn = (paragraph: string, people: readonly string[]): string[] => quotesIn(paragraph, people).flatMap((q) => (q.speaker ? [q.speaker.text] : []));

describe('speakers (from errors on PolNeAR train)', () => {
  it('gives a quotation no verb took the name right after it, whatever its verb', () => {
    const kelly = '“You’ve called women you don’t like fat pigs, dogs, slobs and disgusting animals,” Kelly charged in her now-infamous assault.';
    assert.equal(speakerOf(kelly, ['Kelly'], 'You’ve called women'), 'Kelly');
    const oliver = '“OK, for a start, his wife has explained that she chose not to speak because she gets too upset,” Oliver barked.';
    assert.equal(speakerOf(oliver, ['Oliver'], 'OK, for a start'), 'Oliver');
  });

  it('gives a participle inside a relative clause the relative pronoun, not the main clause’s subject', () => {
    const clarke = 'The report was welcomed by Clarke, who recently co-authored a paper outlining how the military success against the group could drive more attacks elsewhere.';
    assert.equal(speakerOf(clarke, ['Clarke'], 'how the military success'), 'who');
  });

  it('gives a quotation after a colon the subject of the clause before it, not a noun phrase inside that clause', () => {
    const perez = 'In city after city, Perez lobbies for a higher minimum wage: “No one who works a full-time job in this country should have to live in poverty.”';
    assert.equal(speakerOf(perez, ['Perez'], 'No one who works'), 'Perez');
    const lines = 'But back on American soil, he returned to his familiar lines: “It’s called America First! There will be no amnesty!”';
    assert.equal(speakerOf(lines, [], 'It’s called America First'), 'he');
  });

  it('gives a participle the subject of the clause it stands in: past an opening subordinate clause or time adverbial, or after ", and" with a subject', () => {
    const when = 'When liberal organizations advocated for a public option during the talks, Rahm Emanuel pressured them to stop by threatening their funding sources.';
    assert.equal(speakerOf(when, ['Rahm Emanuel'], 'their funding sources'), 'Rahm Emanuel');
    const after = 'Two weeks after Justice Scalia died, Justice Clarence Thomas broke a decade-long silence by asking questions from the bench.';
    assert.equal(speakerOf(after, ['Justice Scalia', 'Justice Clarence Thomas'], 'questions from the bench'), 'Justice Clarence Thomas');
    const and = 'Christie unleashed withering attacks against Rubio in the debate, and the New Jersey governor tripped up Rubio by calling him out for his reliance on rehearsed talking points.';
    assert.equal(speakerOf(and, ['Christie', 'Rubio'], 'him out for his reliance'), 'the New Jersey governor');
  });

  it('lends a relative pronoun to no participle after its clause’s comma', () => {
    const mcconnell = 'Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a restrained embrace on Tuesday, stressing in his remarks that Mr. Trump would sign laws passed by the Senate.';
    assert.equal(speakerOf(mcconnell, ['Mr. McConnell', 'Mr. Trump'], 'in his remarks that'), 'Mr. McConnell');
  });

  it('gives a verb after a relative clause or participle phrase on its subject that subject, not the clause’s object', () => {
    const organizations = 'But progressive organizations that have endorsed him say they believe superdelegates should back the winner.';
    assert.equal(speakerOf(organizations, [], 'they believe superdelegates'), 'progressive organizations');
    const friends = 'Friends of Mr. Clinton who have seen him on the trail recently say that his energy has matured.';
    assert.equal(speakerOf(friends, ['Mr. Clinton'], 'his energy has matured'), 'Friends of Mr. Clinton');
    const source = 'Another intelligence source speaking to Fox News said the agents are investigating the donations.';
    assert.equal(speakerOf(source, ['Fox News'], 'the agents are investigating'), 'Another intelligence source');
  });

  it('keeps a phrase after a relative pronoun that is its clause’s subject, and a phrase after a subordinate clause', () => {
    const court = 'States won many of the battles that preceded the election because the conservative majority on the court refused requests to stop them.';
    assert.notEqual(speakerOf(court, [], 'requests to stop them'), 'the battles');
  });

  it('reads past adverbs and time adverbials between the subject and its verb: "meanwhile", "in 2009", "two weeks ago"', () => {
    const ago = 'The State Department less than two weeks ago said that the messages had passed through the server.';
    assert.equal(speakerOf(ago, ['The State Department'], 'the messages had passed'), 'The State Department');
    const year = 'The governor in 2009 said that the program would end within a year.';
    assert.equal(speakerOf(year, [], 'the program would end'), 'The governor');
    const meanwhile = 'The mayor meanwhile said that the city would appeal the ruling.';
    assert.equal(speakerOf(meanwhile, [], 'the city would appeal'), 'The mayor');
    const recently = 'In recent months he vowed to ban them, and the senator most recently argued that the ban was legal.';
    assert.equal(speakerOf(recently, [], 'the ban was legal'), 'the senator');
  });

  it('gives a verb after a relative clause of several commas on a name that name', () => {
    const beck = 'Beck, who supported Sen. Ted Cruz, R-Texas, and opposed Trump during the primaries, last week said Trump was seeking to start a media empire.';
    assert.equal(speakerOf(beck, ['Beck', 'Sen. Ted Cruz', 'Trump'], 'Trump was seeking'), 'Beck');
    const phillips = 'Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that the senator had been disrespectful.';
    assert.equal(speakerOf(phillips, ['Sandy Phillips', 'Aurora', 'Colorado'], 'the senator had been'), 'Sandy Phillips');
  });

  it('gives a participle the pronoun after a connective opening its sentence: "Then he …", "But she …"', () => {
    const then = 'Then he cut into Bush, calling him a failure on every front of the campaign.';
    assert.equal(speakerOf(then, ['Bush'], 'him a failure'), 'he');
  });

  it('gives a participle a plural noun with no determiner opening its sentence as subject, but no adverb in -s', () => {
    const activists = 'Activists engaged in a brief sit-in along the march route, demanding that the flag be taken down at once.';
    assert.equal(speakerOf(activists, [], 'the flag be taken down'), 'Activists');
    const hundreds = 'Hundreds of demonstrators marched through the city on Monday, chanting slogans against the nominee and his party.';
    assert.equal(speakerOf(hundreds, [], 'slogans against the nominee'), 'Hundreds of demonstrators');
    const besides = 'Besides attacking the former president, the senator asserted that the group deserved more money from the state.';
    assert.notEqual(speakerOf(besides, [], 'the former president'), 'Besides');
  });

  it('gives no speaker that is an article or possessive cut off from its noun', () => {
    const tweet = 'Clinton began Sunday with a personally signed tweet that drew no conclusions about the incident at the club.';
    assert.deepEqual(speakersIn(tweet, ['Clinton']).filter((s) => /^(?:a|the|his)$/iu.test(s)), []);
  });

  it('gives an opening participle the subject after a relative clause on its object', () => {
    const thanking = 'After thanking the raucous crowd, which periodically chanted his name, he touted how far his campaign had come.';
    assert.equal(speakerOf(thanking, [], 'the raucous crowd'), 'he');
  });
});


describe('speakers (from the bundled wire example)', () => {
  it('keeps a hyphenated compound modifier in the speaker phrase: "the U.S.-led coalition"', () => {
    const text = 'At least ten rockets struck the base on Wednesday, the U.S.-led coalition said.';
    assert.equal(speakerOf(text, [], 'At least ten rockets'), 'the U.S.-led coalition');
  });

  it('gives a verb after a reduced relative clause on its subject that subject: "The RSF, led by Mohamed Hamdan Dagalo, said"', () => {
    const text = 'The RSF, led by Mohamed Hamdan Dagalo, said in a statement that it welcomed the mediation.';
    assert.equal(speakerOf(text, ['Mohamed Hamdan Dagalo'], 'it welcomed'), 'The RSF');
  });

  it('links no speaker entity from a nationality inside the phrase, nor a place met before: "the Saudi foreign ministry said"', () => {
    const text = 'The talks resumed in the Saudi city of Jeddah on Thursday, the Saudi foreign ministry said.';
    const quote = quotesIn(text, [{ name: 'Saudi', type: 'NORP' }, { name: 'Jeddah', type: 'GPE' }]).find((q) => q.speaker?.text === 'the Saudi foreign ministry');
    assert.ok(quote, 'the ministry speaks');
    assert.equal(quote.speaker!.entityId, undefined);
  });

  it('gives "according to a statement from X" the speaker X, not the statement', () => {
    const text = 'There were no other casualties, according to a statement from Colonel Wayne Marotto, the coalition spokesman.';
    assert.equal(speakerOf(text, ['Wayne Marotto'], 'There were no other casualties'), 'Colonel Wayne Marotto, the coalition spokesman');
  });
});
