import { describe, expect, it } from 'vitest';
import { domainOf, sourceLine } from './source-line';
import type { Source } from './types';

const base: Source = { id: 'S900', url: 'https://www.example.be/a/b', publisher: 'Example', title: 'A headline', titleFrom: 'page', published: '2021-05-07', language: 'fr' };

describe('sourceLine', () => {
  it.each<[string, Partial<Source>, 'en' | 'fr' | 'nl', Partial<ReturnType<typeof sourceLine>>]>([
    ['headline with full date', {}, 'en', { text: 'A headline', isHeadline: true, publisher: 'Example', date: '7 May 2021', iso: '2021-05-07' }],
    ['month only, localized', { published: null, publishedMonth: '2018-05' }, 'fr', { date: 'mai 2018', iso: '2018-05' }],
    ['no date at all', { published: null }, 'nl', { date: 'datum niet zichtbaar', iso: undefined }],
    ['title spelled from the address is no headline', { titleFrom: 'url' }, 'en', { text: 'A headline', isHeadline: false, hint: "Words from the page's address; its headline may differ" }],
    ['a line of the page stands in for the headline', { titleFrom: 'page-text' }, 'en', { isHeadline: true }],
    ['no title: publisher and domain', { title: null, titleFrom: 'none' }, 'en', { text: 'Example (example.be)', publisher: '', isHeadline: false }],
    ['via words in the reader language', { via: { en: 'via Belga', fr: 'via Belga', nl: 'via Belga' } }, 'nl', { via: 'via Belga' }],
  ])('%s', (_name, change, lang, expected) => {
    expect(sourceLine({ ...base, ...change }, lang)).toMatchObject(expected);
  });

  it('does not repeat a domain the publisher already names', () => {
    expect(sourceLine({ ...base, url: 'https://finsmartnews.com/?p=1', publisher: 'finsmartnews.com', title: null, titleFrom: 'none' }, 'en').text).toBe('finsmartnews.com');
  });

  it('domainOf drops the scheme, www. and path', () => {
    expect(domainOf('http://www.lalibre.be/economie/x')).toBe('lalibre.be');
    expect(domainOf('https://brf.be:443/regional/1')).toBe('brf.be');
  });
});
