// Marks the reader hid on a tab stay hidden in a frame that starts later (an ad, an embed
// loaded on scroll). The top frame's content script knows whether they are hidden on the
// page it shows; the background only relays the question. State kept here could still be
// the previous page's while a new one loads, and hiding ends with the page.
import { browser } from 'wxt/browser';
import type { ToContent } from '@/lib/messages';
import { fromContent } from './inbox';

export function startMarksHiddenRelay(): void {
  fromContent('get-marks-hidden', async (_, { tabId, frameId }) => {
    // A top frame that starts shows a new page: its marks are shown.
    if (frameId === 0) return false;
    const ask: ToContent = { type: 'get-marks-hidden' };
    // No script of ours in the top frame (a site we do not run on), or not started yet: shown.
    return browser.tabs.sendMessage(tabId, ask, { frameId: 0 }).then(
      (hidden) => hidden === true,
      () => false,
    );
  });
}
