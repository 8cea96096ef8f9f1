// One protocol for every message between the content script, the background and the
// extension's pages: the types by direction, what each request is answered with, and
// the checks every receiver runs first (parse…): anything malformed is dropped, and what
// passes holds only the fields named here. Who may ask what is the receiver's rule
// (entrypoints/background/inbox.ts).
import { NOTE_LANGS, TOPIC_IDS, type Fact, type Mention, type NoteLang, type Source, type TopicId } from './types';
import type { FigureCheck } from './figures/figure-check';
import { isConflictOf } from './conflicts';

/** One mention as a frame reports it; `id` is its index in that frame's report, `excerpt` its
 * paragraph (bounded, in whole sentences: entrypoints/content/page-mentions.ts paragraphOf). */
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

/** A mention in the tab's result: which frame it is in. */
export type TabMention = ReportedMention & { frameId: number };

/** Everything found in a tab, over all its frames. */
export interface TabResult {
  /** The top frame's URL, pause and hidden state. */
  url: string;
  paused: boolean;
  hidden?: boolean;
  byTopic: Partial<Record<TopicId, TabMention[]>>;
  total: number;
  /** Reports received from the tab's current page so far: grows after every scan, so tests can wait for one. */
  scans: number;
}

/** The notes the card shows for one mention, the paragraph's figures beside the notes'
 * figures, and just the sources they cite. */
export interface NotesReply {
  facts: Fact[];
  /** None when the background could not be reached. */
  figures?: FigureCheck[];
  sources: Source[];
  /** How many notes the library has on the topic (the card's "All n notes" link). */
  total: number;
  /** The conflicts between sources that notes in `facts` are part of: fact id → conflict ids
   * (only notes in one). None from an older background. */
  conflicts?: Record<string, string[]>;
}

/** Content script → background. */
export type FromContent =
  | ScanReport
  /** Answered with `NotesReply`. `paragraph` is the text of the mention's block, which the
   * background also reads figures from (the number check). */
  | { type: 'get-notes'; topic: TopicId; paragraph: string; lang: NoteLang }
  /** Inject the card UI into my frame; answered with `boolean`. */
  | { type: 'load-card-ui' }
  /** Open the library at this topic, or at one of its conflicts between sources, in a new tab
   * (a page may not open it itself). */
  | { type: 'open-library'; topic: TopicId; conflict?: string }
  /** A frame that starts asks whether the reader hid the marks on its tab; answered with `boolean`. */
  | { type: 'get-marks-hidden' };

/** Extension page (popup, options, even open in a tab) → background. Answered with `TabResult | null`. */
export type FromPage = { type: 'get-tab-result'; tabId: number };

export type ToBackground = FromContent | FromPage;

/** What the background answers each request with. */
export interface Replies {
  'get-notes': NotesReply;
  'load-card-ui': boolean;
  'get-tab-result': TabResult | null;
  'open-library': boolean;
  'get-marks-hidden': boolean;
}

/** Background or popup → a content script. */
export type ToContent =
  /** Popup → the mention's frame: scroll it into view and open its card. */
  | { type: 'scroll-to-mention'; id: number }
  /** Keyboard shortcut: open the card on the next (1) or previous (-1) mention. */
  | { type: 'step-mention'; step: 1 | -1 }
  | { type: 'close-card' }
  /** Keyboard shortcut, to the top frame: hide or show the marks; answered with the new state (`true`: hidden). */
  | { type: 'toggle-marks' }
  /** Then to every frame: the marks' state the top frame took (set, not flipped, so a frame that missed a step cannot stay the wrong way round). */
  | { type: 'set-marks-hidden'; hidden: boolean }
  /** Succeeds only while that document is still in its tab. */
  | { type: 'ping' }
  /** Background → the top frame, for a frame that starts: are the marks hidden? Answered with `boolean`. */
  | { type: 'get-marks-hidden' };

/** Background → extension pages: a tab's result changed. */
export type ToPage = { type: 'tab-result'; tabId: number; result: TabResult | null };

// Bounds well above anything a real page reports: a flood is dropped, not stored.
const MAX_MENTIONS = 5000;
const MAX_URL = 8192;
const MAX_TEXT = 2000;

type Fields = Record<string, unknown>;
const isObject = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;
const isIndex = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isOneOf = <T>(values: readonly T[], x: unknown): x is T => values.includes(x as T);

function parseMention(x: unknown): ReportedMention | null {
  if (!isObject(x) || !isIndex(x.id) || !isOneOf(TOPIC_IDS, x.topic) || !isText(x.alias) || !isText(x.why) || !isText(x.excerpt)) return null;
  return { id: x.id, topic: x.topic, alias: x.alias, why: x.why, excerpt: x.excerpt };
}

function parseReport(x: Fields): ScanReport | null {
  const { url, paused, hidden, mentions } = x;
  if (!isText(url, MAX_URL) || typeof paused !== 'boolean' || (hidden !== undefined && typeof hidden !== 'boolean')) return null;
  if (!Array.isArray(mentions) || mentions.length > MAX_MENTIONS) return null;
  const parsed = mentions.map(parseMention);
  if (parsed.some((m) => !m)) return null;
  return { type: 'scan-report', url, paused, ...(hidden ? { hidden } : {}), mentions: parsed as ReportedMention[] };
}

/** A message for the background, checked; null when it is not one. */
export function parseToBackground(x: unknown): ToBackground | null {
  if (!isObject(x)) return null;
  switch (x.type) {
    case 'scan-report':
      return parseReport(x);
    case 'get-notes':
      return isOneOf(TOPIC_IDS, x.topic) && isText(x.paragraph) && isOneOf(NOTE_LANGS, x.lang)
        ? { type: 'get-notes', topic: x.topic, paragraph: x.paragraph, lang: x.lang }
        : null;
    case 'load-card-ui':
    case 'get-marks-hidden':
      return { type: x.type };
    case 'open-library':
      if (!isOneOf(TOPIC_IDS, x.topic)) return null;
      // A conflict that is not one of the topic's is dropped: the library opens at the topic.
      return isConflictOf(x.conflict, x.topic) ? { type: 'open-library', topic: x.topic, conflict: x.conflict } : { type: 'open-library', topic: x.topic };
    case 'get-tab-result':
      return isIndex(x.tabId) ? { type: 'get-tab-result', tabId: x.tabId } : null;
    default:
      return null;
  }
}

/** A message for a content script, checked; null when it is not one. */
export function parseToContent(x: unknown): ToContent | null {
  if (!isObject(x)) return null;
  const { type, id, step, hidden } = x;
  if (type === 'scroll-to-mention') return isIndex(id) ? { type, id } : null;
  if (type === 'set-marks-hidden') return typeof hidden === 'boolean' ? { type, hidden } : null;
  if (type === 'step-mention') return step === 1 || step === -1 ? { type, step } : null;
  return type === 'close-card' || type === 'toggle-marks' || type === 'ping' || type === 'get-marks-hidden' ? { type } : null;
}

/** A message for an extension page, checked (the result comes from our own background); null when it is not one. */
export function parseToPage(x: unknown): ToPage | null {
  if (!isObject(x) || x.type !== 'tab-result' || !isIndex(x.tabId)) return null;
  return isObject(x.result) || x.result === null ? { type: 'tab-result', tabId: x.tabId, result: x.result as TabResult | null } : null;
}
