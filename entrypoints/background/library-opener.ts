// Opens the notes library for the card: a web page may not open an extension page itself,
// and the library is no web-accessible resource, so the card's link asks us.
import { browser, type Browser } from 'wxt/browser';
import { topicHash } from '@/lib/library-hash';
import type { Message } from '@/lib/messages';
import { TOPIC_IDS, type TopicId } from '@/lib/types';

const isTopic = (v: unknown): v is TopicId => (TOPIC_IDS as readonly unknown[]).includes(v);

export function startLibraryOpener(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const msg = raw as Message;
    if (msg?.type !== 'open-library' || !isTopic(msg.topic)) return undefined;
    const url = browser.runtime.getURL('/library.html') + topicHash(msg.topic);
    // Beside the reader's tab, as a link opened in a new tab would be.
    const beside = sender.tab?.id === undefined ? {} : { openerTabId: sender.tab.id, index: sender.tab.index + 1 };
    return browser.tabs.create({ url, ...beside }).then(
      () => true,
      () => false,
    );
  });
}
