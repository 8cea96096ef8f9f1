import { describe, expect, it } from 'vitest';
import { buildTopicIndex } from './topic-index';
import type { Topic } from './types';

const topic = (aliases: string[], extra: Partial<Topic> = {}): Topic => ({
  id: 'cainiao',
  names: { en: '', fr: '', nl: '' },
  summary: { en: '', fr: '', nl: '' },
  related: [],
  aliases: aliases.map((text) => ({ text })),
  ...extra,
});

const labels = (aliases: string[], folded: string, extra: Partial<Topic> = {}) =>
  buildTopicIndex([topic(aliases, extra)])
    .scan(folded)
    .map((h) => `${h.pattern.kind}:${folded.slice(h.start, h.end)}`);

describe('topic index', () => {
  it('finds overlapping patterns in one pass', () => {
    expect(labels(['cainiao', 'cainiao network', 'network'], 'the cainiao network')).toEqual([
      'alias:cainiao',
      'alias:cainiao network',
      'alias:network',
    ]);
  });

  it('needs word boundaries for Latin aliases, none for Han and kana', () => {
    expect(labels(['lgg'], 'lgg, xlgg, lggs, lgg2, (lgg)')).toEqual(['alias:lgg', 'alias:lgg']);
    expect(labels(['菜鸟'], '在菜鸟网络')).toEqual(['alias:菜鸟']);
    expect(labels(['cainiao'], '菜鸟cainiao')).toEqual(['alias:cainiao']);
  });

  it('treats hyphens and spaces alike', () => {
    expect(labels(['liege-bierset'], 'liege bierset and liege-bierset')).toHaveLength(2);
  });

  it('allows exactly one word for " * "', () => {
    expect(labels(['liege * airport'], 'liege cargo airport, liege airport, liege big cargo airport')).toEqual([
      'alias:liege cargo airport',
    ]);
    expect(labels(['liege * airport'], 'liege cargo\nairport')).toEqual([]);
  });

  it('finds exclude phrases and context words; "word*" matches word starts', () => {
    const found = labels([], 'belgian flights via belgium', { context: ['belg*', 'flight'], exclude: ['via belgium'] });
    expect(found.sort()).toEqual(['context:belgian', 'context:belgium', 'exclude:via belgium']);
  });

  it('lets a compound alias end a longer word, and takes the whole word', () => {
    const index = buildTopicIndex([topic([], { aliases: [{ text: 'luchthaven van Luik', compound: true }, { text: 'Luik' }] })]);
    // "luik" is its own alias (no compound): only as a word of its own.
    const hits = (folded: string) => index.scan(folded).map((h) => folded.slice(h.start, h.end));
    expect(hits('de vrachtluchthaven van luik')).toEqual(['vrachtluchthaven van luik', 'luik']);
    expect(hits('de luchthaven van luik')).toEqual(['luchthaven van luik', 'luik']);
    expect(hits('de vrachtluik')).toEqual([]);
  });

  it('finds the words of another sense of an alias, tied to that alias', () => {
    const lgg = { text: 'LGG', otherSense: ['probiotic*'] };
    const [hit] = buildTopicIndex([topic([], { aliases: [lgg] })]).scan('probiotics').filter((h) => h.pattern.kind === 'other');
    expect(hit).toMatchObject({ start: 0, end: 10, pattern: { alias: lgg } });
  });

  it('folds data like text', () => {
    expect(labels(['Liège Airport'], 'liege airport')).toEqual(['alias:liege airport']);
  });
});
