import { browser } from 'wxt/browser';
import { badgeFor, toTabResult } from '@/lib/badge';
import { iconSet } from '@/lib/icons';
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
  /** Deletes the tab's entry only if `stale(entry)` holds, checked and done in one step. */
  deleteIf(tabId: number, stale: (entry: Entry) => boolean): Promise<boolean>;
}

const PREFIX = 'tab-result:';

// Memory is the truth, so reading, checking and deleting cannot interleave with a report
// (no read-then-delete race). storage.session keeps a copy so the results survive the
// service worker being stopped while the tab stays open; a restarted worker starts
// from it. Where that area is missing, memory alone.
function entryStore(): EntryStore {
  const area = browser.storage.session;
  const memory = new Map<number, Entry>();
  const loaded = (area?.get(null) ?? Promise.resolve({})).then(
    (saved: Record<string, unknown>) => {
      for (const [key, entry] of Object.entries(saved)) if (key.startsWith(PREFIX)) memory.set(Number(key.slice(PREFIX.length)), entry as Entry);
    },
    () => undefined,
  );
  const copy = (write: Promise<void> | undefined) => write?.catch(() => undefined);
  return {
    get: async (tabId) => {
      await loaded;
      return memory.get(tabId);
    },
    set: async (tabId, entry) => {
      await loaded;
      memory.set(tabId, entry);
      await copy(area?.set({ [PREFIX + tabId]: entry }));
    },
    deleteIf: async (tabId, stale) => {
      await loaded;
      const entry = memory.get(tabId);
      if (!entry || !stale(entry)) return false;
      memory.delete(tabId);
      await copy(area?.remove(PREFIX + tabId));
      return true;
    },
  };
}

async function showBadge(tabId: number, result: TabResult | undefined): Promise<void> {
  const { text, color, icon } = badgeFor(result);
  // Firefox's MV2 build has browserAction, not action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  // The tab may be gone by the time a late report arrives.
  await action.setBadgeText({ tabId, text }).catch(() => undefined);
  await action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
  await action.setIcon({ tabId, path: iconSet(icon === 'paused', '/') }).catch(() => undefined);
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

  browser.tabs.onRemoved.addListener((tabId) => void store.deleteIf(tabId, () => true));
  browser.tabs.onUpdated.addListener(async (tabId, { status }) => {
    const entry = status && (await store.get(tabId));
    if (!entry || (await stillShown(tabId, entry, status))) return;
    // A report from the new document may have landed meanwhile: keep that one.
    if (await store.deleteIf(tabId, (now) => now === entry)) await showBadge(tabId, undefined);
  });
}
