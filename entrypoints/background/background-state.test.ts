import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReportedMention, ScanReport, TabResult } from '@/lib/messages';
import { contentScript, ownPage } from '@/tests/fakes/messaging';

const mention = (id: number, topic: ReportedMention['topic']): ReportedMention => ({
  id, topic, alias: topic, why: 'exact alias', excerpt: `about ${topic}`,
});
const report = (mentions: ReportedMention[], paused = false): ScanReport => ({
  type: 'scan-report', url: 'https://www.lesoir.be/a', paused, mentions,
});
const topFrame = (tabId: number, frameId = 0) => contentScript(tabId, frameId);

async function freshBackground() {
  // A new module instance is what a restarted service worker gets.
  vi.resetModules();
  const { startBackground } = await import('./background-state');
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.tabs.onUpdated.removeAllListeners();
  fakeBrowser.tabs.onRemoved.removeAllListeners();
  startBackground();
}
const send = async (msg: unknown, sender: object = {}) =>
  (await fakeBrowser.runtime.onMessage.trigger(msg, sender)).find((r) => r !== undefined);
const getResult = (tabId: number) => send({ type: 'get-tab-result', tabId }, ownPage()) as Promise<TabResult | null>;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const settle = () => new Promise((r) => setTimeout(r, 0));

/** The icon last set per tab (WXT's fake browser has no setIcon). */
let icons: Map<number, Record<string, string>>;

describe('background state', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    icons = new Map();
    fakeBrowser.action.setIcon = async ({ tabId, path }) => void icons.set(tabId!, path as Record<string, string>);
    await freshBackground();
  });

  it('keeps the top frame’s report per tab and shows the count on the badge', async () => {
    await send(report([mention(0, 'cainiao'), mention(1, 'vsse'), mention(2, 'cainiao')]), topFrame(7));
    await settle();
    expect(await badge(7)).toBe('3');
    const result = await getResult(7);
    expect(result?.total).toBe(3);
    expect(result?.byTopic.cainiao?.map((m) => m.id)).toEqual([0, 2]);
    expect(await getResult(8)).toBeNull();
  });

  it('counts the mentions of every frame, each with its frame', async () => {
    await send(report([mention(0, 'vsse'), mention(1, 'cainiao')]), topFrame(7, 3)); // a frame may report before the top one
    await send(report([mention(0, 'vsse')]), contentScript(7, 0, { documentId: 'doc-a' }));
    await send(report([mention(0, 'cainiao')]), topFrame(7, 3)); // the frame's newer report replaces its older one
    await settle();
    expect(await badge(7)).toBe('2');
    const result = await getResult(7);
    expect(result?.byTopic.cainiao?.map((m) => m.frameId)).toEqual([3]);
    expect(result?.scans).toBe(3);
  });

  describe('who may ask what', () => {
    it('answers a tab’s result to our own pages, even open in a tab, and never to a content script', async () => {
      await send(report([mention(0, 'vsse')]), topFrame(7));
      await send(report([mention(0, 'cainiao')]), topFrame(8));
      await settle();
      expect((await send({ type: 'get-tab-result', tabId: 7 }, ownPage(9)) as TabResult)?.total).toBe(1);
      // A content script in tab 8 asking about tab 7 (or its own) gets nothing.
      expect(await send({ type: 'get-tab-result', tabId: 7 }, topFrame(8))).toBeUndefined();
      expect(await send({ type: 'get-tab-result', tabId: 8 }, topFrame(8))).toBeUndefined();
      // Nor does a page of another origin, or a sender without our id.
      expect(await send({ type: 'get-tab-result', tabId: 7 }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/x' })).toBeUndefined();
      expect(await send({ type: 'get-tab-result', tabId: 7 }, { ...ownPage(), id: 'another-extension' })).toBeUndefined();
    });

    it('takes reports only from content scripts in a tab, and drops malformed ones', async () => {
      await send(report([mention(0, 'vsse')]), ownPage());
      await send({ ...report([]), mentions: [{ id: 0, topic: 'not-a-topic', alias: 'x', why: 'y', excerpt: 'z' }] }, topFrame(7));
      await send({ ...report([]), paused: 'yes' }, topFrame(7));
      await settle();
      expect(await getResult(7)).toBeNull();
    });
  });

  it('shows the paused state on the badge, with the greyed icon, and the usual icon once resumed', async () => {
    await send(report([], true), topFrame(7));
    await settle();
    expect(await badge(7)).toBe('II');
    expect(icons.get(7)).toEqual({ 16: '/icon/paused-16.png', 32: '/icon/paused-32.png', 48: '/icon/paused-48.png', 128: '/icon/paused-128.png' });
    await send(report([mention(0, 'vsse')]), topFrame(7));
    await settle();
    expect(icons.get(7)?.[16]).toBe('/icon/16.png');
  });

  describe('navigation', () => {
    const docSender = (tabId: number, documentId: string) => ({ ...topFrame(tabId), documentId });
    const update = (tabId: number, status: string) => fakeBrowser.tabs.onUpdated.trigger(tabId, { status }, {} as never);
    /** The probe reaches only the documents listed. */
    const alive = (...ids: string[]) =>
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, _msg, opts?: { documentId?: string }) => {
        if (!ids.includes(opts?.documentId ?? '')) throw new Error('Could not establish connection. Receiving end does not exist.');
      });

    it('clears the result once a new document has loaded in the tab', async () => {
      alive();
      await send(report([mention(0, 'vsse')]), docSender(7, 'doc-a'));
      await settle();
      await update(7, 'loading');
      expect((await getResult(7))?.total).toBe(1);
      await update(7, 'complete');
      await settle();
      expect(await getResult(7)).toBeNull();
      expect(await badge(7)).toBe('');
    });

    it('keeps it when the same document stays (an in-page anchor, history.pushState)', async () => {
      const probe = alive('doc-a');
      await send(report([mention(0, 'vsse')]), docSender(7, 'doc-a'));
      await settle();
      await update(7, 'loading');
      await update(7, 'complete');
      await settle();
      expect(probe).toHaveBeenCalledWith(7, { type: 'ping' }, { documentId: 'doc-a' });
      expect((await getResult(7))?.total).toBe(1);
      expect(await badge(7)).toBe('1');
    });

    it('keeps the new document’s report', async () => {
      alive('doc-b');
      await send(report([mention(0, 'vsse')]), docSender(7, 'doc-a'));
      await settle();
      await send(report([mention(0, 'vsse'), mention(1, 'cainiao')]), docSender(7, 'doc-b'));
      await settle();
      await update(7, 'complete');
      await settle();
      expect((await getResult(7))?.total).toBe(2);
    });

    it('never drops a new document’s report that lands while the old one is being cleared', async () => {
      // The new report arrives at every point of the clearing, one microtask later each time.
      for (let delay = 0; delay < 12; delay++) {
        fakeBrowser.reset();
        await freshBackground();
        alive('doc-b');
        await send(report([mention(0, 'vsse')]), docSender(7, 'doc-a'));
        await settle();
        const cleared = update(7, 'complete');
        for (let i = 0; i < delay; i++) await Promise.resolve();
        await send(report([mention(0, 'vsse'), mention(1, 'cainiao')]), docSender(7, 'doc-b'));
        await cleared;
        await settle();
        expect((await getResult(7))?.total, `new report after ${delay} microtasks`).toBe(2);
      }
    });

    it('clears on any load where the browser gives no document id', async () => {
      await send(report([mention(0, 'vsse')]), topFrame(7));
      await settle();
      await update(7, 'loading');
      await settle();
      expect(await getResult(7)).toBeNull();
      expect(await badge(7)).toBe('');
    });
  });

  it('ignores a prerendered page’s report', async () => {
    await send(report([mention(0, 'vsse')]), { ...topFrame(7), documentLifecycle: 'prerender' });
    await settle();
    expect(await getResult(7)).toBeNull();
  });

  it('forgets a closed tab', async () => {
    await send(report([mention(0, 'vsse')]), topFrame(7));
    await settle();
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(await getResult(7)).toBeNull();
  });

  it('still knows the result after the service worker restarts', async () => {
    await send(report([mention(0, 'vsse'), mention(1, 'vsse')]), topFrame(7));
    await settle();
    await freshBackground();
    expect((await getResult(7))?.total).toBe(2);
  });

  it('falls back to memory where storage.session is missing', async () => {
    const session = fakeBrowser.storage.session;
    Object.assign(fakeBrowser.storage, { session: undefined });
    try {
      await freshBackground();
      await send(report([mention(0, 'cainiao')]), topFrame(7));
      await settle();
      expect((await getResult(7))?.total).toBe(1);
    } finally {
      Object.assign(fakeBrowser.storage, { session });
    }
  });
});
