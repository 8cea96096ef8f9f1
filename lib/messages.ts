import type { FigureCheck } from '@/lib/figures/figure-check';
import type { Fact, Mention, NoteLang, Source, TopicId } from '@/lib/types';

/** One mention as reported to the background and shown in the popup. */
export type ReportedMention = Pick<Mention, 'topic' | 'alias' | 'why'> & { id: number; excerpt: string };

/** What the content script reports for its frame after each scan. */
export interface ScanReport {
  type: 'scan-report';
  url: string;
  paused: boolean;
  /** Marks hidden on this tab by the reader's shortcut (until the page reloads). */
  hidden?: boolean;
  /** Every mention found, marked or not (the popup lists them all). */
  mentions: ReportedMention[];
}

export interface TabResult {
  url: string;
  paused: boolean;
  hidden?: boolean;
  byTopic: Partial<Record<TopicId, ReportedMention[]>>;
  total: number;
}

export type Message =
  | ScanReport
  /** Popup → background; answered with `TabResult | null`. */
  | { type: 'get-tab-result'; tabId: number }
  /** Popup → content script (top frame): scroll the mention into view and flash it. */
  | { type: 'scroll-to-mention'; id: number }
  /** Keyboard shortcut: open the card on the next (1) or previous (-1) mention. */
  | { type: 'step-mention'; step: 1 | -1 }
  | { type: 'close-card' }
  /** Background → content script (top frame), on the shortcut: hide or show the marks on this tab. */
  | { type: 'toggle-marks' }
  /** Card → background; answered with `NotesReply`. `paragraph` is the text of the mention's
   * block, which the background also reads figures from (the number check). */
  | { type: 'get-notes'; topic: TopicId; paragraph: string; lang: NoteLang }
  /** Content script → background: inject the card UI into my frame; answered with `boolean`. */
  | { type: 'load-card-ui' }
  /** Background → one document: succeeds only while that document is still in its tab. */
  | { type: 'ping' }
  /** Card → background: open the library at this topic in a new tab (a page may not open it itself). */
  | { type: 'open-library'; topic: TopicId };

/** The notes the card shows for one mention, the paragraph's figures beside the notes'
 * figures, and just the sources they cite. */
export interface NotesReply {
  facts: Fact[];
  /** None when the background could not be reached. */
  figures?: FigureCheck[];
  sources: Source[];
  /** How many notes the library has on the topic (the card's "All n notes" link). */
  total: number;
}
