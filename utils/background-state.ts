import { browser } from 'wxt/browser';
import { badgeFor, toTabResult } from '@/lib/badge';
import type { Message, TabResult } from './messages';

interface ResultStore {
  get(tabId: number): Promise<TabResult | undefined>;
  set(tabId: number, result: TabResult): Promise<void>;
  delete(tabId: number): Promise<void>;
}

// Results live in storage.session so they survive the service worker being stopped
// while the tab stays open; memory is the fallback where that area is missing.
function resultStore(): ResultStore {
  const area = browser.storage.session;
  if (!area) {
    const memory = new Map<number, TabResult>();
    return {
      get: async (tabId) => memory.get(tabId),
      set: async (tabId, result) => void memory.set(tabId, result),
      delete: async (tabId) => void memory.delete(tabId),
    };
  }
  const key = (tabId: number) => `tab-result:${tabId}`;
  return {
    get: async (tabId) => (await area.get(key(tabId)))[key(tabId)] as TabResult | undefined,
    set: (tabId, result) => area.set({ [key(tabId)]: result }),
    delete: (tabId) => area.remove(key(tabId)),
  };
}

async function showBadge(tabId: number, result: TabResult | undefined): Promise<void> {
  const { text, color } = badgeFor(result);
  // The tab may be gone by the time a late report arrives.
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
}

export function startBackground(): void {
  const store = resultStore();

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as Message;
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab, and a prerendered page is not the one shown.
    const lifecycle = (sender as { documentLifecycle?: string }).documentLifecycle;
    if (msg.type === 'scan-report' && tabId !== undefined && sender.frameId === 0 && lifecycle !== 'prerender') {
      const result = toTabResult(msg);
      void store.set(tabId, result).then(() => showBadge(tabId, result));
      return undefined;
    }
    if (msg.type === 'get-tab-result') return store.get(msg.tabId).then((r) => r ?? null);
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => void store.delete(tabId));
  // A new document (load, reload) makes the old result stale; its content script reports afresh.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void store.delete(tabId).then(() => showBadge(tabId, undefined));
  });
}
