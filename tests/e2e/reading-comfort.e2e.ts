// Reading comfort (issue 20) in real Chromium: the reader chooses in the options page how the
// card opens and how much is marked, and hides the marks on a tab by shortcut.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateInCard, highlightCounts, highlightList, hoverHighlight, launchExtension, readCard, ROOT, waitForCard, waitForHighlights, waitForNoCard, type ExtensionSession } from './harness';

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/comfort-article.html'), 'utf8');
const URL = 'https://www.lesoir.be/fact-notes-comfort';
const LINKED = 'https://www.lesoir.be/fact-notes-linked';
const FRAMED = 'https://www.lesoir.be/fact-notes-framed';
/** Cainiao three times, the VSSE twice, Liège Airport once (inside a link). */
const ALL = { 'fact-notes-cainiao': 3, 'fact-notes-vsse': 2, 'fact-notes-liege-airport': 1 };

const badge = (s: ExtensionSession, tabId: number) =>
  s.worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), color: await chrome.action.getBadgeBackgroundColor({ tabId: id }) }), tabId);

/** Chooses a radio button in the options page, as a reader does, and waits for it to be saved. */
async function choose(s: ExtensionSession, name: RegExp): Promise<void> {
  const options = await s.openOptions();
  await options.getByRole('radio', { name }).check();
  await expect.poll(() => options.getByRole('status').first().textContent()).toMatch(/Saved/);
  await options.close();
}

/** The middle of the highlighted words, scrolled into view. */
async function pointOf(page: Page, words: string): Promise<{ x: number; y: number }> {
  await hoverHighlight(page, words);
  return page.evaluate((w) => {
    let found: Range | undefined;
    CSS.highlights.forEach((h) => {
      for (const r of h as unknown as Iterable<Range>) if (!found && r.toString() === w) found = r;
    });
    const rect = found!.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, words);
}

/** Moves the pointer onto `words` inside the paragraph that contains `paragraph`, marked or not. */
async function hoverText(page: Page, paragraph: string, words: string): Promise<void> {
  const point = await page.evaluate(([p, w]) => {
    const el = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes(p))!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(w, n.textContent!.indexOf(p) >= 0 ? n.textContent!.indexOf(p) : 0);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, [paragraph, words] as const);
  if (!point) throw new Error(`no "${words}" in a paragraph with "${paragraph}"`);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

describe('reading comfort', () => {
  let s: ExtensionSession;
  beforeEach(async () => {
    s = await launchExtension();
    s.serve(LINKED, '<!doctype html><title>Linked page</title><p>Where the link goes.</p>');
    s.serve(FRAMED, '<!doctype html><title>Framed</title><p>Cainiao, in a frame.</p>');
  });
  afterEach(async () => s?.close());

  it('opens the card on click only when the reader chose "on click", and a click on a mention in a link follows the link', async () => {
    await choose(s, /click/i);
    const page = await s.open(URL, ARTICLE);
    await waitForHighlights(page, (c) => Object.keys(c).length === 3);

    await hoverHighlight(page, 'VSSE');
    await page.waitForTimeout(1500); // the longest hover delay a reader can choose
    expect(await readCard(page)).toBeNull();
    const vsse = await pointOf(page, 'VSSE');
    await page.mouse.click(vsse.x, vsse.y);
    const card = await waitForCard(page, /VSSE/);
    expect(card.links.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape'); // the card may cover the next paragraph
    await waitForNoCard(page);

    const airport = await pointOf(page, 'Liège Airport');
    await Promise.all([page.waitForURL(LINKED), page.mouse.click(airport.x, airport.y)]);
    expect(page.url()).toBe(LINKED);
    expect(s.errors).toEqual([]);
  });

  it('marks only the first mention of each topic when the reader chose so, and the popup still lists all six', async () => {
    const page = await s.open(URL, ARTICLE);
    await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 3);
    expect(await highlightCounts(page)).toEqual(ALL);

    await choose(s, /first/i); // applied live to the open tab
    await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 1);
    expect(await highlightCounts(page)).toEqual({ 'fact-notes-cainiao': 1, 'fact-notes-vsse': 1, 'fact-notes-liege-airport': 1 });

    // An unmarked mention opens no card; the marked one does.
    await hoverText(page, 'A spokesperson for Cainiao', 'Cainiao');
    await page.waitForTimeout(1000);
    expect(await readCard(page)).toBeNull();
    await hoverHighlight(page, 'Cainiao');
    await waitForCard(page, /Cainiao/);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);

    // The shortcuts step through the three marked mentions only.
    const tabId = await s.tabId(page);
    const step = () => s.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'step-mention', step: 1 }, { frameId: 0 }), tabId);
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) {
      await step();
      await expect.poll(async () => (await readCard(page))?.text.match(/\d+ \/ \d+/)?.[0]).toBe(`${(i % 3) + 1} / 3`);
      steps.push((await readCard(page))!.name);
    }
    expect(steps[3]).toBe(steps[0]);

    const popup = await s.openPopup(tabId);
    await expect.poll(() => popup.locator('h2').allTextContents()).toEqual(['Cainiao3 mentions', 'Liège Airport1 mention', 'VSSE (Belgian State Security)2 mentions']);
    expect(await popup.locator('.mention').count()).toBe(6);
    expect((await badge(s, tabId)).text).toBe('6');
  });

  it('keeps an open card when the reader picks another notes language in the options page: in place, in that language, focus where it was', async () => {
    const page = await s.open(URL, ARTICLE);
    await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 3);
    const tabId = await s.tabId(page);
    await s.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'step-mention', step: 1 }, { frameId: 0 }), tabId);
    const card = await waitForCard(page);
    const focused = () => evaluateInCard(page, card, (el) => (el.getRootNode() as ShadowRoot).activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toMatch(/^Fact Notes: /); // the card has taken focus (on a busy machine, after it shows)
    await page.keyboard.press('Tab'); // from the card to its first control
    await expect.poll(focused).toBe('Close');

    const options = await s.openOptions();
    await options.getByRole('radio', { name: /Français/ }).check();
    await expect.poll(focused).toBe('Fermer');
    expect((await readCard(page))!.text).toMatch(/Pas ce sujet/);
    await options.close();
    expect(s.errors).toEqual([]);
  });

  it('hides and shows the marks on this tab by shortcut, in a frame that comes later too, with a grey badge that still counts, without changing the settings', async () => {
    const page = await s.open(URL, ARTICLE);
    await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 3);
    const tabId = await s.tabId(page);
    await expect.poll(async () => (await badge(s, tabId)).text).toBe('6');
    const colourShown = (await badge(s, tabId)).color;
    const storedBefore = await s.worker.evaluate(() => chrome.storage.sync.get(null));
    // What the background does on the shortcut (commands.ts toggleMarks; commands cannot be pressed in headless
    // Chromium): the top frame flips and answers its state, then every frame of the tab is told that state.
    const toggle = () =>
      s.worker.evaluate(async (id) => {
        const hidden: unknown = await chrome.tabs.sendMessage(id, { type: 'toggle-marks' }, { frameId: 0 });
        if (typeof hidden !== 'boolean') throw new Error(`the top frame answered ${JSON.stringify(hidden)}`);
        await chrome.tabs.sendMessage(id, { type: 'set-marks-hidden', hidden });
      }, tabId);

    await toggle();
    await waitForHighlights(page, (c) => Object.values(c).every((n) => n === 0));
    await expect.poll(async () => (await badge(s, tabId)).color).not.toEqual(colourShown);
    expect((await badge(s, tabId)).text).toBe('6');
    expect(await s.worker.evaluate(() => chrome.storage.sync.get(null))).toEqual(storedBefore);
    // A frame that loads now (an embed, an ad) starts with the marks hidden; its mention counts.
    const { scans } = (await s.tabResult(tabId))!;
    await page.evaluate((src) => document.body.append(Object.assign(document.createElement('iframe'), { src })), FRAMED);
    let result = await s.waitForScan(tabId, scans);
    while (!Object.values(result.byTopic).flat().some((m) => m!.frameId !== 0)) result = await s.waitForScan(tabId, result.scans);
    const frame = page.frames().find((f) => f.url() === FRAMED)!;
    expect(await highlightList(frame)).toEqual([]);
    await expect.poll(async () => (await badge(s, tabId)).text).toBe('7');
    expect((await badge(s, tabId)).color).not.toEqual(colourShown);
    // An in-page anchor is the same page: the marks stay hidden, so the next toggle shows them.
    await page.evaluate(() => new Promise((done) => {
      addEventListener('hashchange', done, { once: true });
      location.hash = '#further';
    }));

    await toggle();
    await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 3);
    await waitForHighlights(frame, (c) => c['fact-notes-cainiao'] === 1);
    await expect.poll(async () => (await badge(s, tabId)).color).toEqual(colourShown);

    await toggle();
    await waitForHighlights(page, (c) => Object.values(c).every((n) => n === 0));
    await page.reload();
    await waitForHighlights(page, (c) => c['fact-notes-cainiao'] === 3); // a reload shows them again
  });
});
