import { browser } from 'wxt/browser';
import { badgeFor, toTabResult } from '@/lib/badge';
import { keepExtraSiteScriptsInSync } from '@/utils/extra-sites';
import type { Message, TabResult } from '@/lib/messages';

/** A tab's result and the document that reported it (Chrome gives its id; Firefox does not). */
interface Entry {
  result: TabResult;
  documentId?: string;
}

interface EntryStore {
  get(tabId: number): Promise<Entry | undefined>;
  set(tabId: number, entry: Entry): Promise<void>;
  delete(tabId: number): Promise<void>;
}

// Results live in storage.session so they survive the service worker being stopped
// while the tab stays open; memory is the fallback where that area is missing.
function entryStore(): EntryStore {
  const area = browser.storage.session;
  if (!area) {
    const memory = new Map<number, Entry>();
    return {
      get: async (tabId) => memory.get(tabId),
      set: async (tabId, entry) => void memory.set(tabId, entry),
      delete: async (tabId) => void memory.delete(tabId),
    };
  }
  const key = (tabId: number) => `tab-result:${tabId}`;
  return {
    get: async (tabId) => (await area.get(key(tabId)))[key(tabId)] as Entry | undefined,
    set: (tabId, entry) => area.set({ [key(tabId)]: entry }),
    delete: (tabId) => area.remove(key(tabId)),
  };
}

async function showBadge(tabId: number, result: TabResult | undefined): Promise<void> {
  const { text, color } = badgeFor(result);
  // The tab may be gone by the time a late report arrives.
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
}

/** Whether the reporting document still is the one in the tab (in-page anchors and history.pushState keep it). */
async function stillShown(tabId: number, entry: Entry, status: string): Promise<boolean> {
  // Without a document id, any load counts as a new document.
  if (!entry.documentId) return status !== 'loading';
  // Only once loading completes is a replaced document surely gone.
  if (status !== 'complete') return true;
  const ping: Message = { type: 'ping' };
  const options = { documentId: entry.documentId } as { frameId?: number };
  return browser.tabs.sendMessage(tabId, ping, options).then(
    () => true,
    () => false,
  );
}

export function startBackground(): void {
  keepExtraSiteScriptsInSync();
  const store = entryStore();

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = raw as Message;
    const tabId = sender.tab?.id;
    const { documentId, documentLifecycle } = sender as { documentId?: string; documentLifecycle?: string };
    // Only the top frame speaks for the tab, and a prerendered page is not the one shown.
    if (msg.type === 'scan-report' && tabId !== undefined && sender.frameId === 0 && documentLifecycle !== 'prerender') {
      const result = toTabResult(msg);
      void store.set(tabId, { result, documentId }).then(() => showBadge(tabId, result));
      return undefined;
    }
    if (msg.type === 'get-tab-result') return store.get(msg.tabId).then((e) => e?.result ?? null);
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => void store.delete(tabId));
  browser.tabs.onUpdated.addListener(async (tabId, { status }) => {
    const entry = status && (await store.get(tabId));
    if (!entry || (await stillShown(tabId, entry, status))) return;
    // A report from the new document may have landed meanwhile: keep that one.
    const now = await store.get(tabId);
    if (now?.documentId !== entry.documentId || now?.result.url !== entry.result.url) return;
    await store.delete(tabId);
    await showBadge(tabId, undefined);
  });
}
