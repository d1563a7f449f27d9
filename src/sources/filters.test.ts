import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapConcurrent } from './concurrent.js';
import { failedFilter, hostMatches, languageMatches, sniffDeclaredLanguage } from './filters.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('source filters', () => {
  it('matches hosts and their subdomains, not look-alikes', () => {
    assert.ok(hostMatches('https://www.bbc.co.uk/news/1', ['bbc.co.uk']));
    assert.ok(hostMatches('https://bbc.co.uk/news/1', ['www.bbc.co.uk']));
    assert.ok(!hostMatches('https://notbbc.co.uk/news/1', ['bbc.co.uk']));
    assert.ok(hostMatches('https://anything.example/', undefined));
  });

  it('matches declared languages by primary subtag; undeclared passes', () => {
    assert.ok(languageMatches('en-GB', ['en']));
    assert.ok(languageMatches('de, en', ['en']));
    assert.ok(!languageMatches('de-AT', ['en', 'fr']));
    assert.ok(languageMatches(undefined, ['en']));
  });

  it('sniffs <html lang> and the content-language meta from the first bytes', () => {
    assert.equal(sniffDeclaredLanguage(bytes('<!doctype html>\n<html class="no-js" lang="pt-BR">')), 'pt');
    assert.equal(sniffDeclaredLanguage(bytes('<html xml:lang="ja" xmlns="http://www.w3.org/1999/xhtml">')), 'ja');
    assert.equal(sniffDeclaredLanguage(bytes('<html><head><meta http-equiv="Content-Language" content="nl">')), 'nl');
    assert.equal(sniffDeclaredLanguage(bytes('<html><head><title>x</title>')), undefined);
    assert.equal(sniffDeclaredLanguage(bytes(`<html>${' '.repeat(5000)}<p lang="fr">`)), undefined);
  });

  it('names the first filter an input fails; dates it cannot read pass', () => {
    const filters = { since: new Date('2024-05-01T00:00:00Z'), hosts: ['example.org'], languages: ['en'] };
    assert.equal(failedFilter(filters, { url: 'https://a.example.org/x', date: '2024-05-02', language: 'en' }), undefined);
    assert.equal(failedFilter(filters, { url: 'https://other.example/x' }), 'filter.host');
    assert.equal(failedFilter(filters, { url: 'https://example.org/x', date: 'Tue, 30 Apr 2024 23:00:00 GMT' }), 'filter.date');
    assert.equal(failedFilter(filters, { url: 'https://example.org/x', date: 'sometime' }), undefined);
    assert.equal(failedFilter(filters, { language: 'fr' }), 'filter.language');
  });
});

describe('mapConcurrent', () => {
  it('runs at most `limit` tasks at once and yields every result', async () => {
    let running = 0;
    let peak = 0;
    const results: number[] = [];
    for await (const r of mapConcurrent([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 10 * (8 - n)));
      running--;
      return n * 10;
    })) results.push(r);
    assert.equal(peak, 3);
    assert.deepEqual(results.sort((a, b) => a - b), [10, 20, 30, 40, 50, 60, 70]);
  });
});
