// The hostile-page cases (hostile-cases.ts) in Chromium, where tests read the closed
// card through the accessibility tree and reach the background; and what only Chromium
// lets a test do: fill the extension's storage with garbage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_SITE, hostileCases, hostileFixture, type HostileBrowser } from './hostile-cases';
import { evaluateInCard, highlightsDrawnIn, hoverHighlight, launchExtension, readCard, waitForCard, waitForHighlights, type ExtensionSession } from './harness';

describe('hostile and odd pages in Chromium', () => {
  let s: ExtensionSession;
  let chromium: HostileBrowser;
  beforeAll(async () => {
    s = await launchExtension();
    chromium = {
      serve: (url, page) => s.serve(url, page),
      open: (url) => s.open(url),
      errors: s.errors,
      async openCard(page, words, name) {
        await hoverHighlight(page, words);
        const card = await waitForCard(page, name);
        return {
          buttons: card.buttons,
          inside: (fn) => evaluateInCard(page, card, fn),
          links: async () => (await readCard(page, name))?.links ?? [],
        };
      },
      async pageValue(page, expression) {
        // Playwright's evaluate runs helpers of its own in the page's world: plain CDP does not.
        const cdp = await s.context.newCDPSession(page);
        return (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
      },
      highlightsDrawnIn: (page, selector) => highlightsDrawnIn(page, page.locator(selector)),
      async popupShows(page, text) {
        const popup = await s.openPopup(await s.tabId(page));
        try {
          await expect.poll(() => popup.locator('body').textContent()).toContain(text);
          expect(await popup.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
        } finally {
          await popup.close();
        }
      },
      async tabCounts(page) {
        const tabId = await s.tabId(page);
        const badge = await s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
        return { badge, total: (await s.tabResult(tabId))?.total };
      },
      async scansOnceCounted(page, total) {
        const tabId = await s.tabId(page);
        let scans = -1;
        await expect.poll(async () => {
          const result = await s.tabResult(tabId);
          scans = result?.scans ?? -1;
          return result?.total;
        }).toBe(total);
        return scans;
      },
    };
  });
  afterAll(async () => s?.close());

  hostileCases(() => chromium);

  it('still marks the page when storage holds garbage', async () => {
    await s.worker.evaluate(async () => {
      await chrome.storage.local.set({
        dismissed: { 'https://www.lesoir.be/hostile/strict-csp.html': 'not a list', junk: 'x'.repeat(1_000_000) },
        settings: [1, 2, 3],
        settings$: 'garbage',
      });
      await chrome.storage.sync.set({
        settings: { topics: 'all', highlightStyle: 42, strictness: null, pausedSites: 'www.lesoir.be', language: {} },
        settings$: { v: -7 },
      });
    });
    try {
      s.serve(HOSTILE_SITE + 'strict-csp.html', { body: hostileFixture('strict-csp.html') });
      const page = await s.open(HOSTILE_SITE + 'strict-csp.html');
      await waitForHighlights(page, (c) => Object.keys(c).length === 3);
      expect(await highlightsDrawnIn(page, page.locator('article p'))).toBe(true);
      expect(s.errors.filter((e) => e.startsWith(page.url()))).toEqual([]);
    } finally {
      await s.worker.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
    }
  });

  it('leaves no page errors behind', () => {
    expect(s.errors).toEqual([]);
  });
});
