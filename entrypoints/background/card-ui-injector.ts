// Background side of the on-demand card UI (card-ui-contract.ts): injects it into the
// frame that asks. Allowed by host access to the default sites, by the extra sites the
// user granted, or by activeTab after "scan this page" — wherever our content script runs.
import { browser } from 'wxt/browser';
import { CARD_UI_FILE } from '@/utils/card-ui-contract';
import type { Message } from '@/lib/messages';

export function startCardUiInjector(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as Message).type !== 'load-card-ui') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve(false);
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_UI_FILE] })
      .then(
        () => true,
        (err: unknown) => {
          console.warn('[Fact Notes] could not load the card into this page:', err);
          return false;
        },
      );
  });
}
