// Marks mentions with the CSS Custom Highlight API: one named Highlight per topic,
// so the page's DOM is never touched.
import type { TopicId } from '@/lib/types';
import { TOPIC_IDS } from '@/lib/types';

export const highlightName = (topic: TopicId) => `fact-notes-${topic}`;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function setHighlights(rangesByTopic: Map<TopicId, Range[]>): void {
  if (!supportsHighlights()) return;
  for (const topic of TOPIC_IDS) {
    const ranges = rangesByTopic.get(topic) ?? [];
    if (ranges.length) CSS.highlights.set(highlightName(topic), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(topic));
  }
}

export function clearHighlights(): void {
  setHighlights(new Map());
}
