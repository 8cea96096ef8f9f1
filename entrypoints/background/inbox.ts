// The background's side of the protocol (lib/messages.ts): each request is checked on
// receipt and answered only when its sender may ask it. Extension pages (the popup,
// the options page, even when open in a tab) are known by their URL's origin, not by
// the absence of a tab; content scripts by their tab and frame, and they only ever
// speak for themselves (no request names another tab).
import { browser, type Browser } from 'wxt/browser';
import { parseToBackground, type FromContent, type FromPage, type Replies, type ToBackground } from '@/lib/messages';

/** A content script in one frame of a tab. */
export interface ContentSender {
  tabId: number;
  /** The tab's place in its window. */
  tabIndex?: number;
  frameId: number;
  /** Chrome names the document (to tell a new page from the old one); Firefox does not. */
  documentId?: string;
  documentLifecycle?: string;
}

type Reply<T extends ToBackground['type']> = T extends keyof Replies ? Promise<Replies[T]> : void;
type Of<U, T> = Extract<U, { type: T }>;

const ownOrigin = () => new URL(browser.runtime.getURL('/')).origin;
const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/** Whether a sender is one of our own extension pages. */
export const isOwnPage = (sender: Browser.runtime.MessageSender): boolean =>
  sender.id === browser.runtime.id && originOf(sender.url) === ownOrigin();

function contentSender(sender: Browser.runtime.MessageSender): ContentSender | undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || isOwnPage(sender)) return undefined;
  const { documentId, documentLifecycle } = sender as { documentId?: string; documentLifecycle?: string };
  return { tabId, tabIndex: sender.tab?.index, frameId: sender.frameId ?? 0, documentId, documentLifecycle };
}

function listen(handle: (msg: ToBackground, sender: Browser.runtime.MessageSender) => Promise<unknown> | void): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = parseToBackground(raw);
    return (msg && handle(msg, sender)) || undefined;
  });
}

/** Answers `type` when a content script sends it. */
export function fromContent<T extends FromContent['type']>(type: T, handler: (msg: Of<FromContent, T>, from: ContentSender) => Reply<T>): void {
  listen((msg, sender) => {
    const from = msg.type === type ? contentSender(sender) : undefined;
    return from && handler(msg as Of<FromContent, T>, from);
  });
}

/** Answers `type` when one of our own pages sends it. */
export function fromPage<T extends FromPage['type']>(type: T, handler: (msg: Of<FromPage, T>) => Reply<T>): void {
  listen((msg, sender) => (msg.type === type && isOwnPage(sender) ? handler(msg as Of<FromPage, T>) : undefined));
}
