import type { Mention, TopicId } from '@/lib/types';

/** What the content script reports for its frame after each scan. */
export interface ScanReport {
  type: 'scan-report';
  url: string;
  paused: boolean;
  mentions: Array<Pick<Mention, 'topic' | 'alias' | 'why'> & { id: number; excerpt: string }>;
}

export interface TabResult {
  url: string;
  paused: boolean;
  byTopic: Partial<Record<TopicId, ScanReport['mentions']>>;
  total: number;
}

export type Message =
  | ScanReport
  | { type: 'get-tab-result'; tabId: number }
  | { type: 'scroll-to-mention'; id: number };
