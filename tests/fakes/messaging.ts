// Message senders as the browser describes them (fakeBrowser gives none): the background
// decides who may ask what from these (entrypoints/background/inbox.ts).
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Browser.runtime.MessageSender;

/** One of our extension pages (the popup, here open in a tab of its own when `tabId` is given). */
export const ownPage = (tabId?: number): Sender =>
  ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html'), ...(tabId === undefined ? {} : { tab: { id: tabId } }) }) as Sender;

/** Our content script in one frame of a tab. */
export const contentScript = (tabId: number, frameId = 0, more: object = {}): Sender =>
  ({ id: fakeBrowser.runtime.id, url: 'https://www.lesoir.be/a', tab: { id: tabId }, frameId, ...more }) as Sender;

/** runtime.sendMessage as from one of our pages: every listener hears it with that sender; the first answer wins. */
export function sendAsOwnPage(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    async (msg: unknown) => (await fakeBrowser.runtime.onMessage.trigger(msg, ownPage())).find((r) => r !== undefined),
  );
}
