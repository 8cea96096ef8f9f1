// Opens the notes library for the card: a web page may not open an extension page itself,
// and the library is no web-accessible resource, so the card's link asks us.
import { browser } from 'wxt/browser';
import { conflictHash, topicHash } from '@/lib/library-hash';
import { fromContent } from './inbox';

export function startLibraryOpener(): void {
  fromContent('open-library', ({ topic, conflict }, { tabId, tabIndex }) => {
    const url = browser.runtime.getURL('/library.html') + (conflict ? conflictHash(conflict) : topicHash(topic));
    // Beside the reader's tab, as a link opened in a new tab would be.
    const beside = tabIndex === undefined ? { openerTabId: tabId } : { openerTabId: tabId, index: tabIndex + 1 };
    return browser.tabs.create({ url, ...beside }).then(
      () => true,
      () => false,
    );
  });
}
