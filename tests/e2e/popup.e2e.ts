// The toolbar badge and popup in real Chromium: counts, notes, scrolling to a mention,
// pausing a site (live and across a browser restart), and "scan this page" on a site
// outside the defaults through activeTab alone.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, highlightsDrawnIn, launchExtension, ROOT, type ExtensionSession } from './harness';

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/popup-article.html'), 'utf8');
const DEFAULT_SITE_URL = 'https://www.lesoir.be/fact-notes-popup-test';
const OTHER_SITE_URL = 'https://example.org/fact-notes-popup-test';
/** What the finder marks in the fixture: two mentions of each topic. */
const MENTIONS = 6;

const badgeText = (s: ExtensionSession, tabId: number) =>
  s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

const marked = async (page: Page) => (await highlightedTexts(page)).length;

/** The real popup, opened by a click on the toolbar button; driven over CDP since it is not a tab. */
interface ToolbarPopup {
  evaluate<T>(expression: string): Promise<T>;
  text(): Promise<string>;
  click(buttonText: string): Promise<void>;
}

/**
 * Clicks the toolbar button for `page` the way a user does: CDP's Extensions.triggerAction
 * runs the action on the tab, which grants activeTab and opens the popup. Works in headless
 * Chromium 156 over Playwright's pipe connection.
 */
async function clickToolbarButton(s: ExtensionSession, page: Page): Promise<ToolbarPopup> {
  const cdp: CDPSession = await s.context.browser()!.newBrowserCDPSession();
  await page.bringToFront();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: s.extensionId, targetId: tab.targetId });
  const popupUrl = `chrome-extension://${s.extensionId}/popup.html`;
  await expect.poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.url === popupUrl)).toBe(true);
  const target = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url === popupUrl)!;

  // Not a tab, so Playwright has no Page for it: talk to it through the browser session.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  type Reply = { result?: { result: { value: unknown } }; error?: unknown };
  let nextId = 0;
  const replies = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message);
    replies.get(reply.id)?.(reply);
  });
  const evaluate = async <T,>(expression: string): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<Reply>((done) => replies.set(id, done));
    const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message });
    const { result, error } = await reply;
    if (error || !result) throw new Error(`popup evaluate failed: ${JSON.stringify(error)}`);
    return result.result.value as T;
  };
  return {
    evaluate,
    text: () => evaluate<string>('document.body.innerText'),
    async click(buttonText) {
      const clicked = await evaluate<boolean>(
        `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(buttonText)}); b?.click(); return !!b; })()`,
      );
      if (!clicked) throw new Error(`no button "${buttonText}" in the popup`);
    },
  };
}

describe('toolbar badge and popup', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchExtension();
  });
  afterAll(async () => s?.close());

  it('shows the number of highlighted mentions on the badge, and the popup lists topics, counts and sourced notes', async () => {
    const page = await s.open(DEFAULT_SITE_URL, ARTICLE);
    await expect.poll(() => marked(page)).toBe(MENTIONS);
    const tabId = await s.tabId(page);
    await expect.poll(() => badgeText(s, tabId)).toBe(String(MENTIONS));

    const popup = await s.openPopup(tabId);
    await expect.poll(() => popup.locator('h2').allTextContents()).toEqual([
      'Cainiao2 mentions',
      'Liège Airport2 mentions',
      'VSSE (Belgian State Security)2 mentions',
    ]);
    for (const topic of await popup.locator('section.topic').all()) {
      expect(await topic.locator('.summary').textContent()).not.toBe('');
      expect(await topic.locator('.note').count()).toBeGreaterThanOrEqual(3);
      const source = topic.locator('.note-source').first();
      expect(await source.textContent()).toMatch(/^.+, (.*\d{4}|date not visible)$/); // title — publisher, date
      expect(await source.locator('a').getAttribute('href')).toMatch(/^https:\/\//);
      expect(await source.locator('a').getAttribute('target')).toBe('_blank');
    }
    expect(await popup.locator('body').evaluate((b) => b.getBoundingClientRect().width)).toBe(380);
    expect(s.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a mention clicked in the popup', async () => {
    const page = await s.open(DEFAULT_SITE_URL, ARTICLE);
    await expect.poll(() => marked(page)).toBe(MENTIONS);
    const tabId = await s.tabId(page);
    const popup = await s.openPopup(tabId);
    await popup.locator('details.where summary').first().click(); // the mentions fold under the row
    await popup.getByRole('button', { name: /Far down the page/ }).first().click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await popup.close();
    await page.close();
  });

  it('keeps the badge through an in-page anchor and clears it when the tab leaves for a page it does not scan', async () => {
    const page = await s.open(DEFAULT_SITE_URL, ARTICLE);
    await expect.poll(() => marked(page)).toBe(MENTIONS);
    const tabId = await s.tabId(page);
    await expect.poll(() => badgeText(s, tabId)).toBe(String(MENTIONS));
    const scans = (await s.tabResult(tabId))!.scans;
    await page.evaluate(() => (location.hash = '#far'));
    await s.waitForScan(tabId, scans); // the scan that follows the new URL has reported
    expect(await badgeText(s, tabId)).toBe(String(MENTIONS));

    s.serve(OTHER_SITE_URL, ARTICLE);
    await page.goto(OTHER_SITE_URL);
    await expect.poll(() => badgeText(s, tabId)).toBe('');
    const popup = await s.openPopup(tabId);
    await expect.poll(() => popup.locator('main').textContent()).toContain('Scan this page');
    await popup.close();
    await page.close();
  });

  it('scans a page outside the default sites from the toolbar popup, with no host permission granted before', async () => {
    const page = await s.open(OTHER_SITE_URL, ARTICLE);
    const tabId = await s.tabId(page);
    const granted = () => s.worker.evaluate(() => chrome.permissions.contains({ origins: ['https://example.org/*'] }));
    expect(await granted()).toBe(false);
    expect(await marked(page)).toBe(0);

    // Without the user's click on the toolbar button the browser refuses, and the popup says so.
    const tabPopup = await s.openPopup(tabId);
    await tabPopup.getByRole('button', { name: 'Scan this page' }).click();
    await expect.poll(() => tabPopup.getByRole('alert').textContent()).toContain('did not let Fact Notes read this page');
    await tabPopup.close();

    const popup = await clickToolbarButton(s, page);
    await expect.poll(() => popup.text()).toContain('does not run on this site by default');
    await popup.click('Scan this page');
    await expect.poll(() => marked(page)).toBe(MENTIONS);
    // No registered script brought the marks' stylesheet here: the popup inserted it, so they show.
    expect(await highlightsDrawnIn(page, page.locator('body'))).toBe(true);
    await expect.poll(() => badgeText(s, tabId)).toBe(String(MENTIONS));
    await expect.poll(() => popup.text()).toContain('Cainiao\n2 mentions');
    // activeTab lent access to this tab only; nothing was added to the extension's permissions.
    expect(await granted()).toBe(false);
    await page.close();
  });
});

describe('pausing a site', () => {
  let userDataDir: string;
  beforeAll(async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'fact-notes-pause-'));
  });
  afterAll(async () => rm(userDataDir, { recursive: true, force: true }));

  it('removes the highlights at once, and stays paused after the browser restarts', async () => {
    const first = await launchExtension({ userDataDir });
    try {
      const page = await first.open(DEFAULT_SITE_URL, ARTICLE);
      await expect.poll(() => marked(page)).toBe(MENTIONS);
      const tabId = await first.tabId(page);
      const popup = await first.openPopup(tabId);
      await popup.getByRole('button', { name: 'Pause on lesoir.be' }).click();
      await expect.poll(() => marked(page), { timeout: 2000 }).toBe(0);
      await expect.poll(() => popup.locator('main').textContent()).toContain('Paused on lesoir.be');
      await expect.poll(() => badgeText(first, tabId)).toBe('II');
    } finally {
      await first.close();
    }

    const second = await launchExtension({ userDataDir });
    try {
      const page = await second.open(DEFAULT_SITE_URL, ARTICLE);
      const tabId = await second.tabId(page);
      await expect.poll(() => badgeText(second, tabId)).toBe('II');
      expect(await marked(page)).toBe(0);
      const popup = await second.openPopup(tabId);
      await popup.getByRole('button', { name: 'Resume' }).click();
      await expect.poll(() => marked(page)).toBe(MENTIONS);
      await expect.poll(() => badgeText(second, tabId)).toBe(String(MENTIONS));
      expect(second.errors).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
