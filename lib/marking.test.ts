import { describe, expect, it } from 'vitest';
import { markedMentions } from './marking';
import type { MarkScope } from './settings-schema';
import type { TopicId } from './types';

// "a:cainiao" = a mention of Cainiao in article a; "-:vsse" = outside any article.
const page = (...specs: string[]) => specs.map((spec, i) => ({ id: i, article: spec.split(':')[0], topic: spec.split(':')[1] as TopicId }));
const ids = (scope: MarkScope, mentions: ReturnType<typeof page>) => markedMentions(mentions, scope, (m) => m.article).map((m) => m.id);

describe('markedMentions', () => {
  const story = page('a:cainiao', 'a:vsse', 'a:cainiao', 'a:cainiao', 'a:vsse', 'a:liege-airport');
  it.each<[string, MarkScope, ReturnType<typeof page>, number[]]>([
    ['every mention', 'all', story, [0, 1, 2, 3, 4, 5]],
    ['nothing in the page', 'none', story, []],
    ['the first of each topic', 'first', story, [0, 1, 5]],
    ['the first of each topic in each article', 'first', page('a:cainiao', 'b:cainiao', 'a:cainiao', 'b:vsse', 'b:vsse'), [0, 1, 3]],
    ['outside any article, the page counts as one', 'first', page('-:vsse', 'a:vsse', '-:vsse'), [0, 1]],
    ['no mention', 'first', [], []],
  ])('%s', (_, scope, mentions, expected) => {
    expect(ids(scope, mentions)).toEqual(expected);
  });
});
