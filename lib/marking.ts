// Which of a page's mentions are marked: every one, the first of each topic in each article,
// or none. Pure; the content script gives each mention's article (its nearest <article>, or
// the page when there is none). Dismissed mentions are not in the list, so they never count.
import type { MarkScope } from './settings-schema';
import type { TopicId } from './types';

/** `mentions` in document order; returns the marked ones, in the same order. */
export function markedMentions<M extends { topic: TopicId }>(mentions: readonly M[], scope: MarkScope, articleOf: (m: M) => unknown): M[] {
  if (scope === 'all') return [...mentions];
  if (scope === 'none') return [];
  const seen = new Map<unknown, Set<TopicId>>();
  return mentions.filter((m) => {
    const article = articleOf(m);
    const topics = seen.get(article) ?? seen.set(article, new Set()).get(article)!;
    if (topics.has(m.topic)) return false;
    topics.add(m.topic);
    return true;
  });
}
