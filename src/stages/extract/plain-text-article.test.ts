import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStages } from '../../pipeline/runner.js';
import { decodeStage } from '../ingest/decode.js';
import { normaliseStage } from './normalise.js';
import { plainTextArticleStage, splitBlocks } from './plain-text-article.js';
import { DEFAULT_CONFIG } from '../../pipeline/config.js';
import { silentLogger } from '../../pipeline/logger.js';
import { EXAMPLES_DIR } from '../../test-support/paths.js';

const ctx = { config: DEFAULT_CONFIG, logger: silentLogger, now: () => new Date('2024-01-01T00:00:00Z') };
const STAGES = [decodeStage, normaliseStage, plainTextArticleStage];

function extractText(text: string) {
  return runStages(STAGES, { text, mediaType: 'text/plain' }, ctx);
}
function extractExample(name: string) {
  return runStages(STAGES, { bytes: readFileSync(join(EXAMPLES_DIR, name)), mediaType: 'text/plain', path: name }, ctx);
}
const paragraphTexts = (doc: { text?: string; paragraphs?: { start: number; end: number }[] }) => doc.paragraphs!.map((p) => doc.text!.slice(p.start, p.end));

describe('plain-text article extraction', () => {
  it('handles the founding example: title, timestamp in Baghdad time, source prefix, furniture', () => {
    const { doc } = extractExample('shafaq-2020-09-30-sadr.txt');
    assert.equal(doc.title, 'Al-Sadr attacks Shiite leaders and factions, and invites the US embassy');
    assert.equal(doc.published, '2020-09-30T06:49:00+03:00');
    assert.equal(doc.source!.name, 'Shafaq News');
    assert.equal(doc.paragraphs!.length, 7);
    assert.ok(doc.text!.startsWith('The leader of the Sadrist movement, Muqtada al-Sadr, on Wednesday warned'));
    assert.ok(doc.text!.endsWith('targeting foreign forces in Iraq.'));
    for (const s of ['the chest', 'A- A A +', 'Leave a Reply', 'Facebook photo', 'Connecting to %s', ' .']) assert.ok(!doc.text!.includes(s), s);
  });

  it('handles a wire story: dateline, byline, GMT time, inline furniture, related list, copyright', () => {
    const { doc } = extractExample('wire-2021-03-05-erbil-rockets.txt');
    assert.equal(doc.title, 'Rockets hit air base hosting US troops in western Iraq, coalition says');
    assert.equal(doc.byline, 'Ahmed Rasheed and John Davison');
    assert.equal(doc.published, '2021-03-03T10:42:00+00:00');
    assert.equal(doc.source!.name, 'Reuters');
    assert.equal(doc.dateline, 'BAGHDAD');
    const paras = paragraphTexts(doc);
    assert.ok(paras[0]!.startsWith('At least ten rockets struck'));
    assert.ok(paras.at(-1)!.startsWith('Washington has blamed Kataib Hezbollah'));
    assert.ok(paras.some((p) => p.startsWith('"We will not allow')), 'a one-sentence quote paragraph is kept');
    for (const s of ['Advertisement', 'Read more', 'Related stories', 'Pope Francis to visit', 'Thomson Reuters', '4 min read', 'Home >']) assert.ok(!doc.text!.includes(s), s);
  });

  it('handles a blog repost: cookie banner, menus, share bar, tags and comment form', () => {
    const { doc } = extractExample('blog-repost-2023-sudan-talks.txt');
    assert.equal(doc.title, "Sudan's warring parties resume talks in Jeddah");
    assert.equal(doc.source!.name, 'Al Jazeera');
    assert.equal(doc.published, '2023-10-26T14:05:00+03:00');
    assert.equal(doc.paragraphs!.length, 5);
    assert.ok(doc.text!.includes('fighting broke out in Khartoum.'));
    for (const s of ['cookies', 'Menu', 'Tweet', 'Tags:', 'Leave a comment', 'Post Comment', 'Africa | Politics']) assert.ok(!doc.text!.includes(s), s);
  });

  it('handles a text with no title or date line: first sentence stands in, issues say so', () => {
    const { doc } = extractExample('untitled-2022-kyiv-grain.txt');
    assert.ok(doc.title!.startsWith('Ukraine and Turkey agreed on Friday'));
    assert.equal(doc.dateline, 'KYIV, Ukraine');
    assert.equal(doc.published, undefined);
    assert.equal(doc.paragraphs!.length, 4);
    const codes = doc.issues.map((i) => i.code);
    assert.ok(codes.includes('extract.no-title') && codes.includes('extract.no-date') && codes.includes('extract.no-source'));
  });

  it('keeps a short one-paragraph text rather than rejecting it', () => {
    const { doc, rejected } = extractText('Iraq’s parliament approved the budget on Monday.');
    assert.equal(rejected, undefined);
    assert.equal(doc.text, 'Iraq’s parliament approved the budget on Monday.');
    assert.ok(doc.issues.some((i) => i.code === 'extract.short-body'));
  });

  it('rejects text that is only furniture', () => {
    const { rejected } = extractText('Share\n\nAdvertisement\n\nLog in\n');
    assert.equal(rejected?.code, 'extract.no-body');
  });

  it('cuts a body over maxTextChars at a paragraph boundary', () => {
    const para = 'The minister said the talks would continue next week in the capital, officials said. '.repeat(3).trim();
    const text = Array.from({ length: 10 }, () => para).join('\n\n');
    const { doc } = runStages(STAGES, { text, mediaType: 'text/plain' }, { ...ctx, config: { ...DEFAULT_CONFIG, maxTextChars: 800 } });
    assert.ok(doc.text!.length <= 800);
    assert.equal(doc.text!.length, doc.paragraphs!.at(-1)!.end);
    assert.ok(doc.issues.some((i) => i.code === 'extract.truncated'));
  });

  it('cuts an over-long paragraph inside, at a sentence end, rather than dropping it', () => {
    // A short first line, then one paragraph past the limit: the body kept only "Title" before.
    const sentence = 'The minister said the talks would continue next week in the capital, officials said. ';
    const text = `Talks to continue\n\n${sentence.repeat(40).trim()}`;
    const { doc } = runStages(STAGES, { text, mediaType: 'text/plain' }, { ...ctx, config: { ...DEFAULT_CONFIG, maxTextChars: 2000 } });
    assert.ok(doc.text!.length <= 2000 && doc.text!.length > 1500, `${doc.text!.length}`);
    assert.ok(doc.text!.endsWith('officials said.'), doc.text!.slice(-40));
    assert.equal(doc.text!.length, doc.paragraphs!.at(-1)!.end);
    assert.ok(doc.issues.some((i) => i.code === 'extract.truncated'));
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const blocks = splitBlocks('The prime minister said on Tuesday that the government\nwould hold early elections next June, a year ahead of\nschedule.\n\nSecond paragraph here.');
    assert.deepEqual(blocks, ['The prime minister said on Tuesday that the government would hold early elections next June, a year ahead of schedule.', 'Second paragraph here.']);
  });

  it('paragraph offsets point into the text', () => {
    const { doc } = extractExample('shafaq-2020-09-30-sadr.txt');
    for (const p of doc.paragraphs!) {
      const t = doc.text!.slice(p.start, p.end);
      assert.equal(t, t.trim());
      assert.ok(t.length > 0);
    }
    assert.equal(doc.text!.slice(doc.paragraphs![1]!.start - 2, doc.paragraphs![1]!.start), '\n\n');
  });
});
