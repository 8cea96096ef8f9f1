// Background side of the on-demand card UI (card-ui-contract.ts): injects it into the
// frame that asks. Allowed by host access to the default sites, by the extra sites the
// user granted, or by activeTab after "scan this page" — wherever our content script runs.
import { browser } from 'wxt/browser';
import { CARD_UI_FILE } from '@/utils/card-ui-contract';
import { fromContent } from './inbox';

export function startCardUiInjector(): void {
  fromContent('load-card-ui', (_, { tabId, frameId }) =>
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_UI_FILE] })
      .then(
        () => true,
        (err: unknown) => {
          console.warn('[Fact Notes] could not load the card into this page:', err);
          return false;
        },
      ),
  );
}
