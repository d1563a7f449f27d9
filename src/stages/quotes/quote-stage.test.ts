import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../pipeline/analyze.js';
import { checkStageOrder } from '../../pipeline/runner.js';
import { PIPELINE } from '../../pipeline/registry.js';
import type { AnalysedDocument, Quote } from '../../model/schema.js';
import type { Entity, EntityType } from '../../model/schema.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize } from '../nlp/tokenize.js';
import { ATTRIBUTION_PATTERNS } from './attribution-patterns.js';
import { findQuotes, MAX_QUOTE_CHARS, quoteInputWithin, quoteStage } from './quote-stage.js';

/**
 * Quotes of paragraphs with the entities given (every occurrence of each form is a
 * mention): the speaker rules tested apart from what the recogniser finds, and apart
 * from the learned filter (tested in quote-filter.test.ts), which may take a speaker away.
 */
function quotesWith(paragraphs: string[], people: Record<string, { type: EntityType; forms: string[] }>): { text: string; quotes: Quote[]; entities: Entity[] } {
  const text = paragraphs.join('\n\n');
  const spans = paragraphs.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }));
  const sentences = spans.flatMap((p) => splitSentences(text, p.start, p.end));
  const tokens = sentences.flatMap((s) => tokenize(text, s.start, s.end));
  const entities: Entity[] = Object.entries(people).map(([name, { type, forms }], i) => ({
    id: `e${i + 1}`, name, type, aliases: [], roles: [],
    mentions: forms.flatMap((form) => [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu'))].map((m) => ({ start: m.index, end: m.index + form.length, text: form }))),
  }));
  return { text, quotes: findQuotes({ text, paragraphs: spans, sentences, tokens, entities }, null), entities };
}

/** A plain-text article: a title line, then the paragraphs. */
function analyse(...paragraphs: string[]): AnalysedDocument {
  const result = analyze(['Officials comment on the talks in Baghdad', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  assert.ok(result.ok, result.ok ? '' : result.rejection.message);
  return result.document;
}

const contentOf = (doc: AnalysedDocument, q: Quote): string => (q.parts ?? [q.content]).map((p) => doc.text.slice(p.start, p.end)).join(' | ');

function onlyQuote(doc: AnalysedDocument, starting: string): Quote {
  const found = doc.quotes.filter((q) => contentOf(doc, q).startsWith(starting));
  assert.equal(found.length, 1, `one quote starting ${JSON.stringify(starting)}; got ${JSON.stringify(doc.quotes.map((q) => contentOf(doc, q)))}`);
  return found[0]!;
}

describe('quotes stage: direct quotes', () => {
  it('reads a quote before its attribution, in either order of speaker and verb', () => {
    const doc = analyse('“We will not leave this city,” Prime Minister Mustafa al-Kadhimi said on Monday.', '“The talks are over,” said Hoshyar Zebari, the former foreign minister.');
    const first = onlyQuote(doc, 'We will not leave this city');
    assert.equal(first.kind, 'direct');
    assert.equal(first.cue?.lemma, 'say');
    assert.equal(first.speaker?.text, 'Prime Minister Mustafa al-Kadhimi');
    const second = onlyQuote(doc, 'The talks are over');
    assert.equal(second.speaker?.text, 'Hoshyar Zebari, the former foreign minister');
  });

  it('gives a quotation after a colon to the reporting verb that follows it', () => {
    // PolNeAR train (NYT): the colon's phrase took the quotation, and PolNeAR gives it to "he said".
    const doc = analyse("C. Boyden Gray ticked through the code of conduct the Bush dynasty has long embodied: ''Civility and good manners were kind of assumed,'' he said.");
    const q = onlyQuote(doc, 'Civility and good manners');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speaker?.text, 'he');
  });

  it('keeps a headline colon whose quotation runs on into a clause with a reporting verb', () => {
    // PolNeAR train: "Told" four words after the quotation was read as its attribution, and the headline had no quote.
    const doc = analyse('Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea.');
    assert.equal(onlyQuote(doc, 'No Idea').speaker?.text, 'Sidney Blumenthal');
  });

  it('reads a speaker whose role word is also a cue verb after the quotation', () => {
    // PolNeAR train: "campaign" (a cue verb) stopped the search for the quotation, which lost its speaker's verb.
    const doc = analyse('"The early states are obviously very important in terms of kick-starting the primary, but they award only 4 percent of the delegates," campaign manager Robby Mook said.');
    const q = onlyQuote(doc, 'The early states');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speaker?.text, 'campaign manager Robby Mook');
  });

  it('starts a new quote at a quotation opening the paragraph after an indirect report', () => {
    // PolNeAR train: the quotation went on as the content of "detailed" from the paragraph before.
    const doc = analyse(
      'But senior Clinton campaign officials this week detailed the breadth of the operation in the March states and beyond.',
      '“Over half the delegates will be chosen by the end of March. So we have always been focused on making sure that we can build the delegate lead we need.”',
    );
    const detailed = doc.quotes.find((q) => q.cue?.text === 'detailed');
    assert.ok(detailed && !contentOf(doc, detailed).includes('Over half'), JSON.stringify(doc.quotes.map((q) => contentOf(doc, q))));
    assert.equal(onlyQuote(doc, 'Over half the delegates').kind, 'direct');
  });

  it('joins the halves of a quote split by its attribution', () => {
    const doc = analyse('“The factions must disarm,” the cleric Muqtada al-Sadr said, “or the state will do it for them.”');
    const q = onlyQuote(doc, 'The factions must disarm');
    assert.equal(q.parts?.length, 2);
    assert.match(contentOf(doc, q), /\| or the state will do it for them\.$/u);
    assert.equal(q.speaker?.text, 'the cleric Muqtada al-Sadr');
  });

  it('reads every quotation-mark style', () => {
    const doc = analyse(
      'Ali Hassan said: "The bridge will reopen next week."',
      'Karim Mahmoud told reporters: «Nobody was hurt in the blast.»',
      'Nadia Saleh said: „The border stays closed for now.“',
      'Omar Farouk said: ‘We have asked for more time.’',
    );
    for (const start of ['The bridge will reopen', 'Nobody was hurt', 'The border stays closed', 'We have asked for more time']) {
      assert.equal(onlyQuote(doc, start).kind, 'direct');
    }
  });

  it('reads quotations typed with two apostrophes as it reads typographic ones', () => {
    // PolNeAR train (NYT writes every quotation mark as ''): the mixed quote had no attribution, the inner quotation closing
    // with the outer one (''') took the closing mark away from "Mr. Biden said".
    const doc = analyse(
      "The tax cut plans are ''profoundly irresponsible,'' said Steve Bell, senior director of economic policy at the Bipartisan Policy Center.",
      "''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said.",
    );
    assert.match(onlyQuote(doc, 'The tax cut plans').speaker?.text ?? '', /^Steve Bell/u);
    assert.equal(onlyQuote(doc, "She'd look at me").speaker?.text, 'Mr. Biden');
  });

  it('joins a quote that runs over paragraphs, and gives the next quote to the same speaker', () => {
    const doc = analyse(
      'Governor Adnan al-Zurfi said: “The province has waited long enough for the new water plant.',
      '“We will open it in the spring, whatever the ministry decides.”',
      'Parliament met on Tuesday.',
    );
    const q = onlyQuote(doc, 'The province has waited');
    assert.equal(q.parts?.length, 2);
    assert.match(contentOf(doc, q), /We will open it in the spring/u);
  });

  it('does not take a name or a word in quotation marks for a quotation', () => {
    const doc = analyse('The so-called “resistance” factions met at the “Green Zone” gate on Sunday.');
    assert.deepEqual(doc.quotes.map((q) => contentOf(doc, q)), []);
  });
});

describe('quotes stage: what an attribution reports', () => {
  it('marks what was said or written apart from what is thought, intended, backed or shown', () => {
    const doc = analyse(
      '“We will not leave until the work is done,” was painted on the wall of the camp.',
      'Al-Kazemi said the talks had failed.',
      'The minister wrote in a letter that the border would stay closed.',
      'The party believes the vote was rigged.',
      'The president plans to visit Basra next month.',
      'Several lawmakers supported the new budget law.',
      'A new poll shows most voters oppose the deal.',
    );
    const classOf = (starting: string): string | undefined => onlyQuote(doc, starting).class;
    assert.equal(classOf('the talks had failed'), 'speech');
    assert.equal(classOf('the border would stay closed'), 'writing');
    assert.equal(classOf('the vote was rigged'), 'thought');
    assert.equal(classOf('to visit Basra'), 'intent');
    assert.equal(classOf('the new budget law'), 'stance');
    assert.equal(classOf('most voters oppose'), 'evidence');
    // A quotation no verb introduces is something said.
    assert.equal(classOf('We will not leave'), 'speech');
  });
});

describe('quotes stage: reported speech', () => {
  it('reads "X said (when, where) that …" without the complementizer', () => {
    const doc = analyse('Al-Kazemi said yesterday in the cabinet session that the attacks had made several embassies consider leaving.');
    const q = onlyQuote(doc, 'the attacks had made several embassies');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.speaker?.text, 'Al-Kazemi');
    assert.equal(q.cue?.text, 'said');
  });

  it('reads a reporting verb inside a relative clause as no attribution of the rest of the sentence', () => {
    // PolNeAR train: "who's thinking" took the sentence as its content and the quotation in it, and "said" was lost.
    const doc = analyse('It was less than three years ago that Michael Bloomberg, who\'s thinking about running for president, said it was "impossible" for him or any independent candidate to reach the White House.');
    const q = onlyQuote(doc, 'it was "impossible"');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speaker?.text, 'Michael Bloomberg');
    assert.ok(doc.quotes.every((other) => !contentOf(doc, other).startsWith('It was less than')));
  });

  it('reads a hearer after a telling verb and a warning with "that"', () => {
    const doc = analyse('Defence Minister Juma Inad told reporters the army would stay in Sinjar.', 'Inad warned that any attack on the base would be answered.');
    assert.equal(onlyQuote(doc, 'the army would stay').cue?.lemma, 'tell');
    assert.equal(onlyQuote(doc, 'any attack on the base').cue?.lemma, 'warn');
  });

  it('reads "according to" before and after the content', () => {
    const doc = analyse('According to the Interior Ministry, four people were arrested.', 'The convoy was hit twice, according to two police officers.');
    const before = onlyQuote(doc, 'four people were arrested');
    assert.equal(before.cue?.lemma, 'according to');
    assert.match(before.speaker?.text ?? '', /Interior Ministry/u);
    assert.equal(onlyQuote(doc, 'The convoy was hit twice').speaker?.text, 'two police officers');
  });

  it('reads a parenthetical attribution after the content', () => {
    const doc = analyse('The vote will be held in June, the electoral commission said in a statement.');
    const q = onlyQuote(doc, 'The vote will be held in June');
    assert.equal(q.speaker?.text, 'the electoral commission');
    assert.equal(q.medium, 'statement');
  });

  it('marks reported speech with a quoted fragment as mixed', () => {
    const doc = analyse('Zebari said the agreement was “a betrayal of the Kurds” and would be challenged in court.');
    assert.equal(onlyQuote(doc, 'the agreement was').kind, 'mixed');
  });

  it('does not read "X said on Monday." as content', () => {
    const doc = analyse('The ministry’s spokesman said on Monday.');
    assert.deepEqual(doc.quotes.map((q) => contentOf(doc, q)), []);
  });

  it('does not look for "that" inside the reported clause, and lets "about half" open one', () => {
    const doc = analyse('Asked about the vote, Hassan said she was not going to jump to that conclusion.', 'The budget office said about half of the losses came from the tax cuts.');
    assert.equal(onlyQuote(doc, 'she was not going to jump to that conclusion').speaker?.text, 'Hassan');
    assert.equal(onlyQuote(doc, 'about half of the losses').speaker?.text, 'The budget office');
  });

  it('reads a progressive as a verb with its subject, and a time word inside a speaker phrase as part of it', () => {
    const doc = analyse('The Kurdish senator is predicting that he will win the vote.', 'A person familiar with the planning for Thursday’s meeting says the talks will focus on Sinjar.');
    assert.equal(onlyQuote(doc, 'he will win the vote').speaker?.text, 'The Kurdish senator');
    assert.match(onlyQuote(doc, 'the talks will focus on Sinjar').speaker?.text ?? '', /Thursday’s meeting/u);
  });

  it('takes the speaker before a telling verb and its hearer, not the hearer, and stops at a semicolon', () => {
    const doc = analyse('The party will stay in the coalition, its spokesman, Ali Hassan, told The Baghdad Post.', 'The army needs more men, analysts say; in 2014 it lost Mosul.');
    assert.match(onlyQuote(doc, 'The party will stay').speaker?.text ?? '', /Ali Hassan/u);
    assert.equal(onlyQuote(doc, 'The army needs more men').speaker?.text, 'analysts');
  });

  it('ends content at the comma of an opening subordinate clause and splits joined attributions', () => {
    const doc = analyse('If you don’t believe the government, the commission will call you a liar.', 'Six in 10 said the deal was fair, while about 4 in 10 want a new vote.');
    assert.equal(contentOf(doc, onlyQuote(doc, 'the government')), 'the government');
    assert.equal(contentOf(doc, onlyQuote(doc, 'the deal was fair')), 'the deal was fair');
  });

  it('reads a named poll after "in" as the source of its finding, and a participle in a with-clause', () => {
    const doc = analyse('In a Des Moines Register poll last month, Hassan had a 10-point lead.', 'Voters were divided, with 62 percent of voters saying the talks had failed.');
    const poll = onlyQuote(doc, 'Hassan had a 10-point lead');
    assert.equal(poll.method, 'in-poll');
    assert.equal(poll.speaker?.text, 'a Des Moines Register poll');
    assert.equal(onlyQuote(doc, 'the talks had failed').speaker?.text, '62 percent of voters');
  });
});

describe('quotes stage: speaker phrases (from errors on PolNeAR train)', () => {
  it('reads two speakers joined by "and" after the content', () => {
    // PolNeAR train (NYT): "and" stopped the speaker phrase, and the parenthetical attribution was not read at all.
    const r = quotesWith(["It's not only about creating big audiences for advertisers, he and Mr. Allen said."], { 'Mr. Allen': { type: 'PERSON', forms: ['Mr. Allen'] } });
    assert.equal(r.quotes.find((x) => x.cue?.text === 'said')?.speaker?.text, 'he and Mr. Allen');
  });

  it('reads a subject pronoun after an opening time phrase as the subject of verbs coordinated after a comma', () => {
    // PolNeAR train: "A few minutes later they reversed themselves," was read as a time phrase ending at its comma, and "said" had no speaker.
    const r = quotesWith(['A few minutes later they reversed themselves, rushed everyone inside the room and said they will register voters while the caucus is under way.'], {});
    const q = r.quotes.find((x) => x.cue?.text === 'said');
    assert.equal(q?.speaker?.text, 'they');
  });

  it('reads a participle right after a noun phrase as that phrase\'s, not the sentence subject\'s', () => {
    // PolNeAR train: the participle took the sentence's subject (Obama; the picture) for the gunman's claim and the item's suggestion.
    const cue = (r: ReturnType<typeof quotesWith>, verb: string): string | undefined => r.quotes.find((x) => x.cue?.text === verb)?.speaker?.text;
    const orlando = quotesWith(['Obama and Vice President Joe Biden arrived in Orlando, Florida, four days after a U.S.-born gunman claiming allegiance to various Islamist militant groups carried out the deadliest mass shooting in modern U.S. history.'], { Obama: { type: 'PERSON', forms: ['Obama'] } });
    assert.equal(cue(orlando, 'claiming'), 'a U.S.-born gunman');
    const item = quotesWith(["Soon after, the picture of the Rogans turned up in a widely read Washington newspaper column alongside an item suggesting that Mr. Rogan was hypocritical."], {});
    assert.equal(cue(item, 'suggesting'), 'an item');
    // Not after a verb's object or a place, nor for a statement, which speaks for whoever issued it.
    const spent = quotesWith(['Clinton spent much of the run-up to the Nevada caucuses portraying Sanders as singularly focused on economic issues.'], { Clinton: { type: 'PERSON', forms: ['Clinton'] } });
    assert.equal(cue(spent, 'portraying'), 'Clinton');
    const statement = quotesWith(['His office released a statement saying he would not run again.'], {});
    assert.notEqual(cue(statement, 'saying'), 'a statement');
  });

  const speakerOf = (r: ReturnType<typeof quotesWith>, starting: string): string | undefined =>
    r.quotes.find((x) => r.text.slice(x.content.start, x.content.end).startsWith(starting))?.speaker?.text;

  it('reads a verb that is also a noun as the verb after a quotation and its speaker', () => {
    const r = quotesWith(['“He may be the only one who can unite the party,” Viguerie notes.', '“She will stand up to the gun lobby,” a voice-over in the ad states.'], { Viguerie: { type: 'PERSON', forms: ['Viguerie'] } });
    assert.equal(speakerOf(r, 'He may be the only one'), 'Viguerie');
    assert.equal(speakerOf(r, 'She will stand up'), 'a voice-over in the ad');
  });

  it('takes a speaker with a long appositive after a quotation', () => {
    const r = quotesWith(['“It expresses a resentment toward the foreigner,” Massimo Franco, a columnist for the Italian newspaper Corriere della Sera, wrote on Friday.'], { 'Massimo Franco': { type: 'PERSON', forms: ['Massimo Franco'] } });
    assert.match(speakerOf(r, 'It expresses a resentment') ?? '', /^Massimo Franco/u);
  });

  it('ends the content of a relative clause where the main clause\'s reporting verb comes, which then has its own quote', () => {
    const r = quotesWith(['Zucker, who in the past has voiced the desire to run for public office, told BuzzFeed he would still consider doing so.'], { Zucker: { type: 'PERSON', forms: ['Zucker'] }, BuzzFeed: { type: 'ORG', forms: ['BuzzFeed'] } });
    const voiced = r.quotes.find((q) => q.cue?.text === 'voiced');
    assert.equal(voiced && r.text.slice(voiced.content.start, voiced.content.end), 'the desire to run for public office');
    assert.equal(speakerOf(r, 'he would still consider'), 'Zucker');
  });

  it('reads a liking, a sign that reads, a feeling adjective and a nomination as attributions (PolNeAR train cues missing from the lexicon)', () => {
    const r = quotesWith(['Many Republicans liked his message on trade.', 'The banner was held high. “Stop the wall now, please,” it read.', 'Sanders is worried that the party will split.', 'Obama nominated Merrick Garland to the court.'], { Sanders: { type: 'PERSON', forms: ['Sanders'] }, Obama: { type: 'PERSON', forms: ['Obama'] }, 'Merrick Garland': { type: 'PERSON', forms: ['Merrick Garland'] } });
    assert.equal(speakerOf(r, 'his message on trade'), 'Many Republicans');
    assert.equal(speakerOf(r, 'Stop the wall now'), 'it');
    assert.equal(speakerOf(r, 'the party will split'), 'Sanders');
    assert.equal(speakerOf(r, 'Merrick Garland'), 'Obama');
  });

  it('reads "said after the attacks" as an attribution ending its sentence, not as saying the attacks', () => {
    const r = quotesWith(['“Boots on the ground” would be appropriate, Republican candidate Ben Carson said after the attacks.', 'His allegiance has shifted to Cruz, Wilkin said during his campaign speech.'], { 'Ben Carson': { type: 'PERSON', forms: ['Ben Carson'] }, Wilkin: { type: 'PERSON', forms: ['Wilkin'] }, Cruz: { type: 'PERSON', forms: ['Cruz'] } });
    assert.equal(speakerOf(r, '“Boots on the ground” would be appropriate'), 'Republican candidate Ben Carson');
    assert.equal(speakerOf(r, 'His allegiance has shifted to Cruz'), 'Wilkin');
  });

  it('reads a reporting verb after "to" as a cue of its clause\'s subject, except verbs that there mostly report nothing', () => {
    const r = quotesWith(['Trump went on Twitter to criticize the judge in the case.', 'Sanders traveled to Iowa to see the damage from the storm.'], { Trump: { type: 'PERSON', forms: ['Trump'] }, Sanders: { type: 'PERSON', forms: ['Sanders'] } });
    assert.equal(speakerOf(r, 'the judge in the case'), 'Trump');
    assert.ok(!r.quotes.some((q) => q.cue?.text === 'see'), JSON.stringify(r.quotes.map((q) => q.cue?.text)));
  });

  it('reads a share of a group after "by" as the agent of a passive cue', () => {
    const r = quotesWith(['The proposal was rejected by 64 percent of the voters.'], {});
    assert.equal(speakerOf(r, 'The proposal'), '64 percent of the voters');
  });

  it('reads "campaigning against" as a stance on its object', () => {
    const r = quotesWith(['The party is campaigning against plans to provide free legal aid to all claimants.'], {});
    assert.equal(speakerOf(r, 'plans to provide free legal aid'), 'The party');
  });

  it('names the asker of a question put "by" someone, and the question after the name', () => {
    const r = quotesWith(['Asked by Matt Lauer whether she had practiced her speech, Clinton laughed.', 'When asked by a reporter whether the plan was legal, Trump said, “You tell me.”'], { 'Matt Lauer': { type: 'PERSON', forms: ['Matt Lauer'] }, Clinton: { type: 'PERSON', forms: ['Clinton'] }, Trump: { type: 'PERSON', forms: ['Trump'] } });
    assert.equal(speakerOf(r, 'whether she had practiced her speech'), 'Matt Lauer');
    assert.equal(speakerOf(r, 'whether the plan was legal'), 'a reporter');
  });

  it('reads a headline speaker with a hearer or a place before the colon', () => {
    const r = quotesWith(['Clinton to Planned Parenthood: Trump will reverse Roe v. Wade'], { Clinton: { type: 'PERSON', forms: ['Clinton'] }, Trump: { type: 'PERSON', forms: ['Trump'] } });
    assert.match(speakerOf(r, 'Trump will reverse') ?? '', /^Clinton/u);
  });

  it('gives a participle the subject, not the possessive of a noun of saying before it', () => {
    const r = quotesWith(['She escalated her criticism on Tuesday, telling CNN that Trump is a faker.'], { Trump: { type: 'PERSON', forms: ['Trump'] } });
    assert.equal(speakerOf(r, 'Trump is a faker'), 'She');
  });

  it('gives a quotation after "boomed:" or "as follows:" to the subject, not to the word before the colon', () => {
    const r = quotesWith(['Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”', 'Partial transcript as follows:', '“We will win this, and we will win big.”'], { Trump: { type: 'PERSON', forms: ['Trump'] } });
    assert.equal(speakerOf(r, 'Let’s defeat her'), 'Trump');
    assert.equal(speakerOf(r, 'We will win this'), 'Partial transcript');
  });

  it('reads past a comma inside an adverbial to the speaker, and a name with a time word as a speaker', () => {
    const r = quotesWith(
      ['Clinton, during a town hall meeting in Columbus, Ohio, said she was going to put coal companies out of business.', 'Time announced on Monday that its person of the year is Pope Francis.'],
      { Clinton: { type: 'PERSON', forms: ['Clinton'] }, Columbus: { type: 'GPE', forms: ['Columbus'] }, Time: { type: 'ORG', forms: ['Time'] } },
    );
    assert.match(speakerOf(r, 'she was going to put') ?? '', /^Clinton/u);
    assert.equal(speakerOf(r, 'its person of the year'), 'Time');
  });

  it('reads a noun-like form before "that" as a verb, "state(s)" after a name as the noun, and keeps a named speaker of "says" inside a quote', () => {
    const r = quotesWith(
      [
        'Sanders, meanwhile, hopes that winning a large share of the delegates will give him momentum.',
        'He vowed to take the fight to the 35 states that have not yet voted. Wisconsin state Rep. David Bowen endorsed him.',
        'Trump said Cruz says the party will lose the general election.',
      ],
      { Sanders: { type: 'PERSON', forms: ['Sanders'] }, Wisconsin: { type: 'LOC', forms: ['Wisconsin'] }, 'David Bowen': { type: 'PERSON', forms: ['David Bowen'] }, Trump: { type: 'PERSON', forms: ['Trump'] }, Cruz: { type: 'PERSON', forms: ['Cruz'] } },
    );
    assert.match(speakerOf(r, 'winning a large share') ?? '', /^Sanders/u);
    assert.equal(r.quotes.filter((q) => q.cue && /^states?$/u.test(q.cue.text)).length, 0);
    assert.equal(speakerOf(r, 'Cruz says the party'), 'Trump');
    assert.equal(speakerOf(r, 'the party will lose'), 'Cruz');
  });

  it('takes a two-word head before a parenthetical when the clause goes on after it, and a gerund as the object after a name', () => {
    const r = quotesWith(
      ['Such efforts, they believe, will render the long-term play moot.', 'Still, he said.', 'Mr. Cruz supports squeezing out undocumented immigrants by tightening enforcement.'],
      { 'Mr. Cruz': { type: 'PERSON', forms: ['Mr. Cruz'] } },
    );
    assert.equal(speakerOf(r, 'Such efforts'), 'they');
    assert.equal(speakerOf(r, 'Still'), undefined);
    assert.equal(speakerOf(r, 'squeezing out'), 'Mr. Cruz');
  });

  it('reads "his view is that …" as a nominal cue, a sentence-opening "Both" and "Three-quarters" as subjects, and a one-word object', () => {
    const r = quotesWith(['His view is that the deal will collapse.', 'Both think Obama advanced this agenda.', 'They both said the plan would fail.', 'Three-quarters support a temporary ban.', 'A majority of voters support deportation.'], {});
    assert.equal(speakerOf(r, 'a temporary ban'), 'Three-quarters');
    assert.equal(speakerOf(r, 'deportation'), 'A majority of voters');
    assert.equal(speakerOf(r, 'the deal will collapse'), 'His');
    assert.equal(speakerOf(r, 'Obama advanced'), 'Both');
    assert.equal(speakerOf(r, 'the plan would fail'), 'They');
  });

  it('reads a passive cue verb\'s agent after "by" as the source and its subject as the content, but not "by" before a gerund', () => {
    const r = quotesWith(
      ['The meeting was first reported by Politico.', 'Clinton has been attacked on the speeches by Bernie Sanders.', 'Trump responded by saying the deal was bad.'],
      { Politico: { type: 'ORG', forms: ['Politico'] }, Clinton: { type: 'PERSON', forms: ['Clinton'] }, 'Bernie Sanders': { type: 'PERSON', forms: ['Bernie Sanders'] }, Trump: { type: 'PERSON', forms: ['Trump'] } },
    );
    const reported = r.quotes.find((q) => q.method === 'passive-agent' && q.speaker?.text === 'Politico');
    assert.equal(reported && r.text.slice(reported.content.start, reported.content.end), 'The meeting');
    assert.equal(speakerOf(r, 'Clinton'), 'Bernie Sanders');
    assert.equal(r.quotes.filter((q) => q.method === 'passive-agent').length, 2);
  });

  it('reads a relative pronoun before a speaker and a cue verb left without its object as the content', () => {
    const r = quotesWith(['He faced allegations of fraud, which the minister has denied.', 'It led to what Kevin Phillips called “the beginning of a new Republican era” in his book.'], { 'Kevin Phillips': { type: 'PERSON', forms: ['Kevin Phillips'] } });
    assert.equal(speakerOf(r, 'which'), 'the minister');
    const called = r.quotes.find((q) => q.method === 'relative-object' && q.speaker?.text === 'Kevin Phillips');
    assert.equal(called?.parts?.length, 2);
  });

  it('reads a one-word answer after a verb of saying as the reported clause', () => {
    const r = quotesWith(['Asked if he was ever bullied, the candidate said no.', 'Asked whether she would run, 75 percent of Democrats said yes, but few agreed.'], {});
    assert.equal(speakerOf(r, 'no'), 'the candidate');
    assert.equal(speakerOf(r, 'yes'), '75 percent of Democrats');
  });

  it('reads the complements of cue verbs PolNeAR train showed we missed: claim to, joke about, refuse, write to, remind of, aim to, push, respond to, vote to', () => {
    const r = quotesWith(
      [
        'The coalition claims to represent Asian Americans.',
        'She joked about moving to New Zealand.',
        'Private business owners could refuse service to anyone.',
        'The American Legion wrote to the senator that it did not have permission to use the emblem.',
        'She reminded Trump of the actions of John Hinckley.',
        'Mrs. Clinton aims to build on the record of the president.',
        'The waivers pushed states to adopt rigorous standards.',
        'The campaign did not respond to a request for comment.',
        'In the House, Sanders voted to ban therapeutic cloning in 2001.',
      ],
      { Trump: { type: 'PERSON', forms: ['Trump'] }, 'Mrs. Clinton': { type: 'PERSON', forms: ['Mrs. Clinton'] }, Sanders: { type: 'PERSON', forms: ['Sanders'] } },
    );
    assert.equal(speakerOf(r, 'to represent'), 'The coalition');
    assert.equal(speakerOf(r, 'about moving') ?? speakerOf(r, 'moving'), 'She');
    assert.equal(speakerOf(r, 'service to anyone'), 'Private business owners');
    assert.equal(speakerOf(r, 'it did not have permission'), 'The American Legion');
    assert.equal(speakerOf(r, 'of the actions') ?? speakerOf(r, 'the actions'), 'She');
    assert.equal(speakerOf(r, 'to build on'), 'Mrs. Clinton');
    assert.equal(speakerOf(r, 'to adopt') ?? speakerOf(r, 'states to adopt'), 'The waivers');
    assert.equal(speakerOf(r, 'a request for comment'), 'The campaign');
    assert.equal(speakerOf(r, 'to ban therapeutic cloning'), 'Sanders');
  });

  it('reads a noun of saying after "whose" and before "not to"', () => {
    const r = quotesWith(['He is a minister whose plan to announce the endorsements fell through.', 'HP’s decision not to fund the convention came in May.'], { HP: { type: 'ORG', forms: ['HP'] } });
    assert.equal(speakerOf(r, 'to announce'), 'whose');
    assert.equal(speakerOf(r, 'not to fund'), 'HP');
  });

  it('reads no cue in a document issued by someone, and the question after a passive\'s agent as content', () => {
    const r = quotesWith(['The campaign released a statement issued by its lawyers on Monday.', 'Herman Cain was asked by a caller why young Syrian men are coming to the country.'], { 'Herman Cain': { type: 'PERSON', forms: ['Herman Cain'] } });
    assert.equal(r.quotes.filter((q) => q.cue?.text === 'issued').length, 0);
    const asked = r.quotes.find((q) => q.method === 'passive-agent');
    assert.equal(asked?.speaker?.text, 'a caller');
    assert.match((asked?.parts ?? []).map((p) => r.text.slice(p.start, p.end)).join(' | '), /why young Syrian men/u);
  });

  it('reads a noun-like form as a verb after an adverb, after "who" and after a plural subject, and "that" as a demonstrative object', () => {
    const r = quotesWith(
      ['African-American voters overwhelmingly support the president.', 'Older people, who strongly support Mrs. Clinton, have seen gains.', 'Democratic senators support reforming the system.', 'Priebus rejected that idea.'],
      { 'Mrs. Clinton': { type: 'PERSON', forms: ['Mrs. Clinton'] }, Priebus: { type: 'PERSON', forms: ['Priebus'] } },
    );
    assert.equal(speakerOf(r, 'the president'), 'African-American voters');
    assert.equal(speakerOf(r, 'Mrs. Clinton'), 'who');
    assert.equal(speakerOf(r, 'reforming the system'), 'Democratic senators');
    assert.equal(speakerOf(r, 'that idea'), 'Priebus');
  });

  it('reads a third-person form that is also a noun as the verb between a subject and a determiner, but not before a time or "each"', () => {
    const r = quotesWith(
      [
        'Rep. Alan Grayson wants more money for school meals.',
        'A review by the newspaper shows most of the flights were for campaign travel.',
        'The senator’s office calls the whole thing a distraction.',
        'Neither side wants a war over the islands.',
        'The nominating contests this winter drew large crowds.',
        'Consumers get three free credit reports each year.',
      ],
      { 'Rep. Alan Grayson': { type: 'PERSON', forms: ['Rep. Alan Grayson'] } },
    );
    assert.equal(speakerOf(r, 'more money'), 'Rep. Alan Grayson');
    assert.match(speakerOf(r, 'most of the flights') ?? '', /newspaper$/u);
    assert.equal(speakerOf(r, 'the whole thing'), 'The senator’s office');
    assert.equal(speakerOf(r, 'a war over'), 'Neither side');
    assert.equal(r.quotes.length, 4);
  });

  it('ends a question at a comma inside its quotation, and reads a name in commas before the verb as its subject\'s apposition', () => {
    const r = quotesWith(
      [
        'Asked whether the mayor “has the integrity to serve as governor,” 70 percent of Democrats said yes.',
        'The mayor’s former campaign manager, Corey Lewandowski, said the aide who replaced him should be fired over the speech.',
      ],
      { 'Corey Lewandowski': { type: 'PERSON', forms: ['Corey Lewandowski'] } },
    );
    assert.equal(speakerOf(r, 'yes'), '70 percent of Democrats');
    assert.equal(speakerOf(r, 'the aide who replaced him'), 'The mayor’s former campaign manager, Corey Lewandowski');
  });

  it('reads a third-person form between capitalised words of a title-case headline as its verb, but not before a verb', () => {
    const r = quotesWith(['Senate Candidate Wants Lower Taxes For Small Businesses.', 'Governor Calls Budget Deal A Disaster.', 'Leaked Documents Reveal Campaign Donors.'], {});
    assert.equal(speakerOf(r, 'Lower Taxes'), 'Senate Candidate');
    assert.equal(speakerOf(r, 'Budget Deal'), 'Governor');
    assert.equal(speakerOf(r, 'Campaign Donors'), 'Leaked Documents');
  });

  it('reads "according to" after a short opening adverbial as opening the sentence, and skips its source\'s modifier to the comma', () => {
    const r = quotesWith(['Now, according to the latest national poll, several states are swinging.', 'According to the schedule published Thursday, the senator will speak on Friday night.'], {});
    assert.match(speakerOf(r, 'several states are swinging') ?? '', /poll$/u);
    assert.equal(speakerOf(r, 'the senator will speak'), 'the schedule');
  });

  it('reads a parenthetical telling verb whose hearer opens with a determiner, but not one whose own complement follows', () => {
    const r = quotesWith(['The plan will fail, Smith told the committee on Monday.', 'After the court refused to reconsider, the attorney general asked the justices for quick action.'], {});
    assert.equal(speakerOf(r, 'The plan will fail'), 'Smith');
    assert.equal(speakerOf(r, 'After the court'), undefined);
  });

  it('reads a third-person form that is also a noun as the verb after an appositive\'s comma and before a determiner or a name', () => {
    const r = quotesWith(
      ['Senator Ann Brown of Ohio, a Democrat on the committee, wants more money for rural schools.', 'A recent post with many clicks shows Clinton retelling the story of a soldier.'],
      { 'Senator Ann Brown': { type: 'PERSON', forms: ['Senator Ann Brown'] }, Clinton: { type: 'PERSON', forms: ['Clinton'] } },
    );
    assert.match(speakerOf(r, 'more money') ?? '', /^Senator Ann Brown/u);
    assert.match(speakerOf(r, 'Clinton retelling') ?? '', /clicks$/u);
  });

  it('reads more complements PolNeAR train showed we missed: wonder about, believe in, hope for, recall, agree on, warn about, decide on, think, accept', () => {
    const r = quotesWith(
      [
        'Some of his admirers wonder about his subdued style.',
        'Millennials still believe in the American dream.',
        'Kasich hopes for a miracle at the convention.',
        'Some may recall other investments that soured.',
        'The two leaders agree on the broad outline.',
        'Donald Trump has warned us about those rapists.',
        'The senators decided on a new course.',
        'None of the scholars thought compromise was likely.',
        'Progressives may not accept a half-measure.',
      ],
      { Kasich: { type: 'PERSON', forms: ['Kasich'] }, 'Donald Trump': { type: 'PERSON', forms: ['Donald Trump'] } },
    );
    assert.match(speakerOf(r, 'about his subdued style') ?? speakerOf(r, 'his subdued style') ?? '', /admirers$/u);
    assert.equal(speakerOf(r, 'the American dream'), 'Millennials');
    assert.equal(speakerOf(r, 'for a miracle') ?? speakerOf(r, 'a miracle'), 'Kasich');
    assert.equal(speakerOf(r, 'other investments'), 'Some');
    assert.match(speakerOf(r, 'on the broad outline') ?? speakerOf(r, 'the broad outline') ?? '', /leaders$/u);
    assert.equal(speakerOf(r, 'about those rapists') ?? speakerOf(r, 'those rapists'), 'Donald Trump');
    assert.equal(speakerOf(r, 'on a new course') ?? speakerOf(r, 'a new course'), 'The senators');
    assert.match(speakerOf(r, 'compromise was likely') ?? '', /scholars$/u);
    assert.equal(speakerOf(r, 'a half-measure'), 'Progressives');
  });

  it('gives a participle that opens its sentence the subject after its clause', () => {
    const r = quotesWith(
      ['Promising that his next book would look at the decision, Bolton left the stage.', 'One month after announcing his support for the plan, Marco Rubio left the party.'],
      { Bolton: { type: 'PERSON', forms: ['Bolton'] }, 'Marco Rubio': { type: 'PERSON', forms: ['Marco Rubio'] } },
    );
    assert.equal(speakerOf(r, 'his next book'), 'Bolton');
    assert.equal(speakerOf(r, 'his support for the plan'), 'Marco Rubio');
  });

  it('skips clitic auxiliaries, an age and "at the time" between speaker and verb', () => {
    const r = quotesWith(
      ['They’re hopeful that the talks will resume soon.', 'Woodrow Benford, 58, who lives outside Minneapolis, says he did not know much about Sanders.', 'Trump at the time said he had asked his people to look into it.'],
      { 'Woodrow Benford': { type: 'PERSON', forms: ['Woodrow Benford'] }, Trump: { type: 'PERSON', forms: ['Trump'] } },
    );
    assert.equal(speakerOf(r, 'the talks will resume'), 'They');
    assert.equal(speakerOf(r, 'he did not know much'), 'Woodrow Benford');
    assert.equal(speakerOf(r, 'he had asked his people'), 'Trump');
  });

  it('reads a quotation of several capitalised sentences before its verb, and ends a participle\'s object at a quotation\'s comma', () => {
    const r = quotesWith(
      ['“Like Oakland. Or Ferguson,” Trump said.', 'Holding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted “Chris Christie: Bad for New Jersey, bad for you.”'],
      { Trump: { type: 'PERSON', forms: ['Trump'] }, Christie: { type: 'PERSON', forms: ['Christie'] } },
    );
    assert.equal(speakerOf(r, 'Like Oakland'), 'Trump');
    assert.equal(speakerOf(r, 'Chris Christie: Bad'), 'the protesters');
  });

  it('does not read a clause after the verb as an inverted speaker, and stops an inverted speaker\'s appositive at its relative clause', () => {
    const r = quotesWith(
      ['One of the authors of that 2013 report, Ari Fleischer, said Trump’s nomination will at least test the validity of their conclusions.', 'But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who notes that the company has vowed to cut costs.'],
      { 'Ari Fleischer': { type: 'PERSON', forms: ['Ari Fleischer'] }, Trump: { type: 'PERSON', forms: ['Trump'] }, 'Howard Rubel': { type: 'PERSON', forms: ['Howard Rubel'] }, Jefferies: { type: 'ORG', forms: ['Jefferies'] } },
    );
    assert.match(speakerOf(r, 'Trump’s nomination will') ?? '', /Ari Fleischer$/u);
    assert.equal(speakerOf(r, 'But that is not good enough'), 'Howard Rubel, a senior analyst at Jefferies');
  });

  it('skips a dateline for the subject of a coordinated verb, and reads "but said", "and also hinted" and "has twice complained" as the subject\'s', () => {
    const r = quotesWith(
      [
        'ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of the massacre and said the United States must act to control gun violence.',
        'The spokesman declined comment on the vote but said there was no meeting planned with Trump.',
        'Lindsay Lohan went on a very public rant about her fiance and also hinted she might be pregnant.',
        'The American Legion has twice complained to Sanders officials about the use of the emblem.',
        'Critics have in particular noted the explosive campaign material used by the party.',
      ],
      { Reuters: { type: 'ORG', forms: ['Reuters'] }, 'Barack Obama': { type: 'PERSON', forms: ['Barack Obama'] }, Trump: { type: 'PERSON', forms: ['Trump'] }, 'Lindsay Lohan': { type: 'PERSON', forms: ['Lindsay Lohan'] }, 'The American Legion': { type: 'ORG', forms: ['The American Legion'] } },
    );
    assert.equal(speakerOf(r, 'the United States must act'), 'Barack Obama');
    assert.equal(speakerOf(r, 'there was no meeting'), 'The spokesman');
    assert.equal(speakerOf(r, 'she might be pregnant'), 'Lindsay Lohan');
    assert.equal(speakerOf(r, 'about the use'), 'The American Legion');
    assert.equal(speakerOf(r, 'the explosive campaign material'), 'Critics');
  });

  it('keeps "and that" in the content, gives a possessive after its verb to the subject, no speaker to "appears to", and none to poll shares inside "according to"', () => {
    const r = quotesWith(
      [
        'Speaker Paul Ryan says the whole world is watching American politics and that he can understand how allies would be rattled.',
        'Sanders is lending his support to candidates whose chances are slim.',
        'The secure fax machine appears to have been broken.',
        'According to a Washington Post-ABC News survey, 51 percent of respondents said they would vote for Clinton.',
      ],
      { 'Paul Ryan': { type: 'PERSON', forms: ['Paul Ryan'] }, Sanders: { type: 'PERSON', forms: ['Sanders'] }, Clinton: { type: 'PERSON', forms: ['Clinton'] }, 'Washington Post-ABC News': { type: 'ORG', forms: ['Washington Post-ABC News'] } },
    );
    const ryan = r.quotes.find((q) => r.text.slice(q.content.start, q.content.end).startsWith('the whole world'));
    assert.match(r.text.slice(ryan!.content.start, ryan!.content.end), /and that he can understand/u);
    assert.equal(r.quotes.filter((q) => q.speaker?.text === 'he').length, 0);
    assert.equal(speakerOf(r, 'to candidates'), 'Sanders');
    assert.equal(r.quotes.find((q) => q.cue?.lemma === 'appear')?.speaker, undefined);
    assert.equal(r.quotes.filter((q) => q.speaker?.text.includes('percent')).length, 0);
  });

  it('gives a participle after a group noun to that group, and a coordinated verb to the nearest pronoun before it', () => {
    const r = quotesWith(
      ['Cameron had given $3 million to a group backing former Arkansas Gov. Mike Huckabee.', 'Schilling was fired on Wednesday, a day after he drew intense criticism for promoting offensive commentary.', 'The donors gave to super PACs supporting Mike Huckabee.'],
      { Cameron: { type: 'PERSON', forms: ['Cameron'] }, 'Mike Huckabee': { type: 'PERSON', forms: ['Mike Huckabee'] }, Schilling: { type: 'PERSON', forms: ['Schilling'] } },
    );
    assert.equal(speakerOf(r, 'former Arkansas Gov. Mike Huckabee'), 'a group');
    assert.equal(r.quotes.find((q) => q.cue?.text === 'supporting')?.speaker?.text, 'super PACs');
    assert.equal(speakerOf(r, 'offensive commentary'), 'he');
  });

  it('reads an inverted speaker with a relative clause or a dotted name, and a speaker with an appositive of several commas, a title or "here"', () => {
    const r = quotesWith(
      [
        'Asawitiri Media also uses the same photo over and over again, said Rita Katz, the director of SITE Intelligence Group, which tracks terrorists.',
        'Defending that terrain is squarely within the Biden wheelhouse, said a handful of Democrats who point to his strong relationships with labor.',
        'Whether the Clinton model is more effective will be part of the election postmortem, said Jake Horowitz, editor in chief of Mic.com.',
        'Hemsley, the co-author of “Going Viral,” about the rapid spread of information, said the days of a unifying story are gone.',
        'Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to address public concerns.',
        'Her campaign workers here said they have been working the state since the spring.',
      ],
      {
        'Rita Katz': { type: 'PERSON', forms: ['Rita Katz'] }, 'SITE Intelligence Group': { type: 'ORG', forms: ['SITE Intelligence Group'] }, 'Jake Horowitz': { type: 'PERSON', forms: ['Jake Horowitz'] },
        Hemsley: { type: 'PERSON', forms: ['Hemsley'] }, 'Marco Rubio': { type: 'PERSON', forms: ['Marco Rubio'] }, 'Fox News': { type: 'ORG', forms: ['Fox News'] }, Obama: { type: 'PERSON', forms: ['Obama'] },
      },
    );
    assert.equal(speakerOf(r, 'Asawitiri Media'), 'Rita Katz, the director of SITE Intelligence Group');
    assert.equal(speakerOf(r, 'Defending that terrain'), 'a handful of Democrats');
    assert.equal(speakerOf(r, 'Whether the Clinton model'), 'Jake Horowitz, editor in chief of Mic.com');
    assert.match(speakerOf(r, 'the days of a unifying story') ?? '', /^Hemsley/u);
    assert.match(speakerOf(r, 'Obama failed') ?? '', /^Sen\. Marco Rubio/u);
    assert.equal(speakerOf(r, 'they have been working'), 'Her campaign workers');
  });

  it('keeps a pronoun\'s thought joined by "and" in what was said, and gives a quotation no verb took the subject of its sentence or the last speaker of its paragraph', () => {
    const r = quotesWith(
      [
        'The imam Muhammad Babar pondered who, without Ali, might “testify for our innocence in this season of witch hunting.”',
        'Trump said the caucus system is complex and he feels he can win the primary.',
        'Donald Trump has delivered an impassioned defense of New York values, saying the city embodied the bravery of America. “We are going to win this state and win it big.”',
      ],
      { Trump: { type: 'PERSON', forms: ['Trump'] }, 'Muhammad Babar': { type: 'PERSON', forms: ['Muhammad Babar'] }, Ali: { type: 'PERSON', forms: ['Ali'] }, 'Donald Trump': { type: 'PERSON', forms: ['Donald Trump'] } },
    );
    assert.equal(r.quotes.filter((q) => q.cue?.lemma === 'feel').length, 0);
    assert.equal(speakerOf(r, 'testify for our innocence'), 'Muhammad Babar');
    assert.equal(speakerOf(r, 'We are going to win'), 'Donald Trump');
  });

  it('gives a quotation after a colon to the speaker of the reporting verb before it, not to the hearer', () => {
    const r = quotesWith(['She says to Nevadans: “This one is for you.”', 'He tells the crowd: “It is possible to be kind and at the same time very tough.”'], {});
    assert.equal(speakerOf(r, 'This one is for you'), 'She');
    assert.equal(speakerOf(r, 'It is possible to be kind'), 'He');
  });

  it('attributes "“…,” X said, according to Y" to Y as well, keeping the quotation X\'s', () => {
    const r = quotesWith(['“I ask you not to engage in any kind of protest on the floor,” Sanders said, according to CNN.'], { Sanders: { type: 'PERSON', forms: ['Sanders'] }, CNN: { type: 'ORG', forms: ['CNN'] } });
    assert.equal(speakerOf(r, 'I ask you not to engage'), 'Sanders');
    const reported = r.quotes.find((q) => q.method === 'according-to');
    assert.equal(reported?.speaker?.text, 'CNN');
    assert.match(r.text.slice(reported!.content.start, reported!.content.end), /Sanders said$/u);
  });

  it('reads "aimed at" after a common noun as its modifier ("a bill aimed at …"), not as a verb with the noun as its source', () => {
    const r = quotesWith(['Lofgren introduced a bill aimed at improving conditions in Central America.', 'Sanders has aimed at Clinton’s record on trade.'], {});
    assert.deepEqual(r.quotes.filter((q) => q.cue?.lemma === 'aim at').map((q) => q.speaker?.text), ['Sanders']);
  });

  it('reads "called" after a common noun as naming it ("a program called Sandy Hook Promise"), not as a stance of the noun', () => {
    const r = quotesWith(['Barden now helps lead a program called Sandy Hook Promise.', 'Clinton has called his vote an irresponsible one.'], {});
    assert.deepEqual(r.quotes.filter((q) => q.cue?.lemma === 'call').map((q) => q.speaker?.text), ['Clinton']);
  });

  it('reads a form in -ing before a noun of an election\'s events as its adjective ("the nominating contest"), not as a cue', () => {
    const r = quotesWith(['With the first nominating contest three weeks away, Cruz is poised to benefit.', 'Delegates are nominating Donald Trump for president.'], {});
    assert.deepEqual(r.quotes.filter((q) => q.cue?.lemma === 'nominate').map((q) => q.cue?.text), ['nominating']);
    assert.equal(speakerOf(r, 'Donald Trump for president'), 'Delegates');
  });

  it('gives "seemed to" or "appeared to" before a reporting verb the subject as speaker, and "seemed to be" none', () => {
    const r = quotesWith(['She appeared to imply that Trump could lead to more radical upheaval.', 'Clinton seemed to be ready to riff on the incident in Iowa.'], { Clinton: { type: 'PERSON', forms: ['Clinton'] }, Trump: { type: 'PERSON', forms: ['Trump'] } });
    const seeming = r.quotes.filter((q) => q.cue?.lemma === 'appear' || q.cue?.lemma === 'seem');
    assert.deepEqual(seeming.map((q) => q.speaker?.text), ['She', undefined]);
  });

  it('reads "maintained" as saying only before a clause, not before its object ("maintains a wide lead")', () => {
    const r = quotesWith(['Clinton maintains a wide lead over Sanders among black voters.', 'The campaign maintained the server was secure.'], { Clinton: { type: 'PERSON', forms: ['Clinton'] }, Sanders: { type: 'PERSON', forms: ['Sanders'] } });
    assert.equal(r.quotes.filter((q) => q.cue?.lemma === 'maintain').length, 1);
    assert.equal(speakerOf(r, 'the server was secure'), 'The campaign');
  });

  it('reads the stance and saying verbs PolNeAR train marks as cues ("sided with", "distanced himself from", "is looking to", …)', () => {
    const cases: [string, string, string][] = [
      ['The appeals court sided with the state of Ohio on Tuesday.', 'side with', 'The appeals court'],
      ['Rubio quickly distanced himself from the bill.', 'distance', 'Rubio'],
      ['The candidates sparred over financial regulations.', 'spar over', 'The candidates'],
      ['Putin forecast that the slumping economy would soon rebound.', 'forecast', 'Putin'],
      ['The host has even likened Perez to Hugo Chavez.', 'liken', 'The host'],
      ['Several studies have credited the law with improving test scores.', 'credit', 'Several studies'],
      ['The minister alluded to the importance of the election.', 'allude to', 'The minister'],
      ['Sanders has cast the Clintons as part of the establishment.', 'cast', 'Sanders'],
      ['Rubio fired back at Christie over the state budget.', 'fire back', 'Rubio'],
      ['The agency released its findings on Friday.', 'release', 'The agency'],
      ['The governor largely ignored South Carolina.', 'ignore', 'The governor'],
      ['Trump shares this bleak view of the economy.', 'share', 'Trump'],
      ['Clinton came out against the Cadillac tax.', 'come out', 'Clinton'],
      ['He turned against the trade legislation.', 'turn against', 'He'],
      ['Rubio is looking for a strong performance in South Carolina.', 'look for', 'Rubio'],
      ['Trump is looking to smooth over potential disagreements.', 'look', 'Trump'],
      ['The pollster sounded a cautious note about the jobs report.', 'sound', 'The pollster'],
      ['The committee projected that inversions will cost billions.', 'project', 'The committee'],
      ['He persuaded the government to lower grain export tariffs.', 'persuade', 'He'],
      ['He attributed rising murder rates to cautious police officers.', 'attribute', 'He'],
      ['Putin chided Turkey for shooting down the jet.', 'chide', 'Putin'],
      ['The senator contradicted his running mate on Syria.', 'contradict', 'The senator'],
      ['The spokesman did not elaborate on the new plan.', 'elaborate', 'The spokesman'],
      ['The president vouched for his former secretary of state.', 'vouch for', 'The president'],
      ['The candidate dwelled on his poll numbers for an hour.', 'dwell on', 'The candidate'],
      ['The party reaffirmed its support for the trade deal.', 'reaffirm', 'The party'],
      ['The governor never uttered the name of his rival.', 'utter', 'The governor'],
      ['The Japanese are mulling changing the traditional symbol.', 'mull', 'The Japanese'],
      ['The senator introduced legislation to cap drug prices.', 'introduce', 'The senator'],
      ['Cruz pivoted to arguing that the border must be secured.', 'pivot to', 'Cruz'],
      ['The speaker singled out the governor for praise.', 'single out', 'The speaker'],
      ['Many voters interpreted the remark as a threat.', 'interpret', 'Many voters'],
      ['The campaign acquiesced to the demand for another debate.', 'acquiesce', 'The campaign'],
      ['The governor intimated that she would run again.', 'intimate', 'The governor'],
      ['The senator preaches a message of economic justice.', 'preach', 'The senator'],
      ['The minister jabbed back at the critics.', 'jab', 'The minister'],
      ['Conservatives heralded the ruling as a victory.', 'herald', 'Conservatives'],
      ['The candidate floated the idea of a temporary ban.', 'float', 'The candidate'],
      ['The ad paints the mogul as a former liberal.', 'paint', 'The ad'],
      ['The senator disregarded the warnings of his advisers.', 'disregard', 'The senator'],
      ['The candidate relished the fight with the press.', 'relish', 'The candidate'],
    ];
    for (const [sentence, lemma, speaker] of cases) {
      const r = quotesWith([sentence], {});
      const q = r.quotes.find((x) => x.cue?.lemma === lemma);
      assert.ok(q, `${lemma} in ${JSON.stringify(sentence)}: ${JSON.stringify(r.quotes.map((x) => x.cue?.lemma))}`);
      assert.equal(q.speaker?.text, speaker, sentence);
    }
  });

  it('reads "his critique of", "her positions on", "their goal of" and "its commitment to" as nominal cues with the possessor as source', () => {
    const r = quotesWith(['The senator sharpened his critique of the trade deal.', 'Voters like her positions on immigration and trade.', 'The administration kept its commitment to racial justice.', 'Their goal of withdrawing troops from Syria was clear.'], {});
    assert.deepEqual(r.quotes.filter((q) => q.method === 'nominal').map((q) => [q.cue?.text, q.speaker?.text]), [['critique', 'his'], ['positions', 'her'], ['commitment', 'its'], ['goal', 'Their']]);
  });

  it('reads "take" with a noun of attack or objection as a stance ("took aim at", "took issue with"), not "took office"', () => {
    const r = quotesWith(['Sanders also took aim at a provision of the bill.', 'The senator took issue with the prediction of morale problems.', 'Obama took office in January 2009.'], {});
    assert.deepEqual(r.quotes.filter((q) => q.cue?.lemma === 'take').map((q) => [q.cue?.text, q.speaker?.text]), [['took aim', 'Sanders'], ['took issue', 'The senator']]);
  });

  it('reads "…, the report said" after a quotation or a reported clause another verb took, and keeps the quotation its speaker', () => {
    const r = quotesWith(['“We will win this state,” he told reporters, the newspaper reported on Monday.', 'A witness said the head of the division told employees to keep quiet, the report said.'], {});
    assert.equal(speakerOf(r, 'We will win this state'), 'he');
    assert.equal(r.quotes.find((q) => q.cue?.text === 'reported')?.speaker?.text, 'the newspaper');
    assert.equal(speakerOf(r, 'A witness said'), 'the report');
  });
});

describe('quotes stage: speakers and media', () => {
  const said = (r: ReturnType<typeof quotesWith>, starting: string): Quote => {
    const q = r.quotes.find((x) => r.text.slice(x.content.start, x.content.end).startsWith(starting));
    assert.ok(q, `a quote starting ${JSON.stringify(starting)}`);
    return q;
  };
  const nameOf = (r: ReturnType<typeof quotesWith>, q: Quote): string | undefined => r.entities.find((e) => e.id === q.speaker?.entityId)?.name;

  it('resolves "he" to the last speaker and carries the medium to "he added"', () => {
    const r = quotesWith(
      ['Muqtada al-Sadr said in a tweet on Wednesday, “Foreign forces want to undermine our country.”', 'And he added, “Let us resist them together, peacefully.”'],
      { 'Muqtada al-Sadr': { type: 'PERSON', forms: ['Muqtada al-Sadr'] } },
    );
    const added = said(r, 'Let us resist them together');
    assert.equal(added.speaker?.text, 'he');
    assert.equal(added.speaker?.method, 'pronoun');
    assert.equal(nameOf(r, added), 'Muqtada al-Sadr');
    assert.equal(added.medium, 'Twitter');
    assert.equal(said(r, 'Foreign forces want').medium, 'Twitter');
  });

  it('names a place as the speaker only when it is the whole phrase ("Washington said"), not where the speaker is from', () => {
    const r = quotesWith(
      ['A resident of Baghdad said the power had been cut for ten hours.', 'Washington said it would send more aid.'],
      { Baghdad: { type: 'GPE', forms: ['Baghdad'] }, Washington: { type: 'GPE', forms: ['Washington'] } },
    );
    const resident = said(r, 'the power had been cut');
    assert.equal(resident.speaker?.text, 'A resident of Baghdad');
    assert.equal(nameOf(r, resident), undefined);
    assert.equal(nameOf(r, said(r, 'it would send more aid')), 'Washington');
  });

  it('resolves "she" past a man named in between when the text shows her gender', () => {
    const r = quotesWith(
      ['Mrs. Layla Hassan met Ahmed Karim in Erbil on Monday.', 'She said the two sides had agreed on a timetable for the elections.'],
      { 'Layla Hassan': { type: 'PERSON', forms: ['Layla Hassan'] }, 'Ahmed Karim': { type: 'PERSON', forms: ['Ahmed Karim'] } },
    );
    assert.equal(nameOf(r, said(r, 'the two sides had agreed')), 'Layla Hassan');
  });

  it('resolves "he" to the subject of the sentence before, not to a name in a quotation', () => {
    const r = quotesWith(
      ['Hoshyar Zebari met the envoy on Monday. “Ali Hassan will not sign,” he said.'],
      { 'Hoshyar Zebari': { type: 'PERSON', forms: ['Hoshyar Zebari'] }, 'Ali Hassan': { type: 'PERSON', forms: ['Ali Hassan'] } },
    );
    assert.equal(nameOf(r, said(r, 'Ali Hassan will not sign')), 'Hoshyar Zebari');
  });

  it('resolves "the minister" to the person named with that role, and "the ministry" to the organisation', () => {
    const r = quotesWith(
      ['Oil Minister Ihsan Ismail visited the Basra refinery with Ali Hassan on Sunday.', '“Exports will rise by the end of the year,” the minister said.', 'The Oil Ministry said the refinery would reopen in May.'],
      { 'Ihsan Ismail': { type: 'PERSON', forms: ['Ihsan Ismail'] }, 'Ali Hassan': { type: 'PERSON', forms: ['Ali Hassan'] }, 'Oil Ministry': { type: 'ORG', forms: ['Oil Ministry'] } },
    );
    const q = said(r, 'Exports will rise');
    assert.equal(q.speaker?.method, 'role');
    assert.equal(nameOf(r, q), 'Ihsan Ismail');
    assert.equal(nameOf(r, said(r, 'the refinery would reopen')), 'Oil Ministry');
  });

  it('gives a participle the speaker of its main clause', () => {
    const r = quotesWith(
      ['Muqtada al-Sadr warned the armed factions on Wednesday, calling for the withdrawal of all foreign forces.'],
      { 'Muqtada al-Sadr': { type: 'PERSON', forms: ['Muqtada al-Sadr'] } },
    );
    const q = said(r, 'the withdrawal of all foreign forces');
    assert.equal(q.speaker?.method, 'inherited');
    assert.equal(nameOf(r, q), 'Muqtada al-Sadr');
  });

  it('reads a relative pronoun as its antecedent', () => {
    const r = quotesWith(
      ['Ali Hassan, who said the deal was fair, left the talks early.'],
      { 'Ali Hassan': { type: 'PERSON', forms: ['Ali Hassan'] } },
    );
    const q = said(r, 'the deal was fair');
    assert.equal(q.speaker?.method, 'relative');
    assert.equal(nameOf(r, q), 'Ali Hassan');
  });
});

describe('quotes stage: patterns (lint)', () => {
  it('has unique ids, reasons, and an example each that its own pattern attributes', () => {
    const ids = new Set<string>();
    for (const pattern of ATTRIBUTION_PATTERNS) {
      assert.ok(!ids.has(pattern.id), `duplicate id ${pattern.id}`);
      ids.add(pattern.id);
      assert.ok(pattern.reason.length >= 30, `${pattern.id}: the reason should say why`);
      const doc = analyse(pattern.example);
      assert.ok(doc.quotes.some((q) => q.method === pattern.id), `${pattern.id}: its example gives ${JSON.stringify(doc.quotes.map((q) => q.method))}`);
    }
  });
});

describe('quotes stage: contract', () => {
  it('runs after entities on the text and the HTML path', () => {
    assert.deepEqual(checkStageOrder(PIPELINE), []);
    const index = PIPELINE.indexOf(quoteStage);
    assert.ok(index > PIPELINE.findIndex((s) => s.name === 'entities'));
    assert.equal(quoteStage.mediaTypes, undefined);
  });

  it('reads a very long document up to MAX_QUOTE_CHARS, whole sentences only, and says so (quotes.truncated)', () => {
    // 20,000 one-line quotes in one paragraph (520 KB) took 12 s: some steps compare every attribution with every other.
    const line = '"We will fight," Ali Hassan said. ';
    const doc = analyse(line.repeat(Math.ceil((MAX_QUOTE_CHARS + 20_000) / line.length)).trim());
    assert.ok(doc.issues.some((i) => i.code === 'quotes.truncated'), JSON.stringify(doc.issues.map((i) => i.code)));
    assert.ok(doc.quotes.length > 4000, `${doc.quotes.length} quotes`);
    assert.ok(doc.quotes.every((q) => q.content.end <= MAX_QUOTE_CHARS));
  });

  it('cuts the input at the last sentence that ends within the limit; a paragraph running past it is read up to it', () => {
    const text = 'One said so. Two said so.\n\nThree said so.';
    const input = {
      text, paragraphs: [{ start: 0, end: 25 }, { start: 27, end: 41 }], sentences: [{ start: 0, end: 12 }, { start: 13, end: 25 }, { start: 27, end: 41 }],
      tokens: [], entities: [],
    };
    assert.equal(quoteInputWithin(input, 41).cut, false);
    const { input: cut } = quoteInputWithin(input, 20);
    assert.deepEqual(cut.sentences, [{ start: 0, end: 12 }]);
    assert.deepEqual(cut.paragraphs, [{ start: 0, end: 12 }]);
  });

  it('gives offsets into the text and quotes in order, with ids', () => {
    const doc = analyse('“It is over,” Ali Hassan said.', 'Karim Mahmoud said the talks would resume on Friday.');
    assert.deepEqual(doc.quotes.map((q) => q.id), ['q1', 'q2']);
    for (const q of doc.quotes) {
      assert.ok(q.content.start < q.content.end && q.content.end <= doc.text.length);
      if (q.speaker) assert.equal(doc.text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
      if (q.cue) assert.equal(doc.text.slice(q.cue.start, q.cue.end), q.cue.text);
    }
  });

  it('handles a text with no quotes and one with only quotation marks', () => {
    assert.deepEqual(analyse('The river rose by two metres overnight.').quotes, []);
    assert.ok(Array.isArray(analyse('“ ” “ ” " " « »').quotes));
  });
});
