import { browser } from 'wxt/browser';
import { badgeFor, toTabResult } from '@/lib/badge';
import { iconSet } from '@/lib/icons';
import { keepExtraSiteScriptsInSync } from '@/utils/extra-sites';
import type { ScanReport, TabResult, ToContent, ToPage } from '@/lib/messages';
import { fromContent, fromPage } from './inbox';

/** A tab's latest report from each frame, and the top document that reported (Chrome gives its id; Firefox does not). */
interface Entry {
  frames: Record<number, ScanReport>;
  /** Reports received since this page loaded. */
  scans: number;
  documentId?: string;
}

const resultOf = (entry: Entry | undefined): TabResult | null => (entry ? toTabResult(entry.frames, entry.scans) : null);

interface EntryStore {
  get(tabId: number): Promise<Entry | undefined>;
  /** Replaces the tab's entry with `change(entry)`, read and written in one step. */
  update(tabId: number, change: (entry: Entry | undefined) => Entry): Promise<Entry>;
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
    update: async (tabId, change) => {
      await loaded;
      const entry = change(memory.get(tabId));
      memory.set(tabId, entry);
      await copy(area?.set({ [PREFIX + tabId]: entry }));
      return entry;
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

async function showBadge(tabId: number, result: TabResult | null): Promise<void> {
  const { text, color, icon } = badgeFor(result);
  // Firefox's MV2 build has browserAction, not action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  // The tab may be gone by the time a late report arrives (and some browsers lack an icon API): never fatal.
  const quietly = (set: () => Promise<void>) => Promise.resolve().then(set).catch(() => undefined);
  await quietly(() => action.setBadgeText({ tabId, text }));
  await quietly(() => action.setBadgeBackgroundColor({ tabId, color }));
  await quietly(() => action.setIcon({ tabId, path: iconSet(icon === 'paused', '/') }));
}

/** Whether the reporting document still is the one in the tab (in-page anchors and history.pushState keep it). */
async function stillShown(tabId: number, entry: Entry, status: string): Promise<boolean> {
  // Without a document id, any load counts as a new document.
  if (!entry.documentId) return status !== 'loading';
  // Only once loading completes is a replaced document surely gone.
  if (status !== 'complete') return true;
  const ping: ToContent = { type: 'ping' };
  const options = { documentId: entry.documentId } as { frameId?: number };
  return browser.tabs.sendMessage(tabId, ping, options).then(
    () => true,
    () => false,
  );
}

export function startBackground(): void {
  keepExtraSiteScriptsInSync();
  const store = entryStore();

  /** Shows the tab's result on the badge and in any open popup. */
  const changed = async (tabId: number, entry: Entry | undefined) => {
    const result = resultOf(entry);
    await showBadge(tabId, result);
    const note: ToPage = { type: 'tab-result', tabId, result };
    // No page open to hear it is the usual case.
    await browser.runtime.sendMessage(note).catch(() => undefined);
  };

  // A content script reports for its own frame of its own tab; a prerendered page is not the one shown.
  fromContent('scan-report', (report, { tabId, frameId, documentId, documentLifecycle }) => {
    if (documentLifecycle === 'prerender') return;
    void store
      .update(tabId, (entry) => {
        // The top frame of another document starts the tab afresh (subframes may report before the top frame does).
        const fresh = !entry || (frameId === 0 && !!entry.documentId && documentId !== entry.documentId);
        const base: Entry = fresh ? { frames: {}, scans: 0 } : entry;
        return {
          frames: { ...base.frames, [frameId]: report },
          scans: base.scans + 1,
          documentId: frameId === 0 ? documentId : base.documentId,
        };
      })
      .then((entry) => changed(tabId, entry));
  });
  fromPage('get-tab-result', async ({ tabId }) => resultOf(await store.get(tabId)));

  browser.tabs.onRemoved.addListener((tabId) => void store.deleteIf(tabId, () => true));
  browser.tabs.onUpdated.addListener(async (tabId, { status }) => {
    const entry = status && (await store.get(tabId));
    if (!entry || (await stillShown(tabId, entry, status))) return;
    // A report from the new document may have landed meanwhile: keep that one.
    if (await store.deleteIf(tabId, (now) => now === entry)) await changed(tabId, undefined);
  });
}
