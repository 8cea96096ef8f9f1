import type { TopicId } from '@/lib/types';

/** Topic colours, chosen to read on both light and dark pages (also in components/card.css). */
export const TOPIC_COLORS: Record<TopicId, string> = {
  cainiao: '#e8590c',
  'liege-airport': '#1c7ed6',
  vsse: '#c2255c',
};
